/// Where a step stands on a given day of a dry run.
public enum StepStatus: String, Sendable {
  case done
  case overdue
  case dueToday = "due today"
  case dueThisWeek = "due this week"
  /// Started (a window that is open, a registration under way) but not due this week.
  case open
  case upcoming
  /// The step has no date at all (it only follows others that have none).
  case unscheduled

  /// The status of `step` at `now`. A dry run assumes the plan is followed, so a step whose due has
  /// passed is done, unless `done` names the steps known to be finished; then any other past step is
  /// overdue. "This week" is the calendar week (Monday to Sunday) holding `now`.
  static func of(_ step: ScheduledStep, at now: Moment, done: Set<String>?) -> StepStatus {
    if let done, done.contains(step.id) { return .done }
    guard let due = step.due ?? step.start else { return .unscheduled }
    if StepStatus.hasPassed(due, at: now) { return done == nil ? .done : .overdue }
    if due.date == now.date { return .dueToday }
    let monday = now.date.adding(days: 1 - now.date.weekday)
    if due.date <= monday.adding(days: 6) { return .dueThisWeek }
    if let start = step.start, !(now < start) { return .open }
    return .upcoming
  }

  /// A task's status at `now`: a task is a thing still to do, so a date that has passed is overdue; one
  /// with no date is open.
  static func ofTask(due: Moment?, at now: Moment) -> StepStatus {
    guard let due else { return .open }
    if StepStatus.hasPassed(due, at: now) { return .overdue }
    if due.date == now.date { return .dueToday }
    let monday = now.date.adding(days: 1 - now.date.weekday)
    return due.date <= monday.adding(days: 6) ? .dueThisWeek : .upcoming
  }

  /// A due with no time lasts the whole day; `17:00` has passed at 17:00.
  static func hasPassed(_ due: Moment, at now: Moment) -> Bool {
    if due.date != now.date { return due.date < now.date }
    guard let m = due.minute, let n = now.minute else { return false }
    return n >= m
  }
}

extension Moment {
  /// `2018-09-20` or `2018-09-20T09:30`; nil if malformed.
  public init?(iso: String) {
    let parts = iso.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
    guard let first = parts.first, let d = CivilDate(iso: String(first)) else { return nil }
    guard parts.count == 2 else {
      self.init(date: d, minute: nil)
      return
    }
    // HH:MM or HH:MM:SS (seconds dropped); 24:00 is the end of the day, as dues print it.
    let hm = parts[1].split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(hm.count), hm.allSatisfy({ $0.count == 2 }), let h = Int(hm[0]), let m = Int(hm[1]),
      hm.count == 2 || Int(hm[2]).map({ (0...59).contains($0) }) == true,
      (0...23).contains(h) && (0...59).contains(m) || h == 24 && m == 0 && (hm.count == 2 || hm[2] == "00")
    else { return nil }
    self.init(date: d, minute: h * 60 + m)
  }
}
