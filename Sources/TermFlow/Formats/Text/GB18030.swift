import Dispatch

/// GB18030 → UTF-8, fast: ASCII copied eight bytes at a time, two-byte characters (all of GBK: every
/// Chinese character an export holds) through a table, four-byte ones (rare) through iconv. The table
/// was generated from iconv itself, so it agrees with the C library (GB18030Tests check every entry). A big file is decoded as two
/// halves on two threads (0x0A is never part of a GB18030 character, so the file splits at a line
/// end).
enum GB18030 {
  /// The scalar of each two-byte character: lead 0x81–0xFE, trail 0x40–0xFE; 0 where there is none.
  /// Read from `packedScalars` (generated from iconv by tools/gen_gb18030.py): asking iconv for all
  /// 23,940 at start-up cost about 3 ms a run.
  static let table: [UInt32] = {
    var table = [UInt32](repeating: 0, count: 126 * 191)
    table.withUnsafeMutableBufferPointer { out in
      packedScalars.withUTF8Buffer { hex in
        // Slots in the order the data lists them: every trail but 0x7F under each lead.
        var lead = 0, trail = 0, value: UInt32 = 0, digits = 0
        for b in hex where b != 0x0A {
          value = value << 4 | UInt32(b <= 0x39 ? b &- 0x30 : b &- 0x37)
          digits += 1
          guard digits == 6 else { continue }
          if lead < 126 { out[lead * 191 + trail] = value }
          trail += trail == 0x3E ? 2 : 1
          if trail > 0xBE {
            trail = 0
            lead += 1
          }
          value = 0
          digits = 0
        }
      }
    }
    return table
  }()

  /// The same characters as UTF-8, ready to store: the bytes in the low three bytes (little-endian),
  /// their count in the top byte; 0 where there is none. The six two-byte characters past the BMP
  /// (FE51 → U+20087, …) have a count of 4 and their scalar in the low bytes.
  static let utf8Table: [UInt32] = table.map { scalar in
    switch scalar {
    case 0: return 0
    case ..<0x80: return scalar | 1 << 24
    case ..<0x800: return (0xC0 | scalar >> 6) | (0x80 | scalar & 0x3F) << 8 | 2 << 24
    case ..<0x10000:
      return (0xE0 | scalar >> 12) | (0x80 | (scalar >> 6) & 0x3F) << 8 | (0x80 | scalar & 0x3F) << 16 | 3 << 24
    case ..<0x110000: return scalar | 4 << 24
    default: return 0
    }
  }

  /// Inputs from this size on are decoded on two threads.
  static let splitSize = 1 << 22

  static func toUTF8(_ input: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], TextEncoding.DecodeError> {
    guard let base = input.baseAddress, input.count > 0 else { return .success([]) }
    let n = input.count
    var middle = n / 2
    while middle < n, base[middle] != 0x0A { middle += 1 }
    let split = n >= splitSize && middle < n ? middle + 1 : n
    // Room for the worst case of each half (the two-byte characters past the BMP take four UTF-8
    // bytes), and eight bytes of slack for the word stores. Pages never written are never touched.
    let firstRoom = 2 * split + 8, secondRoom = 2 * (n - split) + 8
    let table = Self.utf8Table
    var failure: Int?
    let out = [UInt8](unsafeUninitializedCapacity: firstRoom + secondRoom) { buffer, made in
      made = 0
      guard let start = buffer.baseAddress else { return }
      let results = Results()
      let out = Unchecked(start), input = Unchecked(base)
      table.withUnsafeBufferPointer { t in
        let table = Unchecked(t)
        DispatchQueue.concurrentPerform(iterations: split < n ? 2 : 1) { half in
          let from = half == 0 ? 0 : split, to = half == 0 ? split : n
          let r = decode(input.value, from, to, out.value + (half == 0 ? 0 : firstRoom), table.value)
          if half == 0 { results.first = r } else { results.second = r }
        }
      }
      switch (results.first, results.second) {
      case (.success(let a), .success(let b)) where split < n:
        UnsafeMutableRawPointer(start + a).copyMemory(from: start + firstRoom, byteCount: b)  // overlapping: a memmove
        made = a + b
      case (.success(let a), _) where split == n:
        made = a
      case (.failure(let f), _), (_, .failure(let f)):
        failure = f.at
      default:
        failure = 0
      }
    }
    if let at = failure {
      return .failure(TextEncoding.DecodeError(line: TextEncoding.line(of: at, in: input), encoding: .gb18030))
    }
    return .success(out)
  }

  private final class Results: @unchecked Sendable {
    var first: Result<Int, Failure> = .failure(Failure(at: 0))
    var second: Result<Int, Failure> = .failure(Failure(at: 0))
  }

  struct Failure: Error { var at: Int }

  /// UTF-8 text as GB18030 (a layout's texts, to compare with a GB18030 file's own bytes); nil when
  /// it has no GB18030 form.
  static func encode(_ text: String) -> [UInt8]? {
    let utf8 = Array(text.utf8)
    guard !utf8.isEmpty else { return [] }
    return utf8.withUnsafeBufferPointer { TextEncoding.iconv($0, from: "UTF-8", to: "GB18030") }
  }

  /// Decodes `base[from..<to]` into `out`; the bytes written, or the offset of the first byte that is
  /// not GB18030.
  static func decode(
    _ base: UnsafePointer<UInt8>,
    _ from: Int,
    _ to: Int,
    _ out: UnsafeMutablePointer<UInt8>,
    _ table: UnsafeBufferPointer<UInt32>
  ) -> Result<Int, Failure> {
    var i = from, o = 0
    let high: UInt64 = 0x8080_8080_8080_8080
    while i < to {
      if i + 8 <= to {
        // Eight bytes stored whatever they are; only the ASCII ones before the first other byte count.
        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        UnsafeMutableRawPointer(out + o).storeBytes(of: w, as: UInt64.self)
        let h = w & high
        if h == 0 {
          i += 8
          o += 8
          continue
        }
        let ascii = h.trailingZeroBitCount >> 3
        i += ascii
        o += ascii
      } else if base[i] < 0x80 {
        out[o] = base[i]
        i += 1
        o += 1
        continue
      }
      let b = base[i]
      guard b >= 0x81, b <= 0xFE, i + 1 < to else { return .failure(Failure(at: i)) }
      let t = base[i + 1]
      if t >= 0x40, t <= 0xFE, t != 0x7F {
        let v = table[Int(b - 0x81) * 191 + Int(t - 0x40)]
        guard v != 0 else { return .failure(Failure(at: i)) }
        if v >> 24 == 4 {
          let c = v & 0x1F_FFFF
          out[o] = UInt8(0xF0 | c >> 18)
          out[o + 1] = UInt8(0x80 | (c >> 12) & 0x3F)
          out[o + 2] = UInt8(0x80 | (c >> 6) & 0x3F)
          out[o + 3] = UInt8(0x80 | c & 0x3F)
          o += 4
        } else {
          UnsafeMutableRawPointer(out + o).storeBytes(of: v, as: UInt32.self)
          o += Int(v >> 24)
        }
        i += 2
      } else if t >= 0x30, t <= 0x39, i + 3 < to {
        let four = UnsafeBufferPointer(start: base + i, count: 4)
        guard let utf8 = TextEncoding.iconvGB18030(four) else { return .failure(Failure(at: i)) }
        for byte in utf8 {
          out[o] = byte
          o += 1
        }
        i += 4
      } else {
        return .failure(Failure(at: i))
      }
    }
    return .success(o)
  }
}
