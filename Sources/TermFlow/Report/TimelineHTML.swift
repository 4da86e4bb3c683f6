/// `timeline --format html`: one self-contained page (inline CSS, no scripts, no external assets): a day
/// a column grouped into teaching weeks, a row a step grouped by owner, days off shaded, today's line.
enum TimelineHTML {
  static func render(
    _ t: Timeline,
    steps: [ScheduledStep],
    now: Moment?,
    done: Set<String>?,
    lang L: Language = .en
  ) -> String {
    let zh = L == .zh
    let dated = steps.filter { ($0.due ?? $0.start) != nil }
    let days = dayRange(t, dated, now)
    let first = days.lowerBound
    func column(_ d: CivilDate) -> Int { d.dayNumber - first.dayNumber + 2 }
    // Rows: owners in order of their first step, then each owner's steps in date order.
    var ownerOrder: [String] = []
    for s in dated where !ownerOrder.contains(s.owner ?? "") { ownerOrder.append(s.owner ?? "") }
    let grouped = ownerOrder.map { o in (o, dated.filter { ($0.owner ?? "") == o }) }
    let headerRows = 2
    let rowCount = headerRows + dated.count
    let dayCount = days.upperBound.dayNumber - first.dayNumber + 1

    var cells: [String] = []
    // Shading first so bars sit above it.
    for i in 0..<dayCount {
      let d = first.adding(days: i)
      let info = t.calendar.info(d)
      var cls = "day"
      switch info.kind {
      case .holiday, .schoolBreak: cls += " off"
      case .weekend: cls += " weekend"
      case .makeupWorkday: cls += " makeup"
      case .workday: break
      }
      let tip = info.name.isEmpty ? "\(d)" : "\(d) \(info.name)"
      cells.append(
        "<div class=\"\(cls)\" style=\"grid-column:\(column(d));grid-row:1/\(rowCount + 1)\" title=\"\(Markup.escape(tip))\"></div>"
      )
    }
    // Week headers, clipped to the shown days.
    var d = first
    while d <= days.upperBound {
      let end = min(d.adding(days: 7 - d.weekday), days.upperBound)
      let label =
        t.calendar.weekRef(of: d).flatMap { ref in
          t.calendar.span.map { $0.contains(d) } == true ? "第\(ref.week)周" : nil
        } ?? ""
      cells.append(
        "<div class=\"week\" style=\"grid-column:\(column(d))/\(column(end) + 1);grid-row:1\">\(Markup.escape(label))</div>"
      )
      d = end.adding(days: 1)
    }
    for i in 0..<dayCount {
      let day = first.adding(days: i)
      let text = day.day == 1 || i == 0 ? "\(day.month)/\(day.day)" : "\(day.day)"
      cells.append("<div class=\"num\" style=\"grid-column:\(column(day));grid-row:2\">\(text)</div>")
    }
    var row = headerRows + 1
    for (owner, group) in grouped {
      cells.append(
        "<div class=\"owner\" style=\"grid-column:1;grid-row:\(row)/\(row + group.count)\">\(Markup.escape(t.ownerName(owner)))</div>"
      )
      for s in group {
        guard let last = s.due ?? s.start else { continue }
        let start = s.start.map { min($0.date, last.date) } ?? last.date
        let status = now.map { StepStatus.of(s, at: $0, done: done) }
        let cls = "bar \(s.kind.rawValue)" + (status.map { " " + $0.rawValue.replacingSpaces() } ?? "")
        let tip = "\(TimelineText.dateRange(s)) \(s.title)" + (status.map { "（\(L.status($0))）" } ?? "")
        cells.append(
          "<div class=\"\(cls)\" style=\"grid-column:\(column(start))/\(column(last.date) + 1);grid-row:\(row)\" "
            + "title=\"\(Markup.escape(tip))\"><span>\(Markup.escape(s.title))</span></div>"
        )
        row += 1
      }
    }
    if let now, days.contains(now.date) {
      cells.append(
        "<div class=\"today\" style=\"grid-column:\(column(now.date));grid-row:1/\(rowCount + 1)\" title=\"\(L("today")) \(now.iso)\"></div>"
      )
    }

    let title = Markup.escape(t.workflowTitle ?? t.workflowName ?? t.termName)
    var out = """
      <!DOCTYPE html>
      <html lang="\(zh ? "zh-CN" : "en")">
      <head>
      <meta charset="utf-8">
      <title>\(title)</title>
      <style>
      body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 24px; color: #222; }
      h1 { font-size: 20px; margin: 0 0 4px; }
      p.meta { color: #555; margin: 0 0 16px; }
      .grid { display: grid; grid-template-columns: 9em repeat(\(dayCount), 26px); grid-template-rows: 24px 20px repeat(\(dated.count), 30px); position: relative; border-top: 1px solid #ccc; }
      .day { border-left: 1px solid #eee; }
      .day.weekend { background: #f4f4f4; }
      .day.off { background: #ffd9d9; }
      .day.makeup { background: #e3f0ff; }
      .week { font-size: 12px; font-weight: bold; border-left: 1px solid #999; padding-left: 3px; white-space: nowrap; overflow: hidden; z-index: 1; }
      .num { font-size: 11px; color: #666; text-align: center; z-index: 1; }
      .owner { font-size: 13px; font-weight: bold; padding: 6px 6px 0 0; border-top: 1px solid #ccc; z-index: 1; background: #fff; }
      .bar { align-self: center; height: 20px; border-radius: 4px; background: #4a7bd0; z-index: 2; white-space: nowrap; overflow: visible; }
      .bar span { font-size: 12px; line-height: 20px; padding-left: 4px; color: #111; margin-left: 100%; display: inline-block; padding-left: 6px; }
      .bar.payment { background: #d08a2a; }
      .bar.done { opacity: 0.45; }
      .bar.overdue { background: #c0392b; }
      .bar.due-today, .bar.due-this-week { outline: 2px solid #222; }
      .today { border-left: 2px solid #e00; z-index: 3; margin-left: 12px; }
      .legend span { display: inline-block; margin-right: 16px; font-size: 12px; }
      .legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
      table { border-collapse: collapse; margin-top: 20px; font-size: 13px; }
      td, th { border: 1px solid #ddd; padding: 3px 8px; text-align: left; }
      </style>
      </head>
      <body>
      <h1>\(title)</h1>

      """
    out +=
      "<p class=\"meta\">" + (zh ? "学期 " : "term ") + Markup.escape(t.termName)
      + (t.calendar.weekOneMonday.map { zh ? "，第1周星期一 \($0)" : ", week 1 starts \($0)" } ?? "")
      + (now.map { zh ? "；今天 \($0.iso)" : "; today \($0.iso)" } ?? "") + "</p>\n"
    out += "<div class=\"grid\">\n" + cells.joined(separator: "\n") + "\n</div>\n"
    // The legend explains every shading and every bar style the page uses.
    func item(_ style: String, _ en: String, _ cn: String) -> String {
      "<span><i style=\"\(style)\"></i>\(zh ? cn : en)</span>"
    }
    out += "<p class=\"legend\">" + item("background:#ffd9d9", "holiday or school break", "节假日、学校放假")
    out +=
      item("background:#f4f4f4", "weekend", "周末") + item("background:#e3f0ff", "make-up workday or swap", "调休上班、调课")
    out += item("background:#4a7bd0", "step", "步骤") + item("background:#d08a2a", "payment window", "缴费")
    if now != nil {
      out += item("background:#c0392b", "overdue", "逾期") + item("background:#4a7bd0;opacity:0.45", "done", "已完成")
      out += item("background:#4a7bd0;outline:2px solid #222", "due today or this week", "今日或本周到期")
      out += item("background:#e00", "today", "今天")
    }
    out += "</p>\n"
    let heads = zh ? ["日期", "周次", "负责", "事项", "状态"] : ["date", "week", "owner", "step", "status"]
    out += "<table>\n<tr>" + heads.prefix(now == nil ? 4 : 5).map { "<th>\($0)</th>" }.joined() + "</tr>\n"
    for s in steps {
      let week = (s.due ?? s.start).flatMap { TimelineText.weekPhrase($0.date, t.calendar) } ?? ""
      out +=
        "<tr><td>\(Markup.escape(TimelineText.dateRange(s)))</td><td>\(Markup.escape(week))</td><td>\(Markup.escape(t.ownerName(s.owner)))</td>"
        + "<td>\(Markup.escape(s.title))</td>"
        + (now.map { "<td>\(L.status(StepStatus.of(s, at: $0, done: done)))</td>" } ?? "") + "</tr>\n"
    }
    out += "</table>\n</body>\n</html>\n"
    return out
  }

  /// From the Monday before the first date to the Sunday after the last (today included), so whole
  /// weeks show; at most a year, whatever the dates.
  static func dayRange(_ t: Timeline, _ steps: [ScheduledStep], _ now: Moment?) -> ClosedRange<CivilDate> {
    var dates = steps.flatMap { [$0.start?.date, $0.due?.date].compactMap { $0 } }
    if let now { dates.append(now.date) }
    let fallback = t.calendar.weekOneMonday ?? CivilDate(dayNumber: 0)
    let lo = dates.min() ?? fallback
    let hi = min(dates.max() ?? fallback, lo.adding(days: 365))
    return lo.adding(days: 1 - lo.weekday)...hi.adding(days: 7 - hi.weekday)
  }

}

extension String {
  fileprivate func replacingSpaces() -> String { String(map { $0 == " " ? "-" : $0 }) }
}
