/// A time format as an export writes it: `yyyy/M/d H:mm`, `yyyy年M月d日 HH:mm`, `yyyy-MM-dd HH:mm:ss`.
/// `yyyy` is four digits; `M d H m s` one or two; doubled (`MM`) exactly two; anything else is
/// literal text. A format without seconds reads :00; one without a time of day reads 00:00.
struct TimeFormat: Sendable {
  enum Piece: Sendable {
    case number(unit: Unit, min: Int, max: Int)
    case literal([UInt8])
  }
  enum Unit: UInt8, Sendable { case year, month, day, hour, minute, second }

  var pieces: [Piece]
  var text: String
  /// `pieces` flattened for `parse`, which runs on every row: per piece, a unit (or 255 for literal
  /// text), then min and max digits (or the literal's start and length in `literals`).
  private var steps: [(unit: UInt8, a: Int, b: Int)] = []
  private var literals: [UInt8] = []
  /// For a format whose every number has a fixed width (`yyyy-MM-dd HH:mm:ss`): its length, and per
  /// unit the offset of its digits and their count (0 when the format has no such unit).
  private var fixedLength = 0
  private var fixed: [(offset: Int, width: Int)] = []
  /// The fixed-width format as a template: its literal bytes, and 0xFF where a digit goes.
  private var template: [UInt8] = []

  /// Nil when the pattern has no year, month and day.
  init?(_ pattern: String) {
    text = pattern
    pieces = []
    let scalars = Array(pattern.unicodeScalars)
    var i = 0
    var units: Set<String> = []
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
        if unit == .year {
          guard run == 4 else { return nil }
          pieces.append(.number(unit: unit, min: 4, max: 4))
        } else {
          guard run <= 2 else { return nil }
          pieces.append(.number(unit: unit, min: run, max: 2))
        }
        guard units.insert(String(c)).inserted else { return nil }
        i += run
      } else {
        var lit: [UInt8] = []
        for s in scalars[i..<(i + run)] { lit += Array(String(s).utf8) }
        if case .literal(let before)? = pieces.last {
          pieces[pieces.count - 1] = .literal(before + lit)
        } else {
          pieces.append(.literal(lit))
        }
        i += run
      }
    }
    guard units.isSuperset(of: ["y", "M", "d"]) else { return nil }
    var offset = 0
    var isFixed = true
    fixed = Array(repeating: (0, 0), count: 6)
    for p in pieces {
      switch p {
      case .number(let unit, let min, let max):
        steps.append((unit.rawValue, min, max))
        if min != max { isFixed = false }
        fixed[Int(unit.rawValue)] = (offset, max)
        offset += max
      case .literal(let bytes):
        steps.append((255, literals.count, bytes.count))
        literals += bytes
        offset += bytes.count
      }
    }
    fixedLength = isFixed ? offset : 0
    if isFixed {
      for p in pieces {
        switch p {
        case .number(_, _, let max): template += Array(repeating: 0xFF, count: max)
        case .literal(let bytes): template += bytes
        }
      }
    }
  }

  /// Seconds since 1970-01-01 (civil time), or nil when `b` is not in this format.
  func parse(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    if fixedLength > 0 {
      guard b.count == fixedLength else { return nil }
      return parseFixed(b)
    }
    var y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0
    var k = 0
    let ok = steps.withUnsafeBufferPointer { steps in
      literals.withUnsafeBufferPointer { lit -> Bool in
        for step in steps {
          if step.unit == 255 {
            guard k + step.b <= b.count else { return false }
            for j in 0..<step.b where b[k + j] != lit[step.a + j] { return false }
            k += step.b
            continue
          }
          var n = 0, digits = 0
          while k < b.count, digits < step.b, b[k] >= 0x30, b[k] <= 0x39 {
            n = n * 10 + Int(b[k] - 0x30)
            digits += 1
            k += 1
          }
          guard digits >= step.a else { return false }
          switch step.unit {
          case 0: y = n
          case 1: mo = n
          case 2: d = n
          case 3: h = n
          case 4: mi = n
          default: sec = n
          }
        }
        return true
      }
    }
    guard ok, k == b.count, h < 24, mi < 60, sec < 60, let date = CivilDate(year: y, month: mo, day: d) else { return nil }
    return date.dayNumber * 86400 + h * 3600 + mi * 60 + sec
  }

  /// A fixed-width format: every byte checked against the template in one pass, then each number
  /// read at its offset.
  private func parseFixed(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    let ok = template.withUnsafeBufferPointer { t -> Bool in
      for k in 0..<t.count {
        let c = b[k]
        if t[k] == 0xFF {
          guard c >= 0x30, c <= 0x39 else { return false }
        } else if c != t[k] {
          return false
        }
      }
      return true
    }
    guard ok else { return nil }
    var v = (0, 0, 0, 0, 0, 0)
    fixed.withUnsafeBufferPointer { f in
      func number(_ unit: Int) -> Int {
        var n = 0
        for j in f[unit].offset..<(f[unit].offset + f[unit].width) { n = n * 10 + Int(b[j] &- 0x30) }
        return n
      }
      v = (number(0), number(1), number(2), number(3), number(4), number(5))
    }
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
