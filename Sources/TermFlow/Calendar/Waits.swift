/// Waits as the notices state them, run on the term's calendar. Times are seconds since 1970-01-01
/// in civil (Beijing) time, as the state's exports give them.
extension TermCalendar {
  /// `t` plus a wait (the longest, for a range): minutes and hours on the clock, days on the
  /// calendar, working days on this calendar (the same time of day, that many working days later: a
  /// Friday's two working days end on Tuesday, and a wait across 国庆 skips the holiday), working
  /// hours counted inside working hours, the next working day at the end of its working hours.
  func after(_ t: Int, _ d: Duration) -> Int { wait(t, d.latest) }

  /// `t` plus the shortest a wait may take (the lower end of a range).
  func earliest(_ t: Int, _ d: Duration) -> Int {
    var shortest = d
    shortest.upTo = nil
    return wait(t, shortest)
  }

  private func wait(_ t: Int, _ d: Duration) -> Int {
    switch d.unit {
    case .workingHours:
      let (day, time) = Self.split(t)
      guard let end = adding(workingMinutes: d.amount * 60, to: day, at: time / 60) else { return t + d.amount * 3600 }
      return end.day.dayNumber * 86400 + end.minute * 60 + time % 60
    case .nextWorkingDay:
      let (day, _) = Self.split(t)
      let next = adding(workingDays: 1, to: day) ?? day.adding(days: 1)
      return next.dayNumber * 86400 + workingHours.end * 60
    case .minutes: return t + d.amount * 60
    case .hours: return t + d.amount * 3600
    case .days: return t + d.amount * 86400
    case .workingDays:
      let (day, time) = Self.split(t)
      guard let end = adding(workingDays: d.amount, to: day) else { return t + d.amount * 86400 }
      return end.dayNumber * 86400 + time
    }
  }

  /// Whether `t` falls in working hours on a working day.
  func isWorkingTime(_ t: Int) -> Bool {
    let (day, time) = Self.split(t)
    return isWorkingDay(day) && time >= workingHours.start * 60 && time < workingHours.end * 60
  }

  /// The start of the first working day on or after `t`'s day (a close on a day off is acted on then).
  func workingDay(onOrAfter t: Int) -> CivilDate {
    let (day, _) = Self.split(t)
    return nextWorkingDay(onOrAfter: day) ?? day
  }

  static func split(_ t: Int) -> (CivilDate, Int) {
    let day = t >= 0 ? t / 86400 : (t - 86399) / 86400
    return (CivilDate(dayNumber: day), t - day * 86400)
  }
}

/// How long a payment takes to show as paid in the academic system: `sync lag 30 minutes, off-hours
/// 2 working days`. A payment made in working hours shows after `normal`; one made at night, at a
/// weekend or on a holiday may take up to `offHours`.
struct SyncLag: Sendable {
  var normal: Duration
  var offHours: Duration?
  /// `then 2 days`: what the first wait did not settle is settled within this, counted from the charge
  /// ("wait 30 minutes; some still show 未缴费 after that: wait 2 days").
  var then: Duration? = nil

  /// The end of the first wait: until then a charged order is simply pending.
  func firstBy(_ t: Int, _ calendar: TermCalendar) -> Int {
    guard let off = offHours, !calendar.isWorkingTime(t) else { return calendar.after(t, normal) }
    return max(calendar.after(t, off), calendar.after(t, normal))
  }

  /// The latest moment a payment charged at `t` should show as paid: the second wait's end when
  /// there is one.
  func syncedBy(_ t: Int, _ calendar: TermCalendar) -> Int {
    let first = firstBy(t, calendar)
    return then.map { max(first, calendar.after(t, $0)) } ?? first
  }

  /// The earliest it may show as paid (the lower end of a range such as `1 .. 2 working days`).
  func earliest(_ t: Int, _ calendar: TermCalendar) -> Int {
    guard let off = offHours, !calendar.isWorkingTime(t) else { return calendar.earliest(t, normal) }
    return max(calendar.earliest(t, off), calendar.earliest(t, normal))
  }
}
