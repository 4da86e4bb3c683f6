/// A time format as an export writes it: `yyyy/M/d H:mm`, `yyyy年M月d日 HH:mm`, `yyyy-MM-dd HH:mm:ss`.
/// `yyyy` is four digits; `M d H m s` one or two; doubled (`MM`) exactly two; anything else is
/// literal text. A format without seconds reads :00; one without a time of day reads 00:00.
///
/// A class of constants (so safe to share, and passed by reference, not copied, on every row).
final class TimeFormat: Sendable {
  enum Unit: Int, Sendable { case year, month, day, hour, minute, second }

  let text: String
  /// Per piece: a unit (or -1 for literal text), then min and max digits (or the literal's start and
  /// length in `literals`).
  private let steps: [Step]
  private let literals: [UInt8]
  /// For a format whose every number has a fixed width (`yyyy-MM-dd HH:mm:ss`): the format as a
  /// template (its literal bytes, 0xFF where a digit goes), and per unit the offset and width of its
  /// digits (width 0 when the format has no such unit). Empty otherwise.
  private let template: [UInt8]
  private let fixed: [Step]
  /// The template as eight-byte words (the last one overlapping the one before), so a time is checked
  /// a word at a time; empty for a template shorter than eight bytes.
  private let words: [Word]

  struct Word: Sendable {
    var offset: Int
    /// The literal bytes and where they are; where the digits are, and the bits a digit byte has.
    var literalMask: UInt64, literal: UInt64, highNibbles: UInt64, digitNibbles: UInt64, six: UInt64
  }

  struct Step: Sendable {
    var unit: Int
    var a: Int
    var b: Int
  }

  /// Nil when the pattern has no year, month and day, repeats a unit, or has a run of a letter of the
  /// wrong length (`yyy`, `MMM`).
  init?(_ pattern: String) {
    let scalars = Array(pattern.unicodeScalars)
    var steps: [Step] = [], literals: [UInt8] = [], template: [UInt8] = []
    var fixed = Array(repeating: Step(unit: 0, a: 0, b: 0), count: 6)
    var units: Set<Int> = []
    var isFixed = true
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      var run = 1
      while i + run < scalars.count, scalars[i + run] == c { run += 1 }
      let unit: Unit?
      switch c {
      case "y": unit = .year
      case "M": unit = .month
      case "d": unit = .day
      case "H": unit = .hour
      case "m": unit = .minute
      case "s": unit = .second
      default: unit = nil
      }
      if let unit {
        guard unit == .year ? run == 4 : run <= 2, units.insert(unit.rawValue).inserted else { return nil }
        let (lo, hi) = unit == .year ? (4, 4) : (run, 2)
        if lo != hi { isFixed = false }
        fixed[unit.rawValue] = Step(unit: unit.rawValue, a: template.count, b: hi)
        steps.append(Step(unit: unit.rawValue, a: lo, b: hi))
        template += Array(repeating: 0xFF, count: hi)
      } else {
        var lit: [UInt8] = []
        for s in scalars[i..<(i + run)] { lit += Array(String(s).utf8) }
        if let last = steps.last, last.unit == -1 {
          steps[steps.count - 1].b += lit.count
        } else {
          steps.append(Step(unit: -1, a: literals.count, b: lit.count))
        }
        literals += lit
        template += lit
      }
      i += run
    }
    guard units.isSuperset(of: [Unit.year.rawValue, Unit.month.rawValue, Unit.day.rawValue]) else { return nil }
    text = pattern
    self.steps = steps
    self.literals = literals
    self.template = isFixed ? template : []
    self.fixed = isFixed ? fixed : []
    self.words = isFixed ? Self.words(template) : []
  }

  /// Seconds since 1970-01-01 (civil time), or nil when `b` is not in this format.
  func parse(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    if !template.isEmpty { return parseFixed(b) }
    var v = (0, 0, 0, 0, 0, 0)
    var k = 0
    for step in steps {
      if step.unit < 0 {
        guard k + step.b <= b.count else { return nil }
        for j in 0..<step.b where b[k + j] != literals[step.a + j] { return nil }
        k += step.b
        continue
      }
      var n = 0, digits = 0
      while k < b.count, digits < step.b, b[k] >= 0x30, b[k] <= 0x39 {
        n = n * 10 + Int(b[k] - 0x30)
        digits += 1
        k += 1
      }
      guard digits >= step.a else { return nil }
      switch step.unit {
      case 0: v.0 = n
      case 1: v.1 = n
      case 2: v.2 = n
      case 3: v.3 = n
      case 4: v.4 = n
      default: v.5 = n
      }
    }
    guard k == b.count else { return nil }
    return Self.seconds(v)
  }

  /// A fixed-width format: every byte checked against the template (eight at a time), then each
  /// number read at its offset.
  private func parseFixed(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    guard b.count == template.count, fixed.count == 6, let p = b.baseAddress else { return nil }
    if words.isEmpty {
      for k in 0..<template.count {
        let c = p[k], t = template[k]
        if t == 0xFF {
          guard c &- 0x30 <= 9 else { return nil }
        } else if c != t {
          return nil
        }
      }
    } else {
      for w in words {
        let x = UnsafeRawPointer(p + w.offset).loadUnaligned(as: UInt64.self)
        // A digit's high nibble is 3, and adding 6 keeps it 3 only for 0x30 to 0x39.
        guard x & w.literalMask == w.literal, x & w.highNibbles == w.digitNibbles,
          ((x & (w.highNibbles | (w.highNibbles >> 4))) &+ w.six) & w.highNibbles == w.digitNibbles
        else { return nil }
      }
    }
    var v: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
    fixed.withUnsafeBufferPointer { f in
      withUnsafeMutableBytes(of: &v) { raw in
        let out = raw.bindMemory(to: Int.self)
        for u in 0..<min(6, f.count, out.count) {
          var n = 0
          var j = f[u].a
          let end = j + f[u].b
          while j < end {
            n = n &* 10 &+ Int(p[j] &- 0x30)
            j += 1
          }
          out[u] = n
        }
      }
    }
    return Self.seconds(v)
  }

  private static func words(_ template: [UInt8]) -> [Word] {
    guard template.count >= 8 else { return [] }
    var offsets = Array(stride(from: 0, to: template.count - 7, by: 8))
    if let last = offsets.last, last + 8 < template.count { offsets.append(template.count - 8) }
    return offsets.map { offset in
      var w = Word(offset: offset, literalMask: 0, literal: 0, highNibbles: 0, digitNibbles: 0, six: 0)
      for k in 0..<8 {
        let t = UInt64(template[offset + k]), shift = UInt64(8 * k)
        if t == 0xFF {
          w.highNibbles |= 0xF0 << shift
          w.digitNibbles |= 0x30 << shift
          w.six |= 0x06 << shift
        } else {
          w.literalMask |= 0xFF << shift
          w.literal |= t << shift
        }
      }
      return w
    }
  }

  private static func seconds(_ v: (Int, Int, Int, Int, Int, Int)) -> Int? {
    guard v.3 < 24, v.4 < 60, v.5 < 60, let date = CivilDate(year: v.0, month: v.1, day: v.2) else { return nil }
    return date.dayNumber * 86400 + v.3 * 3600 + v.4 * 60 + v.5
  }

  /// The first of `formats` that reads `b`, trying `hint` first (an export keeps to one format).
  static func parse(_ b: UnsafeBufferPointer<UInt8>, _ formats: [TimeFormat], hint: inout Int) -> Int? {
    if hint < formats.count, let t = formats[hint].parse(b) { return t }
    for (i, f) in formats.enumerated() where i != hint {
      if let t = f.parse(b) {
        hint = i
        return t
      }
    }
    return nil
  }
}
