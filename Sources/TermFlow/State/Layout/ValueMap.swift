/// A value map: the texts an export writes (`补考`, `是`, `支付成功`) and the code each stands for
/// (an index into the field's `mapTargets`). Matched without surrounding spaces; ASCII letters match
/// in any case (`TRUE`, `Y`).
///
/// A class, immutable once made: rows pass it by reference instead of retaining its arrays.
final class ValueMap: Sendable {
  struct Entry: Sendable {
    var key: [UInt8]
    var value: UInt8
  }
  let entries: [Entry]
  /// Where the map is declared, for notes.
  let origin: String

  init(entries: [Entry], origin: String) {
    self.entries = entries
    self.origin = origin
  }

  /// The code of `bytes` (already trimmed), or nil when the map has no such text.
  @inline(__always)
  func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
    entries.withUnsafeBufferPointer { entries in
      for e in entries.indices where entries[e].key.count == bytes.count {
        if entries[e].key.withUnsafeBufferPointer({ bytesEqual($0, bytes) }) { return entries[e].value }
      }
      for e in entries.indices where entries[e].key.count == bytes.count {
        let same = entries[e].key.withUnsafeBufferPointer { key in
          for k in 0..<bytes.count where Self.lower(key[k]) != Self.lower(bytes[k]) { return false }
          return true
        }
        if same { return entries[e].value }
      }
      return nil
    }
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
