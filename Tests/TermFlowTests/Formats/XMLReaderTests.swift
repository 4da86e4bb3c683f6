import Testing

@testable import TermFlow

/// `XMLReader`, the one XML tokenizer: its tokens, names, attributes and entity decoding.
struct XMLReaderTests {
  /// Each token as text: `<name attrs>`, `</name>`, `<name/>`, or the decoded text in quotes.
  static func tokens(_ xml: String) -> [String] {
    Array(xml.utf8).withUnsafeBufferPointer { p in
      var x = XMLReader(p)
      var out: [String] = []
      while let token = x.next() {
        switch token {
        case .tag(let t):
          var attrs: [String] = []
          for (key, value) in x.attributes(t.attributes) {
            attrs.append("\(x.string(key.qualified))(\(x.string(key.local)))=\(x.string(value))")
          }
          let name = x.string(t.name.qualified) + "(" + x.string(t.name.local) + ")"
          let tail = attrs.isEmpty ? "" : " " + attrs.joined(separator: " ")
          out.append(t.closing ? "</\(name)>" : t.selfClosing ? "<\(name)\(tail)/>" : "<\(name)\(tail)>")
        case .text(let r, let raw):
          var bytes: [UInt8] = []
          x.decode(r, raw: raw, into: &bytes)
          out.append("\"" + String(decoding: bytes, as: UTF8.self) + "\"")
        }
      }
      return out
    }
  }

  @Test func tokensNamesAndAttributes() {
    let xml = """
      <?xml version="1.0"?><!-- a <comment> --><x:sheet name="R&amp;D" r:id='rId1'>\
      <t>a &lt; b</t><![CDATA[&amp; <raw>]]><br/></x:sheet>
      """
    #expect(
      Self.tokens(xml) == [
        "<x:sheet(sheet) name(name)=R&D r:id(id)=rId1>", "<t(t)>", "\"a < b\"", "</t(t)>", "\"&amp; <raw>\"",
        "<br(br)/>", "</x:sheet(sheet)>",
      ]
    )
  }

  /// A `>` in a quoted value does not end the tag; a tag, comment or CDATA section that never ends
  /// ends the input.
  @Test func quotesAndUnterminatedInput() {
    #expect(Self.tokens("<a b=\"1>2\">") == ["<a(a) b(b)=1>2>"])
    #expect(Self.tokens("<a>x<b") == ["<a(a)>", "\"x\""])
    #expect(Self.tokens("<a><!-- no end") == ["<a(a)>"])
    #expect(Self.tokens("<a><![CDATA[no end") == ["<a(a)>"])
  }

  /// An attribute is found by its name as written or by its local part.
  @Test func attributeLookup() {
    Array("<c x:r=\"B2\" r:id=\"rId7\" t=\"s\"/>".utf8).withUnsafeBufferPointer { p in
      var x = XMLReader(p)
      guard case .tag(let t) = x.next() else {
        Issue.record("no tag")
        return
      }
      #expect(x.string(t.attributes, "r") == "B2")
      #expect(x.string(t.attributes, "r:id") == "rId7")
      #expect(x.string(t.attributes, "t") == "s")
      #expect(x.string(t.attributes, "s") == nil)
    }
  }

  /// The five named entities and numeric references; anything else after `&` is kept as written
  /// (up to its `;` when one comes within ten scalars).
  @Test(arguments: [
    ("&amp;&lt;&gt;&quot;&apos;", "&<>\"'"),
    ("&#20013;&#x6587;&#X41;", "中文A"),
    ("a & b", "a & b"),
    ("&nbsp;x", "&nbsp;x"),
    ("&#xD800;&#;&#x;", "&#xD800;&#;&#x;"),
    ("&a&amp;", "&a&amp;"),
    ("&abcdefghijk;&amp;", "&abcdefghijk;&"),
    ("&中文&amp;", "&中文&amp;"),
  ])
  func entities(_ raw: String, _ text: String) {
    #expect(Self.tokens("<t>\(raw)</t>") == ["<t(t)>", "\"\(text)\"", "</t(t)>"])
  }
}
