/// Maps identifiers (student ids, course codes, order ids) to dense integers straight from the CSV's
/// bytes, so that a million rows cost a hash each rather than a String each. Open addressing over
/// FNV-1a hashes; the keys' bytes are kept in one buffer.
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

  /// The key's index, and whether it was new.
  /// FNV-1a.
  private static func hash(_ key: some Sequence<UInt8>) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in key { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: h)
  }

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
    slots[slot] = Int32(index)
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
    var k = 0
    for i in start..<end {
      if storage[i] != key[k] { return false }
      k += 1
    }
    return true
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = Array(repeating: -1, count: size)
    mask = size - 1
    for i in 0..<count {
      var slot = Interner.hash(storage[offsets[i]..<offsets[i + 1]]) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(i)
    }
  }
}
