/// How a score column is read: numbers (with up to one decimal) within a range, passing at a mark;
/// levels that stand for a score (`优秀` = 95); markers with a meaning (`缺考` fails and is an absence,
/// `缓考` is not an attempt, `免修` passes).
struct GradeScale: Sendable {
  enum Meaning: Equatable, Sendable {
    case score(Int16)
    case pass, fail, absent, notAttempted
  }
  struct Entry: Sendable {
    var key: [UInt8]
    var meaning: Meaning
  }
  /// In tenths of a point.
  var passAt: Int = 600
  var low: Int = 0
  var high: Int = 1000
  var entries: [Entry] = []
  var origin: String

  /// What a record keeps of one score: tenths (-1 when there is none) and what it means.
  struct Grade: Equatable {
    var score: Int16
    var passed: Bool
    var absent: Bool
    var attempt: Bool
  }

  func grade(_ m: Meaning) -> Grade {
    switch m {
    case .score(let s): return Grade(score: s, passed: Int(s) >= passAt, absent: false, attempt: true)
    case .pass: return Grade(score: -1, passed: true, absent: false, attempt: true)
    case .fail: return Grade(score: -1, passed: false, absent: false, attempt: true)
    case .absent: return Grade(score: -1, passed: false, absent: true, attempt: true)
    case .notAttempted: return Grade(score: -1, passed: false, absent: false, attempt: false)
    }
  }

  /// The grade `bytes` (trimmed) stand for; nil when the scale has no such score (see `expected`).
  func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Grade? {
    if let g = marker(bytes) { return g }
    guard let tenths = Self.tenths(bytes), tenths >= low, tenths <= high else { return nil }
    return grade(.score(Int16(truncatingIfNeeded: tenths)))
  }

  /// The grade of one of the scale's own texts (`缺考`, `优秀`); nil for any other, numbers included.
  func marker(_ bytes: UnsafeBufferPointer<UInt8>) -> Grade? {
    for e in entries where e.key.count == bytes.count {
      if e.key.withUnsafeBufferPointer({ bytesEqual($0, bytes) }) { return grade(e.meaning) }
    }
    return nil
  }

  /// `87`, `59.5`, `75.0`, `75.00` → tenths; nil for anything else (or a second decimal that is not 0).
  @inline(__always)
  static func tenths(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    var k = 0, v = 0, digits = 0
    while k < b.count, b[k] >= 0x30, b[k] <= 0x39, digits < 5 {
      v = v * 10 + Int(b[k] - 0x30)
      digits += 1
      k += 1
    }
    guard digits > 0 else { return nil }
    v *= 10
    if k < b.count, b[k] == 0x2E {
      k += 1
      if k < b.count, b[k] >= 0x30, b[k] <= 0x39 {
        v += Int(b[k] - 0x30)
        k += 1
      }
      while k < b.count, b[k] == 0x30 { k += 1 }
    }
    return k == b.count ? v : nil
  }

  var expected: String {
    var s = "a score from \(Self.show(low)) to \(Self.show(high))"
    let keys = entries.map { $0.key.isEmpty ? "empty" : String(decoding: $0.key, as: UTF8.self) }
    if !keys.isEmpty { s += " or " + keys.joined(separator: ", ") }
    return s
  }

  /// Tenths as a score: `600` → `60`, `595` → `59.5`.
  static func show(_ tenths: Int) -> String {
    tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
  }
}
