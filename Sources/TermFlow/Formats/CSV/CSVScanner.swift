/// RFC 4180 rows over UTF-8 bytes: quoted fields with embedded commas, doubled quotes and newlines;
/// CRLF, LF or CR line ends; blank lines skipped. Fields are byte ranges into the buffer, so reading a
/// million rows allocates nothing per row; `CSVRow` turns a field into a value on demand.
///
/// The scanner also checks that every row is well-formed UTF-8, so that a UTF-8 file is read in one
/// pass instead of being validated first and parsed after.
struct CSVScanner {
  struct Field {
    var start: Int
    var end: Int
    /// Quoted with `""` inside, so the text needs unescaping.
    var escaped: Bool
  }

  enum Problem: Equatable {
    /// A quote that opens a field is never closed; the line where it opened.
    case unterminatedQuote(line: Int, column: Int)
    /// A quote inside an unquoted field, or text after a closing quote.
    case strayQuote(line: Int, column: Int)
    /// A byte that is not well-formed UTF-8, on this line.
    case invalidUTF8(line: Int)
  }

  private static let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

  /// Where a scan stopped: past the last row it delivered (or at `stopAt`), on this line.
  struct End {
    var problem: Problem?
    var offset: Int
    var line: Int
    /// The blank lines passed over (no row), and the first few of them.
    var blankLines = 0
    var firstBlankLines: [Int] = []
  }

  /// Calls `body(fields, line)` for each row, `line` being the 1-based line the row starts on; stops
  /// early when `body` returns false. Returns the first malformed row's problem; rows before it were
  /// delivered.
  static func scan(
    _ p: UnsafeBufferPointer<UInt8>,
    _ body: (_ fields: UnsafeBufferPointer<Field>, _ line: Int) -> Bool
  ) -> Problem? {
    scanRows(p, body).problem
  }

  /// Rows from `from` (the start of a row, on line `line`), up to the first row that would start at or
  /// after `stopAt`: so a file can be read in stretches, each on its own thread.
  ///
  /// `fast`, when given, is offered each row first: it returns where the row ends (past its line end)
  /// if it took the row whole, having checked every byte it consumed, or nil to leave it to the scan.
  ///
  /// With a `transcoder`, the bytes are GB18030: a row that is not all ASCII is decoded to UTF-8 before
  /// `body` sees it (its fields then point into the transcoder's bytes), and bytes that are not
  /// GB18030 end the scan as `invalidUTF8` does for UTF-8.
  static func scanRows(
    _ p: UnsafeBufferPointer<UInt8>,
    from: Int = 0,
    line startLine: Int = 1,
    stopAt: Int = .max,
    transcoder: RowTranscoder? = nil,
    fast: (_ base: UnsafePointer<UInt8>, _ count: Int, _ at: Int, _ line: Int) -> Int? = { _, _, _, _ in nil },
    _ body: (_ fields: UnsafeBufferPointer<Field>, _ line: Int) -> Bool
  ) -> End {
    guard let base = p.baseAddress else { return End(problem: nil, offset: 0, line: startLine) }
    let n = p.count
    var fields = FieldBuffer()
    defer { fields.free() }
    var i = max(0, from)
    var line = startLine
    var blanks = 0, firstBlanks: [Int] = []
    func end(_ problem: Problem?) -> End {
      End(problem: problem, offset: i, line: line, blankLines: blanks, firstBlankLines: firstBlanks)
    }
    while i < n, i < stopAt {
      // A blank line is no row.
      if base[i] == lf || base[i] == cr {
        if base[i] == cr, i + 1 < n, base[i + 1] == lf { i += 1 }
        i += 1
        blanks += 1
        if firstBlanks.count < 3 { firstBlanks.append(line) }
        line += 1
        continue
      }
      if let end = fast(base, n, i, line) {
        i = end
        line += 1
        continue
      }
      let rowLine = line
      let rowStart = i
      fields.count = 0
      var contentEnd = 0
      var nonASCII = false
      if fastRow(base, n, &i, &fields, &contentEnd, &nonASCII) {
        line += 1
      } else {
        i = rowStart
        fields.count = 0
        if let problem = slowRow(p, &i, &line, &fields) { return end(problem) }
        contentEnd = i
        nonASCII = true
      }
      if let transcoder {
        if !nonASCII {
          transcoder.pass(fields.buffer)
        } else if !transcoder.transcode(p, fields.buffer) {
          return end(.invalidUTF8(line: rowLine))
        }
        if !body(transcoder.decoded ? transcoder.fields.buffer : fields.buffer, rowLine) {
          return end(nil)
        }
        continue
      }
      if nonASCII, let bad = TextEncoding.firstInvalidUTF8(UnsafeBufferPointer(rebasing: p[rowStart..<contentEnd])) {
        let at = rowLine + TextEncoding.line(of: bad, in: UnsafeBufferPointer(rebasing: p[rowStart..<contentEnd])) - 1
        return end(.invalidUTF8(line: at))
      }
      if !body(fields.buffer, rowLine) { return end(nil) }
    }
    return end(nil)
  }

  /// A row with no quotes, eight bytes at a time: a word's bytes below 0x2D (which include the comma,
  /// the quote and both line ends) are found with one subtraction, and only those are looked at.
  /// Consumes the row and its line end and returns true; false (having consumed nothing useful) for a
  /// row with a quote or one that runs into the last eight bytes, which the byte-wise scan takes.
  @inline(__always)
  private static func fastRow(
    _ base: UnsafePointer<UInt8>,
    _ n: Int,
    _ i: inout Int,
    _ fields: inout FieldBuffer,
    _ contentEnd: inout Int,
    _ nonASCII: inout Bool
  ) -> Bool {
    let high: UInt64 = 0x8080_8080_8080_8080
    let below: UInt64 = 0x2D2D_2D2D_2D2D_2D2D
    var fieldStart = i
    var k = i
    var highBits: UInt64 = 0
    while k + 8 <= n {
      let w = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
      var candidates = ~((w | high) &- below) & high & ~w
      while candidates != 0 {
        let at = candidates.trailingZeroBitCount >> 3
        let b = UInt8(truncatingIfNeeded: w >> UInt64(at << 3))
        if b == comma {
          fields.append(Field(start: fieldStart, end: k + at, escaped: false))
          fieldStart = k + at + 1
        } else if b == lf || b == cr {
          let end = k + at
          let kept: UInt64 = at == 0 ? 0 : (~0 as UInt64) >> UInt64(64 - at * 8)
          highBits |= w & high & kept
          fields.append(Field(start: fieldStart, end: end, escaped: false))
          contentEnd = end
          i = b == cr && end + 1 < n && base[end + 1] == lf ? end + 2 : end + 1
          nonASCII = highBits != 0
          return true
        } else if b == quote {
          return false
        }
        candidates &= candidates &- 1
      }
      highBits |= w & high
      k += 8
    }
    return false
  }

  /// One row, byte by byte, quotes and all; `i` ends past the row's line end.
  private static func slowRow(
    _ p: UnsafeBufferPointer<UInt8>,
    _ i: inout Int,
    _ line: inout Int,
    _ fields: inout FieldBuffer
  ) -> Problem? {
    let n = p.count
    let rowLine = line
    while true {
      if i < n, p[i] == quote {
        i += 1
        let start = i
        var escaped = false
        var closed = false
        while i < n {
          let b = p[i]
          if b == quote {
            if i + 1 < n, p[i + 1] == quote {
              escaped = true
              i += 2
              continue
            }
            closed = true
            break
          }
          if b == lf { line += 1 } else if b == cr, !(i + 1 < n && p[i + 1] == lf) { line += 1 }
          i += 1
        }
        guard closed else { return .unterminatedQuote(line: rowLine, column: fields.count + 1) }
        fields.append(Field(start: start, end: i, escaped: escaped))
        i += 1
        if i < n, p[i] != comma, p[i] != lf, p[i] != cr { return .strayQuote(line: line, column: fields.count) }
      } else {
        let start = i
        while i < n {
          let b = p[i]
          if b == comma || b == lf || b == cr { break }
          if b == quote { return .strayQuote(line: line, column: fields.count + 1) }
          i += 1
        }
        fields.append(Field(start: start, end: i, escaped: false))
      }
      if i < n, p[i] == comma {
        i += 1
        continue
      }
      if i < n {
        if p[i] == cr, i + 1 < n, p[i + 1] == lf { i += 1 }
        i += 1
        line += 1
      }
      return nil
    }
  }

  /// The field's text, with `""` turned back into `"` and surrounding spaces and tabs dropped.
  static func string(_ p: UnsafeBufferPointer<UInt8>, _ f: Field, trimmed: Bool = false) -> String {
    guard f.end > f.start, let base = p.baseAddress else { return "" }
    let whole = UnsafeBufferPointer(start: base + f.start, count: f.end - f.start)
    let raw = trimmed ? trimmingSpaces(whole) : whole
    guard f.escaped else { return String(decoding: raw, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var k = 0
    while k < raw.count {
      out.append(raw[k])
      k += raw[k] == 0x22 && k + 1 < raw.count && raw[k + 1] == 0x22 ? 2 : 1
    }
    return String(decoding: out, as: UTF8.self)
  }
}

/// The fields of the current row: grown as needed, reused for every row, freed by the scan.
struct FieldBuffer {
  private(set) var base: UnsafeMutablePointer<CSVScanner.Field>
  private var capacity: Int
  var count = 0

  init() {
    capacity = 32
    base = .allocate(capacity: capacity)
  }

  var buffer: UnsafeBufferPointer<CSVScanner.Field> { UnsafeBufferPointer(start: base, count: count) }

  @inline(__always)
  mutating func append(_ f: CSVScanner.Field) {
    if count == capacity { grow() }
    (base + count).initialize(to: f)
    count += 1
  }

  private mutating func grow() {
    let bigger = UnsafeMutablePointer<CSVScanner.Field>.allocate(capacity: capacity * 2)
    bigger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity *= 2
  }

  func free() { base.deallocate() }
}

/// The bytes without leading and trailing spaces and tabs (a view, not a copy).
@inline(__always)
func trimmingSpaces(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
  guard let base = b.baseAddress else { return b }
  var lo = 0, hi = b.count
  while lo < hi, base[lo] == 0x20 || base[lo] == 0x09 { lo += 1 }
  while hi > lo, base[hi - 1] == 0x20 || base[hi - 1] == 0x09 { hi -= 1 }
  return UnsafeBufferPointer(start: base + lo, count: hi - lo)
}
