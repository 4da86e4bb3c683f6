/// A zip archive's members, by name, for reading `.xlsx` workbooks: the central directory read from
/// the end record, each member stored or deflated. What a workbook never needs is refused with a
/// reason: zip64, encryption, other compression methods.
struct ZipArchive {
  struct Member {
    var name: String
    var method: Int
    var compressedSize: Int
    var size: Int
    var localOffset: Int
  }

  enum Failure: Error, Equatable {
    case notZip
    case unsupported(String)
    case damaged(String)
  }

  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var members: [String: Member] = [:]

  /// The most a member may inflate to (a workbook's sheet of a million rows is well under this).
  static let memberLimit = 1 << 30

  init(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) {
    self.bytes = bytes
    guard bytes.count >= 22, u32(0) == 0x0403_4B50 || u32(0) == 0x0605_4B50 else { throw .notZip }
    // The end record is in the last 22 + 65,535 bytes (its comment may be that long).
    var eocd = -1
    var i = bytes.count - 22
    while i >= max(0, bytes.count - 22 - 65_535) {
      if u32(i) == 0x0605_4B50 {
        eocd = i
        break
      }
      i -= 1
    }
    guard eocd >= 0 else { throw .damaged("no end of central directory") }
    let entries = u16(eocd + 10)
    let dirOffset = u32(eocd + 16)
    guard dirOffset != 0xFFFF_FFFF, entries != 0xFFFF else { throw .unsupported("a zip64 archive") }
    var p = dirOffset
    for _ in 0..<entries {
      guard p + 46 <= bytes.count, u32(p) == 0x0201_4B50 else { throw .damaged("a central directory entry is cut") }
      let flags = u16(p + 8), method = u16(p + 10)
      let compressed = u32(p + 20), size = u32(p + 24)
      let nameLength = u16(p + 28), extra = u16(p + 30), comment = u16(p + 32)
      let local = u32(p + 42)
      guard p + 46 + nameLength <= bytes.count else { throw .damaged("a member's name is cut") }
      let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(p + 46)..<(p + 46 + nameLength)]), as: UTF8.self)
      if flags & 1 != 0 { throw .unsupported("an encrypted workbook (save it without a password)") }
      members[name] = Member(name: name, method: method, compressedSize: compressed, size: size, localOffset: local)
      p += 46 + nameLength + extra + comment
    }
  }

  /// A member's bytes, inflated; nil when there is no such member.
  func read(_ name: String) throws(Failure) -> [UInt8]? {
    guard let m = members[name] else { return nil }
    let p = m.localOffset
    guard p + 30 <= bytes.count, u32(p) == 0x0403_4B50 else { throw .damaged("\(name): no local header") }
    let start = p + 30 + u16(p + 26) + u16(p + 28)
    guard start + m.compressedSize <= bytes.count else { throw .damaged("\(name) is cut") }
    let data = UnsafeBufferPointer(rebasing: bytes[start..<(start + m.compressedSize)])
    switch m.method {
    case 0: return Array(data)
    case 8:
      switch Result(catching: { () throws(Inflate.Failure) -> [UInt8] in
        try Inflate.inflate(data, size: m.size, limit: Self.memberLimit)
      }) {
      case .success(let out): return out
      case .failure(.tooLarge): throw .unsupported("\(name) inflates past \(Self.memberLimit >> 20) MB")
      case .failure(.damaged(let why)): throw .damaged("\(name): \(why)")
      }
    default: throw .unsupported("\(name) is compressed with method \(m.method), not deflate")
    }
  }

  private func u16(_ i: Int) -> Int {
    guard i + 2 <= bytes.count else { return 0 }
    return Int(bytes[i]) | Int(bytes[i + 1]) << 8
  }

  private func u32(_ i: Int) -> Int {
    guard i + 4 <= bytes.count else { return 0 }
    return Int(bytes[i]) | Int(bytes[i + 1]) << 8 | Int(bytes[i + 2]) << 16 | Int(bytes[i + 3]) << 24
  }
}
