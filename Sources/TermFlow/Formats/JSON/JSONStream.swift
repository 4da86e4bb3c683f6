/// JSON written as it goes: the one encoder of strings, numbers, separators and indentation. Pretty
/// output has two spaces per level and `"key": value`; compact output is one line without spaces. A
/// run's report streams thousands of findings through it without building a tree, and
/// `JSONValue.render` feeds its tree through the same calls, so both lay JSON out alike.
struct JSONStream {
  var bytes: [UInt8] = []
  /// What was written before `bytes`, in order (see `array(_:empty:)`).
  private var written: [[UInt8]] = []
  /// Open objects and arrays around what is written next.
  private var depth = 0
  /// Whether the open object or array has a member yet (its next one needs a comma).
  private var hasMember = false
  /// False: no new lines, no indent, no space after a colon.
  let pretty: Bool

  init(pretty: Bool = true) { self.pretty = pretty }

  /// Starts the next member: a comma after the one before, then (pretty) a new line and the indent.
  private mutating func member() {
    defer { hasMember = true }
    guard pretty else {
      if hasMember { bytes.append(0x2C) }
      return
    }
    let indent = 2 * depth
    if indent <= 64 {
      // ",\n" and the indent in one append.
      JSONStream.breaks.withUnsafeBufferPointer { b in bytes.append(contentsOf: b[(hasMember ? 0 : 1)..<(2 + indent)]) }
    } else {
      if hasMember { bytes.append(0x2C) }
      bytes.append(0x0A)
      bytes.append(contentsOf: repeatElement(0x20, count: indent))
    }
  }

  private static let breaks: [UInt8] = [0x2C, 0x0A] + Array(repeating: 0x20, count: 64)

  mutating func open(_ bracket: StaticString) {
    literal(bracket)
    depth += 1
    hasMember = false
  }

  /// Closes an object or array that has members.
  mutating func close(_ bracket: StaticString) {
    depth -= 1
    hasMember = false
    member()
    literal(bracket)
  }

  mutating func literal(_ s: StaticString) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
  }

  /// The colon after a key, and (pretty) its space.
  private mutating func colon() {
    if pretty { literal(": ") } else { bytes.append(0x3A) }
  }

  mutating func key(_ k: String) {
    member()
    JSONStream.quote(k, into: &bytes)
    colon()
  }

  /// A key written in the source, which needs no escapes.
  mutating func key(_ k: StaticString) {
    member()
    bytes.append(0x22)
    literal(k)
    bytes.append(0x22)
    colon()
  }

  mutating func field(_ k: StaticString, _ v: String?) {
    key(k)
    if let v { JSONStream.quote(v, into: &bytes) } else { literal("null") }
  }

  mutating func field(_ k: StaticString, _ v: Int) {
    key(k)
    bytes.append(contentsOf: String(v).utf8)
  }

  mutating func field(_ k: StaticString, _ v: Bool) {
    key(k)
    literal(v ? "true" : "false")
  }

  /// A count under a key from the data (a rule id).
  mutating func field(_ k: String, _ v: Int) {
    key(k)
    bytes.append(contentsOf: String(v).utf8)
  }

  /// A tree, as the value of the key just written (or of the whole text, or as an array's element
  /// after `element()`). Recursive: trees are built by code, and a language server's message is
  /// parsed no deeper than `JSONNode.maxDepth`.
  mutating func value(_ v: JSONValue) {
    switch v {
    case .string(let s): JSONStream.quote(s, into: &bytes)
    case .int(let n): bytes.append(contentsOf: String(n).utf8)
    case .bool(let b): literal(b ? "true" : "false")
    case .null: literal("null")
    case .array(let xs):
      guard !xs.isEmpty else { return literal("[]") }
      open("[")
      for x in xs {
        member()
        value(x)
      }
      close("]")
    case .object(let kvs):
      guard !kvs.isEmpty else { return literal("{}") }
      open("{")
      for (k, x) in kvs {
        key(k)
        value(x)
      }
      close("}")
    }
  }

  /// Objects as the elements of an array `depth` levels in, each with the fields `fields` writes;
  /// `first` when they start the array (no comma before them). For `array(_:empty:)`.
  static func objects<T>(
    _ xs: ArraySlice<T>,
    depth: Int,
    first: Bool,
    _ fields: (inout JSONStream, T) -> Void
  ) -> [UInt8] {
    var out = JSONStream()
    out.bytes.reserveCapacity(512 * xs.count)
    out.depth = depth
    out.hasMember = !first
    for x in xs {
      out.member()
      out.open("{")
      fields(&out, x)
      out.close("}")
    }
    return out.bytes
  }

  /// An array as the value of the key just written, its elements already written by `objects`. The
  /// pieces are kept as they are and copied once, by `string()`.
  mutating func array(_ pieces: ArraySlice<[UInt8]>, empty: Bool) {
    guard !empty else {
      literal("[]")
      return
    }
    open("[")
    written.append(bytes)
    written += pieces
    bytes = []
    hasMember = true
    close("]")
  }

  /// Everything written, as one string.
  func string() -> String {
    guard !written.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
    let all = written + [bytes]
    let total = all.reduce(0) { $0 + $1.count }
    return String(unsafeUninitializedCapacity: total) { out in
      var at = 0
      for part in all {
        part.withUnsafeBufferPointer { p in
          guard let from = p.baseAddress, let to = out.baseAddress else { return }
          (to + at).update(from: from, count: p.count)
        }
        at += part.count
      }
      return at
    }
  }
}
