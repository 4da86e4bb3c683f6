/// A worksheet's cells, written out as CSV lines numbered as the sheet's rows.
extension Workbook {
  struct Cell {
    var column: Int
    var text: String
  }

  static func rows(_ xml: [UInt8], strings: [String], dateStyles: [Bool], date1904: Bool) -> [UInt8] {
    var x = XMLScanner(xml)
    var rows: [(number: Int, cells: [Cell])] = []
    var merged: [(row: Int, lastRow: Int, columns: Int)] = []
    var cells: [Cell] = []
    var rowNumber = 0
    var cell: (column: Int, type: String, style: Int)?
    var value = "", inValue = false
    while let e = x.next() {
      switch e {
      case .start(let name, let a, let selfClosing):
        switch XMLScanner.local(name) {
        case "row":
          rowNumber = a["r"].flatMap { Int($0) } ?? rowNumber + 1
          cells = []
          if selfClosing { rows.append((rowNumber, [])) }
        case "c":
          let column = a["r"].flatMap(columnIndex) ?? (cells.last.map { $0.column + 1 } ?? 0)
          cell = (column, a["t"] ?? "n", a["s"].flatMap { Int($0) } ?? 0)
          value = ""
          if selfClosing { cell = nil }
        case "v", "t": inValue = !selfClosing
        case "mergeCell":
          if let ref = a["ref"], let (r0, c0, r1, c1) = rangeOf(ref) { merged.append((r0, r1, c1 - c0 + 1)) }
        default: break
        }
      case .text(let t): if inValue { value += t }
      case .end(let name):
        switch XMLScanner.local(name) {
        case "v", "t": inValue = false
        case "c":
          if let c = cell {
            let text = render(
              value,
              type: c.type,
              style: c.style,
              strings: strings,
              dateStyles: dateStyles,
              date1904: date1904
            )
            if !text.isEmpty { cells.append(Cell(column: c.column, text: text)) }
          }
          cell = nil
        case "row": rows.append((rowNumber, cells))
        default: break
        }
      }
    }
    // A banner above the header: a leading row with at most one value, merged across columns.
    var first = 0
    while first < rows.count, rows[first].cells.count <= 1,
      rows[first].cells.isEmpty
        || merged.contains(where: { $0.row <= rows[first].number && rows[first].number <= $0.lastRow && $0.columns > 1 }
        )
    {
      first += 1
    }
    var out: [UInt8] = []
    var line = 1
    let width = first < rows.count ? (rows[first].cells.map(\.column).max() ?? 0) + 1 : 0
    // Rows are written at their own numbers; the rows left out above the header become nothing, so the
    // header is line 1 (a CSV reader's header is its first line) and the data keep the sheet's
    // numbering relative to it.
    let offset = first < rows.count ? rows[first].number - 1 : 0
    for (number, rowCells) in rows[first...] where !rowCells.isEmpty {
      while line < number - offset {
        out.append(0x0A)
        line += 1
      }
      var fields = [String](repeating: "", count: max(width, (rowCells.map(\.column).max() ?? 0) + 1))
      for c in rowCells where c.column < fields.count { fields[c.column] = c.text }
      out += Array(fields.map(quoted).joined(separator: ",").utf8)
      out.append(0x0A)
      line += 1
    }
    return out
  }

  private static func render(
    _ v: String,
    type: String,
    style: Int,
    strings: [String],
    dateStyles: [Bool],
    date1904: Bool
  ) -> String {
    switch type {
    case "s": return Int(v).flatMap { $0 >= 0 && $0 < strings.count ? strings[$0] : nil } ?? ""
    case "b": return v == "1" ? "true" : v == "0" ? "false" : v
    case "n", "d":
      if type == "n", style >= 0, style < dateStyles.count, dateStyles[style], let serial = Double(v) {
        return date(serial, date1904: date1904) ?? v
      }
      return v
    default: return v  // str, inlineStr, e: the text as written
    }
  }

  /// A serial day number as a date (and a time when it has one): 1900 system counting the phantom
  /// 1900-02-29 that Excel keeps, or the 1904 system.
  static func date(_ serial: Double, date1904: Bool) -> String? {
    guard serial >= 0, serial < 2_958_466 else { return nil }
    var days = Int(serial)
    let seconds = Int(((serial - Double(days)) * 86_400).rounded())
    if !date1904, days >= 60 { days -= 1 }
    guard let epoch = date1904 ? CivilDate(year: 1904, month: 1, day: 1) : CivilDate(year: 1899, month: 12, day: 31)
    else { return nil }
    let d = epoch.adding(days: days + seconds / 86_400)
    let s = seconds % 86_400
    guard s != 0 else { return d.description }
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(d) \(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))"
  }

  /// `C12` → column 2 (0-based).
  static func columnIndex(_ ref: String) -> Int? {
    var n = 0
    var any = false
    for c in ref.unicodeScalars {
      guard ("A"..."Z").contains(c) else { break }
      n = n * 26 + Int(c.value - 64)
      any = true
      guard n < 1 << 20 else { return nil }
    }
    return any ? n - 1 : nil
  }

  /// `A1:I1` → (row 1, column 0, row 1, column 8).
  private static func rangeOf(_ ref: String) -> (Int, Int, Int, Int)? {
    let parts = ref.split(separator: ":").map(String.init)
    guard parts.count == 2, let c0 = columnIndex(parts[0]), let c1 = columnIndex(parts[1]),
      let r0 = Int(parts[0].drop { $0.isLetter }), let r1 = Int(parts[1].drop { $0.isLetter })
    else { return nil }
    return (r0, c0, r1, c1)
  }

  private static func quoted(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
