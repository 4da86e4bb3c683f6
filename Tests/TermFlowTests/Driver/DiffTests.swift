import Testing

@testable import TermFlow

/// `termflow diff`: goldens for a hand-edited pair (Fixtures/diff/NAME.old and NAME.new) and for the
/// fjut workflow against its roll to the next year, in text and JSON (NAME.FORMAT, NAME.zh.FORMAT).
struct DiffTests {
  static var goldens: [String] {
    Golden.cases("diff", ext: "old").flatMap { ["\($0).text", "\($0).json", "\($0).zh.text"] }
      + ["fjut-roll.text", "fjut-roll.json"]
  }

  /// The fjut workflow and its roll to 2019-2020-1.
  static func fjutAndItsRoll() -> (old: SourceFile, new: SourceFile) {
    let old = Golden.workflow("fjut-2018-retake.flow")
    let text = Driver.roll(old, term: "2019-2020-1", weekOne: "2019-09-02", outputName: "x").text
    if text == nil { Issue.record("fjut-2018-retake.flow does not roll") }
    return (old, SourceFile(name: "fjut-2019-retake.flow", text: text ?? ""))
  }

  static func golden(_ name: String) -> String {
    let (c, variants) = Golden.parts(name)
    let lang: Language = variants.contains("zh") ? .zh : .en
    guard let format = variants.last.flatMap(Driver.DiffFormat.init(rawValue:)) else {
      Issue.record("diff/\(name): NAME[.zh].FORMAT")
      return ""
    }
    let (old, new) =
      c == "fjut-roll"
      ? fjutAndItsRoll() : (Golden.source("diff", c, ext: "old"), Golden.source("diff", c, ext: "new"))
    return Driver.diff(old, new, format: format, lang: lang).stdout
  }

  @Test func fjutAgainstItsRoll() {
    let (old, new) = Self.fjutAndItsRoll()
    let out = Driver.diff(old, new, format: .text)
    #expect(out.exitCode == 0)
    // A roll keeps every teaching week: no step is singled out as moved differently.
    #expect(!out.stdout.contains("note:"))
  }

  @Test func aWorkflowAgainstItselfHasNoChanges() {
    let f = Golden.workflow("czie-retake.flow")
    let out = Driver.diff(f, f, format: .text)
    #expect(out.stdout.hasSuffix("\nno changes\n"))
  }

  @Test func errorsInEitherFileAreTheOutput() {
    let bad = SourceFile(name: "bad.flow", text: "step a {\n  due 9月32日\n}\n")
    let out = Driver.diff(Golden.workflow("fjut-2018-retake.flow"), bad, format: .text)
    #expect(out.exitCode == 1)
    #expect(out.stdout.isEmpty)
    #expect(out.stderr.contains("bad.flow:1:1: error: the workflow has no term block"))
  }

  /// `--lang zh`: the labels in Chinese (the golden edited.zh.text), the steps and dates as they are.
  @Test func chineseLabels() {
    let step = Driver.explainStep(file: Golden.workflow("fjut-2018-retake.flow"), step: "组织教学", lang: .zh)
    #expect(step.stdout.contains("  声明于 workflows/fjut-2018-retake.flow:"))
    #expect(step.stdout.contains("\n推算：\n"))
  }
}
