/// The calendar a workflow's dates are read against: official holidays, the term's teaching weeks and
/// the school's own overrides. With no term, it is the plain official calendar.
struct TermCalendar: Sendable {
  /// Monday of teaching week 1; nil for the official calendar.
  var weekOneMonday: CivilDate?
  /// Number of teaching weeks.
  var weeks = 20
  /// Whether the official holiday table applies.
  var official = true
  var declaredHolidays: [CivilDate: String] = [:]
  var breaks: [CivilDate: String] = [:]
  var extraWorkdays: [CivilDate: String] = [:]
  /// Days that run another day's timetable: 2025-09-27 runs week 4 Tuesday.
  var swaps: [CivilDate: WeekRef] = [:]
  /// Working hours in minutes after midnight, for waits that stop at night: [start, end).
  var workingHours = (start: 8 * 60, end: 17 * 60 + 30)

  /// The day the term's work starts when before week 1 (`opens`).
  var opens: CivilDate?
  /// The day the term's work ends when after its last teaching week (`closes`).
  var closes: CivilDate?
  /// `exam weeks 19 .. 20`.
  var examWeeks: ClosedRange<Int>?
  /// `owner load 5 per week`: more deadlines than this for one office in one week is a warning.
  var ownerLoad: Int?

  /// First and last day of the term: from week 1 (or the day it opens, when earlier) to the last
  /// teaching week's Sunday (or the day it closes, when later).
  var span: ClosedRange<CivilDate>? {
    guard let m = weekOneMonday else { return nil }
    let last = m.adding(days: weeks * 7 - 1)
    return min(m, opens ?? m)...max(last, closes ?? last)
  }

  /// The day's kind. Precedence: school overrides, then the term's own holidays, then the official table,
  /// then the weekend rule.
  func info(_ d: CivilDate) -> DayInfo {
    if let ref = swaps[d] {
      return DayInfo(kind: .makeupWorkday, name: "调课：按第\(ref.week)周\(ChineseNumerals.weekdayName(ref.weekday))上课")
    }
    if let n = extraWorkdays[d] { return DayInfo(kind: d.isWeekend ? .makeupWorkday : .workday, name: n) }
    if let n = breaks[d] { return DayInfo(kind: .schoolBreak, name: n) }
    if let n = declaredHolidays[d] { return DayInfo(kind: .holiday, name: n) }
    if official {
      switch HolidayTable.entry(for: d) {
      case .dayOff(let n): return DayInfo(kind: .holiday, name: n)
      case .makeupWorkday(let n): return DayInfo(kind: .makeupWorkday, name: n + "调休上班")
      case nil: break
      }
    }
    return DayInfo(kind: d.isWeekend ? .weekend : .workday, name: "")
  }

  func isWorkingDay(_ d: CivilDate) -> Bool { info(d).kind.isWorking }

  /// Teaching week and weekday by plain arithmetic from week 1's Monday; nil before week 1 or with no term.
  /// Days after the last teaching week still get a week number (exam weeks and the like).
  func weekRef(of d: CivilDate) -> WeekRef? {
    guard let m = weekOneMonday else { return nil }
    let offset = d.dayNumber - m.dayNumber
    guard offset >= 0 else { return nil }
    return WeekRef(week: offset / 7 + 1, weekday: d.weekday)
  }

  /// The timetable a day runs: its own week and weekday, or the one a swap gives it.
  func timetable(of d: CivilDate) -> WeekRef? { swaps[d] ?? weekRef(of: d) }

  /// The date of teaching week N's weekday; nil with no term or for week < 1.
  func date(of ref: WeekRef) -> CivilDate? {
    guard let m = weekOneMonday, ref.week >= 1, (1...7).contains(ref.weekday) else { return nil }
    return m.adding(days: (ref.week - 1) * 7 + ref.weekday - 1)
  }

  /// Chooses the year for a year-less date (`9月16日`): the candidate nearest the term.
  func resolveYear(month: Int, day: Int) -> CivilDate? {
    guard let span else { return nil }
    let y0 = span.lowerBound.year
    let candidates = [y0 - 1, y0, y0 + 1].compactMap { CivilDate(year: $0, month: month, day: day) }
    func distance(_ d: CivilDate) -> Int {
      if span.contains(d) { return 0 }
      return d < span.lowerBound ? span.lowerBound.dayNumber - d.dayNumber : d.dayNumber - span.upperBound.dayNumber
    }
    return candidates.min { distance($0) < distance($1) }
  }

  // MARK: - Working-day arithmetic

  /// The first working day on or after `d` (a deadline on a day off moves to it). Gives up after a year,
  /// which only a calendar with no working days at all can reach.
  func nextWorkingDay(onOrAfter d: CivilDate) -> CivilDate? {
    var x = d
    for _ in 0..<366 {
      if isWorkingDay(x) { return x }
      x = x.adding(days: 1)
    }
    return nil
  }

  /// `n` working days after `d`: the n-th working day strictly after it. n = 0 is `d` itself.
  func adding(workingDays n: Int, to d: CivilDate) -> CivilDate? {
    guard n > 0 else { return d }
    var x = d
    var left = n
    var guardDays = 0
    while left > 0 {
      x = x.adding(days: 1)
      guardDays += 1
      if guardDays > 366 * 10 { return nil }
      if isWorkingDay(x) { left -= 1 }
    }
    return x
  }

  /// Adds `minutes` of working time (working days, within working hours) to an instant given as a day
  /// and minutes after midnight; a wait that starts at night or at a weekend starts counting at the
  /// next opening. Used for payment-status lag.
  func adding(workingMinutes minutes: Int, to day: CivilDate, at minute: Int) -> (day: CivilDate, minute: Int)? {
    var d = day
    var m = minute
    var left = minutes
    for _ in 0..<(366 * 10) {
      if isWorkingDay(d), m < workingHours.end {
        let from = max(m, workingHours.start)
        let available = workingHours.end - from
        if left <= available { return (d, from + left) }
        left -= available
      }
      d = d.adding(days: 1)
      m = 0
    }
    return nil
  }
}
