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
  /// Every day the notice names, for week 1 and the term.
  private var points: [ProsePoint] = []
  /// The days the draft's steps and payments are dated by, for the term's extent.
  private var stepPoints: [ProsePoint] = []
  /// The posting line's year (`发布时间：2019-02-25`), for dates printed without one.
  private var postedYear: Int?
  /// The table whose header was last read: its rows are steps.
  private var table: NoticeTable?
  /// The last heading's text (`一、报名时间` → 报名时间): what a line holding only a date dates.
  private var heading: String?
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
    r.settleTerm(term: term, weekOne: weekOne, text: text)
    r.fitTerm()
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
      } else if l.hasSuffix("："), l.count <= 20, ProseSpanReader.spans(in: l).isEmpty,
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

  private mutating func read(_ raw: String, next: String) {
    if NoticeRules.isChrome(raw) {
      draft.items.append(.comment(label: "页面", text: raw))
      if postedYear == nil { postedYear = ProseSpanReader.spans(in: raw).first?.from.year }
      return
    }
    var line = raw
    let cells = inTail ? [raw] : NoticeTable.cells(raw)
    if cells.count >= 2 {
      if let t = NoticeTable(header: cells) {
        table = t
        draft.items.append(.comment(label: "表头", text: raw))
        return
      }
      if let t = table, readRow(t, cells, line: raw) { return }
      line = cells.joined(separator: "，")
    } else if cells.count == 1, let only = cells.first, only != raw {
      line = only
    }
    let item = NoticeItem(line)
    if item.level != nil {
      let spans = ProseSpanReader.spans(in: item.text)
      heading = spans.isEmpty && item.text.count <= 24 ? NoticeClauses.label(item.text) : nil
    } else if ProseSpanReader.spans(in: line).isEmpty, line.count <= 16, !line.hasSuffix("。"),
      NoticeClauses.owner(atStartOf: Substring(line)) != line
    {
      // A short undated line (a table cell copied one per line) names what the dates under it are.
      heading = NoticeClauses.label(line)
    }
    if !inTail, bodyStarted, NoticeRules.attachmentPrefixes.contains(where: { line.hasPrefix($0) }) { inTail = true }
    if inTail {
      readTail(raw, next: next)
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
    if !bodyStarted, ProseSpanReader.spans(in: line).isEmpty, NoticeClauses.phones(in: line).isEmpty {
      draft.items.append(.comment(label: "前言", text: raw))
      return
    }
    if let h = NoticeRules.policyHeadings.first(where: { item.text.hasPrefix($0) }) {
      inPolicies = true
      policyHeading = h
      // `7. 其他事项：补考期间……`: the heading's own line holds its first duty.
      let content = item.text.dropFirst(h.count).drop { "：: ".contains($0) }
      if content.filter(NoticeClauses.isNameCharacter).count >= 4 {
        draft.items.append(
          .policy(
            .init(
              name: h + (item.number ?? ""),
              owner: NoticeClauses.actingOffice(in: String(content)),
              note: String(content),
              source: [raw]
            )
          )
        )
      } else {
        draft.items.append(.comment(label: "原文", text: raw))
      }
      return
    }
    let phones = NoticeClauses.phones(in: line)
    if !phones.isEmpty {
      for (n, p) in phones.enumerated() {
        let name = NoticeClauses.contactName(p.before)
        draft.items.append(
          .contact(.init(name: name, number: p.number, purpose: line, source: n == 0 ? [raw] : []))
        )
      }
      return
    }
    var placed = false
    var firstSentence = true
    for sentence in Self.sentences(item.text) {
      itemOffices += NoticeClauses.offices(in: sentence)
      itemText += sentence + "。"
      if readDated(sentence, line: raw, first: firstSentence) {
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
              source: [raw]
            )
          )
        )
        return
      }
      if let s = lastStep, case .step(var step) = draft.items[s] {
        step.notes.append(sentence)
        if firstSentence { step.source.append(raw) }
        draft.items[s] = .step(step)
        placed = true
        firstSentence = false
      }
    }
    if !placed { draft.items.append(.comment(label: "TODO", text: raw)) }
  }

  /// A sentence with a date becomes a step per date it names, or a payment window; false when it has no
  /// usable date.
  private mutating func readDated(_ sentence: String, line: String, first: Bool) -> Bool {
    let spans = ProseSpanReader.spans(in: sentence)
    guard !spans.isEmpty else { return false }
    for sp in spans { points += [sp.from] + (sp.to.map { [$0] } ?? []) }
    let chars = Array(sentence)
    defer { if !draft.items.isEmpty { stepPoints += spans.flatMap { [$0.from] + ($0.to.map { [$0] } ?? []) } } }
    // A line that is only a date is a signature's, unless a heading just above says what it dates.
    let bare = Self.isOnlyDates(chars, spans)
    if bare && heading == nil { return false }
    var source = first ? [line] : []
    if let sp = spans.first, sp.to != nil, NoticeRules.paymentWords.contains(where: { sentence.contains($0) }),
      let window = windowAsWritten(sp, chars) ?? SpanPhrases.window(sp)
    {
      let offices = itemOffices.filter { o in NoticeRules.payingOffices.contains { o.hasSuffix($0) } }
      draft.items.append(
        .payment(
          .init(
            name: NoticeClauses.feeName(in: itemText) ?? "缴费",
            owner: offices.last ?? draft.issuer,
            ownerGuessed: true,
            window: window,
            source: source
          )
        )
      )
      return true
    }
    var made = false
    for (k, sp) in spans.enumerated() {
      let clauseEnd = k + 1 < spans.count ? spans[k + 1].lower : chars.count
      var after = Substring(String(chars[min(sp.upper, clauseEnd)..<clauseEnd]))
      while let w = NoticeRules.afterDate.first(where: { after.hasPrefix($0) }) { after = after.dropFirst(w.count) }
      let beforeStart = k > 0 ? spans[k - 1].upper : 0
      let before = String(chars[beforeStart..<sp.lower])
      var owner = NoticeClauses.owner(atStartOf: after)
      if let o = owner {
        after = after.dropFirst(o.count)
      } else {
        owner = NoticeClauses.actingOffice(in: before) ?? NoticeClauses.actingOffice(in: String(after))
      }
      let clause = after.prefix { !"，,；;。".contains($0) }
      var title = String(clause).trimmingCharacters(in: .whitespaces)
      if title.filter(NoticeClauses.isNameCharacter).count < 2 {
        title = NoticeClauses.label(before) ?? heading ?? ""
      }
      // A date with no one to act and nothing to do (a screenshot's 交易日期 2021-11-01) is no step.
      guard owner != nil || title.filter(NoticeClauses.isNameCharacter).count >= 2 else { continue }
      let deliveries = NoticeClauses.deliverables(in: String(after))
      var step = NoticeDraft.Step(
        name: NoticeClauses.stepName(title: title, form: deliveries.first?.form, school: school),
        title: title,
        owner: owner,
        dates: asWritten(sp, chars) ?? SpanPhrases.stepLines(sp),
        source: source
      )
      source = []
      if String(chars[sp.lower..<min(chars.count, sp.upper + 1)]).contains("下班") {
        step.todo = "下班前: the office's closing time, which the notice does not give"
      }
      step.deliveries = deliveries.map { ($0.form, $0.to) }
      let rest = after.dropFirst(clause.count).drop { "，,；;".contains($0) }
      if !rest.isEmpty, k + 1 == spans.count { step.notes.append(String(rest)) }
      draft.items.append(.step(step))
      lastStep = draft.items.count - 1
      made = true
    }
    return made
  }

  /// A row of the last table read: a step when its time cell holds a date.
  private mutating func readRow(_ t: NoticeTable, _ cells: [String], line: String) -> Bool {
    guard let when = t.cell(cells, t.time) else { return false }
    let spans = ProseSpanReader.spans(in: when)
    guard let sp = spans.first else { return false }
    for s in spans { points += [s.from] + (s.to.map { [$0] } ?? []) }
    stepPoints += [sp.from] + (sp.to.map { [$0] } ?? [])
    let work =
      t.cell(cells, t.work) ?? cells.enumerated().first { $0.offset != t.time && $0.offset != t.owner }?.element
    let ownerCell = t.cell(cells, t.owner)
    let owner = ownerCell.flatMap { c in
      NoticeClauses.actingOffice(in: c) ?? NoticeClauses.owner(atStartOf: Substring(c))
        ?? NoticeClauses.identifier(c.prefix { !"、，,/及和".contains($0) }.description, fallback: "")
    }
    let title = work ?? when
    draft.items.append(
      .step(
        .init(
          name: NoticeClauses.stepName(title: title, form: nil, school: school),
          title: title,
          owner: owner.flatMap { $0.isEmpty ? nil : $0 },
          dates: SpanPhrases.stepLines(sp),
          source: [line]
        )
      )
    )
    return true
  }

  /// The notice's own phrase for a single day, where the language reads it as written
  /// (`9月16日（第2周星期日）前`, `2018年9月20日 17:00`): the draft then shows the office its own words.
  private func asWritten(_ sp: ProseSpan, _ chars: [Character]) -> [(keyword: String, phrase: String)]? {
    guard sp.to == nil, !sp.sinceNow, sp.edge != .after else { return nil }
    let literal = String(chars[sp.lower..<sp.upper])
    let old = ProseDates.find(in: literal)
    guard old.count == 1, let d = old.first, d.start == 0, d.end == literal.utf8.count, d.rangeEnd == nil,
      d.kinds.count == 1
    else { return nil }
    // Only where both readers agree on the day and the time.
    guard case .calendar(let y, let m, let day, _) = d.kind, m == sp.from.month, day == sp.from.day,
      y == sp.from.year, (d.time == nil) == (sp.from.time == nil)
    else { return nil }
    let phrase = d.text + (d.time.map { " " + $0 } ?? "") + (d.before ? "前" : "")
    return [(d.before || sp.edge == .before ? "due" : "on", phrase)]
  }

  /// A payment window in the notice's own words where the language reads them (`9月26日到9月28日`).
  private func windowAsWritten(_ sp: ProseSpan, _ chars: [Character]) -> String? {
    let literal = String(chars[sp.lower..<sp.upper])
    guard let d = ProseDates.find(in: literal).first, d.start == 0, let end = d.rangeEnd, sp.from.time == nil,
      ["到", "至", "—"].contains(end.word),
      case .calendar(_, let m, let day, _) = d.kind, m == sp.from.month, day == sp.from.day
    else { return nil }
    return d.text + end.word + end.text
  }

  /// Whether the sentence holds nothing but its dates (and brackets, bars and punctuation).
  static func isOnlyDates(_ chars: [Character], _ spans: [ProseSpan]) -> Bool {
    var rest = 0
    var k = 0
    var i = 0
    while i < chars.count {
      if k < spans.count, i == spans[k].lower {
        i = spans[k].upper
        k += 1
        continue
      }
      if NoticeClauses.isNameCharacter(chars[i]) { rest += 1 }
      i += 1
    }
    return rest <= 2
  }

  private mutating func readTail(_ line: String, next: String) {
    if draft.issuer == nil || !draft.header.contains(where: { $0.label == "发文日期" }) {
      let spans = ProseSpanReader.spans(in: next)
      if let d = spans.first, Self.isOnlyDates(Array(next), spans), line.count <= NoticeRules.ownerMaxLength,
        NoticeRules.ownerSuffixes.contains(where: { line.hasSuffix($0) })
      {
        if draft.issuer == nil { setIssuer(line) }
        draft.header.append(("落款", line))
        draft.header.append(("发文日期", next))
        points.append(d.from)
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

  /// Widens the term to the notice's own dates: `opens` on the first when it is before week 1 (a
  /// registration in the last term's final weeks), more weeks when the last is after week 20 (grades
  /// due in the holidays), up to the 30 a term may have. Years are read as `check` reads them: the
  /// printed one, or the one nearest the term's weeks.
  private mutating func fitTerm() {
    guard let w = draft.weekOne else { return }
    let span = w...w.adding(days: 20 * 7 - 1)
    func resolve(_ p: ProsePoint) -> CivilDate? {
      guard let m = p.month, let d = p.day else { return nil }
      if let y = p.year { return CivilDate(year: y, month: m, day: d) }
      let options = [w.year - 1, w.year, w.year + 1].compactMap { CivilDate(year: $0, month: m, day: d) }
      func distance(_ x: CivilDate) -> Int {
        span.contains(x) ? 0 : x < w ? w.dayNumber - x.dayNumber : x.dayNumber - span.upperBound.dayNumber
      }
      return options.min { distance($0) < distance($1) }
    }
    let days = stepPoints.compactMap(resolve)
    guard let first = days.min(), let last = days.max() else { return }
    // A date over a year away is a typo or another term's: `check` says so, the term is not stretched to it.
    if first < w, w.dayNumber - first.dayNumber <= 200 { draft.opens = first }
    let needed = (last.dayNumber - w.dayNumber) / 7 + 1
    if needed > 20, needed <= 30 { draft.weeks = needed }
  }

  /// Term and week 1: from the caller, else from what the notice prints: the term (`2024-2025-1学期`,
  /// `2024-2025学年第一学期`, `2023年秋季学期`), and week 1 from its date/week pairs (`9月16日（第2周星期日）`,
  /// `第3-5周（3月11日-29日）`). Pairs that disagree are listed; week 1 is taken only when most agree,
  /// and the ones that do not are named.
  private mutating func settleTerm(term: String?, weekOne: CivilDate?, text: String) {
    let academic = AcademicYear(in: draft.title ?? "") ?? AcademicYear(in: text)
    let printedYear = points.compactMap(\.year).max() ?? postedYear
    var mondays: [(CivilDate, String)] = []
    for p in points where p.week != nil {
      let year = p.year ?? p.month.flatMap { m in academic.map { $0.year(ofMonth: m) } } ?? printedYear
      if let m = SpanPhrases.weekOne(p, defaultYear: year) { mondays.append((m, SpanPhrases.point(p, yearFrom: nil))) }
    }
    if let weekOne {
      draft.weekOne = weekOne
      draft.weekNote.append(("week 1 as given: %1", ["\(weekOne)"]))
    } else if let first = mondays.first {
      var counts: [CivilDate: Int] = [:]
      for (m, _) in mondays { counts[m, default: 0] += 1 }
      let best = counts.max { a, b in a.value < b.value || a.value == b.value && a.key > b.key } ?? (first.0, 1)
      if best.value == mondays.count {
        draft.weekOne = best.key
        draft.weekNote.append(
          (
            mondays.count == 1
              ? "week 1 inferred from the notice's one date/week pair: %2"
              : "week 1 inferred from the notice's %1 date/week pairs, which agree: %2",
            ["\(mondays.count)", "\(best.key)"]
          )
        )
      } else if best.value * 2 > mondays.count, best.value >= 2 {
        draft.weekOne = best.key
        draft.weekNote.append(
          (
            "week 1 inferred from %1 of the notice's %2 date/week pairs: %3",
            ["\(best.value)", "\(mondays.count)", "\(best.key)"]
          )
        )
        for (d, text) in mondays where d != best.key {
          draft.weekNote.append(("TODO: %1 puts week 1 on %2: the notice's date and week disagree", [text, "\(d)"]))
        }
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
    } else if let a = academic, let sem = a.semester ?? draft.weekOne.map({ $0.month >= 8 ? 1 : 2 }) {
      draft.term = "\(a.first)-\(a.first + 1)-\(sem)"
    } else if let w = draft.weekOne {
      draft.term = w.month >= 8 ? "\(w.year)-\(w.year + 1)-1" : "\(w.year - 1)-\(w.year)-2"
    } else if let y = printedYear,
      let m = points.first(where: { $0.month != nil && ($0.year == nil || $0.year == y) })?.month
    {
      // The first date the notice names, in the year it prints: autumn from August to January.
      draft.term = m >= 8 ? "\(y)-\(y + 1)-1" : m == 1 ? "\(y - 1)-\(y)-1" : "\(y - 1)-\(y)-2"
      draft.weekNote.append(
        ("TODO: term %1 guessed from the notice's dates; the notice does not print it", [draft.term ?? ""])
      )
    }
  }
}

/// The term a notice prints: `2018～2019学年第一学期`, `2024-2025-1学期`, `2024-2025(1)`, `2023年秋季学期`.
/// Two years in a row joined by a dash, never a list (`2015、2016、2017级` is the students' years).
struct AcademicYear {
  var first: Int
  var semester: Int?

  init?(in text: String) {
    let s = Array(text)
    func year(_ i: Int) -> Int? {
      guard i >= 0, i + 4 <= s.count, s[i..<i + 4].allSatisfy({ $0.isASCII && $0.isNumber }),
        i == 0 || !(s[i - 1].isASCII && s[i - 1].isNumber), let y = Int(String(s[i..<i + 4])), (1990...2100).contains(y)
      else { return nil }
      return y
    }
    var i = 0
    while i + 4 <= s.count {
      if let a = year(i), i + 4 < s.count {
        var j = i + 4
        if "-－—～~至到".contains(s[j]) {
          while j < s.count, "-－—～~至到".contains(s[j]) { j += 1 }
          if let b = year(j), b == a + 1, !(j + 4 < s.count && s[j + 4] == "级") {
            first = a
            let rest = String(s[(j + 4)...].prefix(12))
            semester = Self.semester(rest)
            return
          }
        } else if s[j] == "年" {
          let rest = String(s[(j + 1)...].prefix(6))
          if rest.hasPrefix("秋") || rest.hasPrefix("秋季") {
            (first, semester) = (a, 1)
            return
          }
          if rest.hasPrefix("春") || rest.hasPrefix("春季") {
            (first, semester) = (a - 1, 2)
            return
          }
          j += 1
        }
      }
      i += 1
    }
    return nil
  }

  private static func semester(_ rest: String) -> Int? {
    let r = rest.hasPrefix("学年") ? String(rest.dropFirst(2)) : rest
    for (words, n) in [
      (["-1", "－1", "(1)", "（1）", "第一学期", "第1学期", "秋季", "秋", "上学期", "1学期"], 1),
      (["-2", "－2", "(2)", "（2）", "第二学期", "第2学期", "春季", "春", "下学期", "2学期"], 2),
      (["-3", "第三学期", "第3学期", "夏季", "小学期"], 3),
    ] where words.contains(where: { r.hasPrefix($0) }) {
      return n
    }
    return nil
  }

  /// The calendar year a month falls in: autumn in the first year, spring and summer in the second.
  func year(ofMonth m: Int) -> Int {
    if semester == 2 || semester == 3 { return first + 1 }
    return m >= 8 ? first : first + 1
  }
}
