/// A worksheet's cells, written out as CSV lines numbered as the sheet's rows. The sheet is read
/// through `XMLReader` in place (a 30,000-student records sheet is over 600 MB of XML): tag names are
/// compared as bytes by their local part, and a cell's text is copied straight into the CSV.
extension Workbook {
  /// A sheet this big is read in two halves on two threads, split where a row starts.
  static let splitSize = 1 << 23

  static func rows(
    _ xml: [UInt8],
    strings: [String],
    dateStyles: [Bool],
    date1904: Bool,
    splitSize: Int = Workbook.splitSize
  ) -> [UInt8] {
    let strings = strings.map { Array($0.utf8) }
    return xml.withUnsafeBufferPointer { p in
      func reader(_ part: Range<Int>) -> SheetReader {
        SheetReader(
          UnsafeBufferPointer(rebasing: p[part]),
          strings: strings,
          dateStyles: dateStyles,
          date1904: date1904
        )
      }
      var whole = reader(0..<p.count)
      guard p.count >= splitSize, let (width, split) = whole.split() else { return whole.csv() }
      // Each half's rows keep their numbers; the second starts at its first row, and the rows between
      // the halves' last and first (none, in a sheet without gaps) are put back as empty lines.
      let halves = parallelMap(2) { half -> (csv: [UInt8], first: Int, last: Int) in
        var r = reader(half == 0 ? 0..<split : split..<p.count)
        // The first half finds the width as one pass would (a title above the header stays unpadded).
        if half == 1 {
          r.width = width
          r.line = 0
        }
        let csv = r.csv()
        return (csv, r.firstRow, r.lastRow)
      }
      guard halves.count == 2 else { return whole.csv() }
      var out = halves[0].csv
      if halves[1].first > 0 {
        out += [UInt8](repeating: 0x0A, count: max(0, halves[1].first - max(halves[0].last, 0) - 1))
      }
      out += halves[1].csv
      return out
    }
  }
}

/// A sheet's rows as CSV, read through `XMLReader`'s tokens: the cells' `<v>` and `<t>` text, by the
/// column each cell's `r` names.
struct SheetReader {
  var xml: XMLReader
  let strings: [[UInt8]]
  let dateStyles: [Bool]
  let date1904: Bool
  /// The line the next row is written on (0: the first row written starts the count at its number).
  var line = 1
  /// The width rows are padded to (0 until the header sets it).
  var width = 0
  /// The numbers of the first and last rows written (0 before any).
  private(set) var firstRow = 0, lastRow = 0

  init(_ b: UnsafeBufferPointer<UInt8>, strings: [[UInt8]], dateStyles: [Bool], date1904: Bool) {
    self.xml = XMLReader(b)
    self.strings = strings
    self.dateStyles = dateStyles
    self.date1904 = date1904
  }

  var b: UnsafeBufferPointer<UInt8> { xml.b }

  func int(_ r: Range<Int>?) -> Int? {
    guard let r, !r.isEmpty, r.count < 10 else { return nil }
    var v = 0
    for k in r {
      guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
      v = v * 10 + Int(b[k] - 0x30)
    }
    return v
  }

  /// `C12` → column 2.
  func column(_ r: Range<Int>?) -> Int? { r.flatMap { Workbook.columnIndex(bytes: b[$0]) } }

  /// The sheet as CSV. A row's cells are gathered in one byte buffer (`text`, with each cell's span),
  /// reused from row to row: a sheet of ten million cells costs no allocation per cell.
  mutating func csv() -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(b.count / 8)
    var rowNumber = 0
    var text: [UInt8] = []
    var cells: [(column: Int, start: Int, end: Int)] = []
    var cell: (column: Int, type: UInt8, style: Int, start: Int)?
    var inText = false
    tokens: while let token = xml.next() {
      guard case .tag(let t) = token else {
        if inText, cell != nil, case .text(let r, let raw) = token { xml.decode(r, raw: raw, into: &text) }
        continue
      }
      let name = t.name.local
      if xml.named(name, "c") {
        if t.closing {
          if let c = cell, text.count > c.start {
            render(&text, from: c.start, type: c.type, style: c.style)
            if text.count > c.start { cells.append((c.column, c.start, text.count)) }
          }
          cell = nil
        } else {
          let (r, type, style) = cellAttributes(t.attributes)
          let column = column(r) ?? (cells.last.map { $0.column + 1 } ?? 0)
          cell = t.selfClosing ? nil : (column, type, style, text.count)
        }
      } else if xml.named(name, "v") || xml.named(name, "t") {
        inText = !t.closing && !t.selfClosing
      } else if xml.named(name, "row") {
        if t.closing || t.selfClosing {
          if t.selfClosing { rowNumber = int(xml.attribute(t.attributes, "r")) ?? rowNumber + 1 }
          // Rows keep their numbers as lines; a title above the header is for the layout's
          // `header row` to leave out. The first row of two or more cells (the header; a title has
          // one) sets the width every row after it is padded to.
          if width == 0, cells.count >= 2 { width = (cells.map(\.column).max() ?? 0) + 1 }
          if !cells.isEmpty {
            if line == 0 { line = rowNumber }
            while line < rowNumber {
              out.append(0x0A)
              line += 1
            }
            write(cells, text, width: width, into: &out)
            line += 1
            if firstRow == 0 { firstRow = rowNumber }
            lastRow = rowNumber
          }
        } else {
          rowNumber = int(xml.attribute(t.attributes, "r")) ?? rowNumber + 1
        }
        cells.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
      } else if xml.named(name, "rPh") {
        // A phonetic run's text is no part of the cell's.
        if !t.closing, !t.selfClosing { skip(to: "rPh") }
      } else if xml.named(name, "sheetData"), t.closing {
        break tokens
      }
    }
    return out
  }

  /// The width the header sets (read from the first rows) and where a row starts near the middle; nil
  /// when the first rows set no width or no row starts after the middle.
  mutating func split() -> (width: Int, at: Int)? {
    var head = SheetReader(
      UnsafeBufferPointer(rebasing: b[0..<min(b.count, 1 << 16)]),
      strings: strings,
      dateStyles: dateStyles,
      date1904: date1904
    )
    _ = head.csv()
    guard head.width > 0 else { return nil }
    // Not `next()`: from the middle, a `<` may be in a comment or CDATA section that began before it.
    defer { xml.i = 0 }
    xml.i = b.count / 2
    while xml.i < b.count {
      guard b[xml.i] == UInt8(ascii: "<") else {
        xml.i += 1
        continue
      }
      let at = xml.i
      xml.i += 1
      if let t = xml.tag(), xml.named(t.name.local, "row"), !t.closing { return (head.width, at) }
    }
    return nil
  }

  /// A cell's `r`, `t` (`s`, `b`, `n` and the other one-letter types as that letter, a longer type as
  /// `T`; `n` when absent) and `s`, in one pass over its attributes.
  /// A cell's `r`, `t` (`s`, `b`, `n` and the other one-letter types as that letter, a longer type as
  /// `T`; `n` when absent) and `s`, in one pass over its attributes.
  @inline(__always)
  func cellAttributes(_ attrs: Range<Int>) -> (Range<Int>?, UInt8, Int) {
    var r: Range<Int>?, type = UInt8(ascii: "n"), style = 0
    for (key, value) in xml.attributes(attrs) where key.local.count == 1 {
      switch b[key.local.lowerBound] {
      case UInt8(ascii: "r"): r = value
      // `s` is a shared string's index; `str` (a formula's text), `inlineStr` and the rest are text.
      case UInt8(ascii: "t"): if !value.isEmpty { type = value.count == 1 ? b[value.lowerBound] : UInt8(ascii: "T") }
      case UInt8(ascii: "s"): style = int(value) ?? 0
      default: break
      }
    }
    return (r, type, style)
  }

  /// Past the end tag of `name`.
  mutating func skip(to name: StaticString) {
    while let token = xml.next() {
      if case .tag(let t) = token, t.closing, xml.named(t.name.local, name) { return }
    }
  }

  /// A cell's text from `from` on, as the CSV shows it: a shared string's index becomes the string,
  /// a boolean `true`/`false`, a serial number in a date style the date.
  func render(_ text: inout [UInt8], from: Int, type: UInt8, style: Int) {
    let v = text[from...]
    var replacement: [UInt8]?
    switch type {
    case UInt8(ascii: "s"):
      let n = String(decoding: v, as: UTF8.self)
      replacement = Int(n).flatMap { $0 >= 0 && $0 < strings.count ? strings[$0] : nil } ?? []
    case UInt8(ascii: "b"):
      if v.elementsEqual([0x31]) { replacement = Array("true".utf8) }
      if v.elementsEqual([0x30]) { replacement = Array("false".utf8) }
    case UInt8(ascii: "n"):
      guard style >= 0, style < dateStyles.count, dateStyles[style],
        let serial = Double(String(decoding: v, as: UTF8.self)), let d = Workbook.date(serial, date1904: date1904)
      else { return }
      replacement = Array(d.utf8)
    default: return
    }
    guard let replacement else { return }
    text.removeSubrange(from...)
    text += replacement
  }

  func write(_ cells: [(column: Int, start: Int, end: Int)], _ text: [UInt8], width: Int, into out: inout [UInt8]) {
    var col = 0
    for c in cells where c.column >= col {
      while col < c.column {
        if col > 0 { out.append(0x2C) }
        col += 1
      }
      if col > 0 { out.append(0x2C) }
      Self.field(text[c.start..<c.end], into: &out)
      col += 1
    }
    while col < width {
      if col > 0 { out.append(0x2C) }
      col += 1
    }
    out.append(0x0A)
  }

  static func field(_ t: ArraySlice<UInt8>, into out: inout [UInt8]) {
    guard t.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
      out += t
      return
    }
    out.append(0x22)
    for c in t {
      if c == 0x22 { out.append(0x22) }
      out.append(c)
    }
    out.append(0x22)
  }
}
