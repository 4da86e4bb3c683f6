import Testing

@testable import TermFlow

/// The table-driven GB18030 decoder against iconv, on text with ASCII runs, two-byte characters
/// (GBK), four-byte sequences (emoji, rare CJK) and bad bytes; and split across two threads.
struct GB18030Tests {
  static let sample = "学号,姓名,成绩\n2023001,张伟,优秀\n2023002,王芳,59.5 缺考 緩考 € ・ 🎓 𠀀 㐀\n"

  static func encode(_ s: String) -> [UInt8] {
    Array(s.utf8).withUnsafeBufferPointer { Platform.iconv($0, from: "UTF-8", to: "GB18030") } ?? []
  }

  @Test func matchesIconv() throws {
    let gb = Self.encode(Self.sample)
    #expect(gb.count > 40)
    let ours = try gb.withUnsafeBufferPointer { try GB18030.toUTF8($0).get() }
    #expect(String(decoding: ours, as: UTF8.self) == Self.sample)
  }

  /// Every two-byte character decodes as iconv decodes it.
  @Test func everyTwoByteCharacter() {
    var bytes: [UInt8] = []
    for lead in 0x81...0xFE {
      for trail in 0x40...0xFE where trail != 0x7F { bytes += [UInt8(lead), UInt8(trail), 0x0A] }
    }
    let ours = bytes.withUnsafeBufferPointer { try? GB18030.toUTF8($0).get() }
    let theirs = bytes.withUnsafeBufferPointer { TextEncoding.iconvGB18030($0) }
    #expect(ours != nil && ours == theirs)
  }

  @Test func bigInputOnTwoThreads() throws {
    var text = ""
    for i in 0..<140000 { text += "\(i),课程\(i % 97),专业必修课,否,良好\n" }
    let gb = Self.encode(text)
    #expect(gb.count >= GB18030.splitSize)
    let ours = try gb.withUnsafeBufferPointer { try GB18030.toUTF8($0).get() }
    #expect(ours == Array(text.utf8))
  }

  /// The characters that grow most (two bytes in, four out), back to back, fill the room exactly.
  @Test func worstCaseGrowth() throws {
    let gb: [UInt8] = (0..<50000).map { $0 % 2 == 0 ? 0xFE : 0x51 }
    let ours = try gb.withUnsafeBufferPointer { try GB18030.toUTF8($0).get() }
    #expect(ours.count == 100000)
  }

  @Test func badBytesNameTheirLine() {
    let bad: [UInt8] = Array("a,b\nc,d\n".utf8) + [0x81, 0x20] + Array("\n".utf8)
    let r = bad.withUnsafeBufferPointer { GB18030.toUTF8($0) }
    #expect(throws: TextEncoding.DecodeError.self) { try r.get() }
    if case .failure(let e) = r { #expect(e.line == 3) }
    let ff: [UInt8] = [0x41, 0xFF, 0x0A]
    #expect((try? ff.withUnsafeBufferPointer { try GB18030.toUTF8($0).get() }) == nil)
  }
}
