import Testing

@testable import TermFlow

/// `timeline --format docx`, read back: a zip of the four parts Word needs, whose document holds the
/// red header, the title, and every line of the md notice (items, 其他事项, recipients, attachments,
/// signature) in the same order and words.
struct NoticeDocxTests {
  static func paragraphs(_ xml: [UInt8]) -> [(text: String, red: Bool)] {
    xml.withUnsafeBufferPointer { p in
      var x = XMLReader(p)
      var out: [(String, Bool)] = []
      var text: [UInt8] = [], red = false, inText = false
      while let token = x.next() {
        switch token {
        case .tag(let t):
          let name = t.name.qualified
          if x.named(name, "w:p") {
            if t.closing { out.append((String(decoding: text, as: UTF8.self), red)) } else { (text, red) = ([], false) }
          }
          if x.named(name, "w:t") { inText = !t.closing && !t.selfClosing }
          if x.named(name, "w:color"), !t.closing, x.string(t.attributes, "w:val") == "FF0000" { red = true }
        case .text(let r, let raw): if inText { x.decode(r, raw: raw, into: &text) }
        }
      }
      return out
    }
  }

  @Test func theNoticeReadsBack() throws {
    let f = Golden.workflow("fjut-2018-retake.flow")
    let (bytes, out) = Driver.timelineDocument(file: f, owner: nil)
    let docx = try #require(bytes, "\(out.stderr)")
    let members = try docx.withUnsafeBufferPointer { p in
      let zip = try ZipArchive(p)
      return (zip.members.keys.sorted(), try zip.read("word/document.xml"))
    }
    #expect(members.0 == ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"])
    let ps = Self.paragraphs(try #require(members.1)).filter { !$0.text.isEmpty }
    #expect(ps.first?.text == "福建工程学院教务处文件")
    #expect(ps.first?.red == true)
    #expect(ps.dropFirst().first?.text == "闽工院〔2018〕教102号")
    // Every line of the md notice, past its Markdown marks, is a paragraph, in order.
    let md = Driver.timeline(file: f, today: nil, owner: nil, done: nil, format: .md).stdout
    var lines = md.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }
      .map { $0.hasPrefix("# ") ? String($0.dropFirst(2)) : $0 }
      .map { $0.replacingOccurrences(of: "**", with: "") }
      .filter { !$0.isEmpty && !$0.hasPrefix("学期：") }
    lines = lines.map { $0.hasPrefix("附件") ? String($0.drop { $0 != "：" }.dropFirst()) : $0 }
    var k = 0
    for p in ps where k < lines.count && p.text.contains(lines[k]) { k += 1 }
    #expect(k == lines.count, "missing from the document: \(k < lines.count ? lines[k] : "")")
    #expect(ps.contains { $0.text.contains("（6）开课学院：严格按照期末阅卷标准") })
    #expect(ps.contains { $0.text == "2018年9月20日" })
  }

  @Test func theSameNoticeGivesTheSameBytes() {
    let f = Golden.workflow("fjut-2018-retake.flow")
    #expect(Driver.timelineDocument(file: f, owner: nil).bytes == Driver.timelineDocument(file: f, owner: nil).bytes)
  }

  @Test func crcMatchesTheStandard() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
  }
}
