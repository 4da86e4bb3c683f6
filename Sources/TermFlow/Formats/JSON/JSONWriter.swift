/// A tiny JSON writer with stable key order (the order written), so output is byte-identical on rerun.
/// Foundation's JSONSerialization does not promise key order; this does.
enum JSONValue {
  case string(String)
  case int(Int)
  case bool(Bool)
  case null
  case array([JSONValue])
  /// Keys in the order given.
  case object([(String, JSONValue)])

  func render(indent: Int = 0, pretty: Bool = true) -> String {
    var out: [UInt8] = []
    write(into: &out, indent: indent, pretty: pretty)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends bytes to one buffer: a run's report has tens of thousands of values, and building a
  /// string per value (or appending to a String piece by piece) costs more than the rules.
  func write(into out: inout [UInt8], indent: Int, pretty: Bool) {
    switch self {
    case .string(let s): JSONValue.quote(s, into: &out)
    case .int(let n): out.append(contentsOf: String(n).utf8)
    case .bool(let b): JSONValue.append(b ? "true" : "false", to: &out)
    case .null: JSONValue.append("null", to: &out)
    case .array(let xs):
      if xs.isEmpty {
        JSONValue.append("[]", to: &out)
        return
      }
      out.append(0x5B)
      for (i, x) in xs.enumerated() {
        if i > 0 { out.append(0x2C) }
        if pretty { JSONValue.newline(&out, indent + 1) }
        x.write(into: &out, indent: indent + 1, pretty: pretty)
      }
      if pretty { JSONValue.newline(&out, indent) }
      out.append(0x5D)
    case .object(let kvs):
      if kvs.isEmpty {
        JSONValue.append("{}", to: &out)
        return
      }
      out.append(0x7B)
      for (i, (k, v)) in kvs.enumerated() {
        if i > 0 { out.append(0x2C) }
        if pretty { JSONValue.newline(&out, indent + 1) }
        JSONValue.quote(k, into: &out)
        out.append(0x3A)
        if pretty { out.append(0x20) }
        v.write(into: &out, indent: indent + 1, pretty: pretty)
      }
      if pretty { JSONValue.newline(&out, indent) }
      out.append(0x7D)
    }
  }

  private static func newline(_ out: inout [UInt8], _ indent: Int) {
    out.append(0x0A)
    for _ in 0..<indent {
      out.append(0x20)
      out.append(0x20)
    }
  }

  /// Literal text, without making an array of it first.
  private static func append(_ s: StaticString, to out: inout [UInt8]) {
    out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
  }

  static func quote(_ s: String, into out: inout [UInt8]) {
    var s = s
    s.withUTF8 { quote($0, into: &out) }
  }

  /// Escapes only what JSON requires; text without quotes, backslashes or control characters (nearly
  /// all of it) is appended whole.
  static func quote(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    out.append(0x22)
    if !needsEscape(bytes) {
      out.append(contentsOf: bytes)
    } else {
      out.append(contentsOf: escaped(String(decoding: bytes, as: UTF8.self)).utf8)
    }
    out.append(0x22)
  }

  /// Whether any byte is a control character, a quote or a backslash; eight bytes at a time, since
  /// nearly all text has none and a report quotes megabytes of it.
  @inline(__always)
  static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let n = bytes.count
    let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & high != 0 }
    var k = 0
    while k + 8 <= n {
      let w = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
      // Any byte below 0x20 (bytes from 0x80 do not count), or a quote, or a backslash.
      if (w &- ones &* 0x20) & ~w & high != 0 || hasZero(w ^ (ones &* 0x22)) || hasZero(w ^ (ones &* 0x5C)) {
        return true
      }
      k += 8
    }
    while k < n {
      let b = base[k]
      if b < 0x20 || b == 0x22 || b == 0x5C { return true }
      k += 1
    }
    return false
  }

  static func quote(_ s: String) -> String {
    var out: [UInt8] = []
    quote(s, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  private static func escaped(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if c.value < 0x20 {
          let hex = String(c.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(c)
        }
      }
    }
    return out
  }
}

/// Pretty JSON written as it goes, in `JSONValue.render`'s layout (two spaces per level, `"key": value`),
/// for output too big to build as a tree first.
struct JSONStream {
  var bytes: [UInt8] = []
  /// What was written before `bytes`, in order (see `array(_:empty:)`).
  private var written: [[UInt8]] = []
  private var depth = 0
  /// Whether the open object or array has a member yet (its next one needs a comma).
  private var hasMember = false

  /// Starts the next member: a comma after the one before, a new line, the indent.
  private mutating func member() {
    let indent = 2 * depth
    if indent <= 64 {
      // ",\n" and the indent in one append.
      JSONStream.breaks.withUnsafeBufferPointer { b in bytes.append(contentsOf: b[(hasMember ? 0 : 1)..<(2 + indent)]) }
    } else {
      if hasMember { bytes.append(0x2C) }
      bytes.append(0x0A)
      bytes.append(contentsOf: repeatElement(0x20, count: indent))
    }
    hasMember = true
  }

  private static let breaks: [UInt8] = [0x2C, 0x0A] + Array(repeating: 0x20, count: 64)

  mutating func open(_ bracket: StaticString) {
    literal(bracket)
    depth += 1
    hasMember = false
  }

  /// Closes an object or array that has members.
  mutating func close(_ bracket: StaticString) {
    depth -= 1
    hasMember = false
    member()
    literal(bracket)
  }

  mutating func literal(_ s: StaticString) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
  }

  mutating func key(_ k: String) {
    member()
    JSONValue.quote(k, into: &bytes)
    bytes.append(0x3A)
    bytes.append(0x20)
  }

  /// A key written in the source, which needs no escapes.
  mutating func key(_ k: StaticString) {
    member()
    bytes.append(0x22)
    literal(k)
    literal("\": ")
  }

  mutating func field(_ k: StaticString, _ v: String?) {
    key(k)
    if let v { JSONValue.quote(v, into: &bytes) } else { literal("null") }
  }

  mutating func field(_ k: StaticString, _ v: Int) {
    key(k)
    bytes.append(contentsOf: String(v).utf8)
  }

  mutating func field(_ k: StaticString, _ v: Bool) {
    key(k)
    literal(v ? "true" : "false")
  }

  /// A count under a key from the data (a rule id).
  mutating func field(_ k: String, _ v: Int) {
    key(k)
    bytes.append(contentsOf: String(v).utf8)
  }

  /// Objects as the elements of an array `depth` levels in, each with the fields `fields` writes;
  /// `first` when they start the array (no comma before them). For `array(_:empty:)`.
  static func objects<T>(
    _ xs: ArraySlice<T>,
    depth: Int,
    first: Bool,
    _ fields: (inout JSONStream, T) -> Void
  ) -> [UInt8] {
    var out = JSONStream()
    out.bytes.reserveCapacity(512 * xs.count)
    out.depth = depth
    out.hasMember = !first
    for x in xs {
      out.member()
      out.open("{")
      fields(&out, x)
      out.close("}")
    }
    return out.bytes
  }

  /// An array as the value of the key just written, its elements already written by `objects`. The
  /// pieces are kept as they are and copied once, by `string()`.
  mutating func array(_ pieces: ArraySlice<[UInt8]>, empty: Bool) {
    guard !empty else {
      literal("[]")
      return
    }
    open("[")
    written.append(bytes)
    written += pieces
    bytes = []
    hasMember = true
    close("]")
  }

  /// Everything written, as one string.
  func string() -> String {
    let all = written + [bytes]
    let total = all.reduce(0) { $0 + $1.count }
    return String(unsafeUninitializedCapacity: total) { out in
      var at = 0
      for part in all {
        part.withUnsafeBufferPointer { p in
          guard let from = p.baseAddress, let to = out.baseAddress else { return }
          (to + at).update(from: from, count: p.count)
        }
        at += part.count
      }
      return at
    }
  }
}
