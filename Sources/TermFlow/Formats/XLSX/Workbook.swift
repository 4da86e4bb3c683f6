/// An `.xlsx` sheet read as the CSV text it stands for, so that a workbook goes through the same
/// reader, layout and diagnostics as a CSV export (one code path): shared and inline strings, numbers
/// as written, booleans as `true`/`false`, dates stored as serial numbers (1900 or 1904 system) as
/// `2023-09-12` or `2023-09-12 08:05:00`, empty cells empty. Each CSV line is the sheet's row of the
/// same number, so an error says `成绩.xlsx:57` for Excel's row 57; title rows merged across the
/// columns above the header (a sheet's banner) are left out.
enum Workbook {
  enum Failure: Error, Equatable { case unreadable(String) }

  /// The CSV bytes of a sheet: the first, or the one named (`成绩.xlsx#2023秋` names sheet 2023秋).
  static func csv(_ bytes: UnsafeBufferPointer<UInt8>, sheet wanted: String?) throws(Failure) -> [UInt8] {
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
      throw .unreadable("an .xls (Excel 97–2003) or encrypted workbook: save it as .xlsx")
    }
    let zip: ZipArchive
    do { zip = try ZipArchive(bytes) } catch {
      switch error {
      case .notZip: throw .unreadable("not an .xlsx workbook (not a zip archive)")
      case .unsupported(let why): throw .unreadable(why)
      case .damaged(let why): throw .unreadable("a damaged workbook (\(why))")
      }
    }
    do {
      guard let workbook = try zip.read("xl/workbook.xml") else {
        throw Failure.unreadable("no xl/workbook.xml: not an .xlsx workbook")
      }
      let (sheets, date1904) = Self.sheets(workbook)
      let rels = try zip.read("xl/_rels/workbook.xml.rels").map(Self.relationships) ?? [:]
      guard let chosen = wanted.map({ w in sheets.first { $0.name == w } }) ?? sheets.first else {
        let names = sheets.map(\.name).joined(separator: ", ")
        throw Failure.unreadable("no sheet '\(wanted ?? "")' (the workbook has: \(names))")
      }
      let target =
        rels[chosen.rel].map { $0.hasPrefix("/") ? String($0.dropFirst()) : "xl/" + $0 } ?? "xl/worksheets/sheet1.xml"
      guard let sheet = try zip.read(target) else {
        throw Failure.unreadable("no \(target) for sheet '\(chosen.name)'")
      }
      PhaseClock.shared.mark("xlsx inflate")
      let strings = try zip.read("xl/sharedStrings.xml").map(Self.sharedStrings) ?? []
      let dateStyles = try zip.read("xl/styles.xml").map(Self.dateStyles) ?? []
      PhaseClock.shared.mark("xlsx strings and styles")
      let csv = Self.rows(sheet, strings: strings, dateStyles: dateStyles, date1904: date1904)
      PhaseClock.shared.mark("xlsx sheet to csv")
      return csv
    } catch let e as Failure {
      throw e
    } catch let e as ZipArchive.Failure {
      switch e {
      case .notZip: throw .unreadable("not an .xlsx workbook")
      case .unsupported(let why): throw .unreadable(why)
      case .damaged(let why): throw .unreadable("a damaged workbook (\(why))")
      }
    } catch {
      throw .unreadable("\(error)")
    }
  }

  /// The workbook's sheet names, in order; none when it cannot be read.
  static func sheetNames(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    guard let zip = try? ZipArchive(bytes), let workbook = try? zip.read("xl/workbook.xml") else { return [] }
    return sheets(workbook).0.map(\.name)
  }

  private static func sheets(_ xml: [UInt8]) -> ([(name: String, rel: String)], Bool) {
    var out: [(String, String)] = []
    var date1904 = false
    xml.withUnsafeBufferPointer { p in
      var x = XMLReader(p)
      while let token = x.next() {
        guard case .tag(let t) = token, !t.closing else { continue }
        if x.named(t.name.local, "sheet"), let n = x.string(t.attributes, "name") {
          out.append((n, relationship(x, t.attributes)))
        }
        if x.named(t.name.local, "workbookPr"), let v = x.string(t.attributes, "date1904"), v == "1" || v == "true" {
          date1904 = true
        }
      }
    }
    return (out, date1904)
  }

  /// A sheet's relationship id: its `r:id`, or its `id` under another prefix bound to the same
  /// relationships namespace.
  private static func relationship(_ x: XMLReader, _ attrs: Range<Int>) -> String {
    var other: Range<Int>?
    var rid: Range<Int>?
    for (key, value) in x.attributes(attrs) where rid == nil {
      if x.named(key.qualified, "r:id") {
        rid = value
      } else if other == nil, key.local.lowerBound > key.qualified.lowerBound, x.named(key.local, "id") {
        other = value
      }
    }
    return (rid ?? other).map { x.string($0) } ?? ""
  }

  private static func relationships(_ xml: [UInt8]) -> [String: String] {
    var out: [String: String] = [:]
    xml.withUnsafeBufferPointer { p in
      var x = XMLReader(p)
      while let token = x.next() {
        guard case .tag(let t) = token, !t.closing, x.named(t.name.local, "Relationship") else { continue }
        if let id = x.string(t.attributes, "Id"), let target = x.string(t.attributes, "Target") { out[id] = target }
      }
    }
    return out
  }

  /// Each `<si>`'s text: its `<t>`, or its rich-text runs' `<t>`s joined (phonetic runs left out).
  private static func sharedStrings(_ xml: [UInt8]) -> [String] {
    var out: [String] = []
    xml.withUnsafeBufferPointer { p in
      var x = XMLReader(p)
      var current: [UInt8] = []
      var inT = false, inPhonetic = false
      while let token = x.next() {
        switch token {
        case .tag(let t):
          let name = t.name.local
          if x.named(name, "si") {
            if t.closing {
              out.append(String(decoding: current, as: UTF8.self))
            } else {
              current.removeAll(keepingCapacity: true)
              if t.selfClosing { out.append("") }
            }
          } else if x.named(name, "t") {
            inT = !t.closing && !t.selfClosing
          } else if x.named(name, "rPh") {
            inPhonetic = !t.closing && !t.selfClosing
          }
        case .text(let r, let raw): if inT, !inPhonetic { x.decode(r, raw: raw, into: &current) }
        }
      }
    }
    return out
  }

  /// Which cell styles (indexes into `cellXfs`) show a date: the built-in date formats 14–22 and
  /// 45–47, and custom formats whose code has y, d or h outside quotes and brackets.
  private static func dateStyles(_ xml: [UInt8]) -> [Bool] {
    var custom: [Int: Bool] = [:]
    var styles: [Bool] = []
    xml.withUnsafeBufferPointer { p in
      var x = XMLReader(p)
      var inXfs = false
      while let token = x.next() {
        guard case .tag(let t) = token else { continue }
        let name = t.name.local
        if x.named(name, "cellXfs") {
          inXfs = !t.closing && !t.selfClosing
        } else if t.closing {
          continue
        } else if x.named(name, "numFmt") {
          if let id = formatID(x, t), let code = x.string(t.attributes, "formatCode") {
            custom[id] = isDateFormat(code)
          }
        } else if x.named(name, "xf"), inXfs {
          let id = formatID(x, t) ?? 0
          styles.append(custom[id] ?? ((14...22).contains(id) || (45...47).contains(id)))
        }
      }
    }
    return styles
  }

  private static func formatID(_ x: XMLReader, _ t: XMLReader.Tag) -> Int? {
    x.string(t.attributes, "numFmtId").flatMap { Int($0) }
  }

  static func isDateFormat(_ code: String) -> Bool {
    var quoted = false, bracket = false
    for c in code.lowercased() {
      switch c {
      case "\"": quoted.toggle()
      case "[": bracket = true
      case "]": bracket = false
      case "y", "d", "h": if !quoted && !bracket { return true }
      default: break
      }
    }
    return false
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

  /// `C12` → column 2 (0-based): the letters before the row number.
  static func columnIndex(_ ref: String) -> Int? { columnIndex(bytes: ref.utf8) }

  static func columnIndex<S: Sequence>(bytes ref: S) -> Int? where S.Element == UInt8 {
    var n = 0
    var any = false
    for c in ref {
      guard c >= 0x41, c <= 0x5A else { break }
      n = n * 26 + Int(c - 0x40)
      any = true
      guard n < 1 << 20 else { return nil }
    }
    return any ? n - 1 : nil
  }
}
