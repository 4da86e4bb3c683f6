/// A tiny JSON writer with stable key order (the order written), so output is byte-identical on rerun.
/// Foundation's JSONSerialization does not promise key order; this does.
indirect enum JSONValue {
  case string(String)
  case int(Int)
  case bool(Bool)
  case null
  case array([JSONValue])
  /// Keys in the order given.
  case object([(String, JSONValue)])

  func render(indent: Int = 0, pretty: Bool = true) -> String {
    var out = ""
    write(into: &out, indent: indent, pretty: pretty)
    return out
  }

  /// Appends to one buffer: a run's report has tens of thousands of values, and building a string per
  /// value and joining them costs more than the rules.
  func write(into out: inout String, indent: Int, pretty: Bool) {
    switch self {
    case .string(let s): JSONValue.quote(s, into: &out)
    case .int(let n): out += String(n)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let xs):
      if xs.isEmpty { out += "[]"; return }
      out += "["
      for (i, x) in xs.enumerated() {
        out += i == 0 ? "" : ","
        if pretty { JSONValue.newline(&out, indent + 1) }
        x.write(into: &out, indent: indent + 1, pretty: pretty)
      }
      if pretty { JSONValue.newline(&out, indent) }
      out += "]"
    case .object(let kvs):
      if kvs.isEmpty { out += "{}"; return }
      out += "{"
      for (i, (k, v)) in kvs.enumerated() {
        out += i == 0 ? "" : ","
        if pretty { JSONValue.newline(&out, indent + 1) }
        JSONValue.quote(k, into: &out)
        out += pretty ? ": " : ":"
        v.write(into: &out, indent: indent + 1, pretty: pretty)
      }
      if pretty { JSONValue.newline(&out, indent) }
      out += "}"
    }
  }

  private static func newline(_ out: inout String, _ indent: Int) {
    out += "\n"
    for _ in 0..<indent { out += "  " }
  }

  static func quote(_ s: String) -> String {
    var out = ""
    quote(s, into: &out)
    return out
  }

  /// Escapes only what JSON requires; text without quotes, backslashes or control characters (nearly
  /// all of it) is appended whole.
  static func quote(_ s: String, into out: inout String) {
    out += "\""
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
      out += s
      out += "\""
      return
    }
    out += escaped(s)
    out += "\""
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
