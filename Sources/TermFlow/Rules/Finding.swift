/// What a rule said about one subject: a warning or error, or a task for an owner with a date.
struct Finding: Sendable {
  enum Kind: String, Sendable { case warning, error, task }
  var kind: Kind
  var rule: String
  /// For tasks.
  var owner: String?
  var date: String?
  var message: String
  var student: String?
  var studentName: String?
  var college: String?
  var course: String?
  var courseName: String?
  var order: String?
  /// The workflow line of the outcome that fired.
  var line: Int
  /// Whether this task only relays a warning (`notify`); the summary counts what rules found, once.
  var relayed = false

  /// The outcome's finding, plus one relay task per `notify` for warnings and errors, appended to
  /// `findings` (a run makes thousands; no array each).
  static func make(
    _ rule: CompiledRule,
    _ o: CompiledRule.Outcome,
    _ s: Subject,
    _ ctx: RuleContext,
    today: Int,
    into findings: inout [Finding]
  ) {
    let state = ctx.state
    let st = ctx.student(of: s).flatMap { $0 >= 0 && $0 < state.students.count ? $0 : nil }
    let co = ctx.course(of: s).flatMap { $0 >= 0 && $0 < state.courses.count ? $0 : nil }
    let order = s.kind == .order ? state.orders[s.index] : nil
    var f = Finding(
      kind: o.kind == .task ? .task : o.kind == .warn ? .warning : .error,
      rule: rule.id,
      owner: o.owner,
      date: nil,
      message: o.message,
      student: st.map { state.students[$0].id },
      studentName: st.map { state.students[$0].name },
      college: st.map { state.students[$0].college },
      course: co.map { state.courses[$0].code },
      courseName: co.flatMap { state.courses[$0].name.isEmpty ? nil : state.courses[$0].name },
      order: order?.id ?? (s.kind == .bill && s.index < state.bills.count ? state.bills[s.index].id : nil),
      line: o.line
    )
    // An order the bank has charged says when it should show as paid, whatever the rule says of it.
    // A task about it is dated at the earliest it may show (the latest is in the text).
    var syncedBy: Int?
    if let order, let charged = order.charged, let by = ctx.facts.syncedBy(order) {
      let from = ctx.facts.syncEarliest(order) ?? by
      if ctx.terms.syncLag?.then != nil, let first = ctx.facts.syncFirstBy(order), first < by {
        // Two waits: a task about it is dated when the second ends, when the office acts.
        syncedBy = by
        f.message += ctx.lang(
          " (charged %1, usually shows as paid by %2, at the latest by %3)",
          Timestamp.iso(charged),
          Timestamp.iso(first),
          Timestamp.iso(by)
        )
      } else {
        syncedBy = from
        let (c, a, b) = (Timestamp.iso(charged), Timestamp.iso(from), Timestamp.iso(by))
        f.message +=
          from < by
          ? ctx.lang(" (charged %1, expected to show as paid from %2 to %3)", c, a, b)
          : ctx.lang(" (charged %1, shows as paid by %2 at the latest)", c, b)
      }
    }
    guard o.kind == .task else {
      findings.append(f)
      for n in rule.notify {
        var t = f
        t.kind = .task
        t.owner = n.owner
        t.date = n.due?.iso
        t.message = ctx.lang("warning: %1", o.message)
        t.relayed = true
        findings.append(t)
      }
      return
    }
    f.date = rule.due?.iso ?? syncedBy.map(Timestamp.iso)
    // A stuck order's task says when the student may release it and when pay again, and never sends
    // anyone to pay after the window has closed.
    if let order, s.kind == .order, ctx.facts.stuck[s.index], let created = order.created {
      let terms = ctx.terms
      let release = terms.releasable(created)
      let repay = terms.repayable(max(release, today))
      f.date = Timestamp.iso(release)
      let office = terms.ownerName ?? ctx.lang("the payment's office")
      if let closes = terms.closes, repay > closes {
        f.message += ctx.lang(
          " (releasable after %1; payment closed %2, so none after release: release the order and contact %3)",
          Timestamp.iso(release),
          terms.closeText ?? Timestamp.iso(closes),
          office
        )
      } else {
        let wait =
          terms.repayAfter.map { ctx.lang("payable again %1 after release", $0.said(ctx.lang)) }
          ?? ctx.lang("payable again after release")
        f.message += ctx.lang(
          " (releasable after %1, %2, at the earliest %3)",
          Timestamp.iso(release),
          wait,
          Timestamp.iso(repay)
        )
      }
    }
    // A bill stuck in 缴费中: the same, from when it went into 缴费中.
    if s.kind == .bill, s.index < state.bills.count, ctx.billValue(.stuck, s.index)?.truth == true,
      let paying = state.bills[s.index].last(.paying)
    {
      let terms = ctx.terms
      let release = terms.releasable(paying)
      f.date = Timestamp.iso(release)
      if let closes = terms.closes, max(release, today) > closes {
        f.message += ctx.lang(
          " (payment closed %1: cancel the order and contact %2)",
          terms.closeText ?? Timestamp.iso(closes),
          terms.ownerName ?? ctx.lang("the payment's office")
        )
      } else {
        f.message +=
          terms.releaseAfter == nil
          ? ctx.lang(" (paying since %1: the order may be cancelled and paid again)", Timestamp.iso(paying))
          : ctx.lang(
            " (paying since %1; the order may be cancelled and paid again after %2)",
            Timestamp.iso(paying),
            Timestamp.iso(release)
          )
      }
    }
    findings.append(f)
  }
}
