/// One row of a `CSVTable`, with getters by field position in the table's plan. A getter that cannot
/// read its value records a problem (naming the export's column and, for a declared layout, the
/// workflow line that says how to read it) and returns a neutral value; the row is then `bad`.
struct CSVRow {
  struct Problem {
    var column: String
    var value: String
    var expected: String
    /// Where the layout of the column is declared; empty for the built-in layout.
    var origin: String
  }

  let p: UnsafeBufferPointer<UInt8>
  let fields: UnsafeBufferPointer<CSVScanner.Field>
  let index: UnsafeBufferPointer<Int>
  let columns: UnsafeBufferPointer<String>
  let line: Int
  /// The file's own bytes and the row's fields in them: the same as `p` and `fields` for UTF-8; for a
  /// GB18030 row decoded by a `RowTranscoder`, the undecoded row (what the fast path compares with).
  let raw: UnsafeBufferPointer<UInt8>
  let rawFields: UnsafeBufferPointer<CSVScanner.Field>
  /// Other columns that decide a field's value where they say so (`unless`); nil for most layouts.
  var overrides: RowOverrides?
  private(set) var problems: [Problem] = []
  var bad: Bool { !problems.isEmpty }

  init(
    p: UnsafeBufferPointer<UInt8>,
    fields: UnsafeBufferPointer<CSVScanner.Field>,
    index: UnsafeBufferPointer<Int>,
    columns: UnsafeBufferPointer<String>,
    line: Int,
    raw: UnsafeBufferPointer<UInt8>? = nil,
    rawFields: UnsafeBufferPointer<CSVScanner.Field>? = nil
  ) {
    self.p = p
    self.fields = fields
    self.index = index
    self.columns = columns
    self.line = line
    self.raw = raw ?? p
    self.rawFields = rawFields ?? fields
  }

  /// The field at a column position, in the file's own bytes.
  func rawField(position: Int) -> CSVScanner.Field {
    position < rawFields.count ? rawFields[position] : CSVScanner.Field(start: 0, end: 0, escaped: false)
  }

  /// A field's key (without surrounding spaces) in the file's own bytes, which stay put while the file
  /// is read.
  func rawKey(_ c: Int) -> UnsafeBufferPointer<UInt8> {
    guard c < index.count, let base = raw.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
    let f = rawField(position: index[c])
    guard f.end > f.start else { return UnsafeBufferPointer(start: nil, count: 0) }
    return trimmingSpaces(UnsafeBufferPointer(start: base + f.start, count: f.end - f.start))
  }

  /// Whether the export has the field's column at all.
  @inline(__always)
  func has(_ c: Int) -> Bool { c < index.count && index[c] < fields.count }

  @inline(__always)
  func field(_ c: Int) -> CSVScanner.Field {
    guard c < index.count, index[c] < fields.count else { return CSVScanner.Field(start: 0, end: 0, escaped: false) }
    return fields[index[c]]
  }

  /// The field at a raw column position (for fields joined from several columns).
  func field(position: Int) -> CSVScanner.Field {
    position < fields.count ? fields[position] : CSVScanner.Field(start: 0, end: 0, escaped: false)
  }

  func text(_ c: Int) -> String { CSVScanner.string(p, field(c), trimmed: true) }

  /// The raw bytes of an unquoted field, for interning without making a String.
  @inline(__always)
  func bytes(_ c: Int) -> UnsafeBufferPointer<UInt8> { bytes(field(c)) }

  @inline(__always)
  func bytes(_ f: CSVScanner.Field) -> UnsafeBufferPointer<UInt8> {
    guard let base = p.baseAddress, f.end > f.start else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: base + f.start, count: f.end - f.start)
  }

  /// The field's bytes without surrounding spaces and tabs: how ids and codes are matched, so that
  /// ` C001` and `C001` are one course.
  @inline(__always)
  func key(_ c: Int) -> UnsafeBufferPointer<UInt8> { trimmingSpaces(bytes(c)) }

  mutating func problem(_ c: Int, _ expected: String, origin: String = "") {
    problems.append(
      Problem(
        column: c < columns.count ? columns[c] : "?",
        value: text(c),
        expected: expected,
        origin: origin == BuiltinLayout.name ? "" : origin
      )
    )
  }

  /// Records a problem when the field is empty or only spaces.
  mutating func requireValue(_ c: Int) {
    if key(c).isEmpty { problem(c, "a value (it is empty)") }
  }

  /// The code the column's value map gives the field; nil (with a problem) for a text the map lacks.
  /// A field the export does not have reads as `absent`.
  @inline(__always)
  mutating func mapped(_ c: Int, _ map: ValueMap?, absent: UInt8 = 0) -> UInt8? {
    if let o = overrides?.at(c), let m = o.map, let v = overridden(o.position, { m.lookup($0) }) { return v }
    guard has(c), let map else { return absent }
    if field(c).escaped {
      var t = text(c)
      if let v = t.withUTF8({ map.lookup($0) }) { return v }
    } else if let v = map.lookup(key(c)) {
      return v
    }
    problem(c, map.expected, origin: map.origin)
    return nil
  }

  /// What the other column at `position` decides, through `decode`; nil where it decides nothing.
  private func overridden<T>(_ position: Int, _ decode: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
    guard position < fields.count else { return nil }
    let f = fields[position]
    if f.escaped {
      var t = CSVScanner.string(p, f, trimmed: true)
      return t.withUTF8 { decode($0) }
    }
    return decode(trimmingSpaces(bytes(f)))
  }

  /// A yes/no field through its value map.
  mutating func bool(_ c: Int, _ map: ValueMap?) -> Bool { mapped(c, map) == 1 }

  /// A grade through the column's scale.
  mutating func grade(_ c: Int, _ scale: GradeScale) -> GradeScale.Grade? {
    if let o = overrides?.at(c), let s = o.scale, let g = overridden(o.position, { s.marker($0) }) { return g }
    let g: GradeScale.Grade?
    if field(c).escaped {
      var t = text(c)
      g = t.withUTF8 { scale.decode($0) }
    } else {
      g = scale.decode(key(c))
    }
    if g == nil { problem(c, scale.expected, origin: scale.origin) }
    return g
  }

  /// A date and time in one of the column's formats, as seconds since 1970-01-01 (civil time; the
  /// exports carry no zone).
  mutating func time(_ c: Int, _ formats: [TimeFormat], hint: inout Int, origin: String) -> Int? {
    var t: Int?
    if field(c).escaped {
      var s = text(c)
      t = s.withUTF8 { TimeFormat.parse($0, formats, hint: &hint) }
    } else {
      t = TimeFormat.parse(key(c), formats, hint: &hint)
    }
    if t == nil {
      problem(
        c,
        "a date and time in " + (formats.count == 1 ? "the format " : "one of the formats ")
          + formats.prefix(4).map { "'\($0.text)'" }.joined(separator: ", ") + (formats.count > 4 ? ", …" : ""),
        origin: origin
      )
    }
    return t
  }

  /// A decimal amount as hundredths: `240.00` → 24000, `1.5` → 150; 0 when the export has no such column.
  /// Plain digits are read here, fast; anything else (`￥1,200.00`, `240元`, fullwidth digits) by
  /// `Money`, which also says why a text is no amount. `max` (in hundredths) keeps what rules multiply
  /// (a fee per credit × credits) inside an Int.
  mutating func hundredths(_ c: Int, max: Int = 100_000_000_000) -> Int {
    guard has(c) else { return 0 }
    let b = key(c)
    let value: Int
    if let plain = Self.plainHundredths(b) {
      value = plain
    } else {
      switch Money.hundredths(String(decoding: b, as: UTF8.self)) {
      case .success(let v): value = v
      case .failure(.notAnAmount(let why)):
        problem(c, why)
        return 0
      }
    }
    guard value <= max else {
      problem(c, "an amount up to \(max / 100)")
      return 0
    }
    return value
  }

  /// `240`, `240.5`, `240.00` in ASCII digits; nil for anything else.
  @inline(__always)
  static func plainHundredths(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    var k = 0
    let end = b.count
    var whole = 0, wholeDigits = 0
    while k < end, b[k] >= 0x30, b[k] <= 0x39 {
      whole = whole &* 10 &+ Int(b[k] - 0x30)
      wholeDigits += 1
      k += 1
    }
    guard wholeDigits > 0, wholeDigits <= 12, k == end || b[k] == 0x2E else { return nil }
    var frac = 0, fracDigits = 0
    if k < end {
      k += 1
      while k < end, b[k] >= 0x30, b[k] <= 0x39, fracDigits < 3 {
        frac = frac * 10 + Int(b[k] - 0x30)
        fracDigits += 1
        k += 1
      }
      guard k == end, fracDigits <= 2 else { return nil }
    }
    return whole * 100 + (fracDigits == 1 ? frac * 10 : frac)
  }
}

enum Timestamp {
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

/// The columns that decide fields where they say so (`unless`), by the field's slot: made once per
/// file's header, shared by its rows.
final class RowOverrides: Sendable {
  struct Entry: Sendable {
    let position: Int
    let map: ValueMap?
    let scale: GradeScale?
  }
  private let bySlot: [Entry?]

  init(_ bySlot: [Entry?]) { self.bySlot = bySlot }

  @inline(__always)
  func at(_ slot: Int) -> Entry? { slot < bySlot.count ? bySlot[slot] : nil }
}
