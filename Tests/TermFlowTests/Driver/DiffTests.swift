import Testing

@testable import TermFlow

/// `termflow diff`: goldens for a hand-edited pair (Fixtures/diff/NAME.old and NAME.new) and for the
/// fjut workflow against its roll to the next year, in text and JSON.
struct DiffTests {
  @Test(arguments: Golden.cases("diff", ext: "old"))
  func golden(_ name: String) {
    let old = Golden.source("diff", name, ext: "old"), new = Golden.source("diff", name, ext: "new")
    Golden.compare(Driver.diff(old, new, format: .text).stdout, "diff", name, ext: "text")
    Golden.compare(Driver.diff(old, new, format: .json).stdout, "diff", name, ext: "json")
  }

  @Test func fjutAgainstItsRoll() throws {
    let old = Golden.workflow("fjut-2018-retake.flow")
    let text = try #require(Driver.roll(old, term: "2019-2020-1", weekOne: "2019-09-02", outputName: "x").text)
    let new = SourceFile(name: "fjut-2019-retake.flow", text: text)
    let out = Driver.diff(old, new, format: .text)
    #expect(out.exitCode == 0)
    Golden.compare(out.stdout, "diff", "fjut-roll", ext: "text")
    Golden.compare(Driver.diff(old, new, format: .json).stdout, "diff", "fjut-roll", ext: "json")
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

  /// `--lang zh`: the labels in Chinese (the golden), the steps and dates as they are.
  @Test func chineseLabels() {
    let old = Golden.source("diff", "edited", ext: "old"), new = Golden.source("diff", "edited", ext: "new")
    Golden.compare(Driver.diff(old, new, format: .text, lang: .zh).stdout, "diff", "edited.zh", ext: "text")
    let step = Driver.explainStep(file: Golden.workflow("fjut-2018-retake.flow"), step: "组织教学", lang: .zh)
    #expect(step.stdout.contains("  声明于 workflows/fjut-2018-retake.flow:"))
    #expect(step.stdout.contains("\n推算：\n"))
  }
}
