/// Left-aligned columns measured in terminal cells, so a Chinese title lines up like an English one.
struct TextTable {
  var header: [String]
  var rows: [[String]] = []

  /// Cells of a column (all but the last) are cut to this many cells with `…`: every row is padded
  /// to its column's widest cell, so one 50 MB value would otherwise be printed once per row.
  static let maxCell = 100

  /// `width`: the terminal's columns (100 by default for `run` and `timeline`; nil with `--wide`). The
  /// widest other columns are cut first (never below 24 cells), then the last column, with `…`.
  func render(indent: String = "", width: Int? = nil) -> String {
    let full = cells()
    guard let width else { return lines(full, indent: indent) }
    var widths = columnWidths(full)
    guard let lastIndex = widths.indices.last else { return lines(full, indent: indent) }
    func total() -> Int { DisplayWidth.of(indent) + widths.dropLast().reduce(0) { $0 + $1 + 2 } + widths[lastIndex] }
    let minLast = 24, minOther = 24
    // The other columns give way first, down to a readable width, so the last (the message) keeps most.
    while total() > width {
      guard let widest = widths.indices.dropLast().max(by: { widths[$0] < widths[$1] }), widths[widest] > minOther
      else { break }
      widths[widest] -= 1
    }
    if total() > width { widths[lastIndex] = max(minLast, widths[lastIndex] - (total() - width)) }
    let cut = full.map { r in
      r.enumerated().map { i, c in
        i < widths.count && DisplayWidth.of(c) > widths[i] ? DiagnosticRenderer.head(c, cells: widths[i] - 1) + "…" : c
      }
    }
    return lines(cut, indent: indent)
  }

  private func cells() -> [[String]] {
    self.rows.map { r in
      r.enumerated().map { i, raw in
        // Text from the exports is shown, never sent to the terminal as control codes.
        let cell = DisplayWidth.visible(raw).replacingOccurrences(of: "\n", with: "\u{2424}")
        return i < r.count - 1 && DisplayWidth.of(cell) > Self.maxCell
          ? DiagnosticRenderer.head(cell, cells: Self.maxCell - 1) + "…" : cell
      }
    }
  }

  private func columnWidths(_ rows: [[String]]) -> [Int] {
    var widths = header.map(DisplayWidth.of)
    for r in rows {
      for (i, cell) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
    }
    return widths
  }

  private func lines(_ rows: [[String]], indent: String) -> String {
    let widths = columnWidths(rows)
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
