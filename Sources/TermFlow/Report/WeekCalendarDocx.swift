/// The 周历 as the office publishes it: a Word document, landscape, the title over one table (周次 |
/// 日期 | 工作内容 | 负责单位 | 工作流), the week named on its first row, through the notice's writer.
enum WeekCalendarDocx {
  /// Column widths in twentieths of a point, over a landscape A4 page's text width.
  static let widths = [1500, 3800, 5200, 2400, 1670]

  static func render(_ c: WeekCalendar) -> [UInt8] {
    var body = NoticeDocx.para(
      "\(c.term) 教学工作周历",
      align: "center",
      size: 36,
      bold: true,
      font: "方正小标宋简体",
      spaceAfter: 240
    )
    if let w = c.weekOne { body += NoticeDocx.para("第1周星期一 \(w)", align: "center", size: 24, spaceAfter: 240) }
    let border = ["top", "left", "bottom", "right", "insideH", "insideV"].map {
      "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    }.joined()
    var table =
      "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblBorders>\(border)</w:tblBorders>"
    table += "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
    table += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
    table += row(WeekCalendarReport.header, header: true)
    var last: Int?
    for r in c.rows {
      table += row(
        [r.week != last ? WeekCalendar.weekName(r.week) : "", r.dates, r.work, r.owner, r.workflow],
        header: false
      )
      last = r.week
    }
    body += table + "</w:tbl>"
    return NoticeDocx.package(body, landscape: true)
  }

  /// One table row; the header row repeats on every page.
  private static func row(_ cells: [String], header: Bool) -> String {
    var out = "<w:tr>" + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
    for (k, text) in cells.enumerated() {
      let width = k < widths.count ? widths[k] : 1500
      out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
      out += NoticeDocx.para(text, align: header ? "center" : nil, size: 21, bold: header) + "</w:tc>"
    }
    return out + "</w:tr>"
  }
}
