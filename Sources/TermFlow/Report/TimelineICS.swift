/// `timeline --format ics`: one VEVENT a dated step. A step with a start spans start..due; a due with a
/// time is a timed event ending then (floating local time, as the notices mean Beijing time).
enum TimelineICS {
  static func render(_ t: Timeline, steps: [ScheduledStep]) -> String {
    let events = Self.events(t, steps: steps)
    return ICSWriter.render(
      calendarName: t.workflowTitle ?? t.termName,
      stamp: t.calendar.weekOneMonday ?? events.map(\.firstDay).min() ?? CivilDate(dayNumber: 0),
      events: events
    )
  }

  /// One office's calendar over a term's workflows (`timeline DIR --by owner --format ics`): every
  /// step it owns, each event's UID naming its workflow, so one subscription holds the whole term.
  static func render(owner: String, term: String, _ parts: [(Timeline, [ScheduledStep])]) -> String {
    let events = parts.flatMap { Self.events($0.0, steps: $0.1) }
    return ICSWriter.render(
      calendarName: "\(term) \(owner)",
      stamp: parts.lazy.compactMap { $0.0.calendar.weekOneMonday }.first ?? events.map(\.firstDay).min()
        ?? CivilDate(dayNumber: 0),
      events: events
    )
  }

  static func events(_ t: Timeline, steps: [ScheduledStep]) -> [ICSWriter.Event] {
    let host = t.workflowName ?? "termflow"
    return steps.compactMap { s -> ICSWriter.Event? in
      guard let last = s.due ?? s.start else { return nil }
      let first = s.start.map { min($0.date, last.date) } ?? last.date
      var description = ["负责：\(t.ownerName(s.owner))"]
      if !s.deliveries.isEmpty { description.append("交付：" + t.deliverables(s).joined(separator: "；")) }
      if !s.dependsOn.isEmpty { description.append("前置：" + s.dependsOn.joined(separator: "、")) }
      description += s.notes.map { "注：" + $0 }
      return ICSWriter.Event(
        uid: "\(uidPart(s.id))-\(uidPart(t.termName))@\(uidPart(host)).termflow",
        summary: "\(s.title)（\(t.ownerName(s.owner))）",
        description: description.joined(separator: "\n"),
        firstDay: first,
        lastDay: last.date,
        endMinute: s.due?.minute
      )
    }
  }

  /// UIDs must be stable across reruns and safe in any client: ASCII names stay readable, others are
  /// spelled as their UTF-8 bytes in hex.
  static func uidPart(_ s: String) -> String {
    if s.utf8.allSatisfy({
      ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D
    }) {
      return s
    }
    let hex = Array("0123456789abcdef")
    return "x" + s.utf8.map { String([hex[Int($0 >> 4)], hex[Int($0 & 15)]]) }.joined()
  }
}
