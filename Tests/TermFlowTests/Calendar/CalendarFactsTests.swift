import Testing

@testable import TermFlow

/// The facts issue 4 names, day by day.
struct CalendarFactsTests {
  let official = TermCalendar()

  func date(_ s: String) -> CivilDate {
    guard let d = CivilDate(iso: s) else {
      Issue.record("bad test date \(s)")
      return CivilDate(dayNumber: 0)
    }
    return d
  }

  func term(_ monday: String) -> TermCalendar {
    var c = TermCalendar()
    c.weekOneMonday = date(monday)
    return c
  }

  @Test func midAutumn2018IsAHoliday() {
    #expect(official.info(date("2018-09-24")) == DayInfo(kind: .holiday, name: "中秋节"))
  }

  @Test func nationalDay2018MakeupWorkdaysAndDaysOff() {
    #expect(official.info(date("2018-09-29")).kind == .makeupWorkday)
    #expect(official.info(date("2018-09-30")).kind == .makeupWorkday)
    for day in 1...7 {
      #expect(official.info(date("2018-10-0\(day)")).kind == .holiday, "2018-10-0\(day)")
    }
    #expect(official.info(date("2018-10-08")).kind == .workday)
  }

  @Test func qingming2014PostponesToTuesday() {
    #expect(official.nextWorkingDay(onOrAfter: date("2014-04-05")) == date("2014-04-08"))
  }

  @Test func weekTwoMondayWhenWeekOneStartsOnMidAutumn() {
    let c = term("2014-09-08")
    #expect(c.info(date("2014-09-08")).kind == .holiday)
    #expect(c.weekRef(of: date("2014-09-15")) == WeekRef(week: 2, weekday: 1))
  }

  @Test func week6WednesdaySpring2023() {
    let c = term("2023-02-20")
    #expect(c.weekRef(of: date("2023-03-29")) == WeekRef(week: 6, weekday: 3))
    #expect(c.date(of: WeekRef(week: 6, weekday: 3)) == date("2023-03-29"))
  }

  @Test func sevenWorkingDaysAfterFridayCloseSkipNationalDay() {
    // Fri 2018-09-28 closes registration; 9/29 and 9/30 are make-up workdays, 10/1–7 off.
    #expect(official.adding(workingDays: 7, to: date("2018-09-28")) == date("2018-10-12"))
    // Fri 2023-09-22: 中秋 and 国庆 9/29–10/6 off, 10/7 and 10/8 make-up workdays.
    #expect(official.adding(workingDays: 7, to: date("2023-09-22")) == date("2023-10-09"))
  }

  @Test func weeksBeforeWeekOneHaveNoNumber() {
    #expect(term("2018-09-03").weekRef(of: date("2018-09-02")) == nil)
    #expect(term("2018-09-03").date(of: WeekRef(week: 0, weekday: 1)) == nil)
  }

  @Test func swapsAndBreaksAreRespected() {
    var c = term("2025-09-08")
    c.breaks[date("2025-09-29")] = "秋假"
    c.swaps[date("2025-09-27")] = WeekRef(week: 4, weekday: 2)
    #expect(c.isWorkingDay(date("2025-09-27")))
    #expect(c.timetable(of: date("2025-09-27")) == WeekRef(week: 4, weekday: 2))
    #expect(c.weekRef(of: date("2025-09-27")) == WeekRef(week: 3, weekday: 6))
    #expect(!c.isWorkingDay(date("2025-09-29")))
    // Fri 9/26 + 1 working day is the swapped Saturday; Sunday 9/28 is an official make-up workday;
    // the break skips 9/29; 国庆 and 中秋 close 10/1–10/8.
    #expect(c.adding(workingDays: 1, to: date("2025-09-26")) == date("2025-09-27"))
    #expect(c.adding(workingDays: 2, to: date("2025-09-26")) == date("2025-09-28"))
    #expect(c.adding(workingDays: 3, to: date("2025-09-26")) == date("2025-09-30"))
    #expect(c.adding(workingDays: 4, to: date("2025-09-26")) == date("2025-10-09"))
  }

  @Test func workingMinutesStopAtNightAndWeekends() {
    // Paid Friday 2018-09-14 at 22:00: a 30-minute lag starts counting on Monday at 08:00.
    let r = official.adding(workingMinutes: 30, to: date("2018-09-14"), at: 22 * 60)
    #expect(r?.day == date("2018-09-17"))
    #expect(r?.minute == 8 * 60 + 30)
    // Two working days from Friday 17:00 (30 minutes left that day) end Tuesday at 17:00.
    let two = official.adding(workingMinutes: 2 * 570, to: date("2018-09-14"), at: 17 * 60)
    #expect(two?.day == date("2018-09-18"))
    #expect(two?.minute == 17 * 60)
  }

  /// A wait that ends exactly at the close of working hours ends then, that day (not at the next working
  /// day's opening); one minute more runs on to the next working day.
  @Test func aWaitEndingAtTheCloseEndsThatDay() {
    // Friday 2018-09-14 13:30 + 4 working hours (08:00 .. 17:30) = Friday 17:30.
    let exact = official.adding(workingMinutes: 4 * 60, to: date("2018-09-14"), at: 13 * 60 + 30)
    #expect(exact?.day == date("2018-09-14"))
    #expect(exact?.minute == 17 * 60 + 30)
    let t = 17_788 * 86400 + (13 * 60 + 30) * 60  // 2018-09-14T13:30
    #expect(date("2018-09-14").dayNumber == 17_788)
    let four = Duration(amount: 4, unit: .workingHours, range: SourceRange(0, 0))
    #expect(official.after(t, four) == 17_788 * 86400 + (17 * 60 + 30) * 60)
    // One minute more: Monday 08:01.
    let over = official.adding(workingMinutes: 4 * 60 + 1, to: date("2018-09-14"), at: 13 * 60 + 30)
    #expect(over?.day == date("2018-09-17"))
    #expect(over?.minute == 8 * 60 + 1)
  }

  @Test func yearlessDatesTakeTheTermsYear() {
    let c = term("2018-09-03")
    #expect(c.resolveYear(month: 9, day: 16) == date("2018-09-16"))
    #expect(c.resolveYear(month: 1, day: 10) == date("2019-01-10"))
  }

  @Test(arguments: ["2004-01-01", "2016-02-29", "2026-12-31", "1999-12-31"])
  func civilDateRoundTrips(_ s: String) {
    #expect(date(s).description == s)
  }

  @Test func impossibleDatesAreNil() {
    #expect(CivilDate(year: 2018, month: 2, day: 30) == nil)
    #expect(CivilDate(year: 2018, month: 13, day: 1) == nil)
    #expect(CivilDate(year: 2019, month: 2, day: 29) == nil)
  }

  @Test func tableCoversExactly2004Through2026() {
    #expect(HolidayTable.covers(year: 2004))
    #expect(HolidayTable.covers(year: 2026))
    #expect(!HolidayTable.covers(year: 2027))
  }
}
