import Testing

@testable import TermFlow

/// `JSONStream` is the one JSON encoder: a tree rendered through it and the same values streamed field
/// by field give the same bytes, pretty or compact.
struct JSONStreamTests {
  static let tree = JSONValue.object([
    ("name", .string("重修\t\"费\"")), ("count", .int(-3)), ("ok", .bool(true)), ("none", .null),
    ("empty", .array([])), ("bare", .object([])), ("list", .array([.int(1), .object([("k", .string("\u{1F}"))])])),
  ])

  @Test func prettyLayout() {
    let expected = """
      {
        "name": "重修\\t\\"费\\"",
        "count": -3,
        "ok": true,
        "none": null,
        "empty": [],
        "bare": {},
        "list": [
          1,
          {
            "k": "\\u001f"
          }
        ]
      }
      """
    #expect(Self.tree.render() == expected)
  }

  @Test func compactLayout() {
    let expected =
      #"{"name":"重修\t\"费\"","count":-3,"ok":true,"none":null,"# + #""empty":[],"bare":{},"list":[1,{"k":"\u001f"}]}"#
    #expect(Self.tree.render(pretty: false) == expected)
  }

  @Test(arguments: [true, false])
  func fieldsWriteWhatTheTreeWrites(_ pretty: Bool) {
    var out = JSONStream(pretty: pretty)
    out.open("{")
    out.field("name", "重修\t\"费\"")
    out.field("count", -3)
    out.field("ok", true)
    out.field("none", nil)
    out.key("empty")
    out.array([], empty: true)
    out.key("bare")
    out.value(.object([]))
    out.key("list")
    out.value(.array([.int(1), .object([("k", .string("\u{1F}"))])]))
    out.close("}")
    #expect(out.string() == Self.tree.render(pretty: pretty))
  }

  /// Every control character is escaped, the common ones by name and the rest as `\u00XX`.
  @Test func everyControlCharacter() {
    let text = String(decoding: (0..<0x20).map { UInt8($0) } + [0x7F], as: UTF8.self)
    let named: [UInt8: String] = [0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"]
    let hex = Array("0123456789abcdef")
    let escaped = (0..<0x20).map { named[UInt8($0)] ?? "\\u00\(hex[$0 >> 4])\(hex[$0 & 15])" }.joined()
    #expect(JSONValue.string(text).render() == "\"" + escaped + "\u{7F}\"")
  }
}
