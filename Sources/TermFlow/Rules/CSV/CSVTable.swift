/// One state CSV with named columns: finds the columns by header (in any order, extra ones ignored)
/// and hands each row to the caller as a `CSVRow` whose typed getters report bad values as
/// `file:line: error: column 'score': …`, naming the column and the value.
struct CSVTable {
  let name: String
  let sink: DiagnosticSink
  /// Rows with errors beyond this many are counted, not printed.
  static let errorLimit = 20
  private(set) var errorCount = 0

  init(name: String, sink: DiagnosticSink) {
    self.name = name
    self.sink = sink
  }

  mutating func report(_ message: String, line: Int?, code: DiagnosticCode) {
    errorCount += 1
    guard errorCount <= Self.errorLimit else { return }
    var d = Diagnostic(.error, code, message, file: name, range: nil)
    d.line = line
    sink.append(d)
  }

  /// How a read ended.
  enum Outcome: Error, Equatable {
    /// Every row was delivered (bad rows were reported).
    case read
    /// A malformed header, a missing column or a broken quote: the file cannot be read further.
    case unreadable
    /// A byte that is not UTF-8, on this line; nothing was reported, so the caller can decode the
    /// file as another encoding and read it again.
    case notUTF8(line: Int)
  }

  /// Where the columns are, as the header row says.
  struct Header {
    /// For each required column, its position in a row.
    var index: [Int]
    var width: Int
    /// The offset and line of the first row after the header.
    var rowsStart: Int
    var line: Int
  }

  /// Reads `bytes` as UTF-8; `columns` are the required header names.
  mutating func read(_ p: UnsafeBufferPointer<UInt8>, columns: [String],
    fast: (_ base: UnsafePointer<UInt8>, _ count: Int, _ at: Int, _ line: Int) -> Int? = { _, _, _, _ in nil }, _ body: (inout CSVRow) -> Void)
    -> Outcome
  {
    let header: Header
    switch readHeader(p, columns: columns) {
    case .success(let h): header = h
    case .failure(let outcome): return finish(outcome)
    }
    let (outcome, _) = readRows(p, header, columns: columns, from: header.rowsStart, line: header.line, fast: fast, body)
    return finish(outcome)
  }

  /// The header row, or how the read ended without one.
  mutating func readHeader(_ p: UnsafeBufferPointer<UInt8>, columns: [String]) -> Result<Header, Outcome> {
    var header: [String]?
    var headerLine = 1
    let end = CSVScanner.scanRows(p) { fields, line in
      header = fields.map { CSVScanner.string(p, $0, trimmed: true) }
      headerLine = line
      return false
    }
    if case .invalidUTF8(let line) = end.problem { return .failure(.notUTF8(line: line)) }
    guard let header else {
      if let problem = end.problem {
        report(problem)
        return .failure(.unreadable)
      }
      report("empty file: expected a header with \(columns.joined(separator: ","))", line: nil, code: StateDiagnostics.missingColumn)
      return .failure(.unreadable)
    }
    var index: [Int] = []
    var ok = true
    for c in columns {
      if let i = header.firstIndex(of: c) {
        index.append(i)
      } else {
        report("missing column '\(c)' (the header has: \(header.joined(separator: ",")))", line: headerLine, code: StateDiagnostics.missingColumn)
        ok = false
      }
    }
    guard ok else { return .failure(.unreadable) }
    return .success(Header(index: index, width: header.count, rowsStart: end.offset, line: end.line))
  }

  /// The rows from `from` (on line `line`) up to the first row at or after `stopAt`, each handed to
  /// `body`; bad rows are reported. Also returns where the scan stopped.
  mutating func readRows(_ p: UnsafeBufferPointer<UInt8>, _ header: Header, columns: [String], from: Int, line: Int, stopAt: Int = .max,
    fast: (_ base: UnsafePointer<UInt8>, _ count: Int, _ at: Int, _ line: Int) -> Int? = { _, _, _, _ in nil }, _ body: (inout CSVRow) -> Void)
    -> (Outcome, CSVScanner.End)
  {
    let width = header.width
    let end = columns.withUnsafeBufferPointer { names in
      header.index.withUnsafeBufferPointer { index in
        CSVScanner.scanRows(p, from: from, line: line, stopAt: stopAt, fast: fast) { fields, line in
          guard fields.count == width else {
            report("row has \(fields.count) field\(fields.count == 1 ? "" : "s"), the header has \(width)", line: line,
              code: StateDiagnostics.fieldCount)
            return true
          }
          var row = CSVRow(p: p, fields: fields, index: index, columns: names, line: line)
          body(&row)
          if row.bad {
            for (column, value, expected) in row.problems {
              report("column '\(column)': '\(value)' is not \(expected)", line: line, code: StateDiagnostics.badValue)
            }
          }
          return true
        }
      }
    }
    switch end.problem {
    case .invalidUTF8(let line): return (.notUTF8(line: line), end)
    case .some(let problem):
      report(problem)
      return (.read, end)
    case nil: return (.read, end)
    }
  }

  private mutating func report(_ problem: CSVScanner.Problem) {
    switch problem {
    case .unterminatedQuote(let line, let column):
      report("a quote opened in field \(column) is never closed", line: line, code: StateDiagnostics.malformed)
    case .strayQuote(let line, let column):
      report("field \(column) has a quote inside an unquoted field or text after its closing quote", line: line,
        code: StateDiagnostics.malformed)
    case .invalidUTF8: break
    }
  }

  /// Adds the count of errors past the limit.
  private mutating func finish(_ outcome: Outcome) -> Outcome {
    if case .notUTF8 = outcome { return outcome }
    if errorCount > Self.errorLimit {
      sink.append(Diagnostic(.error, StateDiagnostics.tooManyErrors, "\(errorCount - Self.errorLimit) more errors not shown", file: name,
        range: nil))
    }
    return outcome
  }
}

/// One row of a `CSVTable`, with getters by column position in the caller's `columns` list. A getter
/// that cannot read its value records a problem and returns a neutral value; the row is then `bad`.
struct CSVRow {
  let p: UnsafeBufferPointer<UInt8>
  let fields: UnsafeBufferPointer<CSVScanner.Field>
  let index: UnsafeBufferPointer<Int>
  let columns: UnsafeBufferPointer<String>
  let line: Int
  private(set) var problems: [(String, String, String)] = []
  var bad: Bool { !problems.isEmpty }

  init(p: UnsafeBufferPointer<UInt8>, fields: UnsafeBufferPointer<CSVScanner.Field>, index: UnsafeBufferPointer<Int>,
    columns: UnsafeBufferPointer<String>, line: Int)
  {
    self.p = p
    self.fields = fields
    self.index = index
    self.columns = columns
    self.line = line
  }

  @inline(__always)
  func field(_ c: Int) -> CSVScanner.Field {
    guard c < index.count, index[c] < fields.count else { return CSVScanner.Field(start: 0, end: 0, escaped: false) }
    return fields[index[c]]
  }

  func text(_ c: Int) -> String { CSVScanner.string(p, field(c), trimmed: true) }

  /// The raw bytes of an unquoted field, for interning without making a String.
  @inline(__always)
  func bytes(_ c: Int) -> UnsafeBufferPointer<UInt8> {
    let f = field(c)
    guard let base = p.baseAddress, f.end > f.start else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: base + f.start, count: f.end - f.start)
  }

  /// The field's bytes without surrounding spaces and tabs: how ids and codes are matched, so that
  /// ` C001` and `C001` are one course.
  @inline(__always)
  func key(_ c: Int) -> UnsafeBufferPointer<UInt8> { trimmingSpaces(bytes(c)) }

  mutating func problem(_ c: Int, _ expected: String) {
    problems.append((c < columns.count ? columns[c] : "?", text(c), expected))
  }

  /// Records a problem when the field is empty or only spaces.
  mutating func requireValue(_ c: Int) {
    if key(c).isEmpty { problem(c, "a value (it is empty)") }
  }

  /// `true`/`false`, also `1`/`0`, `yes`/`no`, `是`/`否`, `Y`/`N`.
  mutating func bool(_ c: Int) -> Bool {
    let b = bytes(c)
    if b.count == 4, b[0] == 0x74, b[1] == 0x72, b[2] == 0x75, b[3] == 0x65 { return true }
    if b.count == 5, b[0] == 0x66, b[1] == 0x61, b[2] == 0x6C, b[3] == 0x73, b[4] == 0x65 { return false }
    switch text(c).lowercased() {
    case "true", "1", "yes", "y", "是": return true
    case "false", "0", "no", "n", "否", "": return false
    default:
      problem(c, "true or false")
      return false
    }
  }

  /// A whole number, or nil for an empty field when `allowEmpty`.
  mutating func int(_ c: Int, allowEmpty: Bool = false, range: ClosedRange<Int>? = nil) -> Int? {
    let b = bytes(c)
    var v = 0
    var digits = 0
    var sign = 1
    var k = 0
    while k < b.count, b[k] == 0x20 { k += 1 }
    if k < b.count, b[k] == 0x2D { sign = -1; k += 1 }
    while k < b.count, b[k] >= 0x30, b[k] <= 0x39, digits < 15 {
      v = v * 10 + Int(b[k] - 0x30)
      digits += 1
      k += 1
    }
    // "87.0" as Excel sometimes writes it is 87.
    if k < b.count, b[k] == 0x2E {
      k += 1
      while k < b.count, b[k] == 0x30 { k += 1 }
    }
    while k < b.count, b[k] == 0x20 { k += 1 }
    if digits == 0, k == b.count, sign == 1 {
      if !allowEmpty { problem(c, "a number (it is empty)") }
      return nil
    }
    guard digits > 0, k == b.count, range.map({ $0.contains(v * sign) }) ?? true else {
      problem(c, range.map { "a whole number from \($0.lowerBound) to \($0.upperBound)" } ?? "a whole number")
      return nil
    }
    return v * sign
  }

  /// A decimal amount as hundredths: `240.00` → 24000, `1.5` → 150.
  mutating func hundredths(_ c: Int) -> Int {
    let b = key(c)
    var k = 0
    let end = b.count
    var whole = 0, wholeDigits = 0
    while k < end, b[k] >= 0x30, b[k] <= 0x39 {
      whole = whole &* 10 &+ Int(b[k] - 0x30)
      wholeDigits += 1
      k += 1
    }
    guard wholeDigits > 0, wholeDigits <= 12, k == end || b[k] == 0x2E else {
      problem(c, "an amount such as 80 or 80.00")
      return 0
    }
    var frac = 0, fracDigits = 0
    if k < end {
      k += 1
      while k < end, b[k] >= 0x30, b[k] <= 0x39, fracDigits < 3 {
        frac = frac * 10 + Int(b[k] - 0x30)
        fracDigits += 1
        k += 1
      }
      guard k == end, fracDigits <= 2 else {
        problem(c, "an amount with at most two decimals")
        return 0
      }
    }
    return whole * 100 + (fracDigits == 1 ? frac * 10 : frac)
  }

  /// `2018-09-24T10:01:00`, `2018-09-24 10:01` or `2018/9/24 10:01` as seconds since 1970-01-01 (civil
  /// time; the exports carry no zone).
  mutating func timestamp(_ c: Int) -> Int? {
    guard let t = Timestamp.parse(bytes(c)) ?? Timestamp.parse(text(c)) else {
      problem(c, "a date and time such as 2018-09-24T10:01:00")
      return nil
    }
    return t
  }
}

enum Timestamp {
  /// The common form, `2018-09-24T10:01:00`, read straight from the bytes; anything else goes through
  /// the general parser.
  static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    guard b.count == 19, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54 || b[10] == 0x20, b[13] == 0x3A, b[16] == 0x3A else { return nil }
    func num(_ from: Int, _ len: Int) -> Int? {
      var v = 0
      for k in from..<(from + len) {
        let d = Int(b[k]) - 0x30
        guard d >= 0, d <= 9 else { return nil }
        v = v * 10 + d
      }
      return v
    }
    guard let y = num(0, 4), let m = num(5, 2), let d = num(8, 2), let h = num(11, 2), let mi = num(14, 2), let sec = num(17, 2),
      h < 24, mi < 60, sec < 60, let date = CivilDate(year: y, month: m, day: d)
    else { return nil }
    return date.dayNumber * 86400 + h * 3600 + mi * 60 + sec
  }

  static func parse(_ s: String) -> Int? {
    let parts = s.split(whereSeparator: { $0 == "T" || $0 == " " })
    guard (1...2).contains(parts.count), let d = parts.first else { return nil }
    let ymd = d.split(whereSeparator: { $0 == "-" || $0 == "/" }).map { Int($0) }
    guard ymd.count == 3, let y = ymd[0], let m = ymd[1], let dd = ymd[2], let date = CivilDate(year: y, month: m, day: dd) else {
      return nil
    }
    var secs = 0
    if parts.count == 2 {
      let hms = parts[1].split(separator: ":").map { Int($0) }
      guard (2...3).contains(hms.count), let h = hms[0], let mi = hms[1], (0...23).contains(h), (0...59).contains(mi) else { return nil }
      let sec = hms.count == 3 ? hms[2] : 0
      guard let sec, (0...59).contains(sec) else { return nil }
      secs = h * 3600 + mi * 60 + sec
    }
    return date.dayNumber * 86400 + secs
  }

  /// `2018-09-24T10:21`.
  static func iso(_ t: Int) -> String {
    let day = CivilDate(dayNumber: t >= 0 ? t / 86400 : (t - 86399) / 86400)
    let m = (t - day.dayNumber * 86400) / 60
    return Moment(date: day, minute: m).iso
  }
}

extension String {
  func trimmingSpaces() -> String {
    guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
    guard let last = lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
    return String(self[first...last])
  }
}
