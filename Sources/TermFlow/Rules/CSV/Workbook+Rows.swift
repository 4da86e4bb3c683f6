/// A worksheet's cells, written out as CSV lines numbered as the sheet's rows. The sheet is read byte
/// by byte (a 30,000-student records sheet is over 600 MB of XML): tag names are compared as bytes,
/// with any namespace prefix skipped, and a cell's text is copied straight into the CSV.
extension Workbook {
  static func rows(_ xml: [UInt8], strings: [String], dateStyles: [Bool], date1904: Bool) -> [UInt8] {
    xml.withUnsafeBufferPointer { p in
      var s = SheetReader(p, strings: strings.map { Array($0.utf8) }, dateStyles: dateStyles, date1904: date1904)
      return s.csv()
    }
  }
}

private struct SheetReader {
  let b: UnsafeBufferPointer<UInt8>
  let strings: [[UInt8]]
  let dateStyles: [Bool]
  let date1904: Bool
  var i = 0

  init(_ b: UnsafeBufferPointer<UInt8>, strings: [[UInt8]], dateStyles: [Bool], date1904: Bool) {
    self.b = b
    self.strings = strings
    self.dateStyles = dateStyles
    self.date1904 = date1904
  }

  /// A tag at `i` (just past `<`): its local name's bounds, whether it closes (`</`), and where the tag
  /// ends (past `>`), whether it closes itself (`/>`).
  mutating func tag() -> (name: Range<Int>, closing: Bool, attrs: Range<Int>, selfClosing: Bool)? {
    var k = i
    let closing = k < b.count && b[k] == UInt8(ascii: "/")
    if closing { k += 1 }
    var nameStart = k
    while k < b.count, b[k] != 0x20, b[k] != UInt8(ascii: ">"), b[k] != UInt8(ascii: "/"), b[k] != 0x0A, b[k] != 0x0D,
      b[k] != 0x09
    {
      if b[k] == UInt8(ascii: ":") { nameStart = k + 1 }
      k += 1
    }
    let name = nameStart..<k
    let attrsStart = k
    var quote: UInt8 = 0
    while k < b.count {
      let c = b[k]
      if quote != 0 {
        if c == quote { quote = 0 }
      } else if c == 0x22 || c == 0x27 {
        quote = c
      } else if c == UInt8(ascii: ">") {
        break
      }
      k += 1
    }
    guard k < b.count else { return nil }
    let selfClosing = k > attrsStart && b[k - 1] == UInt8(ascii: "/")
    i = k + 1
    return (name, closing, attrsStart..<(selfClosing ? k - 1 : k), selfClosing)
  }

  func named(_ r: Range<Int>, _ s: StaticString) -> Bool {
    guard r.count == s.utf8CodeUnitCount else { return false }
    let p = s.utf8Start
    for (n, k) in r.enumerated() where b[k] != p[n] { return false }
    return true
  }

  /// An attribute's value bytes within a tag (`r="B12"` → `B12`), by its local name.
  func attribute(_ attrs: Range<Int>, _ name: StaticString) -> Range<Int>? {
    var k = attrs.lowerBound
    while k < attrs.upperBound {
      while k < attrs.upperBound, b[k] == 0x20 || b[k] == 0x0A || b[k] == 0x0D || b[k] == 0x09 { k += 1 }
      var keyStart = k
      while k < attrs.upperBound, b[k] != UInt8(ascii: "="), b[k] != 0x20 {
        if b[k] == UInt8(ascii: ":") { keyStart = k + 1 }
        k += 1
      }
      let key = keyStart..<k
      while k < attrs.upperBound, b[k] != 0x22, b[k] != 0x27 { k += 1 }
      guard k < attrs.upperBound else { return nil }
      let q = b[k]
      let start = k + 1
      k = start
      while k < attrs.upperBound, b[k] != q { k += 1 }
      if named(key, name) { return start..<k }
      k += 1
    }
    return nil
  }

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

  mutating func csv() -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(b.count / 8)
    var line = 1
    var width = 0
    var rowNumber = 0
    var cells: [(column: Int, text: [UInt8])] = []
    var cell: (column: Int, type: UInt8, style: Int)?
    var text: [UInt8] = []
    var inText = false
    while i < b.count {
      guard b[i] == UInt8(ascii: "<") else {
        let start = i
        while i < b.count, b[i] != UInt8(ascii: "<") { i += 1 }
        if inText { Self.decode(b, start..<i, into: &text) }
        continue
      }
      i += 1
      guard let t = tag() else { break }
      if named(t.name, "row") {
        if t.closing || t.selfClosing {
          if t.selfClosing { rowNumber = int(attribute(t.attrs, "r")) ?? rowNumber + 1 }
          // Rows keep their numbers as lines; a title above the header is for the layout's
          // `header row` to leave out. The first row of two or more cells (the header; a title has
          // one) sets the width every row after it is padded to.
          if width == 0, cells.count >= 2 { width = (cells.map(\.column).max() ?? 0) + 1 }
          if !cells.isEmpty {
            while line < rowNumber {
              out.append(0x0A)
              line += 1
            }
            write(cells, width: width, into: &out)
            line += 1
          }
          cells = []
        } else {
          rowNumber = int(attribute(t.attrs, "r")) ?? rowNumber + 1
          cells = []
        }
      } else if named(t.name, "c") {
        if t.closing {
          if let c = cell, !text.isEmpty { cells.append((c.column, render(text, type: c.type, style: c.style))) }
          cell = nil
        } else {
          let column = column(attribute(t.attrs, "r")) ?? (cells.last.map { $0.column + 1 } ?? 0)
          let type = attribute(t.attrs, "t").flatMap { $0.isEmpty ? nil : b[$0.lowerBound] } ?? UInt8(ascii: "n")
          cell = t.selfClosing ? nil : (column, type, int(attribute(t.attrs, "s")) ?? 0)
          text = []
        }
      } else if named(t.name, "v") || named(t.name, "t") {
        inText = !t.closing && !t.selfClosing
      } else if named(t.name, "rPh") {
        // A phonetic run's text is no part of the cell's.
        if !t.closing, !t.selfClosing { skip(to: "rPh") }
      } else if named(t.name, "sheetData"), t.closing {
        break
      }
    }
    return out
  }

  /// Past the end tag of `name`.
  mutating func skip(to name: StaticString) {
    while i < b.count {
      guard b[i] == UInt8(ascii: "<") else {
        i += 1
        continue
      }
      i += 1
      if let t = tag(), t.closing, named(t.name, name) { return }
    }
  }

  func render(_ v: [UInt8], type: UInt8, style: Int) -> [UInt8] {
    switch type {
    case UInt8(ascii: "s"):
      let n = String(decoding: v, as: UTF8.self)
      return Int(n).flatMap { $0 >= 0 && $0 < strings.count ? strings[$0] : nil } ?? []
    case UInt8(ascii: "b"): return v == [0x31] ? Array("true".utf8) : v == [0x30] ? Array("false".utf8) : v
    case UInt8(ascii: "n"):
      guard style >= 0, style < dateStyles.count, dateStyles[style],
        let serial = Double(String(decoding: v, as: UTF8.self)), let d = Workbook.date(serial, date1904: date1904)
      else { return v }
      return Array(d.utf8)
    default: return v
    }
  }

  func write(_ cells: [(column: Int, text: [UInt8])], width: Int, into out: inout [UInt8]) {
    var col = 0
    for c in cells where c.column >= col {
      while col < c.column {
        if col > 0 { out.append(0x2C) }
        col += 1
      }
      if col > 0 { out.append(0x2C) }
      Self.field(c.text, into: &out)
      col += 1
    }
    while col < width {
      if col > 0 { out.append(0x2C) }
      col += 1
    }
    out.append(0x0A)
  }

  static func field(_ t: [UInt8], into out: inout [UInt8]) {
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

  /// Text with its XML entities decoded, appended.
  static func decode(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, into out: inout [UInt8]) {
    guard b[r].contains(UInt8(ascii: "&")) else {
      out += b[r]
      return
    }
    out += Array(XMLScanner.decode(ArraySlice(b[r])).utf8)
  }
}
