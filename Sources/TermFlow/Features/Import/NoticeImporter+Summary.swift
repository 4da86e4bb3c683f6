/// The opening paragraph's dates (`开学补考定于3月8日、9日进行，现将有关事项通知如下`) often sum up what
/// the items then say day by day. A step made there whose every day a later step also names is that
/// summary: it is kept as a line of the preamble, not as a step of its own.
extension NoticeImporter {
  mutating func settleSummaries() {
    let days = Self.dayKeys
    var later: Set<String> = []
    for case .step(let s) in draft.items where !s.inPreamble { later.formUnion(days(s.days)) }
    for case .payment(let p) in draft.items { later.formUnion(days(p.days)) }
    for k in draft.items.indices {
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
