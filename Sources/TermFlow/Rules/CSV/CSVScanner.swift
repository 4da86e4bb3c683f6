/// RFC 4180 rows over UTF-8 bytes: quoted fields with embedded commas, doubled quotes and newlines;
/// CRLF, LF or CR line ends; blank lines skipped. Fields are byte ranges into the buffer, so reading a
/// million rows allocates nothing per row; `CSVRow` turns a field into a value on demand.
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
  }

  /// Calls `body(fields, line)` for each row, `line` being the 1-based line the row starts on; stops
  /// early when `body` returns false. Returns the first malformed row's problem; rows before it were
  /// delivered.
  static func scan(_ p: UnsafeBufferPointer<UInt8>, _ body: (_ fields: UnsafeBufferPointer<Field>, _ line: Int) -> Bool) -> Problem? {
    let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
    let n = p.count
    var i = 0
    var line = 1
    var fields: [Field] = []
    fields.reserveCapacity(16)
    while i < n {
      // A blank line is no row.
      if p[i] == lf || p[i] == cr {
        if p[i] == cr, i + 1 < n, p[i + 1] == lf { i += 1 }
        i += 1
        line += 1
        continue
      }
      let rowLine = line
      fields.removeAll(keepingCapacity: true)
      var atRowEnd = false
      while !atRowEnd {
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
        atRowEnd = true
        if i < n {
          if p[i] == cr, i + 1 < n, p[i + 1] == lf { i += 1 }
          i += 1
          line += 1
        }
      }
      if !fields.withUnsafeBufferPointer({ body($0, rowLine) }) { return nil }
    }
    return nil
  }

  /// The field's text, with `""` turned back into `"`.
  static func string(_ p: UnsafeBufferPointer<UInt8>, _ f: Field) -> String {
    guard f.end > f.start, let base = p.baseAddress else { return "" }
    let raw = UnsafeBufferPointer(start: base + f.start, count: f.end - f.start)
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
