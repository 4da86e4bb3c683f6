/// Tables copied from web pages whose cells no longer line up in rows of one width: a merged cell (a
/// row number, a term, an owner spanning rows) is printed once, so counting cells shifts every row
/// after it. These readers line rows up on what each row must have: its date cell, and, where the
/// first column numbers the rows (`序号`), its number.
extension NoticeTable {
  /// The rows of cells `cells` (each with the line it ends on) under the header `t`. A number starts a
  /// row when `numbered`; a date cell anchors one: the cells before it fill the columns before the
  /// time column (its work there, if the work column comes first), the cells after it the work and
  /// owner columns that follow the time column. An undated row is kept too (read as prose), so no cell
  /// of the notice is lost. Returns the rows and the line after the last cell read.
  static func anchoredRows(
    _ cells: [(cell: String, line: Int)],
    _ t: NoticeTable,
    numbered: Bool
  )
    -> ([[String]], Int)
  {
    var rows: [[String]] = []
    var before: [String] = []
    var time: String?
    var after: [Int: String] = [:]
    var pending: [Int] = []
    var end = 0
    let afterTime = [t.work, t.owner].compactMap { $0 }.filter { $0 > t.time }.sorted()
    // The columns before the time column that are neither work nor owner (序号, 学期, 周次).
    let lead = (0..<t.time).filter { $0 != t.work && $0 != t.owner }
    // A week column before the date column (`周次 | 日期`): its cells (`第13周`) lead a row, not date it.
    let weeksLead = lead.contains { t.names.indices.contains($0) && t.names[$0].contains("周") }
    func flush() {
      defer { (before, time, after, pending) = ([], nil, [:], []) }
      guard time != nil || !before.isEmpty || !after.isEmpty else { return }
      var row = Array(repeating: "", count: t.width)
      var rest = before[...]
      if let w = t.work, w < t.time {
        // The work is the last cell before the date; what comes first fills the lead columns.
        row[w] = rest.popLast() ?? ""
      }
      for (k, col) in lead.enumerated() where !rest.isEmpty {
        row[col] = k == lead.count - 1 ? rest.joined(separator: "，") : rest.removeFirst()
        if k == lead.count - 1 { rest = [] }
      }
      if !rest.isEmpty, let w = t.work { row[w] = (rest + [row[w]]).filter { !$0.isEmpty }.joined(separator: "，") }
      row[t.time] = time ?? ""
      for (col, cell) in after { row[col] = cell }
      // A merged cell left empty is marked, so the row's cells keep their columns when read again.
      if let last = row.lastIndex(where: { !$0.isEmpty }) {
        for k in 0..<last where row[k].isEmpty { row[k] = "·" }
      }
      rows.append(row)
    }
    for (cell, line) in cells {
      end = line + 1
      let spans = ProseSpanReader.spans(in: cell)
      let dated = weeksLead ? spans.contains { $0.from.hasDate } : !spans.isEmpty
      if numbered, cell.count <= 3, cell.allSatisfy({ $0.isASCII && $0.isNumber }) {
        flush()
        before = [cell]
      } else if time == nil, dated {
        time = cell
        pending = afterTime
        if pending.isEmpty { flush() }
      } else if time != nil, !pending.isEmpty, !dated {
        after[pending.removeFirst()] = cell
        if pending.isEmpty { flush() }
      } else {
        if time != nil { flush() }
        if dated {
          time = cell
          pending = afterTime
          if pending.isEmpty { flush() }
        } else {
          before.append(cell)
        }
      }
    }
    flush()
    return (rows, end)
  }

  /// A table copied with each cell's end marked by a line holding only `|` (a cell may run over
  /// several lines: `第` / `一` / `学` / `期` / `|`): its rows joined back (`学期 | 周次 | 日期 |
  /// 工作内容 |`, then a line per row), lined up on their date cells; nil when no header starts it.
  static func barLineRows(_ lines: [String], from: Int) -> ([String], Int)? {
    // The header's first cell is a line of its own, its bar on the next line.
    // (A heading or a sentence leading into the table, `一、调整项目日期如下:`, is not its first cell.)
    guard from + 1 < lines.count, lines[from + 1].trimmingCharacters(in: .whitespaces) == "|",
      NoticeItem(lines[from]).level == nil, !lines[from].hasSuffix(":"), !lines[from].hasSuffix("：")
    else { return nil }
    var cells: [(cell: String, line: Int)] = []
    var piece = ""
    var j = from
    var sinceBar = 0
    var bareBars = 0
    while j < lines.count, cells.count < 400 {
      let l = lines[j].trimmingCharacters(in: .whitespaces)
      if l.hasSuffix("|"), l.filter({ $0 == "|" }).count == 1 {
        // `|` alone, or ending the cell's last line (`…提交转专业(转出)申请 |`).
        if l == "|" { bareBars += 1 }
        piece += l.dropLast().trimmingCharacters(in: .whitespaces)
        if !piece.isEmpty { cells.append((piece, j)) }
        piece = ""
        sinceBar = 0
      } else if !l.isEmpty {
        // A run without a bar for long, or a sentence or numbered item, ends the table.
        // (A numbered cell, `1.休学截止日` ended by a bar on the next line, is a row's first cell.)
        let nextLine = lines[(j + 1)...].first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let cell = nextLine?.trimmingCharacters(in: .whitespaces) == "|" && l.count <= NoticeRules.columnNameMaxLength
        let item = NoticeItem(l).level != nil && ProseSpanReader.spans(in: l).isEmpty && !cell
        guard sinceBar < 6, l.count <= 120, !item || cells.isEmpty && piece.isEmpty else { break }
        piece += l
        sinceBar += 1
      }
      j += 1
    }
    if !piece.isEmpty, sinceBar <= 2 { cells.append((piece, j - 1)) }
    // Cells each ended on their own line (`退课 |`) are `joiningCellLines`' to read; this reader is for
    // bars on lines of their own.
    guard cells.count >= 6, bareBars * 2 >= cells.count, ProseSpanReader.spans(in: cells[0].cell).isEmpty
    else { return nil }
    // The header: the fewest first cells that name a time column and a work or owner column.
    for width in 3...min(8, cells.count - 1) {
      let names = cells[0..<width].map(\.cell)
      guard let t = NoticeTable(header: names), t.batches.isEmpty, t.work != nil || t.owner != nil else { continue }
      // Rows that line up (each as wide as the header, a date in its time column) are read as they
      // stand: a row may hold a date in another column too (`原订日期 | 调整后日期`).
      let body = Array(cells[width...])
      let even =
        body.count % width == 0
        && stride(from: 0, to: body.count, by: width).allSatisfy { k in
          !ProseSpanReader.spans(in: body[k + t.time].cell).isEmpty
        }
      let (rows, end) =
        even
        ? (
          stride(from: 0, to: body.count, by: width).map { k in body[k..<k + width].map(\.cell) },
          (body.last?.line ?? 0) + 1
        )
        : anchoredRows(body, t, numbered: names[0].contains("序号"))
      guard rows.contains(where: { !$0[t.time].isEmpty }) else { return nil }
      let text = [names] + rows
      return (text.map { $0.joined(separator: " | ") + " |" }, max(end, cells[width - 1].line + 1))
    }
    return nil
  }
}

extension NoticeTable {
  /// The rows of a table whose first column dates its rows (`考试日期 | 考试时间 | 考试科目`), copied a
  /// cell per line where a cell may run over several lines (the subjects of one sitting): each cell
  /// with a date opens a row, a cell that only says the day's part (`周一上午`) stays with its date, the
  /// next cells fill the columns after it and what runs over joins the last column. Nil unless every
  /// row starts with a date, from the first cell on.
  static func dateLedRows(_ cells: ArraySlice<(cell: String, line: Int)>, width: Int) -> ([[String]], Int)? {
    guard width >= 2, let first = cells.first, ProseSpanReader.spans(in: first.cell).contains(where: \.from.hasDate)
    else { return nil }
    var rows: [[String]] = []
    var end = first.line + 1
    for (cell, line) in cells {
      if ProseSpanReader.spans(in: cell).contains(where: \.from.hasDate) {
        rows.append([cell])
      } else if let r = rows.indices.last {
        if rows[r].count == 1, isDayPart(cell) {
          rows[r][0] += " " + cell
        } else if rows[r].count < width {
          rows[r].append(cell)
        } else {
          rows[r][width - 1] += "，" + cell
        }
      }
      end = line + 1
    }
    return (rows.map { $0 + Array(repeating: "", count: width - $0.count) }, end)
  }

  /// `周一上午`, `星期二`, `下午`: a cell that says only which day or part of it.
  static func isDayPart(_ cell: String) -> Bool {
    var t = Substring(cell.trimmingCharacters(in: .whitespaces))
    for w in ["星期", "周", "礼拜"] where t.hasPrefix(w) {
      t = t.dropFirst(w.count)
      if let d = t.first, "一二三四五六日天".contains(d) { t = t.dropFirst() }
      break
    }
    if let part = NoticeRules.dayParts.first(where: { t.hasPrefix($0) }) { t = t.dropFirst(part.count) }
    return t.isEmpty && t.count < cell.count
  }
}
