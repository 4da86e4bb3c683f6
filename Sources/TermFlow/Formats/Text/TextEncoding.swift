/// The encodings a state CSV may be in: UTF-8 (with or without BOM) or GB18030, which is what Excel on
/// a Chinese Windows writes. Foundation on Linux cannot decode GB18030; the C library's iconv can.
public enum TextEncoding: String, Sendable, CaseIterable {
  case auto
  case utf8 = "utf-8"
  case gb18030

  /// How to read a file as UTF-8: in place from an offset (past a BOM), or a converted copy.
  enum Decoded {
    case inPlace(from: Int, TextEncoding)
    case converted([UInt8], TextEncoding)
  }

  /// `auto` takes valid UTF-8 as UTF-8 and anything else as GB18030. On failure, the 1-based line of
  /// the first byte that cannot be decoded.
  static func decode(_ p: UnsafeBufferPointer<UInt8>, as encoding: TextEncoding) -> Result<Decoded, DecodeError> {
    let hasBOM = p.count >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF
    switch encoding {
    case .utf8:
      if let bad = firstInvalidUTF8(p) { return .failure(DecodeError(line: line(of: bad, in: p), encoding: .utf8)) }
      return .success(.inPlace(from: hasBOM ? 3 : 0, .utf8))
    case .gb18030:
      return gb18030ToUTF8(p).map { .converted($0, .gb18030) }
    case .auto:
      if hasBOM { return decode(p, as: .utf8) }
      if firstInvalidUTF8(p) == nil { return .success(.inPlace(from: 0, .utf8)) }
      return decode(p, as: .gb18030)
    }
  }

  /// The bytes as UTF-8, without a BOM, as a copy (for `explain` and `state inspect`, which read a file
  /// whole; `run` reads in place), with the encoding they were in.
  static func utf8Copy(
    _ p: UnsafeBufferPointer<UInt8>,
    as encoding: TextEncoding
  ) -> Result<(bytes: [UInt8], encoding: TextEncoding), DecodeError> {
    decode(p, as: encoding).map { d in
      switch d {
      case .inPlace(let from, let e): return (Array(p[from...]), e)
      case .converted(let b, let e): return (b, e)
      }
    }
  }

  static func decode(
    _ bytes: [UInt8],
    as encoding: TextEncoding
  ) -> Result<(bytes: [UInt8], encoding: TextEncoding), DecodeError> {
    bytes.withUnsafeBufferPointer { utf8Copy($0, as: encoding) }
  }

  struct DecodeError: Error, Equatable {
    var line: Int
    var encoding: TextEncoding
  }

  static func line(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var n = 1
    for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A { n += 1 }
    return n
  }

  /// Offset of the first byte that is not well-formed UTF-8 (overlongs, surrogates and values past
  /// U+10FFFF included), or nil. Runs of ASCII are skipped eight bytes at a time.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) } }

  static func firstInvalidUTF8(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
    do {
      guard let base = p.baseAddress else { return nil }
      let n = p.count
      var i = 0
      while i < n {
        if i + 8 <= n {
          let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
          if word & 0x8080_8080_8080_8080 == 0 {
            i += 8
            continue
          }
        }
        let b = p[i]
        if b < 0x80 {
          i += 1
          continue
        }
        // Chinese text is three-byte sequences: a lead byte E0–EF and two continuation bytes, checked
        // with one load (E0 and ED have narrower second bytes, which the general case below checks).
        if i + 4 <= n, b != 0xE0, b != 0xED {
          let v = UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self)
          if v & 0x00C0_C0F0 == 0x0080_80E0 {
            i += 3
            continue
          }
        }
        let len: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: len = 2
        case 0xE0: len = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: len = 3
        case 0xED: len = 3; hi = 0x9F
        case 0xF0: len = 4; lo = 0x90
        case 0xF1...0xF3: len = 4
        case 0xF4: len = 4; hi = 0x8F
        default: return i
        }
        guard i + len <= n else { return i }
        let second = p[i + 1]
        guard second >= lo, second <= hi else { return i }
        for k in 2..<len where p[i + k] & 0xC0 != 0x80 { return i }
        i += len
      }
      return nil
    }
  }

  /// GB18030 → UTF-8 (see `GB18030`).
  static func gb18030ToUTF8(_ input: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], DecodeError> {
    GB18030.toUTF8(input)
  }

  /// GB18030 → UTF-8 through iconv(3), for what the table does not cover (four-byte sequences), and
  /// to build that table.
  static func iconvGB18030(_ input: UnsafeBufferPointer<UInt8>, to target: String = "UTF-8") -> [UInt8]? {
    iconv(input, from: "GB18030", to: target)
  }

  static func iconv(_ input: UnsafeBufferPointer<UInt8>, from source: String, to target: String) -> [UInt8]? {
    Platform.iconv(input, from: source, to: target)
  }

}
