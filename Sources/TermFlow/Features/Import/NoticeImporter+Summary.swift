/// The opening paragraph's dates (`开学补考定于3月8日、9日进行，现将有关事项通知如下`) often sum up what
/// the items then say day by day. A step made there whose every day a later step also names is that
/// summary: it is kept as a line of the preamble, not as a step of its own. So is a week range there
/// (`决定于本学期第9-11周开展期中教学检查`) whose weeks a later step prints beside its dates.
extension NoticeImporter {
  mutating func settleSummaries() {
    let days = { (points: [ProsePoint]) in
      Self.dayKeys(points) + points.filter { !$0.hasDate }.compactMap { p in p.week.map { "w\($0)" } }
    }
    // The days each item names, and the union of those after it: a summary comes before its details.
    let named: [[String]] = draft.items.map { item in
      switch item {
      case .step(let s) where !s.inPreamble: Self.dayKeys(s.days) + s.days.compactMap { p in p.week.map { "w\($0)" } }
      case .payment(let p): Self.dayKeys(p.days)
      default: []
      }
    }
    var later: Set<String> = []
    for k in draft.items.indices.reversed() {
      defer { later.formUnion(named[k]) }
      guard case .step(let s) = draft.items[k], s.inPreamble, !days(s.days).isEmpty,
        days(s.days).allSatisfy(later.contains)
      else { continue }
      draft.items[k] = .comment(label: "前言", text: s.source.first ?? s.title)
    }
  }

  /// The days named, by month and day (`3-8`): a summary, or a table restating prose, rarely prints
  /// the year the other prints.
  static func dayKeys(_ points: [ProsePoint]) -> [String] {
    points.compactMap { p in p.month.flatMap { m in p.day.map { "\(m)-\($0)" } } }
  }
}
