/// The hours within a span a notice gives after it, which the language's days cannot hold.
extension NoticeClauses {
  /// The schedule that opens the words after a span (`的每周一、三、五的9:00至16:00`, `每周二、五上午` before
  /// `集中提交`, `每日15:00后` before `至…办公室领取`): when in those days, not the work, and the words
  /// after it; nil where there is none.
  static func schedule(opening clause: Substring) -> (schedule: Substring, rest: Substring)? {
    let body = clause.drop { $0 == "的" }
    guard scheduleLeads.contains(where: { body.hasPrefix($0) }) else { return nil }
    var end = body.startIndex
    var k = body.startIndex
    while k < body.endIndex, scheduleWords.contains(body[k]) {
      k = body.index(after: k)
      // (A range's word or a list's mark ends no schedule: `9:00至` needs its `16:00`.)
      if !"至到-—~～、和及的".contains(body[body.index(before: k)]) { end = k }
    }
    return (body[..<end], body[end...].drop { "的至到 ".contains($0) })
  }
  static let scheduleLeads = ["每周", "每星期", "每个星期", "每天", "每日", "每个工作日", "工作日"]
  /// Days of the week, parts of a day and clock times, and the words that join them.
  static let scheduleWords = Set("每周星期天日个工作一二三四五六七、和及至到-—~～:：0123456789的上下中晚午点时分前后 ")
}
