#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Maps identifiers (student ids, course codes, order ids) to dense integers straight from the CSV's
/// bytes, so that a million rows cost a hash each rather than a String each. Open addressing; the
/// keys' bytes are kept in one buffer.
struct Interner {
  private var storage: [UInt8] = []
  private var offsets: [Int] = [0]
  private var slots: [Int32]
  private var mask: Int

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: -1, count: size)
    mask = size - 1
  }

  var count: Int { offsets.count - 1 }

  /// A multiply-and-fold over eight bytes at a time (the last word overlapping the one before), so
  /// that ids that differ anywhere hash apart, at a word's cost rather than a byte's.
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    let m: UInt64 = 0x9E37_79B9_7F4A_7C15
    var h = UInt64(key.count) &* m
    guard let base = key.baseAddress else { return Int(truncatingIfNeeded: h ^ (h >> 32)) }
    let raw = UnsafeRawPointer(base)
    let n = key.count
    if n >= 8 {
      var k = 0
      while k + 8 < n {
        h = (h ^ raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* m
        h ^= h >> 32
        k += 8
      }
      h = (h ^ raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) &* m
    } else {
      var w: UInt64 = 0
      for k in 0..<n { w |= UInt64(base[k]) << UInt64(k * 8) }
      h = (h ^ w) &* m
    }
    // A product's low bits depend only on the factors' low bits; fold the high half down (twice) so
    // that the slot, taken from the low bits, depends on every byte.
    h ^= h >> 32
    h = h &* m
    h ^= h >> 32
    return Int(truncatingIfNeeded: h)
  }

  /// The key's index, and whether it was new.
  mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, isNew: Bool) {
    var slot = Interner.hash(key) & mask
    while true {
      let v = Int(slots[slot])
      if v < 0 { break }
      if equals(v, key) { return (v, false) }
      slot = (slot + 1) & mask
    }
    let index = count
    storage.append(contentsOf: key)
    offsets.append(storage.count)
    slots[slot] = Int32(truncatingIfNeeded: index)
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

  func lookup(bytes p: UnsafeBufferPointer<UInt8>) -> Int? {
    var slot = Interner.hash(p) & mask
    while true {
      let v = Int(slots[slot])
      if v < 0 { return nil }
      if equals(v, p) { return v }
      slot = (slot + 1) & mask
    }
  }

  func string(_ index: Int) -> String {
    guard index >= 0, index < count else { return "" }
    return String(decoding: storage[offsets[index]..<offsets[index + 1]], as: UTF8.self)
  }

  private func equals(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = offsets[index], end = offsets[index + 1]
    guard end - start == key.count else { return false }
    guard let k = key.baseAddress else { return true }
    return storage.withUnsafeBufferPointer { s in
      guard let base = s.baseAddress else { return false }
      return bytesEqual(base + start, k, end - start)
    }
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = Array(repeating: -1, count: size)
    mask = size - 1
    storage.withUnsafeBufferPointer { s in
      for i in 0..<count {
        let key = UnsafeBufferPointer(rebasing: s[offsets[i]..<offsets[i + 1]])
        var slot = Interner.hash(key) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: i)
      }
    }
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
