import Testing

@testable import TermFlow

/// The eight-bytes-at-a-time paths against a plain byte loop, on long inputs with the byte that
/// matters at every offset (a word's every lane, and the tail after the last whole word).
struct FastPathTests {
  /// A deterministic generator, so a failure names an input that can be made again.
  struct Bytes {
    var seed: UInt64
    mutating func next() -> UInt8 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: seed >> 33)
    }
    /// Printable ASCII other than quote and backslash.
    mutating func plain(_ n: Int) -> [UInt8] { (0..<n).map { _ in 0x23 + next() % 0x38 } }
  }

  @Test func jsonEscapingFindsEverySpecialByte() {
    var g = Bytes(seed: 1)
    for length in [7, 8, 9, 15, 16, 17, 64, 100] {
      for at in 0..<length {
        for special: UInt8 in [0x00, 0x0A, 0x1F, 0x22, 0x5C] {
          var bytes = g.plain(length)
          bytes[at] = special
          let fast = bytes.withUnsafeBufferPointer { JSONStream.needsEscape($0) }
          #expect(fast, "length \(length), byte \(special) at \(at)")
        }
        let clean = g.plain(length)
        #expect(!clean.withUnsafeBufferPointer { JSONStream.needsEscape($0) }, "clean, length \(length)")
      }
    }
  }

  @Test func utf8ValidationAgreesWithTheStandardLibrary() {
    var g = Bytes(seed: 2)
    let good = Array("重修缴费 ok".utf8)
    for length in [9, 16, 31, 64, 100] {
      for at in 0..<length {
        for bad: [UInt8] in [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE4, 0xB8], [0x80]] {
          var bytes = g.plain(length) + good
          bytes.replaceSubrange(at..<min(bytes.count, at + bad.count), with: bad)
          let fast = TextEncoding.firstInvalidUTF8(bytes)
          let slow = Self.firstInvalid(bytes)
          #expect(
            fast == slow,
            "length \(length), \(bad) at \(at): \(String(describing: fast)) vs \(String(describing: slow))"
          )
        }
      }
    }
  }

  @Test func lineCountAgreesWithAByteLoop() {
    var g = Bytes(seed: 3)
    for length in [0, 1, 7, 8, 9, 63, 64, 65, 200] {
      var bytes = g.plain(length)
      for k in bytes.indices where g.next() % 9 == 0 { bytes[k] = 0x0A }
      let fast = bytes.withUnsafeBufferPointer { StateLoader.lineCount($0) }
      #expect(fast == 1 + bytes.filter { $0 == 0x0A }.count, "length \(length)")
    }
  }

  /// The first byte offset where `bytes` stops being UTF-8, as the standard library decodes it.
  static func firstInvalid(_ bytes: [UInt8]) -> Int? {
    var offset = 0
    var it = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&it) {
      case .scalarValue(let s): offset += String(s).utf8.count
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }
}
