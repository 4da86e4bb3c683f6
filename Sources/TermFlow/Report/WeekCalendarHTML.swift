/// The 周历 as one self-contained page (inline CSS, no scripts, no external assets): weeks down,
/// offices across, each cell the work that office has due that week, from which workflow; with a
/// today, its week marked and the weeks before it dimmed.
enum WeekCalendarHTML {
  static func render(_ c: WeekCalendar, now: CivilDate?) -> String {
    let owners = c.owners
    // Every teaching week, and any week of work outside them (before week 1, after the last).
    let weeks = Array(Set(c.rows.map(\.week)).union(1...max(1, c.weeks))).sorted()
    let nowWeek = now.flatMap { d in c.weekOne.map { w in d < w ? 0 : (d.dayNumber - w.dayNumber) / 7 + 1 } }
    var out = """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <title>\(Markup.escape(c.term)) 教学工作周历</title>
      <style>
      body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 24px; color: #222; }
      h1 { font-size: 20px; }
      table { border-collapse: collapse; width: 100%; }
      th, td { border: 1px solid #bbb; padding: 6px 8px; vertical-align: top; font-size: 13px; }
      th { background: #f0f0f0; }
      th.week { white-space: nowrap; text-align: left; }
      tr.past td, tr.past th { color: #999; }
      tr.now th, tr.now td { background: #fff4d6; }
      .item { margin: 0 0 4px 0; }
      .wf { color: #777; font-size: 11px; }
      </style>
      </head>
      <body>
      <h1>\(Markup.escape(c.term)) 教学工作周历</h1>

      """
    if let w = c.weekOne { out += "<p>第1周星期一 \(w)" + (now.map { "；今天 \($0)" } ?? "") + "</p>\n" }
    out += "<table>\n<tr><th>周次</th>" + owners.map { "<th>\(Markup.escape($0))</th>" }.joined() + "</tr>\n"
    for week in weeks {
      let cls = nowWeek.map { week == $0 ? " class=\"now\"" : week < $0 ? " class=\"past\"" : "" } ?? ""
      var label = WeekCalendar.weekName(week) + (c.examWeeks?.contains(week) == true ? "（考试周）" : "")
      if let w = c.weekOne, week > 0 {
        let monday = w.adding(days: (week - 1) * 7)
        label += "<br>\(monday.month)/\(monday.day)–\(monday.adding(days: 6).month)/\(monday.adding(days: 6).day)"
      }
      out += "<tr\(cls)><th class=\"week\">\(label)</th>"
      for owner in owners {
        let items = c.rows.filter { $0.week == week && $0.owner == owner }.map { r in
          "<div class=\"item\">\(Markup.escape(r.work))<br><span class=\"wf\">\(Markup.escape(r.dates)) · "
            + "\(Markup.escape(r.workflow))</span></div>"
        }
        out += "<td>" + items.joined() + "</td>"
      }
      out += "</tr>\n"
    }
    return out + "</table>\n</body>\n</html>\n"
  }
}
