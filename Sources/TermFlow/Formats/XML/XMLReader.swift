/// termflow's one XML tokenizer, for every part of a workbook (the sheet, shared strings, styles,
/// the workbook and its relationships) and for reading back the Word documents it writes. It reads
/// bytes in place and allocates nothing: a token is ranges of byte offsets into `b`, names are
/// compared as bytes, and text is decoded only when asked (a 30,000-student records sheet is over
/// 600 MB of XML). It knows the little of XML those files use: tags with their attributes, text with
/// its entities, CDATA; declarations, processing instructions and comments are skipped; no DTDs, and
/// namespace prefixes are not resolved (a name's local part is after its last colon: `r:id` → `id`).
/// Iterative, so no nesting depth can exhaust the stack. Lenient, as a reader of other programs' files
/// must be: a malformed tag is read as far as it goes, and only an unterminated one ends the input.
struct XMLReader {
  /// A name: all of it (`w:p`) and its local part (`p`), as byte offsets into `b`.
  struct Name {
    /// Where the prefix (or, without one, the local part) starts.
    var start: Int
    var local: Range<Int>
    var qualified: Range<Int> { start..<local.upperBound }
  }

  /// A start, end or empty-element tag.
  struct Tag {
    var name: Name
    /// `</name>`.
    var closing: Bool
    /// `<name/>`.
    var selfClosing: Bool
    /// The bytes between the name and `>` (or `/>`), for `attributes(_:_:)`.
    var attributes: Range<Int>
  }

  enum Token {
    case tag(Tag)
    /// Character data, its entities still encoded; `raw` for a CDATA section (no entities).
    case text(Range<Int>, raw: Bool)
  }

  let b: UnsafeBufferPointer<UInt8>
  /// The byte offset of the next token.
  var i = 0

  init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

  /// The next token, or nil at the end (or at a tag, comment or CDATA section that never ends).
  @inline(__always)
  mutating func next() -> Token? {
    while i < b.count {
      guard b[i] == UInt8(ascii: "<") else {
        let start = i
        while i < b.count, b[i] != UInt8(ascii: "<") { i += 1 }
        return .text(start..<i, raw: false)
      }
      i += 1
      guard i < b.count, b[i] == UInt8(ascii: "?") || b[i] == UInt8(ascii: "!") else { return tag().map { .tag($0) } }
      if starts("![CDATA[") {
        guard let end = find("]]>", from: i + 8) else { return nil }
        defer { i = end + 3 }
        return .text((i + 8)..<end, raw: true)
      }
      // A declaration, processing instruction or comment, skipped in this loop (not by recursion: a
      // file of a million comments must not exhaust the stack).
      let close: StaticString = starts("!--") ? "-->" : ">"
      guard let end = find(close, from: i + 1) else { return nil }
      i = end + close.utf8CodeUnitCount
    }
    return nil
  }

  /// The tag whose name starts at `i` (just past `<`); `i` is left past its `>`. Nil when no `>`
  /// ends it (a `>` in a quoted attribute value does not).
  mutating func tag() -> Tag? {
    var k = i
    let closing = k < b.count && b[k] == UInt8(ascii: "/")
    if closing { k += 1 }
    let nameStart = k
    var localStart = k
    while k < b.count, b[k] != 0x20, b[k] != UInt8(ascii: ">"), b[k] != UInt8(ascii: "/"), b[k] != 0x0A, b[k] != 0x0D,
      b[k] != 0x09
    {
      if b[k] == UInt8(ascii: ":") { localStart = k + 1 }
      k += 1
    }
    let name = Name(start: nameStart, local: localStart..<k)
    let attrsStart = k
    var quote: UInt8 = 0
    while k < b.count {
      let c = b[k]
      if quote != 0 {
        if c == quote { quote = 0 }
      } else if c == 0x22 || c == 0x27 {
        quote = c
      } else if c == UInt8(ascii: ">") {
        break
      }
      k += 1
    }
    guard k < b.count else { return nil }
    let selfClosing = k > attrsStart && b[k - 1] == UInt8(ascii: "/")
    i = k + 1
    return Tag(
      name: name,
      closing: closing,
      selfClosing: selfClosing,
      attributes: attrsStart..<(selfClosing ? k - 1 : k)
    )
  }

  /// Whether the bytes at `r` are `s`.
  @inline(__always)
  func named(_ r: Range<Int>, _ s: StaticString) -> Bool {
    guard r.count == s.utf8CodeUnitCount else { return false }
    let p = s.utf8Start
    for (n, k) in r.enumerated() where b[k] != p[n] { return false }
    return true
  }

  /// Each attribute of a tag in turn (its `attributes`): its name, and its value's bytes between the
  /// quotes, entities still encoded. A sequence rather than a callback, so that a loop over a cell's
  /// attributes compiles to a plain loop.
  struct Attributes: Sequence, IteratorProtocol {
    let b: UnsafeBufferPointer<UInt8>
    var k: Int
    let end: Int

    @inline(__always)
    mutating func next() -> (key: Name, value: Range<Int>)? {
      while k < end, XMLReader.isSpace(b[k]) { k += 1 }
      let keyStart = k
      var localStart = k
      while k < end, b[k] != UInt8(ascii: "="), b[k] > 0x20 {
        if b[k] == UInt8(ascii: ":") { localStart = k + 1 }
        k += 1
      }
      let key = Name(start: keyStart, local: localStart..<k)
      while k < end, b[k] != 0x22, b[k] != 0x27 { k += 1 }
      guard k < end else { return nil }
      let q = b[k]
      let start = k + 1
      k = start
      while k < end, b[k] != q { k += 1 }
      defer { k += 1 }
      return (key, start..<k)
    }
  }

  func attributes(_ attrs: Range<Int>) -> Attributes {
    Attributes(b: b, k: attrs.lowerBound, end: attrs.upperBound)
  }

  /// The value bytes of the first attribute named `name` (`r="B12"` → `B12`): as written (`r:id`), or
  /// by its local part (`r` is also `x:r`).
  func attribute(_ attrs: Range<Int>, _ name: StaticString) -> Range<Int>? {
    for (key, value) in attributes(attrs) where named(key.qualified, name) || named(key.local, name) {
      return value
    }
    return nil
  }

  /// An attribute's value as text, its entities decoded.
  func string(_ attrs: Range<Int>, _ name: StaticString) -> String? {
    attribute(attrs, name).map { string($0) }
  }

  @inline(__always)
  static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

  private func starts(_ s: StaticString) -> Bool {
    let n = s.utf8CodeUnitCount
    guard i + n <= b.count else { return false }
    let p = s.utf8Start
    for k in 0..<n where b[i + k] != p[k] { return false }
    return true
  }

  /// Where `s` next starts, from `from` on.
  private func find(_ s: StaticString, from: Int) -> Int? {
    let n = s.utf8CodeUnitCount
    let p = s.utf8Start
    var k = max(from, 0)
    outer: while k + n <= b.count {
      for m in 0..<n where b[k + m] != p[m] {
        k += 1
        continue outer
      }
      return k
    }
    return nil
  }
}
