/// A proleptic Gregorian calendar date with no time zone, stored as days since 1970-01-01 so that
/// date arithmetic is integer arithmetic.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before).
  public let dayNumber: Int

  init(dayNumber: Int) { self.dayNumber = dayNumber }

  /// Nil when the date does not exist (2月30日, month 13).
  init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), (1...9999).contains(year), day >= 1,
      day <= CivilDate.daysIn(year: year, month: month)
    else {
      return nil
    }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    dayNumber = era * 146097 + doe - 719468
  }

  /// Parses `YYYY-MM-DD`.
  init?(iso: String) {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  var components: (year: Int, month: Int, day: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  var year: Int { components.year }
  var month: Int { components.month }
  var day: Int { components.day }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  var weekday: Int {
    // 1970-01-01 was a Thursday (4).
    let r = (dayNumber + 3) % 7
    return (r < 0 ? r + 7 : r) + 1
  }

  var isWeekend: Bool { weekday >= 6 }

  /// `yyyymmdd` as an integer, the key of the holiday table.
  var compactKey: Int { let c = components; return c.year * 10000 + c.month * 100 + c.day }

  func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// `2018-09-16` (the year in four digits: `0001-01-01`, as ISO 8601 writes it).
  public var description: String {
    let c = components
    let year = c.year >= 0 && c.year < 1000 ? String(String(c.year + 10000).dropFirst()) : String(c.year)
    return "\(year)-\(c.month < 10 ? "0" : "")\(c.month)-\(c.day < 10 ? "0" : "")\(c.day)"
  }

  /// `9月16日`.
  var chineseMonthDay: String { "\(month)月\(day)日" }

  public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

  static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static let englishWeekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
}
