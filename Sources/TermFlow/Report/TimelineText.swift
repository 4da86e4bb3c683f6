/// `timeline --format text`: one line a step in date order, with its status when there is a today.
enum TimelineText {
  static func render(
    _ t: Timeline,
    steps: [ScheduledStep],
    now: Moment?,
    done: Set<String>?,
    width: Int? = 100,
    lang L: Language = .en
  ) -> String {
    var out = "\(t.workflowTitle ?? t.workflowName ?? t.termName)\n学期 \(t.termName)"
    if let w = t.calendar.weekOneMonday { out += "，第1周星期一 \(w)" }
    if let now { out += "；今天 \(now.iso)" + (TimelineText.weekPhrase(now.date, t.calendar).map { "（\($0)）" } ?? "") }
    out += "\n\n"
    var table = TextTable(
      header: ((now == nil ? [] : ["STATUS"]) + ["DATE", "WEEK", "OWNER", "STEP", "DELIVERS"]).map(L.callAsFunction)
    )
    let statuses = now.map { now in steps.map { StepStatus.of($0, at: now, done: done) } }
    for (i, s) in steps.enumerated() {
      var row: [String] = []
      if let statuses, i < statuses.count { row.append(L.status(statuses[i])) }
      row.append(dateRange(s))
      row.append(weekRange(s, t.calendar))
      row.append(t.ownerName(s.owner))
      row.append(s.title)
      row.append(t.deliverables(s).joined(separator: "；"))
      table.rows.append(row)
    }
    out += table.render(width: width)
    if let statuses {
      var counts: [StepStatus: Int] = [:]
      for st in statuses { counts[st, default: 0] += 1 }
      let order: [StepStatus] = [.overdue, .dueToday, .dueThisWeek, .open, .upcoming, .done, .unscheduled]
      out += "\n" + order.compactMap { st in counts[st].map { "\($0) \(L.status(st))" } }.joined(separator: ", ") + "\n"
    }
    return out
  }

  /// `2018-09-16`, or `2018-09-26 .. 2018-09-28` when the step starts on an earlier day.
  static func dateRange(_ s: ScheduledStep) -> String {
    switch (s.start, s.due) {
    case (let a?, let b?) where a.date != b.date: return "\(a.iso) .. \(b.iso)"
    case (_, let b?): return b.iso
    case (let a?, nil): return "\(a.iso) .."
    default: return "-"
    }
  }

  /// The weeks of `dateRange`: `第4周周三至周五`, `第1周周一至第3周周五` for a step over several days, so
  /// the office sees where it starts as well as where it is due.
  static func weekRange(_ s: ScheduledStep, _ cal: TermCalendar) -> String {
    let due = s.due.flatMap { weekPhrase($0.date, cal) }
    switch (s.start, s.due) {
    case (let a?, let b?) where a.date != b.date:
      guard let x = cal.weekRef(of: a.date), let y = cal.weekRef(of: b.date) else { return due ?? "-" }
      let from = "第\(x.week)周周\(shortDay(x.weekday))"
      return from + "至" + (x.week == y.week ? "" : "第\(y.week)周") + "周\(shortDay(y.weekday))"
    case (_, _?): return due ?? "-"
    case (let a?, nil): return weekPhrase(a.date, cal).map { "\($0)起" } ?? "-"
    default: return "-"
    }
  }

  private static func shortDay(_ d: Int) -> String { ["一", "二", "三", "四", "五", "六", "日"][max(0, min(6, d - 1))] }

  /// `第4周星期三`, or nil before week 1.
  static func weekPhrase(_ d: CivilDate, _ cal: TermCalendar) -> String? {
    cal.weekRef(of: d).map { "第\($0.week)周\(ChineseNumerals.weekdayName($0.weekday))" }
  }
}
