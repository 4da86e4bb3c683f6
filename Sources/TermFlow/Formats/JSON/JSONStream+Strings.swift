/// Strings as JSON: quoted, with only what JSON requires escaped.
extension JSONStream {
  static func quote(_ s: String, into out: inout [UInt8]) {
    var s = s
    s.withUTF8 { quote($0, into: &out) }
  }

  /// Text without quotes, backslashes or control characters (nearly all of it) is appended whole.
  /// The bytes are a String's, so valid UTF-8: every byte that needs an escape is one scalar.
  static func quote(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    out.append(0x22)
    if !needsEscape(bytes) {
      out.append(contentsOf: bytes)
    } else {
      for b in bytes {
        switch b {
        case 0x22: out += [0x5C, 0x22]  // \"
        case 0x5C: out += [0x5C, 0x5C]  // \\
        case 0x0A: out += [0x5C, 0x6E]  // \n
        case 0x0D: out += [0x5C, 0x72]  // \r
        case 0x09: out += [0x5C, 0x74]  // \t
        case ..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]  // \u00XX
        default: out.append(b)
        }
      }
    }
    out.append(0x22)
  }

  /// Lower-case hex digits, as `\u001f` is written.
  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

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
}
