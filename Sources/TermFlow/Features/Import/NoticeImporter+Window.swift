/// A window a sentence gives by its two edges, each with its own day.
extension NoticeImporter {
  /// `5月31日12:30,选课系统重新开放,…,第二阶段选课将于6月6日8:00截止`, `系统于3月1日开放,3月5日关闭`: a
  /// day something opens on and a later one it closes by, and no other day in the sentence, are one
  /// window from the first to the second, the words between them its note's.
  static func openedThenClosed(_ chars: [Character], _ spans: [ProseSpan]) -> [ProseSpan] {
    guard spans.count == 2, let a = spans.first, let b = spans.last, a.to == nil, b.to == nil, a.edge != .before,
      b.edge == .before, a.from.hasDate, b.from.hasDate, a.upper <= b.lower
    else { return spans }
    let opening = String(chars[a.upper..<b.lower]).split(whereSeparator: { "，,；;".contains($0) }).first ?? ""
    // (`1月4日后研究生…申请,并于1月31日前完成…`: a start and a due of two works, no window.)
    guard NoticeRules.openingLabels.contains(where: { opening.contains($0) }),
      !NoticeRules.closingLabels.contains(where: { opening.contains($0) })
    else { return spans }
    var window = ProseSpan(from: a.from, to: b.from, lower: a.lower, upper: b.upper)
    window.edge = .none
    return [window]
  }
}
