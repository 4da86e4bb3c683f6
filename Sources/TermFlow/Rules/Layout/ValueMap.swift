/// A value map: the texts an export writes (`补考`, `是`, `支付成功`) and the code each stands for
/// (an index into the field's `mapTargets`). Matched without surrounding spaces; ASCII letters match
/// in any case (`TRUE`, `Y`).
struct ValueMap: Sendable {
  struct Entry: Sendable {
    var key: [UInt8]
    var value: UInt8
  }
  var entries: [Entry]
  /// Where the map is declared, for notes.
  var origin: String

  /// The code of `bytes` (already trimmed), or nil when the map has no such text.
  @inline(__always)
  func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
    for e in entries where e.key.count == bytes.count {
      if e.key.withUnsafeBufferPointer({ bytesEqual($0, bytes) }) { return e.value }
    }
    for e in entries where e.key.count == bytes.count {
      var same = true
      for k in 0..<bytes.count where Self.lower(e.key[k]) != Self.lower(bytes[k]) {
        same = false
        break
      }
      if same { return e.value }
    }
    return nil
  }

  /// The keys as a reader would list them: `正常考试, 补考 or 重修`.
  var expected: String {
    let keys = entries.map { $0.key.isEmpty ? "empty" : String(decoding: $0.key, as: UTF8.self) }
    guard keys.count > 1, let last = keys.last else { return keys.first ?? "nothing" }
    return keys.dropLast().joined(separator: ", ") + " or " + last
  }

  @inline(__always)
  private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}

