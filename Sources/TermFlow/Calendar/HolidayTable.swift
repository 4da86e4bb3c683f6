/// Mainland China's official days off and make-up workdays (调休上班), 2004 through 2026, from the
/// generated `HolidayTable+Data.swift`. A year outside that range has no data: callers must not guess.
enum HolidayTable {
  enum Entry: Equatable, Sendable {
    case dayOff(String)
    case makeupWorkday(String)
  }

  /// Built once; 771 entries.
  private static let byDay: [Int: Entry] = {
    var map: [Int: Entry] = [:]
    for (key, workday, name) in entries {
      map[key] = workday ? .makeupWorkday(name) : .dayOff(name)
    }
    return map
  }()

  static func covers(year: Int) -> Bool { (firstYear...lastYear).contains(year) }

  static func entry(for date: CivilDate) -> Entry? { byDay[date.compactKey] }
}
