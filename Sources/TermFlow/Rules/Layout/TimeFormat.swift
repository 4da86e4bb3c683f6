/// A time format as an export writes it: `yyyy/M/d H:mm`, `yyyy年M月d日 HH:mm`, `yyyy-MM-dd HH:mm:ss`.
/// `yyyy` is four digits; `M d H m s` one or two; doubled (`MM`) exactly two; anything else is
/// literal text. A format without seconds reads :00; one without a time of day reads 00:00.
struct TimeFormat: Sendable {
  enum Piece: Sendable {
    case number(unit: Unit, min: Int, max: Int)
    case literal([UInt8])
  }
  enum Unit: Sendable { case year, month, day, hour, minute, second }

  var pieces: [Piece]
  var text: String

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
  }

  /// Seconds since 1970-01-01 (civil time), or nil when `b` is not in this format.
  func parse(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    var y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0
    var k = 0
    for p in pieces {
      switch p {
      case .literal(let lit):
        guard k + lit.count <= b.count else { return nil }
        for j in 0..<lit.count where b[k + j] != lit[j] { return nil }
        k += lit.count
      case .number(let unit, let min, let max):
        var n = 0, digits = 0
        while k < b.count, digits < max, b[k] >= 0x30, b[k] <= 0x39 {
          n = n * 10 + Int(b[k] - 0x30)
          digits += 1
          k += 1
        }
        guard digits >= min else { return nil }
        switch unit {
        case .year: y = n
        case .month: mo = n
        case .day: d = n
        case .hour: h = n
        case .minute: mi = n
        case .second: sec = n
        }
      }
    }
    guard k == b.count, h < 24, mi < 60, sec < 60, let date = CivilDate(year: y, month: mo, day: d) else { return nil }
    return date.dayNumber * 86400 + h * 3600 + mi * 60 + sec
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
