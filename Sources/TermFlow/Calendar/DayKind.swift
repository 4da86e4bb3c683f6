/// What a day is, as the calendar CSV prints it.
public enum DayKind: String, Sendable, CaseIterable {
  case workday
  case weekend
  case holiday
  case makeupWorkday = "makeup-workday"
  /// A day the school itself gives off (秋假).
  case schoolBreak = "break"

  var isWorking: Bool { self == .workday || self == .makeupWorkday }
}

/// A day's kind and, where it has one, the name of the holiday, break or swap behind it.
struct DayInfo: Equatable, Sendable {
  var kind: DayKind
  var name: String
}
