/// The opening paragraph's dates (`开学补考定于3月8日、9日进行，现将有关事项通知如下`) often sum up what
/// the items then say day by day. A step made there whose every day a later step also names is that
/// summary: it is kept as a line of the preamble, not as a step of its own. So is a week range there
/// (`决定于本学期第9-11周开展期中教学检查`) whose weeks a later step prints beside its dates, and a range of
/// dates a later item gives again (`答辩将于12月28日至1月18日期间进行` over `2.答辩时间:12月28日至1月18日`).
extension NoticeImporter {
  mutating func settleSummaries() {
    func weeks(_ points: [ProsePoint]) -> [String] { points.compactMap { p in p.week.map { "w\($0)" } } }
    // What a summary names: its days, and the weeks of a point that has no date.
    let summed = { (points: [ProsePoint]) in Self.dayKeys(points) + weeks(points.filter { !$0.hasDate }) }
    // The days and weeks each later item names, and the union of those after it: a summary comes
    // before its details.
    let named: [(line: Int, keys: [String])?] = draft.items.map { item in
      switch item {
      case .step(let s): (s.line, s.inPreamble ? [] : Self.dayKeys(s.days) + weeks(s.days))
      case .payment(let p): (p.line, Self.dayKeys(p.days))
      default: nil
      }
    }
    // What the lines after a step's own name: `笔试:9月17日上午,上机考试:9月17日上午~9月21日` is two
    // items of one line, not a summary and its detail.
    var later: Set<String> = []
    // Each later item's range, by its ends: a range the opening names is summed up by one of them.
    var laterRanges: Set<[String]> = []
    var thisLine: (line: Int, keys: Set<String>, ranges: Set<[String]>) = (-1, [], [])
    for k in draft.items.indices.reversed() {
      guard let n = named[k] else { continue }
      if n.line != thisLine.line {
        later.formUnion(thisLine.keys)
        laterRanges.formUnion(thisLine.ranges)
        thisLine = (n.line, [], [])
      }
      defer {
        thisLine.keys.formUnion(n.keys)
        // A payment in the same days is no detail of a step's (`退课` over `缴费时间`).
        if n.keys.count == 2, case .step(let s) = draft.items[k], !s.rangeInPreamble { thisLine.ranges.insert(n.keys) }
      }
      guard case .step(let s) = draft.items[k], case let keys = summed(s.days), !keys.isEmpty,
        s.inPreamble && keys.allSatisfy(later.contains) || s.rangeInPreamble && laterRanges.contains(keys)
      else { continue }
      draft.items[k] = .comment(label: "前言", text: s.source.first ?? s.title)
    }
  }

  /// `2.提交申请表、面试:3月12日--3月18日` over `学生3月12日--3月15日…;各学院3月17日--3月18日组织面试`: a
  /// phase whose range runs from the first day the lines under it name to the last is what they spell
  /// out, kept as a line (`阶段`), not as a step of its own.
  mutating func settlePhases() {
    func order(_ p: ProsePoint) -> Int? { p.month.flatMap { m in p.day.map { m * 100 + $0 } } }
    for k in draft.items.indices {
      guard case .step(let phase) = draft.items[k], phase.phase, let first = phase.days.first.flatMap(order),
        let last = phase.days.last.flatMap(order), first < last
      else { continue }
      var under: [Int] = []
      for item in draft.items[(k + 1)...] {
        guard case .step(let s) = item else { continue }
        if let level = s.level, level < 2 { break }
        under += s.days.compactMap(order)
      }
      guard under.count >= 2, under.min() == first, under.max() == last else { continue }
      draft.items[k] = .comment(label: "阶段", text: phase.source.first ?? phase.title)
    }
  }

  /// The days named, by month and day (`3-8`): a summary, or a table restating prose, rarely prints
  /// the year the other prints.
  static func dayKeys(_ points: [ProsePoint]) -> [String] {
    points.compactMap { p in p.month.flatMap { m in p.day.map { "\(m)-\($0)" } } }
  }
}
