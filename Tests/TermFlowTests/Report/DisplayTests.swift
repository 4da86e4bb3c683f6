import Foundation
import Testing

@testable import TermFlow

struct DisplayTests {
  /// One escape for the pages and the Word notice, scalar by scalar: an `&` with a combining mark after
  /// it is one Swift Character, and was left bare on the pages.
  @Test func markupIsEscapedByScalar() {
    #expect(Markup.escape("A&\u{301}<b>\"\n") == "A&amp;\u{301}&lt;b&gt;&quot;\n")
    #expect(Markup.escape("a\nb\tc\u{1}", replacingControls: true) == "a b\tc ")
  }

  @Test func cjkIsTwoCellsWide() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("报名") == 4)
    #expect(DisplayWidth.of("9月16日（第2周）") == 16)
    #expect(DisplayWidth.pad("教务处", to: 8) == "教务处  ")
  }

  @Test func caretSitsUnderTheChineseText() {
    let file = SourceFile(name: "x.flow", text: "term t {\n  week 1 starts 2018-09-03\n}\nstep 报名 {\n  owner 无人\n}\n")
    let out = Driver.check([file], format: .text).stdout
    // "  owner " is 8 cells, and 无人 is 4 cells wide: caret plus three tildes.
    #expect(out.contains("    5 |   owner 无人\n      |         ^~~~\n"))
  }

  @Test func icsLinesFoldAt75OctetsWithoutSplittingCharacters() {
    let long = "SUMMARY:" + String(repeating: "重新学习", count: 20)
    let folded = ICSWriter.fold(long)
    for line in folded.split(separator: "\r\n") {
      #expect(line.utf8.count <= 75)
    }
    #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long)
  }

  @Test func jsonEscapesControlCharacters() {
    #expect(JSONValue.string("a\"b\n\u{1}").render() == "\"a\\\"b\\n\\u0001\"")
  }
}
