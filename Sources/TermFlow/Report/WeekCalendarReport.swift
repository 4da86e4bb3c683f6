/// The 周历 as text (a table, the week named on its first row), Markdown (the table an office pastes
/// into its notice) and CSV (every row with its week, for a spreadsheet).
enum WeekCalendarReport {
  /// The office's own columns (周次 | 日期 | 工作内容 | 负责单位), and which workflow each row is from;
  /// the CSV adds the weekday of each end (`第2周周一至第3周周五`).
  static let header = ["周次", "日期", "工作内容", "负责单位", "工作流"]
  static let csvHeader = ["周次", "日期", "星期", "工作内容", "负责单位", "工作流"]

  static func text(_ c: WeekCalendar, width: Int? = 100) -> String {
    var out = "\(c.term) 教学工作周历" + (c.weekOne.map { "（第1周星期一 \($0)）" } ?? "") + "\n\n"
    var table = TextTable(header: header)
    table.rows = cells(c, repeatWeek: false)
    out += table.render(width: width)
    return out
  }

  static func markdown(_ c: WeekCalendar) -> String {
    var out = "# \(c.term) 教学工作周历\n\n"
    out += "| " + header.joined(separator: " | ") + " |\n"
    out += "|" + String(repeating: " --- |", count: header.count) + "\n"
    for row in cells(c, repeatWeek: false) {
      out += "| " + row.map(markdownCell).joined(separator: " | ") + " |\n"
    }
    return out
  }

  static func csv(_ c: WeekCalendar) -> String {
    CSVWriter.row(csvHeader) + cells(c, repeatWeek: true, weekDays: true).map(CSVWriter.row).joined()
  }

  private static func cells(_ c: WeekCalendar, repeatWeek: Bool, weekDays: Bool = false) -> [[String]] {
    var last: Int?
    return c.rows.map { r in
      let week = repeatWeek || r.week != last ? WeekCalendar.weekName(r.week) : ""
      last = r.week
      return [week, r.dates] + (weekDays ? [r.weekDays] : []) + [r.work, r.owner, r.workflow]
    }
  }

  /// A Markdown table cell: a bar would end it and a line break the row.
  private static func markdownCell(_ s: String) -> String {
    s.replacingOccurrences(of: "|", with: "\\|").split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
