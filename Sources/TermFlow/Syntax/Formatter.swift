/// Prints a parsed workflow in canonical layout: one statement a line, two-space indent, a blank line
/// between blocks, straight quotes, single spaces. Comments are put back by source position: leading
/// comments before the item that follows them, trailing comments at the end of their line. At most one
/// blank line is kept where the author left any.
struct Formatter {
  let file: SourceFile
  let workflow: Workflow
  private var out = ""
  private var commentIndex = 0
  private var lastEnd = 0

  init(file: SourceFile, workflow: Workflow) {
    self.file = file
    self.workflow = workflow
  }

  static func format(_ w: Workflow, file: SourceFile) -> String {
    var f = Formatter(file: file, workflow: w)
    f.run()
    return f.out
  }

  private mutating func run() {
    var previousKeyword: String?
    for d in workflow.decls {
      let isBlock: Bool
      switch d {
      case .term, .step, .payment, .rule, .policy, .table, .values, .grades, .notice: isBlock = true
      default: isBlock = false
      }
      if let prev = previousKeyword {
        // Blocks always stand apart; a run of one-line declarations stays together unless the author split it.
        if isBlock || prev != d.keyword || blankLineBefore(d.range.start) { out += "\n" }
      }
      emitLeadingComments(before: d.range.start, indent: "")
      switch d {
      case .workflow(let n, let t, let r): line("", "workflow \(n.text)" + (t.map { " " + q($0) } ?? ""), end: r.end)
      case .owner(let n, let t, let r): line("", "owner \(n.text)" + (t.map { " " + q($0) } ?? ""), end: r.end)
      case .audience(let n, let t, let r): line("", "audience \(n.text)" + (t.map { " " + q($0) } ?? ""), end: r.end)
      case .contact(let n, let v, let p, let r):
        line("", "contact \(n.text) \(q(v))" + (p.map { " " + q($0) } ?? ""), end: r.end)
      case .term(let t):
        line("", "term \(t.name.text) {", end: t.name.range.end, trailing: !isOneLine(t.range))
        for item in t.items { statementLine(TermItemPrinter.print(item), range: item.range) }
        closeBlock(t.range)
      case .step(let b), .payment(let b), .rule(let b), .policy(let b):
        line("", "\(d.keyword) \(b.name.text) {", end: b.name.range.end, trailing: !isOneLine(b.range))
        for s in b.items { statementLine(StatementPrinter.print(s), range: s.range) }
        closeBlock(b.range)
      case .use(let path, let r): line("", "use \(q(path))", end: r.end)
      case .notice(let n):
        line("", "notice {", end: n.range.start + 6, trailing: !isOneLine(n.range))
        for i in n.items { statementLine(StatementPrinter.noticeItem(i), range: i.range) }
        closeBlock(n.range)
      case .table(let t):
        let files = t.files.isEmpty ? "" : " " + t.files.map(q).joined(separator: ", ")
        line("", "table \(t.table.text)\(files) {", end: t.table.range.end, trailing: !isOneLine(t.range))
        for h in t.headerRows { statementLine("header row \(h.number.text)", range: h.range) }
        for todo in t.todos { statementLine("todo " + q(todo), range: todo.range) }
        for k in t.skipRows {
          statementLine("skip rows " + k.texts.map(q).joined(separator: ", "), range: k.range)
        }
        for c in t.columns { statementLine(LayoutPrinter.column(c), range: c.range) }
        closeBlock(t.range)
      case .values(let v):
        line("", "values \(v.name.text) {", end: v.name.range.end, trailing: !isOneLine(v.range))
        for e in v.entries { statementLine(LayoutPrinter.entry(e), range: e.range) }
        closeBlock(v.range)
      case .grades(let g):
        line("", "grades \(g.name.text) {", end: g.name.range.end, trailing: !isOneLine(g.range))
        for i in g.items { statementLine(LayoutPrinter.gradeItem(i), range: i.range) }
        closeBlock(g.range)
      }
      previousKeyword = d.keyword
      if isBlock { previousKeyword = "}" }
    }
    // Comments after the last declaration.
    if commentIndex < workflow.comments.count, !out.isEmpty,
      blankLineBefore(workflow.comments[commentIndex].range.start)
    {
      out += "\n"
    }
    emitLeadingComments(before: Int.max, indent: "")
  }

  private mutating func statementLine(_ text: String, range: SourceRange) {
    if lastEnd > 0, blankLineBefore(range.start), !out.hasSuffix("{\n") { out += "\n" }
    emitLeadingComments(before: range.start, indent: "  ")
    line("  ", text, end: range.end)
  }

  private mutating func closeBlock(_ r: SourceRange) {
    emitLeadingComments(before: r.end - 1, indent: "  ")
    line("", "}", end: r.end)
  }

  /// Writes one line, then any comment that trails on the same source line.
  private mutating func line(_ indent: String, _ text: String, end: Int, trailing: Bool = true) {
    out += indent + text
    let endLine = file.location(of: max(0, end - 1)).line
    while trailing, commentIndex < workflow.comments.count {
      let c = workflow.comments[commentIndex]
      guard c.trailing, file.location(of: c.range.start).line == endLine else { break }
      out += "  " + c.text
      commentIndex += 1
    }
    out += "\n"
    lastEnd = max(lastEnd, end)
  }

  private mutating func emitLeadingComments(before offset: Int, indent: String) {
    var emitted = false
    while commentIndex < workflow.comments.count, workflow.comments[commentIndex].range.start < offset {
      let c = workflow.comments[commentIndex]
      if lastEnd > 0, blankLineBefore(c.range.start), !out.hasSuffix("\n\n"), !out.hasSuffix("{\n") { out += "\n" }
      out += indent + c.text + "\n"
      lastEnd = max(lastEnd, c.range.end)
      commentIndex += 1
      emitted = true
    }
    // Keep the author's gap between a comment block and the code it introduces.
    if emitted, offset < file.bytes.count, blankLineBefore(offset) { out += "\n" }
  }

  /// A block written on one line keeps its trailing comment after the closing brace, not the header.
  private func isOneLine(_ r: SourceRange) -> Bool {
    file.location(of: r.start).line == file.location(of: max(r.start, r.end - 1)).line
  }

  /// True when an empty line separates `offset` from the code or comment before it.
  private func blankLineBefore(_ offset: Int) -> Bool {
    guard offset <= file.bytes.count, lastEnd < offset else { return false }
    var newlines = 0
    var i = offset - 1
    while i >= lastEnd {
      switch file.bytes[i] {
      case 0x0A: newlines += 1
      case 0x20, 0x09, 0x0D: break
      default: return newlines >= 2
      }
      if newlines >= 2 { return true }
      i -= 1
    }
    return newlines >= 2
  }

  private func q(_ s: StringLit) -> String { ExprPrinter.quote(s.value) }
}

/// Canonical text of a term statement.
enum TermItemPrinter {
  static func print(_ item: TermItem) -> String {
    switch item.kind {
    case .weekOneStarts(let d): return "week 1 starts \(d.literal)"
    case .weeks(let n): return "weeks \(n)"
    case .opens(let d): return "opens \(d.literal)"
    case .closes(let d): return "closes \(d.literal)"
    case .holidays(let official): return "holidays \(official ? "official" : "none")"
    case .holiday(let n, let f, let t): return "holiday \(n.text) \(f.literal)" + (t.map { " .. \($0.literal)" } ?? "")
    case .schoolBreak(let n, let f, let t):
      return "break \(n.text) \(f.literal)" + (t.map { " .. \($0.literal)" } ?? "")
    case .workday(let d, let n): return "workday \(d.literal)" + (n.map { " \($0.text)" } ?? "")
    case .swap(let d, let runs, _):
      return
        "swap \(d.literal) runs week \(runs.week) \(CivilDate.englishWeekdays[max(0, min(6, runs.weekday - 1))].lowercased())"
    case .workingHours(let f, let t): return "working hours \(f.text) .. \(t.text)"
    case .examWeeks(let a, let b): return "exam weeks \(a)" + (a == b ? "" : " .. \(b)")
    case .ownerLoad(let n): return "owner load \(n) per week"
    }
  }
}

/// Canonical text of a block statement.
enum StatementPrinter {
  static func print(_ s: Statement) -> String {
    switch s.kind {
    case .title(let t): return "title \(q(t))"
    case .note(let t): return "note \(q(t))"
    case .owner(let n): return "owner \(n.text)"
    case .audience(let ns): return "audience \(list(ns))"
    case .deliver(let f, let to): return "deliver \(q(f))" + (to.map { " to \($0.text)" } ?? "")
    case .require(let t): return "require \(q(t))"
    case .start(let e): return "start \(date(e))"
    case .due(let e): return "due \(date(e))"
    case .on(let e): return "on \(date(e))"
    case .span(let k, let a, let b): return "\(k) \(date(a))" + (b.joinedBy ?? " .. ") + date(b)
    case .after(let ns): return "after \(list(ns))"
    case .postponeToWorkingDay: return "postpone to next working day"
    case .allowDayOff: return "allow day off"
    case .window(let a, let b): return "window \(date(a))" + (b.joinedBy ?? " .. ") + date(b)
    case .channel(let n, let a): return "channel \(q(n))" + (a.isEmpty ? "" : " for \(list(a))")
    case .fee(let f):
      return "fee \(f.amount)" + (f.upTo.map { " .. \($0)" } ?? "") + " per \(f.per.rawValue)"
        + (f.courseTypes.isEmpty
          ? "" : " for " + f.courseTypes.map { ExprPrinter.quote($0.value) }.joined(separator: ", "))
    case .firstRetakeFree: return "first retake free"
    case .exempt(let ns): return "exempt \(list(ns))"
    case .batchLimit(let n): return "batch at most \(n) courses"
    case .releaseAfter(let d): return "release after \(d.text)"
    case .courseLimit(let n): return "limit \(n) \(n == 1 ? "course" : "courses") per student"
    case .repayAfter(let d): return "repay after \(d.text)"
    case .syncLag(let n, let o, let t):
      return "sync lag \(n.text)" + (o.map { ", off-hours \($0.text)" } ?? "") + (t.map { ", then \($0.text)" } ?? "")
    case .clearUnpaid(let by): return "clear unpaid registrations" + (by.map { " by \($0.text)" } ?? "")
    case .forEach(let ns, let of): return "for \(list(ns))" + (of.map { " of \($0.text)" } ?? "")
    case .letBinding(let n, let v): return "let \(n.text) = \(ExprPrinter.print(v))"
    case .when(let e): return "when \(ExprPrinter.print(e))"
    case .outcome(let o):
      return o.kind.rawValue + (o.owner.map { " \($0.text)" } ?? "") + " \(q(o.message))"
        + (o.condition.map { " when \(ExprPrinter.print($0))" } ?? "")
    case .notify(let o, let b): return "notify \(o.text)" + (b.map { " before \($0.text)" } ?? "")
    }
  }

  static func date(_ e: DateExpr) -> String {
    var s: String
    switch e.kind {
    case .phrase(let p): s = p.literal
    case .relative(let n, let working, let a):
      s = "\(n) \(working ? "working " : "")day\(n == 1 ? "" : "s") after \(a.text)"
    }
    if let t = e.time { s += " \(t.text)" }
    // After a step's name, 前 would read as part of the name: a space keeps it apart.
    if e.before, case .relative = e.kind, e.time == nil { s += " 前" } else if e.before { s += "前" }
    return s
  }

  private static func list(_ ns: [Name]) -> String { ns.map(\.text).joined(separator: ", ") }
  private static func q(_ s: StringLit) -> String { ExprPrinter.quote(s.value) }

  static func noticeItem(_ i: NoticeDecl.Item) -> String {
    switch i.kind {
    case .issuer(let s): return "issuer \(q(s))"
    case .number(let s): return "number \(q(s))"
    case .to(let s): return "to \(q(s))"
    case .preamble(let s): return "preamble \(q(s))"
    case .attachment(let s): return "attachment \(q(s))"
    case .signed(let s, let d): return "signed \(q(s)) \(d.literal)"
    case .copy(let s): return "copy \(q(s))"
    }
  }
}
