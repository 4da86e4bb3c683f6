import Foundation

/// Reads a notice as plain text (as copied out of Word or a web page) into a `NoticeDraft`: the header
/// (issuer, document number, title, addressees), the numbered items (a dated sentence is a step, a
/// payment window a payment, a standing duty under 其他事项 a policy), phone numbers as contacts, and
/// the tail (signature, attachments, copies). Week 1 comes from the caller, or from the notice's own
/// date/week pairs when they agree.
struct NoticeImporter {
  var draft: NoticeDraft
  /// The school's name (福建工程学院), dropped in front of forms and offices.
  var school: String?
  private var inPolicies = false
  private var policyHeading = "其他事项"
  private var inTail = false
  private var bodyStarted = false
  /// The last step of the current numbered item: an undated sentence after it is its note.
  private var lastStep: Int?
  private var itemOffices: [String] = []
  /// The current numbered item's text so far, for names its later sentences need (重新学习费).
  private var itemText = ""
  /// Every dated phrase met, for week 1.
  private var mentions: [ProseDate] = []
  /// Lines the header used, by index: kept in the header as written, not read again.
  private var headerLines: Set<Int> = []

  init(source: String) { draft = NoticeDraft(source: source) }

  static func read(_ text: String, source: String, term: String?, weekOne: CivilDate?) -> NoticeDraft {
    var r = NoticeImporter(source: source)
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
      .map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(["\u{3000}", "\u{FEFF}", "\r"])) }
    r.readHeader(lines)
    for (i, line) in lines.enumerated() where !line.isEmpty && !r.headerLines.contains(i) {
      r.read(line, next: lines[(i + 1)...].first { !$0.isEmpty } ?? "")
    }
    r.settleTerm(term: term, weekOne: weekOne)
    return r.draft
  }

  /// Title, document number, issuer and addressees from the first lines; the lines stay for `read`.
  private mutating func readHeader(_ lines: [String]) {
    let top = Array(lines.enumerated().filter { !$0.element.isEmpty }.prefix(8))
    var k = 0
    while k < top.count {
      let (i, l) = top[k]
      k += 1
      if l.hasSuffix("文件"), draft.issuer == nil {
        draft.header.append(("发文机关", String(l.dropLast(2))))
        setIssuer(String(l.dropLast(2)))
      } else if l.contains("〔") && l.hasSuffix("号") || l.contains("[") && l.hasSuffix("号") {
        draft.header.append(("文号", l))
      } else if l.hasPrefix("关于"), draft.title == nil {
        var title = l
        while !NoticeRules.titleEnds.contains(where: { title.hasSuffix($0) }), k < top.count, k <= 3 + i {
          title += top[k].element
          headerLines.insert(top[k].offset)
          draft.headerSource.append(top[k].element)
          k += 1
        }
        draft.title = title
      } else if l.hasSuffix("："), l.count <= 20, ProseDates.find(in: l).isEmpty,
        !NoticeRules.notAddressees.contains(where: { l.contains($0) })
      {
        draft.header.append(("主送", String(l.dropLast())))
      } else if draft.title == nil, k == 1 {
        draft.title = l.trimmingCharacters(in: CharacterSet(charactersIn: "# *"))
      } else {
        continue
      }
      headerLines.insert(i)
      draft.headerSource.insert(l, at: max(0, draft.headerSource.count - (l.hasPrefix("关于") ? k - 1 - i : 0)))
    }
  }

  private mutating func setIssuer(_ issuer: String) {
    if let r = issuer.range(of: "学院") ?? issuer.range(of: "大学"), r.upperBound < issuer.endIndex {
      school = String(issuer[..<r.upperBound])
      draft.issuer = String(issuer[r.upperBound...])
    } else {
      draft.issuer = issuer
    }
  }

  private mutating func read(_ line: String, next: String) {
    let item = NoticeItem(line)
    if !inTail, bodyStarted, NoticeRules.attachmentPrefixes.contains(where: { line.hasPrefix($0) }) { inTail = true }
    if inTail {
      readTail(line, next: next)
      return
    }
    // An undated sentence is a note only to a step of its own line: the next paragraph is new matter.
    lastStep = nil
    if item.level == 1 || item.level == 0 {
      itemOffices = []
      itemText = ""
      inPolicies = false
    }
    if item.level != nil { bodyStarted = true }
    if !bodyStarted, ProseDates.find(in: line).isEmpty, NoticeClauses.phones(in: line).isEmpty {
      draft.items.append(.comment(label: "前言", text: line))
      return
    }
    if let h = NoticeRules.policyHeadings.first(where: { item.text.hasPrefix($0) }) {
      inPolicies = true
      policyHeading = h
      draft.items.append(.comment(label: "原文", text: line))
      return
    }
    let phones = NoticeClauses.phones(in: line)
    if !phones.isEmpty {
      for (n, p) in phones.enumerated() {
        let name = NoticeClauses.contactName(p.before)
        draft.items.append(
          .contact(.init(name: name, number: p.number, purpose: line, source: n == 0 ? [line] : []))
        )
      }
      return
    }
    var placed = false
    var firstSentence = true
    for sentence in Self.sentences(item.text) {
      itemOffices += NoticeClauses.offices(in: sentence)
      itemText += sentence + "。"
      if readDated(sentence, line: line, first: firstSentence) {
        placed = true
        firstSentence = false
        continue
      }
      if inPolicies, item.level == 2 || item.level == 1 {
        draft.items.append(
          .policy(
            .init(
              name: policyHeading + (item.number ?? ""),
              owner: NoticeClauses.owner(atStartOf: Substring(item.text)),
              note: item.text,
              source: [line]
            )
          )
        )
        return
      }
      if let s = lastStep, case .step(var step) = draft.items[s] {
        step.notes.append(sentence)
        if firstSentence { step.source.append(line) }
        draft.items[s] = .step(step)
        placed = true
        firstSentence = false
      }
    }
    if !placed { draft.items.append(.comment(label: "TODO", text: line)) }
  }

  /// A sentence with a date becomes a step, or a payment window; false when it has no usable date.
  private mutating func readDated(_ sentence: String, line: String, first: Bool) -> Bool {
    let dates = ProseDates.find(in: sentence)
    guard let d = dates.first else { return false }
    mentions += dates
    // A line that is only a date (a signature's) is no step.
    if sentence.trimmingCharacters(in: .whitespaces) == d.text { return false }
    let source = first ? [line] : []
    if let end = d.rangeEnd, NoticeRules.paymentWords.contains(where: { sentence.contains($0) }) {
      let offices = itemOffices.filter { o in NoticeRules.payingOffices.contains { o.hasSuffix($0) } }
      let owner = offices.last ?? draft.issuer
      draft.items.append(
        .payment(
          .init(
            name: NoticeClauses.feeName(in: itemText) ?? "缴费",
            owner: owner,
            ownerGuessed: true,
            window: phrase(d) + end.word + end.text,
            source: source
          )
        )
      )
      return true
    }
    let bytes = Array(sentence.utf8)
    let before = String(decoding: bytes[0..<min(d.start, bytes.count)], as: UTF8.self)
    var after = Substring(String(decoding: bytes[min(d.end, bytes.count)...], as: UTF8.self))
    while let w = NoticeRules.afterDate.first(where: { after.hasPrefix($0) }) { after = after.dropFirst(w.count) }
    var owner = NoticeClauses.owner(atStartOf: after)
    if let o = owner {
      after = after.dropFirst(o.count)
    } else {
      owner = NoticeClauses.owner(atStartOf: Substring(before))
    }
    // 前 makes a due; a date without it (于9月26日, or a list of exam days) is when the thing happens.
    let on = !d.before
    let clause = after.prefix { !"，,；;".contains($0) }
    // A date with no one to act and nothing to do (a screenshot's 交易日期 2021-11-01) is no step.
    guard owner != nil || clause.filter(NoticeClauses.isNameCharacter).count >= 2 else { return false }
    let title = clause.isEmpty ? sentence : String(clause)
    let rest = after.dropFirst(clause.count).drop { "，,；;".contains($0) }
    let deliveries = NoticeClauses.deliverables(in: String(after))
    var step = NoticeDraft.Step(
      name: NoticeClauses.stepName(title: title, form: deliveries.first?.form, school: school),
      title: title,
      owner: owner,
      keyword: on ? "on" : "due",
      date: d.rangeEnd.map { phrase(d) + $0.word + $0.text } ?? phrase(d),
      source: source
    )
    step.deliveries = deliveries.map { ($0.form, $0.to) }
    if !rest.isEmpty { step.notes.append(String(rest)) }
    draft.items.append(.step(step))
    lastStep = draft.items.count - 1
    return true
  }

  /// The phrase as `check` reads it: the date, its time, and 前 kept as the notice writes it.
  private func phrase(_ d: ProseDate) -> String {
    d.text + (d.time.map { " " + $0 } ?? "") + (d.before && d.rangeEnd == nil ? "前" : "")
  }

  private mutating func readTail(_ line: String, next: String) {
    if draft.issuer == nil || !draft.header.contains(where: { $0.label == "发文日期" }) {
      let dates = ProseDates.find(in: next)
      if let d = dates.first, next == d.text, line.count <= NoticeRules.ownerMaxLength,
        NoticeRules.ownerSuffixes.contains(where: { line.hasSuffix($0) })
      {
        if draft.issuer == nil { setIssuer(line) }
        draft.header.append(("落款", line))
        draft.header.append(("发文日期", d.text))
        mentions.append(d)
        return
      }
    }
    if let date = draft.header.first(where: { $0.label == "发文日期" })?.text, line == date { return }
    let label =
      NoticeRules.copyPrefixes.contains { line.hasPrefix($0) }
      ? "抄送" : line.hasSuffix("印发") ? "印发" : "附件"
    draft.items.append(.comment(label: label, text: line))
  }

  /// A text cut into sentences at 。 and ；, each kept whole (with its inner commas).
  static func sentences(_ text: String) -> [String] {
    text.split(whereSeparator: { "。；;".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }

  /// Term and week 1: from the caller, else from the date/week pairs the notice prints when they all
  /// agree (each pair gives a Monday). Pairs that disagree are listed, not guessed between.
  private mutating func settleTerm(term: String?, weekOne: CivilDate?) {
    let academic = AcademicYear(in: draft.title ?? "")
    let issuedYear = mentions.compactMap { m -> Int? in
      if case .calendar(let y?, _, _, _) = m.kind { return y }
      return nil
    }.max()
    var mondays: [(CivilDate, String)] = []
    for m in mentions {
      for k in m.kinds {
        guard case .calendar(let y, let month, let day, let stated?) = k,
          let year = y ?? academic?.year(ofMonth: month) ?? issuedYear,
          let date = CivilDate(year: year, month: month, day: day)
        else { continue }
        mondays.append((date.adding(days: -((stated.week - 1) * 7 + stated.weekday - 1)), m.text))
      }
    }
    if let weekOne {
      draft.weekOne = weekOne
      draft.weekNote.append(("week 1 as given: %1", ["\(weekOne)"]))
    } else if let first = mondays.first {
      if mondays.allSatisfy({ $0.0 == first.0 }) {
        draft.weekOne = first.0
        draft.weekNote.append(
          (
            mondays.count == 1
              ? "week 1 inferred from the notice's one date/week pair: %2"
              : "week 1 inferred from the notice's %1 date/week pairs, which agree: %2",
            ["\(mondays.count)", "\(first.0)"]
          )
        )
      } else {
        draft.weekNote.append(
          ("TODO: the notice's date/week pairs disagree on week 1, so none is guessed (give --week1):", [])
        )
        for (d, text) in mondays { draft.weekNote.append(("  %1 puts week 1 on %2", [text, "\(d)"])) }
      }
    } else {
      draft.weekNote.append(("TODO: the notice prints no date with its week; give --week1 (and --term)", []))
    }
    if let term {
      draft.term = term
    } else if let a = academic {
      draft.term = "\(a.first)-\(a.first + 1)-\(a.semester ?? (draft.weekOne.map { $0.month >= 8 ? 1 : 2 } ?? 1))"
    } else if let w = draft.weekOne {
      draft.term = w.month >= 8 ? "\(w.year)-\(w.year + 1)-1" : "\(w.year - 1)-\(w.year)-2"
    }
  }
}

/// `2018～2019学年第一学期` in a title: the academic year, and the semester when it says.
struct AcademicYear {
  var first: Int
  var semester: Int?

  init?(in text: String) {
    let s = Array(text)
    var i = 0
    while i + 9 <= s.count {
      if let a = Int(String(s[i..<i + 4])), let b = Int(String(s[i + 5..<i + 9])), b == a + 1, !s[i + 4].isNumber {
        first = a
        let rest = String(s[(i + 9)...])
        semester =
          rest.contains("第一学期") || rest.contains("第1学期") ? 1 : rest.contains("第二学期") || rest.contains("第2学期") ? 2 : nil
        return
      }
      i += 1
    }
    return nil
  }

  /// The calendar year a month falls in: autumn in the first year, spring in the second.
  func year(ofMonth m: Int) -> Int {
    if semester == 2 { return first + 1 }
    return m >= 8 ? first : first + 1
  }
}
