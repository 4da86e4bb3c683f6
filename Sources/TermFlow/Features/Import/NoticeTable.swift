/// A schedule table as notices print it once copied from a web page: cells split by `|` or tabs, a
/// header row naming the columns (`序号 | 时间 | 工作任务 | 负责单位`). Each later row with a date in
/// its time column is a step, its work column the title and its owner column the owner.
struct NoticeTable {
  var time: Int
  var work: Int?
  var owner: Int?
  var width: Int

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
  init?(header cells: [String]) {
    func find(_ words: [String]) -> Int? {
      cells.firstIndex { c in words.contains { c.contains($0) } && c.count <= 10 }
    }
    guard cells.allSatisfy({ $0.count <= 10 && ProseSpanReader.spans(in: $0).isEmpty }),
      let time = find(NoticeRules.tableTimeHeaders)
    else { return nil }
    let work = find(NoticeRules.tableWorkHeaders)
    let owner = find(NoticeRules.tableOwnerHeaders)
    guard work != nil || owner != nil else { return nil }
    (self.time, self.work, self.owner, width) = (time, work, owner, cells.count)
  }

  func cell(_ cells: [String], _ k: Int?) -> String? {
    guard let k, k < cells.count, !cells[k].isEmpty else { return nil }
    return cells[k]
  }
}
