/// Maps identifiers (student ids, course codes, order ids) to dense integers straight from the CSV's
/// bytes, so that a million rows cost a hash each rather than a String each. Open addressing; each
/// slot keeps the key's first and last eight bytes, which for keys of up to 16 bytes (every id in the
/// exports) are the whole key, so a lookup compares two words and never leaves the slot table.
struct Interner {
  private struct Slot {
    var index: Int32 = -1
    var count: Int32 = 0
    var first: UInt64 = 0
    var last: UInt64 = 0
  }

  /// A key as the slot table sees it.
  private struct Key {
    var first: UInt64
    var last: UInt64
    var hash: Int

    @inline(__always)
    init(_ key: UnsafeBufferPointer<UInt8>) {
      let m1: UInt64 = 0x9E37_79B9_7F4A_7C15
      let m2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
      let n = key.count
      guard let base = key.baseAddress, n > 0 else {
        first = 0
        last = 0
        hash = 0
        return
      }
      let raw = UnsafeRawPointer(base)
      var extra: UInt64 = UInt64(n)
      if n >= 8 {
        first = raw.loadUnaligned(as: UInt64.self)
        last = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        // Keys longer than 16 bytes: every word counts, so ids that differ only in the middle hash apart.
        var k = 8
        while k + 8 < n {
          extra = (extra ^ raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* m1
          k += 8
        }
      } else {
        var w: UInt64 = 0
        for k in 0..<n { w |= UInt64(base[k]) << UInt64(k * 8) }
        first = w
        last = 0
      }
      hash = Key.hash(first, last, extra)
    }

    /// A key of one to seven bytes at `p`, with eight bytes readable there: one load, masked.
    @inline(__always)
    init(short p: UnsafePointer<UInt8>, count n: Int) {
      first = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self) & ((1 << UInt64(8 * n)) &- 1)
      last = 0
      hash = Key.hash(first, 0, UInt64(n))
    }

    /// Two multiplies; the slot is taken from the product's top bits, which depend on every bit of
    /// both words (a product's low bits depend only on the factors' low bits).
    @inline(__always)
    static func hash(_ first: UInt64, _ last: UInt64, _ extra: UInt64) -> Int {
      Int(truncatingIfNeeded: (((first &* 0x9E37_79B9_7F4A_7C15) ^ last ^ extra) &* 0xC2B2_AE3D_27D4_EB4F) >> 1)
    }
  }

  private var storage: [UInt8] = []
  private var offsets: [Int] = [0]
  private var slots: [Slot] = []
  private var mask = 0
  /// The slot is the hash's top bits: `hash >> shift`.
  private var shift = 0
  private let capacity: Int
  /// An interner made `ordered` keeps no slot table while every key is greater (in byte order) than
  /// the one before, as in an export sorted by id: it searches its keys in order instead. A key out of
  /// order builds the table, and so do readers that keep looking keys up out of order
  /// (`SequentialLookup`).
  var hasTable: Bool { !slots.isEmpty }
  /// Lookups by halves made by `intern`.
  private var searches = 0

  init(capacity: Int = 1024, ordered: Bool = false) {
    self.capacity = capacity
    if !ordered { buildTable() }
  }

  mutating func buildTable() {
    guard !hasTable else { return }
    var size = 16, bits = 4
    while size < max(capacity, count) * 2 {
      size <<= 1
      bits += 1
    }
    slots = Array(repeating: Slot(), count: size)
    mask = size - 1
    shift = 63 - bits
    storage.withUnsafeBufferPointer { stored in
      for i in 0..<count { place(i, UnsafeBufferPointer(rebasing: stored[offsets[i]..<offsets[i + 1]])) }
    }
  }

  private mutating func place(_ i: Int, _ key: UnsafeBufferPointer<UInt8>) {
    let k = Key(key)
    var slot = (k.hash >> shift) & mask
    while slots[slot].index >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Slot(
      index: Int32(truncatingIfNeeded: i),
      count: Int32(truncatingIfNeeded: key.count),
      first: k.first,
      last: k.last
    )
  }

  /// The stored key `i`.
  @inline(__always)
  private func withKey<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    storage.withUnsafeBufferPointer { stored in body(UnsafeBufferPointer(rebasing: stored[offsets[i]..<offsets[i + 1]]))
    }
  }

  /// Byte order, shorter first on a common prefix.
  private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    for k in 0..<min(a.count, b.count) where a[k] != b[k] { return Int(a[k]) - Int(b[k]) }
    return a.count - b.count
  }

  var count: Int { offsets.count - 1 }

  /// The key's index, and whether it was new.
  mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, isNew: Bool) {
    if !hasTable {
      let order = count == 0 ? -1 : withKey(count - 1) { Self.compare($0, key) }
      if order < 0 {
        storage.append(contentsOf: key)
        offsets.append(storage.count)
        return (count - 1, true)
      }
      // The last key again (an order's events in a row), or one further back, found by halves a few
      // hundred times before a table pays for itself.
      if order == 0 { return (count - 1, false) }
      if searches < SequentialLookup.missesBeforeTable, let i = search(key, from: -1).index {
        searches += 1
        return (i, false)
      }
      buildTable()
    }
    let k = Key(key)
    var slot = (k.hash >> shift) & mask
    while true {
      let s = slots[slot]
      if s.index < 0 { break }
      if matches(s, k, key) { return (Int(s.index), false) }
      slot = (slot + 1) & mask
    }
    let index = count
    storage.append(contentsOf: key)
    offsets.append(storage.count)
    slots[slot] = Slot(
      index: Int32(truncatingIfNeeded: index),
      count: Int32(truncatingIfNeeded: key.count),
      first: k.first,
      last: k.last
    )
    if count * 2 > slots.count { grow() }
    return (index, true)
  }

  mutating func intern(_ key: String) -> (index: Int, isNew: Bool) {
    var k = key
    return k.withUTF8 { intern($0) }
  }

  func lookup(_ key: String) -> Int? {
    var k = key
    return k.withUTF8 { lookup(bytes: $0) }
  }

  /// Searches the keys of an ordered interner that has no table. When `key` sorts after key `from`,
  /// it is looked for in steps that double from there, so a key a few places on is found among keys
  /// already in cache; `near` tells whether it was within 64 places. Otherwise, by halves.
  func search(_ key: UnsafeBufferPointer<UInt8>, from: Int) -> (index: Int?, near: Bool) {
    var lo = 0, hi = count
    var near = false
    if from >= 0, from < count, withKey(from, { Self.compare($0, key) }) < 0 {
      var bound = 1
      while from + bound < count, withKey(from + bound, { Self.compare($0, key) }) < 0 { bound *= 2 }
      lo = from + bound / 2 + 1
      hi = min(from + bound + 1, count)
      near = bound <= 64
    }
    while lo < hi {
      let mid = (lo + hi) / 2
      let c = withKey(mid) { Self.compare($0, key) }
      if c == 0 { return (mid, near) }
      if c < 0 { lo = mid + 1 } else { hi = mid }
    }
    return (nil, near)
  }

  /// `hint` or the key after it, when `key` is one of them.
  func lookup(bytes key: UnsafeBufferPointer<UInt8>, near hint: Int) -> Int? {
    guard hint >= 0, hint < count else { return nil }
    if withKey(hint, { bytesEqual($0, key) }) { return hint }
    if hint + 1 < count, withKey(hint + 1, { bytesEqual($0, key) }) { return hint + 1 }
    return nil
  }

  func lookup(bytes key: UnsafeBufferPointer<UInt8>) -> Int? {
    if !hasTable { return search(key, from: -1).index }
    return find(Key(key), key)
  }

  /// `lookup(bytes:)` for a key of fewer than eight bytes that has eight bytes readable from its start
  /// (a field with the rest of its row after it).
  @inline(__always)
  func lookup(short p: UnsafePointer<UInt8>, count: Int) -> Int? {
    let key = UnsafeBufferPointer(start: p, count: count)
    guard hasTable, count > 0, count < 8 else { return lookup(bytes: key) }
    return find(Key(short: p, count: count), key)
  }

  @inline(__always)
  private func find(_ k: Key, _ key: UnsafeBufferPointer<UInt8>) -> Int? {
    var slot = (k.hash >> shift) & mask
    while true {
      let s = slots[slot]
      if s.index < 0 { return nil }
      if matches(s, k, key) { return Int(s.index) }
      slot = (slot + 1) & mask
    }
  }

  func string(_ index: Int) -> String {
    guard index >= 0, index < count else { return "" }
    return String(decoding: storage[offsets[index]..<offsets[index + 1]], as: UTF8.self)
  }

  @inline(__always)
  private func matches(_ s: Slot, _ k: Key, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard Int(s.count) == key.count, s.first == k.first, s.last == k.last else { return false }
    if key.count <= 16 { return true }
    let start = offsets[Int(s.index)]
    return storage.withUnsafeBufferPointer { stored in
      guard let a = stored.baseAddress, let b = key.baseAddress else { return false }
      return bytesEqual(a + start, b, key.count)
    }
  }

  private mutating func grow() {
    let size = slots.count * 2
    var bigger = Array(repeating: Slot(), count: size)
    mask = size - 1
    shift -= 1
    storage.withUnsafeBufferPointer { stored in
      for i in 0..<count {
        let k = Key(UnsafeBufferPointer(rebasing: stored[offsets[i]..<offsets[i + 1]]))
        var slot = (k.hash >> shift) & mask
        while bigger[slot].index >= 0 { slot = (slot + 1) & mask }
        bigger[slot] = Slot(
          index: Int32(truncatingIfNeeded: i),
          count: Int32(truncatingIfNeeded: offsets[i + 1] - offsets[i]),
          first: k.first,
          last: k.last
        )
      }
    }
    slots = bigger
  }
}

/// Byte-for-byte equality of two buffers, for comparing a field with a known value without a String.
/// Ids and codes are short: eight bytes at a time, inline, beats a call to memcmp.
@inline(__always)
func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
  guard a.count == b.count else { return false }
  guard let x = a.baseAddress, let y = b.baseAddress else { return true }
  return bytesEqual(x, y, a.count)
}

@inline(__always)
func bytesEqual(_ x: UnsafePointer<UInt8>, _ y: UnsafePointer<UInt8>, _ n: Int) -> Bool {
  let rx = UnsafeRawPointer(x), ry = UnsafeRawPointer(y)
  if n >= 8 {
    var k = 0
    while k + 8 < n {
      if rx.loadUnaligned(fromByteOffset: k, as: UInt64.self) != ry.loadUnaligned(fromByteOffset: k, as: UInt64.self) {
        return false
      }
      k += 8
    }
    return rx.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
      == ry.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
  }
  for k in 0..<n where x[k] != y[k] { return false }
  return true
}

@inline(__always)
func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
  bytesEqual(a, UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
}

/// One reader's lookups in an interner whose keys it meets mostly in order (records, registrations
/// and payments list a student's rows together, students in id order): each lookup first tries the
/// key it found last and the one after, which costs a compare of bytes already in cache. An ordered
/// interner without a slot table is searched onwards from there; a reader whose keys keep landing far
/// away or behind builds the table on its copy, so unsorted files cost what they cost before.
struct SequentialLookup {
  private(set) var index: Interner
  private var last = -1
  private var misses = 0
  static let missesBeforeTable = 256

  init(_ index: Interner) { self.index = index }

  mutating func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    if let i = index.lookup(bytes: key, near: last) {
      last = i
      return i
    }
    var found: Int?
    if index.hasTable {
      found = index.lookup(bytes: key)
    } else {
      let (at, near) = index.search(key, from: last)
      found = at
      if !near {
        misses += 1
        if misses == Self.missesBeforeTable { index.buildTable() }
      }
    }
    if let found { last = found }
    return found
  }
}
