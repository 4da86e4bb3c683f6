/// Resolves every step and payment to concrete dates: absolute dates, week phrases, relative dates
/// (`7 working days after 报名截止`) and `after` dependencies, then applies postponement.
struct Scheduler {
  let calendar: TermCalendar
  let resolver: DateResolver
  let sink: DiagnosticSink
  private var blocks: [String: (Block, ScheduledStep.Kind)] = [:]
  private var done: [String: ScheduledStep] = [:]
  private var visiting: Set<String> = []
  /// Steps that declare a due which could not be resolved (already reported), so that the steps
  /// counting from them stay quiet instead of repeating the error.
  private var failed: Set<String> = []
  /// The ids of other workflows' steps this one waits for (`bukao/补考成绩录入`).
  private var external: Set<String> = []

  init(calendar: TermCalendar, weekOneRange: SourceRange?, sink: DiagnosticSink) {
    self.calendar = calendar
    self.sink = sink
    self.resolver = DateResolver(calendar: calendar, sink: sink, weekOneRange: weekOneRange)
  }

  static func schedule(
    _ w: Workflow,
    term: TermDecl,
    calendar: TermCalendar,
    weekOneRange: SourceRange?,
    sink: DiagnosticSink,
    external: [String: ScheduledStep] = [:]
  ) -> Timeline {
    var s = Scheduler(calendar: calendar, weekOneRange: weekOneRange, sink: sink)
    // Another workflow's steps (`after bukao/补考成绩录入`), already scheduled in their own workflow.
    s.done = external
    s.external = Set(external.keys)
    var order: [String] = []
    for d in w.decls {
      switch d {
      case .step(let b):
        if s.blocks[b.name.text] == nil { s.blocks[b.name.text] = (b, .step); order.append(b.name.text) }
      case .payment(let b):
        if s.blocks[b.name.text] == nil { s.blocks[b.name.text] = (b, .payment); order.append(b.name.text) }
      default: break
      }
    }
    for id in order { _ = s.resolve(id) }
    // Rules live in their own namespace; they are resolved after every step so that they can only
    // count from steps, never be counted from.
    var ruleDues: [String: Moment] = [:]
    for d in w.decls {
      guard case .rule(let b) = d, s.blocks[b.name.text] == nil,
        b.items.contains(where: { if case .due = $0.kind { true } else { false } })
      else { continue }
      s.blocks[b.name.text] = (b, .rule)
      if let due = s.resolve(b.name.text)?.due { ruleDues[b.name.text] = due }
      s.blocks[b.name.text] = nil
      s.done[b.name.text] = nil
    }
    let steps = order.compactMap { s.done[$0] }.sorted { a, b in
      let ka = a.due ?? a.start, kb = b.due ?? b.start
      switch (ka, kb) {
      case (let x?, let y?) where x != y: return x < y
      case (nil, _?): return false
      case (_?, nil): return true
      default: return a.range.start < b.range.start
      }
    }
    var owners: [String: String] = [:]
    var audiences: [String: String] = [:]
    var workflow: (String, String?)?
    for d in w.decls {
      switch d {
      case .owner(let n, let t, _): owners[n.text] = owners[n.text] ?? t?.value ?? n.text
      case .audience(let n, let t, _): audiences[n.text] = audiences[n.text] ?? t?.value ?? n.text
      case .workflow(let n, let t, _): workflow = workflow ?? (n.text, t?.value)
      default: break
      }
    }
    let withChannels = steps.map { step in
      var s = step
      s.channels = s.channels.map { ($0.name, $0.audiences.map { audiences[$0] ?? $0 }) }
      s.exempt = s.exempt.map { audiences[$0] ?? $0 }
      return s
    }
    var policies: [Policy] = []
    var notice: NoticeFrame?
    for d in w.decls {
      if case .notice(let n) = d, notice == nil { notice = NoticeFrame(n) }
      guard case .policy(let b) = d else { continue }
      var p = Policy(id: b.name.text, owner: nil, notes: [], requirements: [], deliveries: [])
      for s in b.items {
        switch s.kind {
        case .owner(let n): p.owner = n.text
        case .note(let t), .title(let t): p.notes.append(t.value)
        case .require(let t): p.requirements.append(t.value)
        case .deliver(let f, let to): p.deliveries.append((f.value, to?.text))
        default: break
        }
      }
      policies.append(p)
    }
    return Timeline(
      workflowName: workflow?.0,
      workflowTitle: workflow?.1,
      termName: term.name.text,
      ownerNames: owners,
      calendar: calendar,
      steps: withChannels,
      ruleDues: ruleDues,
      policies: policies,
      notice: notice
    )
  }

  /// Resolves one step, its dependencies first. Cycles were reported by the checker; here they just
  /// leave the step without the cyclic date.
  private mutating func resolve(_ id: String) -> ScheduledStep? {
    if let s = done[id] { return s }
    guard let (block, kind) = blocks[id], !visiting.contains(id) else { return nil }
    visiting.insert(id)
    defer { visiting.remove(id) }
    var step = ScheduledStep(
      id: id,
      kind: kind,
      title: id,
      owner: nil,
      start: nil,
      due: nil,
      dependsOn: [],
      derivation: [],
      range: block.range
    )
    var postpone = false
    var allowDayOff = false
    var dueRange: SourceRange?
    var startRange: SourceRange?
    for s in block.items {
      switch s.kind {
      case .title(let t): step.title = t.value
      case .owner(let n): step.owner = n.text
      case .deliver(let f, let to):
        step.deliveries.append((f.value, to?.text))
      case .after(let ns): step.dependsOn += ns.map(\.text)
      case .note(let n): step.notes.append(n.value)
      case .require(let r): step.requirements.append(r.value)
      case .channel(let name, let audiences): step.channels.append((name.value, audiences.map(\.text)))
      case .exempt(let who): step.exempt += who.map(\.text)
      case .firstRetakeFree: step.paymentTerms.append(.firstRetakeFree)
      case .batchLimit(let n): step.paymentTerms.append(.batchLimit(n))
      case .courseLimit(let n): step.paymentTerms.append(.courseLimit(n))
      case .releaseAfter(let d): step.paymentTerms.append(.releaseAfter(d))
      case .repayAfter(let d): step.paymentTerms.append(.repayAfter(d))
      case .syncLag(let normal, let off, let then):
        step.paymentTerms.append(.syncLag(normal, offHours: off, then: then))
      case .clearUnpaid: step.paymentTerms.append(.clearUnpaid)
      case .fee(let f):
        step.fee = (step.fee.map { $0 + "；" } ?? "") + f.chinese(others: step.fee != nil)
      case .postponeToWorkingDay: postpone = true
      case .allowDayOff: allowDayOff = true
      case .start(let e):
        step.start = moment(e, "start", &step)
        startRange = e.range
      case .due(let e), .on(let e):
        let on: Bool
        if case .on = s.kind { on = true } else { on = false }
        dueRange = e.range
        // A list of days (on 3月29日、30日) runs from its first day to its last.
        if let p = e.phrase, !p.more.isEmpty {
          let days = resolver.resolveAll(p)
          step.derivation.append(
            "\(on ? "on" : "due") \(p.literal) → " + days.map(\.description).joined(separator: ", ")
          )
          step.start = days.first.map { Moment(date: $0, minute: nil) }
          step.due = days.last.map { Moment(date: $0, minute: e.time?.minutes) }
          continue
        }
        step.due = moment(e, on ? "on" : "due", &step)
        if on {
          step.start = step.due.map { Moment(date: $0.date, minute: nil) }
        }
      case .span(_, let a, let b):
        step.start = moment(a, "starts", &step)
        step.due = moment(b, "due", &step)
        startRange = a.range
        dueRange = b.range
      case .window(let a, let b):
        step.start = moment(a, "window opens", &step)
        step.due = moment(b, "window closes", &step)
        startRange = a.range
        dueRange = b.range
      default: break
      }
    }
    // A step with only dependencies happens when the last of them is due.
    if step.due == nil, step.start == nil, !step.dependsOn.isEmpty {
      let deps = step.dependsOn.compactMap { resolve($0)?.due }
      if let last = deps.max() {
        step.start = last
        step.due = last
        step.derivation.append("no date of its own: placed at its last dependency's due, \(last.iso)")
      }
    }
    for dep in step.dependsOn { _ = resolve(dep) }
    if let due = step.due, !calendar.isWorkingDay(due.date) {
      let info = calendar.info(due.date)
      let why = info.name.isEmpty ? info.kind.rawValue : info.name
      if postpone, let next = calendar.nextWorkingDay(onOrAfter: due.date) {
        step.derivation.append("due \(due.date) is a day off (\(why)): postponed to the next working day, \(next)")
        step.due = Moment(date: next, minute: due.minute)
      } else if !allowDayOff, let dueRange {
        sink.report(
          ScheduleDiagnostics.dueOnDayOff(id, payment: kind == .payment, date: due.date, why: why),
          at: dueRange
        )
      }
    }
    if let s = step.start, let d = step.due, d < s {
      sink.report(
        ScheduleDiagnostics.dueBeforeStart(step: id, due: d.iso, start: s.iso, startAt: startRange),
        at: dueRange ?? block.name.range
      )
    }
    for (m, r) in [(step.start, startRange), (step.due, dueRange)] {
      if let m, let r, let span = calendar.span, !span.contains(m.date) {
        sink.report(CalendarDiagnostics.outside("", date: m.date, from: span.lowerBound, to: span.upperBound), at: r)
      }
    }
    // A step cannot be due before a step it comes after (often because a holiday postponed that one).
    if let due = step.due {
      for dep in step.dependsOn {
        guard let other = done[dep], let otherDue = other.due else { continue }
        let late =
          otherDue.date > due.date || (otherDue.date == due.date && (otherDue.minute ?? 0) > (due.minute ?? 24 * 60))
        guard late else { continue }
        sink.report(
          ScheduleDiagnostics.dueBeforeDependency(
            step: id,
            due: due.iso,
            dependency: dep,
            dependencyDue: otherDue.iso,
            moved: other.derivation.contains { $0.contains("postponed") },
            dependencyAt: external.contains(dep) ? nil : other.range
          ),
          at: dueRange ?? block.name.range
        )
      }
    }
    if dueRange != nil, step.due == nil { failed.insert(id) }
    // Undated because a dependency is in a cycle, unknown or itself failed: already reported.
    if step.due == nil, step.start == nil, step.dependsOn.contains(where: { failed.contains($0) || done[$0] == nil }) {
      failed.insert(id)
    }
    done[id] = step
    return step
  }

  private mutating func moment(_ e: DateExpr, _ what: String, _ step: inout ScheduledStep) -> Moment? {
    var date: CivilDate?
    switch e.kind {
    case .phrase(let p):
      date = resolver.resolve(p)
      if let date { step.derivation.append("\(what) \(p.literal) → \(date)") }
    case .relative(let n, let working, let anchor):
      // An unknown anchor or a cycle was reported by the checker; an anchor without a due is ours to say.
      guard let anchorStep = resolve(anchor.text) else { return nil }
      guard let base = anchorStep.due else {
        if failed.contains(anchor.text) { return nil }
        sink.report(
          ScheduleDiagnostics.anchorWithoutDue(
            step: step.id,
            what: what,
            anchor: anchor.text,
            anchorAt: anchorStep.range
          ),
          at: anchor.range
        )
        return nil
      }
      if working {
        date = calendar.adding(workingDays: n, to: base.date)
        if date == nil {
          sink.report(ScheduleDiagnostics.tooFarAway(step: step.id, workingDays: n, after: base.date), at: e.range)
        }
        if let date {
          let skipped = (1..<max(1, date.dayNumber - base.date.dayNumber)).map { base.date.adding(days: $0) }
            .filter { !calendar.isWorkingDay($0) }
          let names = Set(skipped.map { calendar.info($0).name }.filter { !$0.isEmpty }).sorted()
          step.derivation.append(
            "\(what) \(n) working days after \(anchor.text) (\(base.date)) → \(date)"
              + (skipped.isEmpty
                ? ""
                : ", skipping \(skipped.count) \(skipped.count == 1 ? "day" : "days") off"
                  + (names.isEmpty ? "" : " (\(names.joined(separator: "、")))"))
          )
        }
      } else {
        let d = base.date.adding(days: n)
        date = d
        step.derivation.append("\(what) \(n) days after \(anchor.text) (\(base.date)) → \(d)")
      }
      if !step.dependsOn.contains(anchor.text) { step.dependsOn.append(anchor.text) }
    }
    guard let date else { return nil }
    return Moment(date: date, minute: e.time?.minutes)
  }
}
