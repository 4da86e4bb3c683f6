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
      // Two multiplies; the slot is taken from the product's top bits, which depend on every bit of
      // both words (a product's low bits depend only on the factors' low bits).
      hash = Int(truncatingIfNeeded: (((first &* m1) ^ last ^ extra) &* m2) >> 1)
    }
  }

  private var storage: [UInt8] = []
  private var offsets: [Int] = [0]
  private var slots: [Slot]
  private var mask: Int
  /// The slot is the hash's top bits: `hash >> shift`.
  private var shift: Int

  init(capacity: Int = 1024) {
    var size = 16, bits = 4
    while size < capacity * 2 {
      size <<= 1
      bits += 1
    }
    slots = Array(repeating: Slot(), count: size)
    mask = size - 1
    shift = 63 - bits
  }

  var count: Int { offsets.count - 1 }

  /// The key's index, and whether it was new.
  mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, isNew: Bool) {
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
    slots[slot] = Slot(index: Int32(truncatingIfNeeded: index), count: Int32(truncatingIfNeeded: key.count), first: k.first, last: k.last)
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

  func lookup(bytes key: UnsafeBufferPointer<UInt8>) -> Int? {
    let k = Key(key)
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
        bigger[slot] = Slot(index: Int32(truncatingIfNeeded: i), count: Int32(truncatingIfNeeded: offsets[i + 1] - offsets[i]), first: k.first,
          last: k.last)
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
      if rx.loadUnaligned(fromByteOffset: k, as: UInt64.self) != ry.loadUnaligned(fromByteOffset: k, as: UInt64.self) { return false }
      k += 8
    }
    return rx.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == ry.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
  }
  for k in 0..<n where x[k] != y[k] { return false }
  return true
}

@inline(__always)
func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
  bytesEqual(a, UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
}
