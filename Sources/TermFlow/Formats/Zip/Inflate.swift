/// DEFLATE (RFC 1951) decompression, for the members of an `.xlsx` workbook: stored, fixed-Huffman and
/// dynamic-Huffman blocks. Written here because termflow takes no package; every length and distance
/// is checked, so a damaged stream is an error, never a read out of bounds. The output is bounded by the
/// size the zip gives and by a limit (a zip bomb stops there).
enum Inflate {
  enum Failure: Error, Equatable {
    case damaged(String)
    case tooLarge
  }

  /// `size` is what the zip says the member inflates to: the output is written straight into an array
  /// of that size, and a stream that runs past it is damaged (past `limit`, too large).
  static func inflate(_ input: UnsafeBufferPointer<UInt8>, size: Int, limit: Int) throws(Failure) -> [UInt8] {
    let capacity = max(0, min(size, limit))
    var failure: Failure?
    let out = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
      var o = Output(
        buffer,
        overflow: size > limit ? .tooLarge : .damaged("it inflates past the size its zip entry gives")
      )
      do throws(Failure) { try blocks(input, &o) } catch { failure = error }
      count = o.count
    }
    if let failure { throw failure }
    return out
  }

  /// Where the inflated bytes go: a fixed buffer, every write checked against its end.
  struct Output {
    let base: UnsafeMutablePointer<UInt8>?
    let capacity: Int
    var count = 0
    let overflow: Failure

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>, overflow: Failure) {
      base = buffer.baseAddress
      capacity = buffer.count
      self.overflow = overflow
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) throws(Failure) {
      guard count < capacity, let base else { throw overflow }
      base[count] = byte
      count += 1
    }

    /// `length` bytes from `distance` back; byte by byte where the copy overlaps what it writes.
    @inline(__always)
    mutating func copy(distance: Int, length: Int) throws(Failure) {
      guard distance <= count else { throw .damaged("a distance reaching before the start") }
      guard count + length <= capacity, let base else { throw overflow }
      let from = base + (count - distance), to = base + count
      if distance >= length {
        to.update(from: from, count: length)
      } else {
        for k in 0..<length { to[k] = from[k] }
      }
      count += length
    }
  }

  private static func blocks(_ input: UnsafeBufferPointer<UInt8>, _ out: inout Output) throws(Failure) {
    var r = BitReader(input)
    var final = false
    while !final {
      final = try r.bits(1) == 1
      switch try r.bits(2) {
      case 0:
        r.alignToByte()
        let len = try r.bits(16), nlen = try r.bits(16)
        guard len == ~nlen & 0xFFFF else { throw .damaged("a stored block's length does not check") }
        for _ in 0..<len { try out.append(UInt8(try r.bits(8))) }
      case 1:
        try inflateBlock(&r, &out, Huffman.fixedLiterals, Huffman.fixedDistances)
      case 2:
        let (lit, dist) = try dynamicTables(&r)
        try inflateBlock(&r, &out, lit, dist)
      default:
        throw .damaged("a block of the reserved type 3")
      }
    }
  }

  private static let lengthBase: [Int] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
  ]
  private static let lengthExtra: [Int] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  private static let distBase: [Int] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
    6145, 8193, 12289, 16385, 24577,
  ]
  private static let distExtra: [Int] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  ]

  private static func inflateBlock(
    _ r: inout BitReader,
    _ out: inout Output,
    _ lit: Huffman,
    _ dist: Huffman
  ) throws(Failure) {
    while true {
      let sym = try lit.decode(&r)
      if sym < 256 {
        try out.append(UInt8(truncatingIfNeeded: sym))
        continue
      }
      if sym == 256 { return }
      let li = sym - 257
      guard li < lengthBase.count else { throw .damaged("a length code past 285") }
      let length = lengthBase[li] + (try r.bits(lengthExtra[li]))
      let di = try dist.decode(&r)
      guard di < distBase.count else { throw .damaged("a distance code past 29") }
      try out.copy(distance: distBase[di] + (try r.bits(distExtra[di])), length: length)
    }
  }

  private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

  private static func dynamicTables(_ r: inout BitReader) throws(Failure) -> (Huffman, Huffman) {
    let hlit = try r.bits(5) + 257, hdist = try r.bits(5) + 1, hclen = try r.bits(4) + 4
    var clens = [Int](repeating: 0, count: 19)
    for i in 0..<hclen { clens[codeLengthOrder[i]] = try r.bits(3) }
    let cl = try Huffman(clens)
    var lengths: [Int] = []
    while lengths.count < hlit + hdist {
      let sym = try cl.decode(&r)
      switch sym {
      case 0...15: lengths.append(sym)
      case 16:
        guard let prev = lengths.last else { throw .damaged("a repeat with nothing before it") }
        lengths += [Int](repeating: prev, count: 3 + (try r.bits(2)))
      case 17: lengths += [Int](repeating: 0, count: 3 + (try r.bits(3)))
      default: lengths += [Int](repeating: 0, count: 11 + (try r.bits(7)))
      }
    }
    guard lengths.count == hlit + hdist else { throw .damaged("code lengths run past their count") }
    return (try Huffman(Array(lengths[0..<hlit])), try Huffman(Array(lengths[hlit...])))
  }
}

/// Bits of a DEFLATE stream, least significant first.
struct BitReader {
  let input: UnsafeBufferPointer<UInt8>
  var pos = 0
  var bitBuffer: UInt64 = 0
  var bitCount = 0

  init(_ input: UnsafeBufferPointer<UInt8>) { self.input = input }

  mutating func bits(_ n: Int) throws(Inflate.Failure) -> Int {
    fill(n)
    guard bitCount >= n else { throw .damaged("the stream ends early") }
    let v = Int(truncatingIfNeeded: bitBuffer & ((1 << UInt64(n)) &- 1))
    bitBuffer >>= UInt64(n)
    bitCount -= n
    return v
  }

  /// Loads bytes until `n` bits (at most 56) are buffered, or the input ends: eight at a time where
  /// eight are left.
  @inline(__always)
  mutating func fill(_ n: Int) {
    guard bitCount < n else { return }
    if pos + 8 <= input.count, let base = input.baseAddress {
      let word = UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self)
      bitBuffer |= word << UInt64(bitCount)
      let taken = (63 - bitCount) >> 3
      pos += taken
      bitCount += taken * 8
      // The bits of a byte only partly taken are cleared above the count, so the next load ORs cleanly.
      bitBuffer &= bitCount == 64 ? ~0 : (1 << UInt64(bitCount)) &- 1
      return
    }
    while bitCount < n, pos < input.count {
      bitBuffer |= UInt64(input[pos]) << UInt64(bitCount)
      pos += 1
      bitCount += 8
    }
  }

  mutating func alignToByte() {
    // Whole bytes still in the buffer go back to the input (a stored block's length follows).
    pos -= bitCount >> 3
    bitBuffer = 0
    bitCount = 0
  }
}

/// A canonical Huffman code, decoded bit by bit against the counts of each length (as zlib's puff).
struct Huffman {
  var counts = [Int](repeating: 0, count: 16)
  var symbols: [Int] = []
  /// The codes of up to `fastBits` bits, indexed by the next bits as they stand in the stream (codes
  /// are written most significant bit first): symbol << 4 | length, or 0 for a longer code.
  var fast = [Int](repeating: 0, count: 1 << fastBits)
  static let fastBits = 9

  init(_ lengths: [Int]) throws(Inflate.Failure) {
    for l in lengths { counts[l] += 1 }
    counts[0] = 0
    var left = 1
    for len in 1..<16 {
      left = left * 2 - counts[len]
      guard left >= 0 else { throw .damaged("an over-subscribed Huffman code") }
    }
    var offsets = [Int](repeating: 0, count: 16)
    for len in 1..<15 { offsets[len + 1] = offsets[len] + counts[len] }
    symbols = [Int](repeating: 0, count: lengths.count)
    for (sym, l) in lengths.enumerated() where l != 0 {
      symbols[offsets[l]] = sym
      offsets[l] += 1
    }
    // Canonical codes, shortest first and by symbol within a length, as RFC 1951 assigns them.
    var next = [Int](repeating: 0, count: 16)
    var code = 0
    for len in 1..<16 {
      code = (code + counts[len - 1]) << 1
      next[len] = code
    }
    for (sym, l) in lengths.enumerated() where l != 0 && l <= Self.fastBits {
      let c = next[l]
      next[l] += 1
      var reversed = 0
      for k in 0..<l where c & (1 << k) != 0 { reversed |= 1 << (l - 1 - k) }
      var fill = reversed
      while fill < 1 << Self.fastBits {
        fast[fill] = sym << 4 | l
        fill += 1 << l
      }
    }
  }

  func decode(_ r: inout BitReader) throws(Inflate.Failure) -> Int {
    r.fill(Self.fastBits)
    let entry = fast[Int(truncatingIfNeeded: r.bitBuffer) & ((1 << Self.fastBits) - 1)]
    if entry != 0, entry & 15 <= r.bitCount {
      r.bitBuffer >>= UInt64(entry & 15)
      r.bitCount -= entry & 15
      return entry >> 4
    }
    var code = 0, first = 0, index = 0
    for len in 1..<16 {
      code |= try r.bits(1)
      let count = counts[len]
      if code - count < first { return symbols[index + (code - first)] }
      index += count
      first += count
      first <<= 1
      code <<= 1
    }
    throw .damaged("a code that is not in the table")
  }

  static let fixedLiterals: Huffman = {
    let lengths =
      [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112) + [Int](repeating: 7, count: 24)
      + [Int](repeating: 8, count: 8)
    return (try? Huffman(lengths)) ?? Huffman(empty: ())
  }()

  static let fixedDistances: Huffman = (try? Huffman([Int](repeating: 5, count: 30))) ?? Huffman(empty: ())

  private init(empty: Void) {}
}
