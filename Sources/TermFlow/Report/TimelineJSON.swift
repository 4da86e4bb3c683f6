/// `timeline --format json`: `{"term", "steps":[{id, title, owner, start, due, week, weekday, dependsOn, status}]}`.
/// Weekdays are `Mon`…`Sun` as in `calendar --format json`; status is null without a today.
enum TimelineJSON {
  static func render(_ t: Timeline, steps: [ScheduledStep], now: Moment?, done: Set<String>?) -> String {
    let rows: [JSONValue] = steps.map { s in
      let ref = (s.due ?? s.start).flatMap { t.calendar.weekRef(of: $0.date) }
      return .object([
        ("id", .string(s.id)),
        ("kind", .string(s.kind.rawValue)),
        ("title", .string(s.title)),
        ("owner", s.owner.map { .string($0) } ?? .null),
        ("ownerName", s.owner.map { .string(t.ownerName($0)) } ?? .null),
        ("start", s.start.map { .string($0.iso) } ?? .null),
        ("due", s.due.map { .string($0.iso) } ?? .null),
        ("week", ref.map { .int($0.week) } ?? .null),
        ("weekday", ref.map { .string(CivilDate.englishWeekdays[$0.weekday - 1]) } ?? .null),
        (
          "deliverables",
          .array(
            s.deliveries.map { .object([("form", .string($0.form)), ("to", $0.to.map { .string($0) } ?? .null)]) }
          )
        ),
        ("dependsOn", .array(s.dependsOn.map { .string($0) })),
        ("status", now.map { .string(StepStatus.of(s, at: $0, done: done).rawValue) } ?? .null),
      ])
    }
    return JSONValue.object([
      ("workflow", t.workflowName.map { .string($0) } ?? .null),
      ("term", .string(t.termName)),
      ("weekOne", t.calendar.weekOneMonday.map { .string($0.description) } ?? .null),
      ("today", now.map { .string($0.iso) } ?? .null),
      ("steps", .array(rows)),
    ]).render() + "\n"
  }
}
