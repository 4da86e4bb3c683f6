/// A schedule table as notices print it once copied from a web page: cells split by `|` or tabs, a
/// header row naming the columns (`序号 | 时间 | 工作任务 | 负责单位`). Each later row with a date in
/// its time column is a step, its work column the title and its owner column the owner.
struct NoticeTable {
  var time: Int
  var work: Int?
  var owner: Int?
  var width: Int
  /// The header's cells, for the name of a round.
  var names: [String] = []
  /// Rounds of the same work, a column each (`第一批 | 第二批`): every date cell of a row is a step.
  var batches: [Int] = []
  /// Whether a day alone in it is a deadline (`时间节点`).
  var dues = false
  /// Rounds down its first column (`批次 | 校学位会时间 | 学位分会时间`), the work across; else across.
  var roundsDown = false
  /// The column that ends the time column's range (`起始时间 | 结束时间`).
  var end: Int?
  /// A second time column after a date column, holding the hours (`考试日期 | 考试时间`).
  var hours: Int?
  /// Whether a column names the teaching weeks of the row's dates (`周次 | 日期 | 工作内容`).
  var weeks = false

  /// The cells of a line split at `|` or tabs (a Markdown table's outer bars dropped); one cell when
  /// the line has no separator; a line ending in `|` is one cell copied on its own line.
  static func cells(_ line: String) -> [String] {
    let sep: Character? = line.contains("|") ? "|" : line.contains("\t") ? "\t" : nil
    guard let sep else { return [line] }
    let parts = line.split(separator: sep, omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    // A Markdown rule (|---|---|) holds no cell.
    if parts.allSatisfy({ $0.allSatisfy { "-:— ".contains($0) } }) { return [] }
    let inner = parts.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed()
    return Array(inner)
  }

  /// A header row: a time column and a work or owner column, every cell a column name.
  init?(header printed: [String]) {
    // `论 文 环 节`: a column's name spread out is the same name.
    let cells = printed.map { $0.filter { $0 != " " } }
    func find(_ words: [String], besides taken: Int? = nil) -> Int? {
      cells.indices.first { k in
        k != taken && words.contains { cells[k].contains($0) } && cells[k].count <= NoticeRules.columnNameMaxLength
      }
    }
    guard cells.allSatisfy({ $0.count <= NoticeRules.columnNameMaxLength && ProseSpanReader.spans(in: $0).isEmpty }),
      let time = cells.indices.first(where: { k in
        NoticeRules.tableTimeHeaders.contains { cells[k].contains($0) }
          && !NoticeRules.supersededHeaders.contains { cells[k].contains($0) }
      })
    else { return nil }
    // `时间安排 | 工作任务`: the time column's name may hold a work word too; the work is another's.
    let work = find(NoticeRules.tableWorkHeaders, besides: time)
    let owner = find(NoticeRules.tableOwnerHeaders, besides: time)
    names = cells
    width = cells.count
    weeks = cells.contains { c in NoticeRules.tableWeekHeaders.contains(c) }
    if work == nil, owner == nil, time == 0, cells.count >= 3,
      cells.dropFirst().allSatisfy({ c in NoticeRules.tableBatchHeaders.contains { c.contains($0) } })
    {
      // `时间节点 | 第一批 | 第二批 | 第三批`: the work down the first column, its rounds across.
      (self.time, self.work, batches) = (1, 0, Array(1..<cells.count))
      dues = NoticeRules.tableDueHeaders.contains { cells[0].contains($0) }
      return
    }
    if work == nil, owner == nil, time > 0, cells.count >= 3,
      NoticeRules.tableBatchHeaders.contains(where: { cells[0].contains($0) })
    {
      // `批次 | 校学位会时间 | 学位分会时间 | 分会提交材料`: a row per round, a work per column.
      (self.time, self.work, batches, roundsDown) = (time, 0, Array(1..<cells.count), true)
      return
    }
    // `原订日期 | 调整后日期`: the day a date replaces is no day to act on.
    let times = cells.indices.filter { k in
      NoticeRules.tableTimeHeaders.contains { cells[k].contains($0) }
        && !NoticeRules.supersededHeaders.contains { cells[k].contains($0) }
    }
    // (`阶段 | 起始时间 | 结束时间` is one range a row, not two works; `起止时间` is one column.)
    let starts = times.first { k in NoticeRules.tableStartHeaders.contains { cells[k].contains($0) } }
    let ends = times.first { k in NoticeRules.tableEndHeaders.contains { cells[k].contains($0) } }
    let edges = starts != nil && ends != nil && starts != ends
    if work == nil, owner == nil, time > 0, cells.count >= 3, times.count >= 2, !edges {
      // `107学年度暑期开课 | 本校生选课期间 | 缴费期间 | 上课时间`: a work per time column, a round per row
      // (`第一期`), as with a batch column.
      (self.time, self.work, batches, roundsDown) = (time, 0, Array(1..<cells.count), true)
      return
    }
    guard work != nil || owner != nil else { return nil }
    (self.time, self.work, self.owner) = (time, work, owner)
    if edges {
      // `选课阶段 | 起始时间 | 结束时间 | 工作安排`: a row's range runs from one column to the other.
      self.time = starts ?? time
      end = ends
      return
    }
    // `考试日期 | 考试时间 | 考试科目`: the date, then its hours, before the work.
    if times.count == 2, let w = work, times[0] == time, times[1] == time + 1, w > times[1] {
      hours = times[1]
      return
    }
    // `序号 | 事宜 | 第一次完成时间 | 第二次完成时间`: two time columns are two rounds of the row's work.
    if times.count >= 2, work != nil { batches = times }
  }

  func cell(_ cells: [String], _ k: Int?) -> String? {
    guard let k, k < cells.count, !cells[k].isEmpty else { return nil }
    return cells[k]
  }

  /// A table copied with each cell on a line of its own, ended by `|` (`考试日期 |`, `级别 |`, …):
  /// joined back into rows (`考试日期 | 级别 | … |`) once its header shows how many cells a row has.
  /// A row whose first cell is missing (a merged time cell spanning it) takes the row above's; the
  /// header printed again (on a new page) is a header again. Other lines, and a run whose rows do not
  /// line up so, are as they were.
  static func joiningCellLines(_ lines: [String]) -> [String] {
    func isCell(_ l: String) -> Bool { l.hasSuffix("|") && l.filter { $0 == "|" }.count == 1 }
    var out: [String] = []
    var i = 0
    while i < lines.count {
      if let (rows, end) = barLineRows(lines, from: i) ?? barlessRows(lines, from: i) {
        out += rows
        i = end
        continue
      }
      guard isCell(lines[i]) else {
        out.append(lines[i])
        i += 1
        continue
      }
      var j = i
      while j < lines.count, isCell(lines[j]) { j += 1 }
      let cells = lines[i..<j].map { String($0.dropLast()).trimmingCharacters(in: .whitespaces) }
      out += rows(cells) ?? Array(lines[i..<j])
      i = j
    }
    return out
  }

  /// A table copied a cell per line with no bars at all, blank lines between (`批次` / `校学位会时间` /
  /// … / `第1次` / `秋季学期第11周(…)` / `2021.11.3`): its rows, and the line after the last, when a
  /// header's cells start at `from` and whole rows of dated cells follow. Short lines only: a sentence
  /// or a numbered item ends it.
  private static func barlessRows(_ lines: [String], from: Int) -> ([String], Int)? {
    guard !lines[from].isEmpty, !lines[from].contains("|"), lines[from].count <= 10,
      ProseSpanReader.spans(in: lines[from]).isEmpty
    else { return nil }
    var taken: [(cell: String, line: Int)] = []
    var j = from
    while j < lines.count, taken.count < 200 {
      let l = lines[j]
      if !l.isEmpty {
        guard l.count <= 100, !l.contains("|"), NoticeItem(l).level == nil, !l.hasSuffix("。") else { break }
        taken.append((l, j))
      }
      j += 1
    }
    // The header's width: a run of short undated names that NoticeTable reads as a header, the widest
    // whose rows follow (a row's first cell, `第1次`, is a short name too).
    // A row's number (`1`) is no column's name; a header starts at its 序号, not at a line above it.
    var names = 0
    while names < min(8, taken.count), taken[names].cell.count <= 10,
      ProseSpanReader.spans(in: taken[names].cell).isEmpty, !taken[names].cell.allSatisfy(\.isNumber)
    {
      names += 1
    }
    if taken.prefix(names).dropFirst().contains(where: { $0.cell == "序号" }) { return nil }
    for width in stride(from: names, through: 3, by: -1) {
      guard let table = NoticeTable(header: taken[0..<width].map(\.cell)) else { continue }
      if taken[0].cell.contains("序号"), table.batches.isEmpty {
        let (rows, end) = anchoredRows(taken[width...].map { ($0.cell, $0.line) }, table, numbered: true)
        if !rows.isEmpty {
          let header = taken[0..<width].map(\.cell).joined(separator: " | ") + " |"
          return ([header] + rows.map { $0.joined(separator: " | ") + " |" }, max(end, taken[width - 1].line + 1))
        }
      }
      var rows = [taken[0..<width].map(\.cell).joined(separator: " | ") + " |"]
      var k = width
      var end = taken[width - 1].line + 1
      while k + width <= taken.count {
        let row = taken[k..<k + width].map(\.cell)
        guard row.contains(where: { !ProseSpanReader.spans(in: $0).isEmpty }),
          ProseSpanReader.spans(in: row[0]).isEmpty || table.time == 0
        else { break }
        rows.append(row.joined(separator: " | ") + " |")
        end = taken[k + width - 1].line + 1
        k += width
      }
      // Rows that do not line up (a cell over several lines) under a date column: a row per date.
      if table.time == 0, k + width <= taken.count, let (led, ledEnd) = dateLedRows(taken[width...], width: width),
        led.count > rows.count - 1
      {
        return ([rows[0]] + led.map { $0.joined(separator: " | ") + " |" }, ledEnd)
      }
      if rows.count >= 2 { return (rows, end) }
    }
    return nil
  }

  /// The rows of a run of cells, or nil when no header starts it.
  private static func rows(_ cells: [String]) -> [String]? {
    // The header runs at most to the first cell that cannot be a column's name (a date, a number, a
    // sentence, a round that opens a row: `第一期`); a first row's first cell may look like one
    // (`论文环节 | 时间安排 | 负责单位 | 格式审查 | 3月1日-3月31日`), so the widest header whose rows line
    // up is the table's.
    var most = 0
    while most < min(8, cells.count), !cells[most].isEmpty, cells[most].count <= NoticeRules.columnNameMaxLength,
      !cells[most].allSatisfy(\.isNumber), ProseSpanReader.spans(in: cells[most]).isEmpty,
      most < 2 || !(cells[most].hasPrefix("第") && cells[most].count <= 4)
    {
      most += 1
    }
    guard most >= 2 else { return nil }
    // A narrower header must account for every cell: its rows end where the run does.
    return stride(from: most, through: 2, by: -1).lazy.compactMap { rows(cells, width: $0, whole: $0 < most) }.first
  }

  private static func rows(_ cells: [String], width: Int, whole: Bool) -> [String]? {
    guard let table = NoticeTable(header: Array(cells[0..<width])) else { return nil }
    let header = Array(cells[0..<width])
    // Each row keeps its cells' own bars, so every line copied is still in the draft as it was.
    func line(_ cells: [String]) -> String { cells.map { $0.isEmpty ? "|" : $0 + " |" }.joined(separator: " ") }
    var out = [line(header)]
    var k = width
    var lastTime = ""
    while k < cells.count {
      if k + width <= cells.count, Array(cells[k..<k + width]) == header {
        out.append(line(header))
        k += width
        continue
      }
      var row = Array(cells[k..<min(cells.count, k + width)])
      if table.time == 0, !lastTime.isEmpty, ProseSpanReader.spans(in: row[0]).isEmpty {
        row = [lastTime] + row.prefix(width - 1)
        k -= 1
      }
      // The run ends inside a row (a page copied only so far): the rows before it stand, and its
      // cells stay lines of their own.
      if row.count < width, k + width > cells.count, out.count > 1, !whole {
        out += cells[k...].map { $0 + " |" }
        break
      }
      // Rows that do not line up (merged cells this cannot place) leave the cells as they were.
      guard row.count == width, !ProseSpanReader.spans(in: row[table.time]).isEmpty else { return nil }
      lastTime = row[table.time]
      out.append(line(row))
      k += width
    }
    return out
  }
}
