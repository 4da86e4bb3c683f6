import Foundation
import Testing

@testable import TermFlow

/// examples/qiangzhi: the example term's state as a 强智-style registrar and a payment platform export
/// it (tools/make_qiangzhi_example.py), read through the layout `state inspect` suggested with its
/// TODOs answered. With no edit to the files, the example workflow finds there what it finds in the
/// reference export — but the one amount-mismatch an order list (one amount per order) cannot show.
struct QiangzhiExampleTests {
  static func text(_ path: String) -> String {
    (try? String(contentsOf: Golden.repoRoot.appendingPathComponent(path), encoding: .utf8)) ?? ""
  }

  static func run(_ file: SourceFile, _ folder: String, _ format: Driver.RunFormat = .json) -> CommandOutput {
    Driver.run(
      file: file,
      state: (try? FileIO.readState(Golden.repoRoot.appendingPathComponent(folder).path)) ?? .memory([:]),
      stateFolder: folder,
      today: "2023-09-22T18:00",
      encoding: .auto,
      format: format,
      failOn: .never
    )
  }

  @Test func theSameFindingsAsTheReferenceExport() throws {
    let czie = Self.text("workflows/czie-retake.flow")
    let reference = Self.run(SourceFile(name: "workflows/czie-retake.flow", text: czie), "examples/state")
    let qiangzhi = Self.run(
      SourceFile(name: "workflows/czie-retake.flow", text: czie + "\n" + Self.text("examples/qiangzhi/school.flow")),
      "examples/qiangzhi"
    )
    #expect(reference.exitCode == 0 && qiangzhi.exitCode == 0, "\(reference.stderr)\(qiangzhi.stderr)")
    let a = Set(try LayoutTests.findings(reference.stdout)), b = Set(try LayoutTests.findings(qiangzhi.stdout))
    #expect(a.count > 20)
    #expect(b.subtracting(a).isEmpty, "\(b.subtracting(a))")
    #expect(a.subtracting(b).count == 1 && a.subtracting(b).first?.contains("amount-mismatch") == true)
  }

  /// The README's run on the example: every file read as exported, what was left out said (the golden
  /// layout/qiangzhi-run).
  static func exampleRun() -> CommandOutput {
    let file = SourceFile(name: "examples/qiangzhi/retake.flow", text: Self.text("examples/qiangzhi/retake.flow"))
    var loaded = file
    loaded.loader = .memory(["school.flow": Self.text("examples/qiangzhi/school.flow")])
    return Self.run(loaded, "examples/qiangzhi", .text)
  }

  @Test func theExampleRun() {
    let out = Self.exampleRun()
    #expect(out.exitCode == 0, "\(out.stderr)")
  }

  /// What a new user sees first: `state inspect` on the exports. Each choice it cannot make is a
  /// `todo` line that `check` refuses, so the suggestion never runs on a guess; the layout shipped in
  /// the example is this suggestion with those lines settled.
  static func inspect() -> CommandOutput {
    Driver.inspectState(
      files: (try? FileIO.readState(Golden.repoRoot.appendingPathComponent("examples/qiangzhi").path)) ?? .memory([:]),
      folder: "examples/qiangzhi",
      encoding: .auto
    )
  }

  /// The golden is layout/qiangzhi-inspect.
  @Test func inspectNamesEveryOpenChoice() {
    let out = Self.inspect()
    let check = Driver.check([SourceFile(name: "suggested.flow", text: out.stdout)], format: .text)
    #expect(check.exitCode == 1)
    let open = check.stdout.components(separatedBy: "[layout.open-choice]").count - 1
    #expect(open == 3, "\(check.stdout)")
  }
}
