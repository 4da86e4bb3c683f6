/// Left-aligned columns measured in terminal cells, so a Chinese title lines up like an English one.
struct TextTable {
  var header: [String]
  var rows: [[String]] = []

  /// Cells of a column (all but the last) are cut to this many cells with `…`: every row is padded
  /// to its column's widest cell, so one 50 MB value would otherwise be printed once per row.
  static let maxCell = 100

  func render(indent: String = "") -> String {
    let rows = self.rows.map { r in
      r.enumerated().map { i, raw in
        // Text from the exports is shown, never sent to the terminal as control codes.
        let cell = DisplayWidth.visible(raw).replacingOccurrences(of: "\n", with: "\u{2424}")
        return i < r.count - 1 && DisplayWidth.of(cell) > Self.maxCell
          ? DiagnosticRenderer.head(cell, cells: Self.maxCell - 1) + "…" : cell
      }
    }
    var widths = header.map(DisplayWidth.of)
    for r in rows {
      for (i, cell) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
    }
    func line(_ cells: [String]) -> String {
      var out = indent
      for (i, cell) in cells.enumerated() {
        let last = i == cells.count - 1
        out += last ? cell : DisplayWidth.pad(cell, to: (i < widths.count ? widths[i] : 0) + 2)
      }
      while out.hasSuffix(" ") { out.removeLast() }
      return out + "\n"
    }
    return ([header] + rows).map(line).joined()
  }
}
