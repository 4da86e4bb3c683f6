/// A day a notice names, as read: the date (year when printed), the teaching week and weekday printed
/// beside it or instead of it, and a time of day.
struct ProsePoint: Equatable {
  var year: Int?
  var month: Int?
  var day: Int?
  /// The week printed with the date (`（第2周星期日）`, `16周星期五`); a point may be a week alone.
  var week: Int?
  var weekday: Int?
  var time: ProseTime?
  /// Read from digits whose 年, 月 or 日 the copy lost (`621前`): the draft asks for a check.
  var rejoined = false
  /// Of the dates those digits can be, the one the notice's other days lie near (`118日` → 1月18日).
  var nearest = false

  var hasDate: Bool { month != nil && day != nil }
}

/// When a stretch of a notice's text says something happens: one day, a range, a week range, or a
/// day with only one edge (`3月9日前` is a due, `2月26日后` a start).
struct ProseSpan {
  enum Edge: Equatable { case none, before, after }
  var from: ProsePoint
  var to: ProsePoint?
  var edge: Edge = .none
  /// `即日起至3月31日`: open from the notice's own day.
  var sinceNow = false
  /// Character offsets in the text read.
  var lower: Int
  var upper: Int
  /// The ends again with the weeks a bracket after the range prints (`3月1日-3月6日(第2周星期六-第3周星期五)`):
  /// they place week 1, but the draft prints the dates alone, as such a bracket is often wrong by a day.
  var weeksAside: [ProsePoint] = []

  /// Its first day and, for a range, its last.
  var ends: [ProsePoint] { [from] + (to.map { [$0] } ?? []) }
  /// The days the span names, for the term and week 1: its ends, and the ends again with their weeks.
  var points: [ProsePoint] { ends + weeksAside }
}

/// A time of day as a notice prints it, on the 24-hour clock (24:00 is the end of the day).
struct ProseTime: Equatable {
  var hour: Int
  var minute: Int

  var clock: String { (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" }
}
