/// Warnings about a state that loaded but does not fit its workflow or itself: a dry run on the wrong
/// term's files, or an order whose events cannot have happened in that order. They do not stop a run
/// (the office may mean it), but a run that says nothing about them is a run that lies. Each is a
/// warning with its own code (StateDiagnostics); its text names its own place, as a file has none.
enum StateSanity {
  /// How far outside the term (and its steps' dates) a moment may be before it is suspicious:
  /// registrations and payments often start a few weeks before week 1.
  static let margin = 45 * 86400
  /// Orders named one by one at most; the rest are counted.
  static let listed = 10

  /// `term`: the workflow's span in seconds (its teaching weeks and every dated step), with its
  /// name; `today`: the `--today` cut, if one was given.
  static func warnings(
    _ state: State,
    term: (name: String, span: ClosedRange<Int>)?,
    today: Int?
  ) -> [DiagnosticMessage] {
    var out: [DiagnosticMessage] = []
    if let term {
      let lo = term.span.lowerBound - margin, hi = term.span.upperBound + margin
      let range = "\(Timestamp.day(term.span.lowerBound)) to \(Timestamp.day(term.span.upperBound))"
      if let today, today < lo || today > hi {
        out.append(StateDiagnostics.todayOutsideTerm(Timestamp.day(today), term: term.name, range: range))
      }
      if let s = state.timeSpan, s.lowerBound < lo || s.upperBound > hi {
        var outside = 0
        for r in state.registrations where r.at < lo || r.at > hi { outside += 1 }
        for o in state.orders { o.forEachTime { _, t in if t < lo || t > hi { outside += 1 } } }
        for b in state.bills { outside += b.events.filter { $0.time < lo || $0.time > hi }.count }
        out.append(
          StateDiagnostics.eventsOutsideTerm(
            count: outside,
            term: term.name,
            range: range,
            from: Timestamp.day(s.lowerBound),
            to: Timestamp.day(s.upperBound)
          )
        )
      }
    }
    var noCreated: [DiagnosticMessage] = [], outOfOrder: [DiagnosticMessage] = []
    for o in state.orders {
      func at() -> String { o.lines.first.map { state.location(.payments, $0) } ?? TableKind.payments.defaultFile }
      guard let created = o.created else {
        if o.paid != nil || o.charged != nil {
          noCreated.append(StateDiagnostics.orderPaidNeverCreated(o.id, at: at()))
        }
        continue
      }
      var early: String?
      o.forEachTime { name, t in if early == nil, t < created { early = name } }
      if let early { outOfOrder.append(StateDiagnostics.orderEventBeforeCreated(o.id, event: early, at: at())) }
    }
    out += listing(noCreated, more: StateDiagnostics.moreOrdersNeverCreated)
    out += listing(outOfOrder, more: StateDiagnostics.moreOrdersOutOfOrder)
    return out
  }

  /// The first `listed` of `items`, then one line that counts the rest.
  private static func listing(
    _ items: [DiagnosticMessage],
    more: (Int) -> DiagnosticMessage
  ) -> [DiagnosticMessage] {
    var out = Array(items.prefix(listed))
    if items.count > listed { out.append(more(items.count - listed)) }
    return out
  }
}

extension Timestamp {
  /// `2023-09-12`.
  static func day(_ t: Int) -> String { CivilDate(dayNumber: t >= 0 ? t / 86400 : (t - 86399) / 86400).description }
}
