/// UTF-16 text, as Excel saves "Unicode text" (little-endian with a BOM, tab-separated): recognised by
/// its byte-order mark, or, without one, by the zero bytes of its ASCII characters, and turned into
/// UTF-8 for the one CSV reader.
enum UTF16Text {
  enum Order { case little, big }

  /// The byte order when `p` is UTF-16 text, and where its text starts (past a BOM); nil otherwise.
  static func detect(_ p: UnsafeBufferPointer<UInt8>) -> (Order, start: Int)? {
    guard p.count >= 2 else { return nil }
    if p[0] == 0xFF, p[1] == 0xFE { return (.little, 2) }
    if p[0] == 0xFE, p[1] == 0xFF { return (.big, 2) }
    // No BOM: an ASCII header in UTF-16 has a zero byte in every other place.
    let n = min(p.count & ~1, 64)
    guard n >= 8 else { return nil }
    var evenZero = 0, oddZero = 0
    for i in stride(from: 0, to: n, by: 2) {
      if p[i] == 0 { evenZero += 1 }
      if p[i + 1] == 0 { oddZero += 1 }
    }
    if oddZero * 4 >= n * 3 / 2, evenZero == 0 { return (.little, 0) }
    if evenZero * 4 >= n * 3 / 2, oddZero == 0 { return (.big, 0) }
    return nil
  }

  /// The text as UTF-8; nil when it is not valid UTF-16 (a lone surrogate, an odd length).
  static func toUTF8(_ p: UnsafeBufferPointer<UInt8>, _ order: Order, from start: Int) -> [UInt8]? {
    guard (p.count - start) % 2 == 0 else { return nil }
    var units: [UInt16] = []
    units.reserveCapacity((p.count - start) / 2)
    var i = start
    while i + 1 < p.count {
      units.append(order == .little ? UInt16(p[i]) | UInt16(p[i + 1]) << 8 : UInt16(p[i]) << 8 | UInt16(p[i + 1]))
      i += 2
    }
    var out: [UInt8] = []
    out.reserveCapacity(units.count * 2)
    let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) {
      out.append($0)
    }
    return failed ? nil : out
  }
}
