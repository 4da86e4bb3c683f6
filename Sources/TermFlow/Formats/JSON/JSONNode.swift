/// A parsed JSON value, for the language server's incoming messages. The reader is ours (not
/// JSONSerialization) so that numbers and booleans stay apart on every platform, and so that a
/// hostile message cannot recurse without bound: nesting deeper than `maxDepth` is a parse error.
enum JSONNode: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONNode])
  case object([String: JSONNode])

  static let maxDepth = 64

  subscript(key: String) -> JSONNode? {
    if case .object(let o) = self { return o[key] }
    return nil
  }

  var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  var int: Int? {
    if case .number(let d) = self, d.rounded() == d, abs(d) < 1e15 { return Int(d) }
    return nil
  }

  var array: [JSONNode]? {
    if case .array(let a) = self { return a }
    return nil
  }

  /// The value as written back (ids are echoed in responses as they came).
  var value: JSONValue {
    switch self {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .number(let d): return d.rounded() == d && abs(d) < 1e15 ? .int(Int(d)) : .string(String(d))
    case .string(let s): return .string(s)
    case .array(let a): return .array(a.map(\.value))
    case .object(let o): return .object(o.keys.sorted().compactMap { k in o[k].map { (k, $0.value) } })
    }
  }

  /// Parses one JSON text; nil when it is not JSON (or nests too deep).
  static func parse(_ bytes: [UInt8]) -> JSONNode? {
    var p = JSONParser(bytes: bytes)
    guard let v = p.value(depth: 0) else { return nil }
    p.skipSpace()
    return p.pos == bytes.count ? v : nil
  }
}

private struct JSONParser {
  let bytes: [UInt8]
  var pos = 0

  mutating func skipSpace() {
    while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09 {
      pos += 1
    }
  }

  mutating func literal(_ word: String, _ v: JSONNode) -> JSONNode? {
    guard bytes[pos...].starts(with: word.utf8) else { return nil }
    pos += word.utf8.count
    return v
  }

  mutating func value(depth: Int) -> JSONNode? {
    guard depth < JSONNode.maxDepth else { return nil }
    skipSpace()
    guard pos < bytes.count else { return nil }
    switch bytes[pos] {
    case UInt8(ascii: "n"): return literal("null", .null)
    case UInt8(ascii: "t"): return literal("true", .bool(true))
    case UInt8(ascii: "f"): return literal("false", .bool(false))
    case UInt8(ascii: "\""): return string().map { .string($0) }
    case UInt8(ascii: "["):
      pos += 1
      var items: [JSONNode] = []
      skipSpace()
      if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
        pos += 1
        return .array(items)
      }
      while true {
        guard let v = value(depth: depth + 1) else { return nil }
        items.append(v)
        skipSpace()
        guard pos < bytes.count else { return nil }
        if bytes[pos] == UInt8(ascii: ",") {
          pos += 1
        } else if bytes[pos] == UInt8(ascii: "]") {
          pos += 1
          return .array(items)
        } else {
          return nil
        }
      }
    case UInt8(ascii: "{"):
      pos += 1
      var object: [String: JSONNode] = [:]
      skipSpace()
      if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
        pos += 1
        return .object(object)
      }
      while true {
        skipSpace()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\""), let key = string() else { return nil }
        skipSpace()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { return nil }
        pos += 1
        guard let v = value(depth: depth + 1) else { return nil }
        object[key] = v
        skipSpace()
        guard pos < bytes.count else { return nil }
        if bytes[pos] == UInt8(ascii: ",") {
          pos += 1
        } else if bytes[pos] == UInt8(ascii: "}") {
          pos += 1
          return .object(object)
        } else {
          return nil
        }
      }
    default: return number()
    }
  }

  mutating func number() -> JSONNode? {
    let start = pos
    while pos < bytes.count, "+-0123456789.eE".utf8.contains(bytes[pos]) { pos += 1 }
    guard pos > start, let d = Double(String(decoding: bytes[start..<pos], as: UTF8.self)) else { return nil }
    return .number(d)
  }

  mutating func string() -> String? {
    pos += 1  // "
    var out: [UInt8] = []
    while pos < bytes.count {
      let b = bytes[pos]
      pos += 1
      switch b {
      case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard pos < bytes.count else { return nil }
        let e = bytes[pos]
        pos += 1
        switch e {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"):
          guard var code = hex4() else { return nil }
          // A surrogate pair names one scalar beyond the BMP.
          if (0xD800..<0xDC00).contains(code), bytes[pos...].starts(with: "\\u".utf8) {
            pos += 2
            guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          out += Array(String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8)
        default: out.append(e)
        }
      default: out.append(b)
      }
    }
    return nil
  }

  mutating func hex4() -> UInt32? {
    guard pos + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[pos..<pos + 4], as: UTF8.self), radix: 16)
    else { return nil }
    pos += 4
    return v
  }
}
