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
    if !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
      out.append(contentsOf: bytes)
    } else {
      out.append(contentsOf: escaped(String(decoding: bytes, as: UTF8.self)).utf8)
    }
    out.append(0x22)
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
