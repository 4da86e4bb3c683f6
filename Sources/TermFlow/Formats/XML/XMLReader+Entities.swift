/// Entity references decoded: the five XML names its text and attribute values use (`&amp;` `&lt;`
/// `&gt;` `&quot;` `&apos;`) and numeric references (`&#20013;`, `&#x4E2D;`). Anything else that starts
/// with `&` is kept as written.
extension XMLReader {
  /// The bytes at `r` as text, entities decoded (invalid UTF-8 becomes U+FFFD).
  func string(_ r: Range<Int>) -> String {
    guard b[r].contains(UInt8(ascii: "&")) else { return String(decoding: b[r], as: UTF8.self) }
    var out: [UInt8] = []
    decode(r, raw: false, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// The bytes at `r` appended, entities decoded unless `raw` (a CDATA section's).
  @inline(__always)
  func decode(_ r: Range<Int>, raw: Bool, into out: inout [UInt8]) {
    guard !raw, b[r].contains(UInt8(ascii: "&")) else {
      out += b[r]
      return
    }
    decodeReferences(r, into: &out)
  }

  /// The slow half of `decode`, for text that has an `&`.
  private func decodeReferences(_ r: Range<Int>, into out: inout [UInt8]) {
    var k = r.lowerBound
    while k < r.upperBound {
      guard b[k] == UInt8(ascii: "&") else {
        out.append(b[k])
        k += 1
        continue
      }
      // The `;` within ten scalars of the `&` ends a reference; without one the `&` is kept alone.
      var semi = k + 1, scalars = 1
      while semi < r.upperBound, b[semi] != UInt8(ascii: ";"), scalars <= 10 {
        if b[semi] & 0xC0 != 0x80 { scalars += 1 }
        semi += 1
      }
      guard semi < r.upperBound, b[semi] == UInt8(ascii: ";"), scalars <= 10 else {
        out.append(b[k])
        k += 1
        continue
      }
      // What is not a reference is kept as written, its `;` included.
      if !reference((k + 1)..<semi, into: &out) { out += b[k...semi] }
      k = semi + 1
    }
  }

  private static let entities: [(StaticString, UInt8)] = [
    ("amp", 0x26), ("lt", 0x3C), ("gt", 0x3E), ("quot", 0x22), ("apos", 0x27),
  ]

  /// The text a reference's name (between `&` and `;`) stands for, appended; false when it names
  /// nothing.
  private func reference(_ name: Range<Int>, into out: inout [UInt8]) -> Bool {
    for (entity, byte) in Self.entities where named(name, entity) {
      out.append(byte)
      return true
    }
    guard name.count >= 2, b[name.lowerBound] == UInt8(ascii: "#") else { return false }
    let hex = b[name.lowerBound + 1] | 0x20 == UInt8(ascii: "x")
    let digits = String(decoding: b[(name.lowerBound + (hex ? 2 : 1))..<name.upperBound], as: UTF8.self)
    guard let v = UInt32(digits, radix: hex ? 16 : 10), let c = Unicode.Scalar(v) else { return false }
    out += Array(String(c).utf8)
    return true
  }
}
