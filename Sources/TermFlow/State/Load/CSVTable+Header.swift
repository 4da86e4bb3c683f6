/// Finding a file's header when the layout does not fix its line: systems print a title, the export's
/// date or a blank line above the table on some files and not on others (one workbook per college,
/// each with its college's name on top), so each file's header is found on its own.
extension CSVTable {
  /// How many rows from the top may precede the header.
  static let headerSearchRows = 30

  struct LocatedHeader {
    /// The line the header is on.
    var line: Int
    /// The rows above it (not blank): a title, left out and counted.
    var titles: [(line: Int, text: String)]
    /// Whether it names every column the layout wants (when no row does, the row that names the most).
    var complete: Bool
  }

  /// The first row among the first `headerSearchRows` that names every column the plan reads; failing
  /// that, the first that names the most of them (its missing columns are then the error), or line 1.
  /// Fails only on bytes that are not UTF-8, so the caller can read the file as GB18030.
  func locateHeader(_ p: UnsafeBufferPointer<UInt8>, plan: TablePlan) -> Result<LocatedHeader, Outcome> {
    // Each column's alternatives, and each other column an `unless` reads.
    let wanted =
      plan.columns.filter { !$0.sources.isEmpty }.map(\.sources)
      + plan.columns.compactMap { $0.override.map { [[$0.header]] } }
    var best: (line: Int, score: Int)?
    var rows: [(line: Int, text: String)] = []
    var found: Int?
    let transcoder = self.transcoder
    let end = CSVScanner.scanRows(p, transcoder: transcoder) { fields, line in
      let row = transcoder?.rowBytes(p) ?? p
      let cells = fields.map { CSVScanner.string(row, $0, trimmed: true) }
      let names = Set(cells)
      let score = wanted.filter { sources in sources.contains { $0.allSatisfy(names.contains) } }.count
      if score == wanted.count {
        found = line
        return false
      }
      if score > (best?.score ?? 0) { best = (line, score) }
      rows.append((line, cells.filter { !$0.isEmpty }.joined(separator: " ")))
      return rows.count < Self.headerSearchRows
    }
    if case .invalidUTF8(let line) = end.problem { return .failure(.notUTF8(line: line)) }
    let line = found ?? best?.line ?? rows.first?.line ?? 1
    return .success(
      LocatedHeader(line: line, titles: rows.filter { $0.line < line && !$0.text.isEmpty }, complete: found != nil)
    )
  }
}
