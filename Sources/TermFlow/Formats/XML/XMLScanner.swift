/// The little of XML a workbook needs: start tags with their attributes, end tags, and text with its
/// entities decoded. No DTDs, no namespaces resolved (prefixes are kept in names: `r:id`). Iterative,
/// so no nesting depth can exhaust the stack.
struct XMLScanner {
  enum Event {
    case start(name: String, attributes: [String: String], selfClosing: Bool)
    case end(name: String)
    case text(String)
  }

  let bytes: [UInt8]
  private var pos = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// The next event, or nil at the end (or at something that is not XML).
  mutating func next() -> Event? {
    // Declarations and comments are skipped in a loop (not by recursion: a file of a million comments
    // must not exhaust the stack).
    while pos < bytes.count, starts("<?") || (starts("<!") && !starts("<![CDATA[")) {
      let close = starts("<!--") ? "-->" : ">"
      guard let end = find(close, from: pos + 2) else { return nil }
      pos = end + close.utf8.count
    }
    guard pos < bytes.count else { return nil }
    if bytes[pos] != UInt8(ascii: "<") {
      let start = pos
      while pos < bytes.count, bytes[pos] != UInt8(ascii: "<") { pos += 1 }
      return .text(Self.decode(bytes[start..<pos]))
    }
    if starts("<![CDATA[") {
      let start = pos + 9
      guard let end = find("]]>", from: start) else { return nil }
      pos = end + 3
      return .text(String(decoding: bytes[start..<end], as: UTF8.self))
    }
    pos += 1
    if pos < bytes.count, bytes[pos] == UInt8(ascii: "/") {
      pos += 1
      let name = readName()
      while pos < bytes.count, bytes[pos] != UInt8(ascii: ">") { pos += 1 }
      pos += 1
      return .end(name: name)
    }
    let name = readName()
    var attributes: [String: String] = [:]
    while pos < bytes.count {
      skipSpace()
      guard pos < bytes.count else { return nil }
      if bytes[pos] == UInt8(ascii: ">") {
        pos += 1
        return .start(name: name, attributes: attributes, selfClosing: false)
      }
      if bytes[pos] == UInt8(ascii: "/") {
        pos += 2
        return .start(name: name, attributes: attributes, selfClosing: true)
      }
      let key = readName()
      guard !key.isEmpty else { return nil }
      skipSpace()
      guard pos < bytes.count, bytes[pos] == UInt8(ascii: "=") else { return nil }
      pos += 1
      skipSpace()
      guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") || bytes[pos] == UInt8(ascii: "'") else { return nil }
      let quote = bytes[pos]
      pos += 1
      let start = pos
      while pos < bytes.count, bytes[pos] != quote { pos += 1 }
      attributes[key] = Self.decode(bytes[start..<min(pos, bytes.count)])
      pos += 1
    }
    return nil
  }

  /// A name without its namespace prefix is what the workbook code compares (`t`, `c`, `row`).
  static func local(_ name: String) -> Substring {
    name.split(separator: ":").last ?? Substring(name)
  }

  private mutating func readName() -> String {
    let start = pos
    while pos < bytes.count {
      let b = bytes[pos]
      if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == UInt8(ascii: ">") || b == UInt8(ascii: "/")
        || b == UInt8(ascii: "=")
      {
        break
      }
      pos += 1
    }
    return String(decoding: bytes[start..<pos], as: UTF8.self)
  }

  private mutating func skipSpace() {
    while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09 {
      pos += 1
    }
  }

  private func starts(_ s: String) -> Bool { bytes[pos...].starts(with: s.utf8) }

  private func find(_ s: String, from: Int) -> Int? {
    let pattern = Array(s.utf8)
    var i = from
    while i + pattern.count <= bytes.count {
      if bytes[i] == pattern[0], bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
      i += 1
    }
    return nil
  }

  /// Text with `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` and numeric references decoded.
  static func decode(_ raw: ArraySlice<UInt8>) -> String {
    guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
    var out = ""
    let s = String(decoding: raw, as: UTF8.self)
    var rest = Substring(s)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
        out += "&"
        rest = rest[rest.index(after: amp)...]
        continue
      }
      let entity = rest[rest.index(after: amp)..<semi]
      switch entity {
      case "amp": out += "&"
      case "lt": out += "<"
      case "gt": out += ">"
      case "quot": out += "\""
      case "apos": out += "'"
      default:
        let hex = entity.hasPrefix("#x") || entity.hasPrefix("#X")
        let digits = entity.dropFirst(hex ? 2 : 1)
        if entity.hasPrefix("#"), let v = UInt32(digits, radix: hex ? 16 : 10), let c = Unicode.Scalar(v) {
          out.unicodeScalars.append(c)
        } else {
          out += "&" + entity + ";"
        }
      }
      rest = rest[rest.index(after: semi)...]
    }
    return out + rest
  }
}
