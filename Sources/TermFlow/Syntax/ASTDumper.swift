/// Prints a workflow as an indented tree, `Kind @l:c-l:c attrs`, for golden tests (as swift-markdown).
struct ASTDumper {
  let file: SourceFile
  private var out = ""

  init(file: SourceFile) { self.file = file }

  static func dump(_ w: Workflow, file: SourceFile) -> String {
    var d = ASTDumper(file: file)
    for decl in w.decls { d.decl(decl) }
    return d.out
  }

  private func at(_ r: SourceRange) -> String {
    let a = file.location(of: r.start)
    let b = file.location(of: r.end)
    return "@\(a.line):\(a.column)-\(b.line):\(b.column)"
  }

  private mutating func line(_ depth: Int, _ kind: String, _ r: SourceRange, _ attrs: String = "") {
    out += String(repeating: "  ", count: depth) + kind + " " + at(r) + (attrs.isEmpty ? "" : " " + attrs) + "\n"
  }

  private mutating func decl(_ d: Decl) {
    switch d {
    case .workflow(let n, let t, let r):
      line(0, "Workflow", r, "name=\(n.text)" + (t.map { " title=\(quote($0.value))" } ?? ""))
    case .owner(let n, let t, let r):
      line(0, "Owner", r, "name=\(n.text)" + (t.map { " title=\(quote($0.value))" } ?? ""))
    case .audience(let n, let t, let r):
      line(0, "Audience", r, "name=\(n.text)" + (t.map { " title=\(quote($0.value))" } ?? ""))
    case .contact(let n, let v, let p, let r):
      line(0, "Contact", r, "name=\(n.text) value=\(quote(v.value))" + (p.map { " purpose=\(quote($0.value))" } ?? ""))
    case .term(let t):
      line(0, "Term", t.range, "name=\(t.name.text)")
      for item in t.items { termItem(item) }
    case .step(let b): block("Step", b)
    case .payment(let b): block("Payment", b)
    case .rule(let b): block("Rule", b)
    case .policy(let b): block("Policy", b)
    case .use(let path, let r): line(0, "Use", r, quote(path.value))
    case .notice(let n):
      line(0, "Notice", n.range)
      for i in n.items { line(1, "NoticeItem", i.range, StatementPrinter.noticeItem(i)) }
    case .table(let t):
      line(
        0,
        "Table",
        t.range,
        "name=\(t.table.text)"
          + (t.files.isEmpty ? "" : " files=" + t.files.map { quote($0.value) }.joined(separator: ","))
      )
      for h in t.headerRows { line(1, "HeaderRow", h.range, h.number.text) }
      for todo in t.todos { line(1, "Todo", todo.range, quote(todo.value)) }
      for k in t.skipRows { line(1, "SkipRows", k.range, k.texts.map { quote($0.value) }.joined(separator: ",")) }
      for c in t.columns { line(1, "Column", c.range, LayoutPrinter.column(c)) }
    case .values(let v):
      line(0, "Values", v.range, "name=\(v.name.text)")
      for e in v.entries { line(1, "Entry", e.range, LayoutPrinter.entry(e)) }
    case .grades(let g):
      line(0, "Grades", g.range, "name=\(g.name.text)")
      for i in g.items { line(1, "Grade", i.range, LayoutPrinter.gradeItem(i)) }
    }
  }

  private mutating func termItem(_ item: TermItem) {
    switch item.kind {
    case .weekOneStarts(let d): line(1, "WeekOneStarts", item.range, phrase(d))
    case .weeks(let n): line(1, "Weeks", item.range, "count=\(n)")
    case .opens(let d): line(1, "Opens", item.range, phrase(d))
    case .closes(let d): line(1, "Closes", item.range, phrase(d))
    case .holidays(let official): line(1, "Holidays", item.range, official ? "official" : "none")
    case .holiday(let n, let f, let t):
      line(1, "Holiday", item.range, "name=\(n.text) from=\(phrase(f))" + (t.map { " to=\(phrase($0))" } ?? ""))
    case .schoolBreak(let n, let f, let t):
      line(1, "Break", item.range, "name=\(n.text) from=\(phrase(f))" + (t.map { " to=\(phrase($0))" } ?? ""))
    case .workday(let d, let n): line(1, "Workday", item.range, phrase(d) + (n.map { " name=\($0.text)" } ?? ""))
    case .swap(let d, let runs, _):
      line(1, "Swap", item.range, "date=\(phrase(d)) runs=week\(runs.week).\(runs.weekday)")
    case .workingHours(let f, let t): line(1, "WorkingHours", item.range, "\(f.text)..\(t.text)")
    case .examWeeks(let a, let b): line(1, "ExamWeeks", item.range, "\(a)..\(b)")
    case .ownerLoad(let n): line(1, "OwnerLoad", item.range, "\(n)")
    }
  }

  private mutating func block(_ kind: String, _ b: Block) {
    line(0, kind, b.range, "name=\(b.name.text)")
    for s in b.items { statement(s) }
  }

  private mutating func statement(_ s: Statement) {
    let r = s.range
    switch s.kind {
    case .title(let t): line(1, "Title", r, quote(t.value))
    case .owner(let n): line(1, "Owner", r, n.text)
    case .note(let t): line(1, "Note", r, quote(t.value))
    case .audience(let ns): line(1, "Audience", r, names(ns))
    case .deliver(let f, let to): line(1, "Deliver", r, quote(f.value) + (to.map { " to=\($0.text)" } ?? ""))
    case .start(let e): line(1, "Start", r, dateExpr(e))
    case .due(let e): line(1, "Due", r, dateExpr(e))
    case .on(let e): line(1, "On", r, dateExpr(e))
    case .span(let k, let f, let t): line(1, "Span", r, "\(k) \(dateExpr(f)) .. \(dateExpr(t))")
    case .after(let ns): line(1, "After", r, names(ns))
    case .postponeToWorkingDay: line(1, "PostponeToWorkingDay", r)
    case .allowDayOff: line(1, "AllowDayOff", r)
    case .require(let t): line(1, "Require", r, quote(t.value))
    case .window(let f, let t): line(1, "Window", r, "\(dateExpr(f)) .. \(dateExpr(t))")
    case .channel(let n, let a): line(1, "Channel", r, quote(n.value) + (a.isEmpty ? "" : " for=\(names(a))"))
    case .fee(let f):
      line(
        1,
        "Fee",
        r,
        "\(f.amount)" + (f.upTo.map { " .. \($0)" } ?? "") + " per \(f.per.rawValue)"
          + (f.courseTypes.isEmpty ? "" : " for=" + f.courseTypes.map { quote($0.value) }.joined(separator: ","))
      )
    case .firstRetakeFree: line(1, "FirstRetakeFree", r)
    case .exempt(let ns): line(1, "Exempt", r, names(ns))
    case .batchLimit(let n): line(1, "BatchLimit", r, "\(n)")
    case .courseLimit(let n): line(1, "CourseLimit", r, "\(n)")
    case .releaseAfter(let d): line(1, "ReleaseAfter", r, d.text)
    case .repayAfter(let d): line(1, "RepayAfter", r, d.text)
    case .syncLag(let n, let o, let t):
      line(1, "SyncLag", r, n.text + (o.map { " off-hours=\($0.text)" } ?? "") + (t.map { " then=\($0.text)" } ?? ""))
    case .clearUnpaid(let by): line(1, "ClearUnpaid", r, by.map { "by=\($0.text)" } ?? "")
    case .forEach(let ns, let of): line(1, "For", r, names(ns) + (of.map { " of=\($0.text)" } ?? ""))
    case .letBinding(let n, let v): line(1, "Let", r, "\(n.text) = \(ExprPrinter.print(v))")
    case .when(let e): line(1, "When", r, ExprPrinter.print(e))
    case .outcome(let o):
      line(
        1,
        "Outcome",
        r,
        o.kind.rawValue + (o.owner.map { " owner=\($0.text)" } ?? "") + " " + quote(o.message.value)
          + (o.condition.map { " when=\(ExprPrinter.print($0))" } ?? "")
      )
    case .notify(let o, let b): line(1, "Notify", r, o.text + (b.map { " before=\($0.text)" } ?? ""))
    }
  }

  private func names(_ ns: [Name]) -> String { ns.map(\.text).joined(separator: ",") }

  private func phrase(_ d: DatePhrase) -> String {
    d.kinds.map { k in
      switch k {
      case .calendar(let y, let m, let day, let stated):
        return "date(\(y.map { "\($0)" } ?? "?")-\(m)-\(day)"
          + (stated.map { " stated=week\($0.week).\($0.weekday)" } ?? "") + ")"
      case .week(let ref): return "week(\(ref.week).\(ref.weekday))"
      }
    }.joined(separator: " + ")
  }

  private func dateExpr(_ e: DateExpr) -> String {
    var s: String
    switch e.kind {
    case .phrase(let p): s = phrase(p)
    case .relative(let n, let working, let anchor): s = "\(n) \(working ? "working days" : "days") after \(anchor.text)"
    }
    if let t = e.time { s += " at \(t.text)" }
    return s
  }

  private func quote(_ s: String) -> String { ExprPrinter.quote(s) }
}
