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
  var inPolicies = false
  var policyHeading = "其他事项"
  var inTail = false
  var bodyStarted = false
  /// The last step of the current numbered item: an undated sentence after it is its note.
  var lastStep: Int?
  var itemOffices: [String] = []
  /// The current numbered item's text so far, for names its later sentences need (重新学习费).
  var itemText = ""
  /// The sentences of the sub-item being read, up to the one being read: its own subject comes before
  /// its item's (whose text holds its siblings).
  var lineText = ""
  /// Every day the notice names, for week 1 and the term.
  var points: [ProsePoint] = []
  /// The days the draft's steps and payments are dated by, for the term's extent.
  var stepPoints: [ProsePoint] = []
  /// The posting line's year (`发布时间：2019-02-25`), for dates printed without one.
  var postedYear: Int?
  /// The notice's own day: its posting line's, or the date under its signature.
  var noticeDay: ProsePoint?
  /// The table whose header was last read: its rows are steps.
  var table: NoticeTable?
  /// The last heading's text (`一、报名时间` → 报名时间): what a line holding only a date dates.
  var heading: String?
  /// The step the last line made from a date alone, for a second such line that closes its range.
  var lastBare: (index: Int, span: ProseSpan, heading: String?)?
  var previousBare: (index: Int, span: ProseSpan, heading: String?)?
  /// Lines the header used, by index: kept in the header as written, not read again.
  var headerLines: Set<Int> = []
  /// The line of the notice's `关于…` title, where it has one.
  var titleLine: Int?
  /// The work of the last row of a table of rounds, for a row that goes on with it.
  var lastRoundWork: String?
  /// The last section's heading (`第二阶段：发布统计数据`), what a date under a bare `时间：` dates.
  var sectionHeading: String?
  /// Whether the line is a sub-item under an item that says only that it pays (`3.缴费` …
  /// `(1)长清湖校区,9月21日,9:00-12:00`): its dates are payment windows.
  var underPaymentItem = false
  /// The last heading or short label line, kept past the dated lines under it (`繳費單開放繳費列印期間為`
  /// over `日間部學生:110年01月18至02月21`): whose windows those lines give.
  var groupHeading: String?
  /// The line being read, counted from 1, and its item level.
  var lineIndex = 0
  var lineLevel: Int?
  /// The line's marker where it is a word (`第二阶段:第15周—第18周`).
  var lineMarker: String?
  var itemHeading: String?
  /// The line the signature's date was read from, as read.
  var signatureLine: String?
  /// Each section's text (`一、` to the next), the lines before the first being section 0.
  var sectionTexts = [""]
  /// Who the notice says does what (`校考由教务处统筹安排`: 校考 → 教务处), read from the whole text first.
  var agents: [(topic: String, agent: String)] = []
  /// What the notice says each doer does, undated (`学院…设置辅修招收方案`).
  var doings: [(topic: String, agent: String)] = []
  /// Who the notice is for, as it declares (`报名对象：在校生`); the heading's next line when it holds it.
  var audience: String?
  var awaitingAudience = false
  /// The office the sentence above a table names as running it (`由教务处统一安排考试的公共课程见下表`),
  /// for rows that name no doer of their own; until the next item.
  var tableAgent: String?
  /// The notice's days written out in full (its posting day among them), read before its lines: what
  /// settles a run of digits that could be two dates.
  var near: [ProsePoint] = []

  init(source: String) { draft = NoticeDraft(source: source) }

  /// The spans of a text of the notice, its run-together digits read against the notice's full dates.
  func spans(in text: String) -> [ProseSpan] { ProseSpanReader.spans(in: text, near: near) }

  static func read(_ text: String, source: String, term: String?, weekOne: CivilDate?) -> NoticeDraft {
    var r = NoticeImporter(source: source)
    let copied = CopiedText.lines(text)
    for (read, written) in copied where read != written { r.draft.written[read] = written }
    let rows = Self.joiningDatedItems(NoticeTable.joiningCellLines(copied.map(\.read)))
    r.draft.written.merge(Self.writtenRows(rows, copied), uniquingKeysWith: { a, _ in a })
    let lines = Self.labellingFromBelow(rows, written: &r.draft.written)
    let text = lines.joined(separator: "\n")
    // Read only where digits run together as a copy that lost its 年月日 leaves them (`118日`, `2019125前`).
    if ProseSpanReader.mayRunTogether(text) {
      r.near = lines.flatMap { ProseSpanReader.spans(in: $0) }.flatMap(\.ends)
        .filter(\.hasDate)
    }
    r.draft.countsROCYears = NoticeRules.countsROCYears(text)
    r.readHeader(lines)
    r.agents = NoticeClauses.agents(in: text)
    // The title names the work and the office issuing it (`广州理工学院教务处关于…补考报名的通知`), not who
    // does it.
    let body = lines.indices.filter { !r.headerLines.contains($0) }.map { lines[$0] }.joined(separator: "。")
    r.doings = NoticeClauses.doings(in: Self.sentences(body))
    for (i, line) in lines.enumerated() where !line.isEmpty && !r.headerLines.contains(i) {
      // `公告日期` over `2015/03/20`: a page that prints each label on its own line, its value below.
      if let label = lines[..<i].last(where: { !$0.isEmpty }), NoticeRules.isChrome(label),
        label.hasSuffix("日期") || label.hasSuffix("时间"), case let spans = ProseSpanReader.spans(in: line),
        spans.count == 1, let day = spans.first?.from, day.year != nil, day.hasDate,
        Self.isOnlyDates(Array(line), spans)
      {
        r.draft.items.append(.comment(label: "页面", text: line))
        r.posted(day)
        continue
      }
      // `吹响冲锋号 —— 护理学专业认证协调会顺利召开    2023/11/02` above the notice's `关于…` title: another
      // of the page's items, neither work nor the notice's posting day.
      if let t = r.titleLine, i < t, !NoticeRules.isChrome(line), !r.spans(in: line).isEmpty {
        r.draft.items.append(.comment(label: "页面", text: line))
        continue
      }
      // `关于…的通知` over `2019/4/25` or `113年12月16日公告` (below the school's name or a subtitle, before
      // the addressee): the page's posting day.
      let headed = { (l: String) in
        l.isEmpty || NoticeRules.isChrome(l)
          || l.count <= 40 && !l.hasSuffix(":") && !l.hasSuffix("：") && NoticeItem(l).level == nil
            && ProseSpanReader.spans(in: l).isEmpty
      }
      if let t = r.titleLine, i > t, i - t <= 6, lines[(t + 1)..<i].allSatisfy(headed),
        case let spans = ProseSpanReader.spans(in: line), spans.count == 1, let day = spans.first?.from,
        day.year != nil, day.hasDate, spans.first?.to == nil,
        Self.isOnlyDates(Array(line), spans) || Self.datedByline(line, spans)
      {
        r.draft.items.append(.comment(label: "页面", text: line))
        r.posted(day)
        continue
      }
      r.read(line, next: lines[(i + 1)...].first { !$0.isEmpty } ?? "")
    }
    r.settleSinceNow()
    r.settleSectionOwners()
    r.settleSummaries()
    r.settlePhases()
    r.settleRepeats()
    r.settleFees(text)
    r.settleTerm(term: term, weekOne: weekOne, text: text)
    r.fitTerm()
    return r.draft
  }

  mutating func read(_ raw: String, next: String) {
    lineIndex += 1
    let first = draft.items.count
    defer {
      for k in draft.items.indices.dropFirst(first) {
        switch draft.items[k] {
        case .step(var s):
          s.line = lineIndex
          draft.items[k] = .step(s)
        case .payment(var p):
          p.line = lineIndex
          draft.items[k] = .payment(p)
        default: break
        }
      }
    }
    if NoticeRules.isChrome(raw) {
      draft.items.append(.comment(label: "页面", text: raw))
      if postedYear == nil, let d = spans(in: raw).first?.from {
        postedYear = d.year
        if d.year != nil, d.hasDate { noticeDay = d }
      }
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
    previousBare = lastBare
    lastBare = nil
    let lineSpans = spans(in: line)
    let item = NoticeItem(line)
    lineLevel = item.level
    lineMarker = item.named
    if item.level != nil {
      let text = CopiedText.withoutGloss(item.text)
      let spans = spans(in: text)
      // `9.研究生院准备…审议材料、打印学位证书开始时间`: a label of any length that ends in a time's.
      let labelsTime = text.count <= 48 && NoticeRules.timeLabels.contains { text.hasSuffix($0) }
      heading = spans.isEmpty && (text.count <= 24 || labelsTime) ? NoticeClauses.label(text) : nil
      if item.level == 0 { sectionHeading = heading }
      groupHeading = heading
      if item.level != 2 { itemHeading = heading }
      underPaymentItem = item.level == 2 && itemHeading.map(NoticeRules.namesPaymentOnly) == true
    } else if spans(in: line).isEmpty, line.count <= 16 || raw.hasSuffix("|") && line.count <= 40,
      !line.hasSuffix("。"),
      NoticeClauses.owner(atStartOf: Substring(line)) != line,
      !NoticeRules.closings.contains(where: { line.hasPrefix($0) })
    {
      // A short undated line (a table cell copied one per line) names what the dates under it are.
      heading = NoticeClauses.label(line)
      groupHeading = heading
    } else if lineSpans.isEmpty || !Self.isOnlyDates(Array(line), lineSpans) {
      // A heading dates only the lines right under it that hold nothing but a date.
      heading = nil
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
      tableAgent = nil
      inPolicies = false
    }
    if item.level != nil { bodyStarted = true }
    noteSection(line, item: item)
    if !bodyStarted, spans(in: line).isEmpty, NoticeClauses.phones(in: line).isEmpty {
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
    // A line with a phone number is a contact; its dates are work all the same (`各教学院(部)于10月18日
    // 前将考试安排报教务处考试中心(联系人:于燕…)`), under the contact's copy of the line.
    let phones = NoticeClauses.phones(in: line)
    for (n, p) in phones.enumerated() {
      let name = NoticeClauses.contactName(p.before)
      draft.items.append(.contact(.init(name: name, number: p.number, purpose: line, source: n == 0 ? [raw] : [])))
    }
    var placed = !phones.isEmpty
    var firstSentence = phones.isEmpty
    let sentences = Self.datedSentences(item.text)
    lineText = ""
    for (k, sentence) in sentences.enumerated() {
      if let a = Self.tableAgent(sentence) { tableAgent = a }
      itemOffices += NoticeClauses.offices(in: sentence)
      itemText += sentence + "。"
      if item.level == 2 { lineText += sentence + "。" }
      let next = k + 1 < sentences.count ? sentences[k + 1] : nil
      if readDated(sentence, line: raw, first: firstSentence, next: next) {
        placed = true
        firstSentence = false
        continue
      }
      if !phones.isEmpty { continue }
      // A duty with a day later in its item is work, not a policy: its day would be lost.
      if inPolicies, item.level == 2 || item.level == 1,
        !sentences[(k + 1)...].contains(where: { !spans(in: $0).isEmpty })
      {
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

  mutating func readTail(_ line: String, next: String) {
    if draft.issuer == nil || !draft.header.contains(where: { $0.label == "发文日期" }) {
      let spans = spans(in: next)
      if let d = spans.first, Self.isOnlyDates(Array(next), spans), line.count <= NoticeRules.ownerMaxLength,
        NoticeRules.ownerSuffixes.contains(where: { line.hasSuffix($0) })
      {
        if draft.issuer == nil { setIssuer(line) }
        draft.header.append(("落款", line))
        // As written where the language reads the whole line as one date, else in its own form: the
        // line may hold more than the date (`201@年9月20日` reads as 9月20日).
        var day = d.from
        day.time = nil
        let bytes = Array(next.utf8)
        draft.header.append(("发文日期", Lexer.proseDate(bytes, at: 0) == bytes.count ? next : SpanPhrases.point(day)))
        signatureLine = next
        points.append(d.from)
        if d.from.year != nil, d.from.hasDate { noticeDay = d.from }
        return
      }
    }
    if line == signatureLine { return }
    let label =
      NoticeRules.copyPrefixes.contains { line.hasPrefix($0) }
      ? "抄送" : line.hasSuffix("印发") ? "印发" : "附件"
    draft.items.append(.comment(label: label, text: line))
  }

  /// The sentences, a date that stands as a sentence of its own joined to the one it dates
  /// (`1、12月24日-元月5日。教师任课表……录入`).
  static func datedSentences(_ text: String) -> [String] {
    var out: [String] = []
    var carry: String?
    for s in labelledPieces(text) {
      let joined = carry.map { $0 + "，" + s } ?? s
      carry = nil
      let spans = ProseSpanReader.spans(in: joined)
      if !spans.isEmpty, isOnlyDates(Array(joined), spans) {
        carry = joined
        continue
      }
      out.append(joined)
    }
    if let c = carry { out.append(c) }
    return out
  }

  /// The sentences of `text`, where a sentence's pieces after ； open with their dates (past an aside,
  /// `(下期)7/11-7/14`), each under the label the first piece opens with (`缴费日期:(上期)6/6-6/11`):
  /// the label says what every date of the sentence is.
  static func labelledPieces(_ text: String) -> [String] {
    text.split(separator: "。").flatMap { sentence -> [String] in
      let pieces = sentences(String(sentence))
      guard pieces.count > 1, let first = pieces.first, let start = ProseSpanReader.spans(in: first).first?.lower,
        case let opening = NoticeClauses.withoutTrailingAside(String(first.prefix(start))),
        NoticeClauses.label(opening) != nil
      else { return pieces }
      return [first]
        + pieces.dropFirst().map { p in
          guard let lower = ProseSpanReader.spans(in: p).first?.lower,
            !NoticeClauses.withoutAsides(String(p.prefix(lower))).contains(where: NoticeClauses.isNameCharacter)
          else { return p }
          return opening + p
        }
    }
  }

  /// A text cut into sentences at 。 and ；, each kept whole (with its inner commas).
  static func sentences(_ text: String) -> [String] {
    text.split(whereSeparator: { "。；;".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }
}
