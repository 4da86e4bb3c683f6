import Foundation
import Testing

@testable import TermFlow

/// One fixture folder: the goldens it holds and the function that produces each one's text from the
/// case's inputs. Every golden is `NAME.expected`, NAME being the case and its variants
/// (`czie-retake.zh.html`); a case's inputs sit beside it as `CASE.flow`, `CASE.args`, `CASE.moments`,
/// … or a folder `CASE/`, or are the repository's own workflows and examples.
struct GoldenFolder: Sendable {
  /// The folder under Fixtures/.
  var name: String
  /// The goldens' names, without `.expected`.
  var goldens: @Sendable () -> [String]
  /// The text a golden holds. It may also expect what the output must satisfy besides the golden
  /// (idempotent, checks clean, an exit code).
  var produce: @Sendable (String) -> String

  init(_ name: String, goldens: @escaping @Sendable () -> [String], produce: @escaping @Sendable (String) -> String) {
    self.name = name
    self.goldens = goldens
    self.produce = produce
  }

  /// A folder with one golden per input file `CASE.ext`.
  init(_ name: String, inputs ext: String, produce: @escaping @Sendable (String) -> String) {
    self.init(name, goldens: { Golden.cases(name, ext: ext) }, produce: produce)
  }
}

/// One golden to compare, shown as `folder/name` in the test list.
struct GoldenCase: Sendable, Hashable, CustomTestStringConvertible {
  var folder: String
  var name: String
  var testDescription: String { "\(folder)/\(name)" }
}

/// The folder decides the command (see shared/style.md): every fixture folder and its producer.
enum GoldenWalker {
  static let folders: [GoldenFolder] = [
    GoldenFolder("calendar", inputs: "flow", produce: StageGoldens.calendar),
    GoldenFolder("check", inputs: "flow", produce: StageGoldens.check),
    GoldenFolder("ci", goldens: { StageGoldens.ciGoldens }, produce: StageGoldens.ci),
    GoldenFolder("cli", inputs: "args", produce: CommandLineTests.golden),
    GoldenFolder("diff", goldens: { DiffTests.goldens }, produce: DiffTests.golden),
    GoldenFolder("dryrun", goldens: { DryRunTests.goldens }, produce: DryRunTests.golden),
    GoldenFolder("explain", goldens: { TimelineTests.dryRuns.map(\.0) }, produce: TimelineTests.explainGolden),
    GoldenFolder("fmt", inputs: "flow", produce: StageGoldens.fmt),
    GoldenFolder("import", goldens: { ImportTests.notices }, produce: ImportTests.golden),
    GoldenFolder("import-corpus", goldens: { CorpusImportTests.notices }, produce: CorpusImportTests.golden),
    GoldenFolder("lang", goldens: { LanguageTests.goldens }, produce: LanguageTests.golden),
    GoldenFolder("layout", goldens: { LayoutGoldens.goldens }, produce: LayoutGoldens.golden),
    GoldenFolder("parse", inputs: "flow", produce: StageGoldens.parse),
    GoldenFolder("roll", goldens: { RollTests.goldens }, produce: RollTests.golden),
    GoldenFolder("run", goldens: { RunTests.goldens }, produce: RunTests.golden),
    GoldenFolder("term", goldens: { TermPlanTests.goldens }, produce: TermPlanTests.golden),
    GoldenFolder("test", inputs: "flowtest", produce: WorkflowTestTests.golden),
    GoldenFolder("timeline", goldens: { TimelineTests.goldens }, produce: TimelineTests.golden),
    GoldenFolder("xlsx", goldens: { WorkbookTests.goldens }, produce: WorkbookTests.golden),
  ]

  /// Every golden of every folder, sorted within its folder.
  static var cases: [GoldenCase] {
    folders.flatMap { f in f.goldens().sorted().map { GoldenCase(folder: f.name, name: $0) } }
  }
}
