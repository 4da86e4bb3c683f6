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
    let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
    let close = pretty ? String(repeating: "  ", count: indent) : ""
    let nl = pretty ? "\n" : ""
    switch self {
    case .string(let s): return JSONValue.quote(s)
    case .int(let n): return String(n)
    case .bool(let b): return b ? "true" : "false"
    case .null: return "null"
    case .array(let xs):
      if xs.isEmpty { return "[]" }
      return "[" + nl + xs.map { pad + $0.render(indent: indent + 1, pretty: pretty) }.joined(separator: "," + nl) + nl + close + "]"
    case .object(let kvs):
      if kvs.isEmpty { return "{}" }
      return "{" + nl
        + kvs.map { pad + JSONValue.quote($0.0) + (pretty ? ": " : ":") + $0.1.render(indent: indent + 1, pretty: pretty) }
        .joined(separator: "," + nl) + nl + close + "}"
    }
  }

  static func quote(_ s: String) -> String {
    var out = "\""
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
    return out + "\""
  }
}
