import Testing

@testable import TermFlow

/// `termflow test`: the shipped workflows/*.flowtest pass; a failing test file's report and a malformed one's
/// errors are goldens (Fixtures/test).
struct WorkflowTestTests {
  static let loading = Driver.TestFiles(
    workflow: { test, path in try? FileIO.readSource(FileIO.relative(path, to: test)) },
    state: { test, path in try? FileIO.readState(FileIO.relative(path, to: test)) }
  )

  static func file(_ path: String) throws -> SourceFile {
    try FileIO.readSource(Golden.repoRoot.appendingPathComponent(path).path)
  }

  @Test func shippedTestsPass() throws {
    let dir = Golden.repoRoot.appendingPathComponent("workflows").path
    let paths = try #require(FileIO.files(under: dir, ending: ".flowtest"))
    #expect(paths.count >= 3, "every shipped workflow has tests")
    let out = Driver.test(try paths.map { try FileIO.readSource($0) }, loading: Self.loading)
    #expect(out.exitCode == 0, "\(out.stdout)\(out.stderr)")
    #expect(out.stdout.hasSuffix(" passed, 0 failed\n"))
  }

  /// Fixtures/test/NAME.flowtest: a failing test file's report, or a malformed one's errors; exit 1 either way.
  static func golden(_ name: String) -> String {
    let path = Golden.fixtures.appendingPathComponent("test/\(name).flowtest").path
    guard let read = try? FileIO.readSource(path) else {
      Issue.record("cannot read test/\(name).flowtest")
      return ""
    }
    // Named from the fixtures folder, so the golden holds no absolute path; the loader still resolves
    // what it names against the real path.
    let f = SourceFile(name: "test/\(name).flowtest", bytes: read.bytes)
    let loading = Driver.TestFiles(
      workflow: { _, p in try? FileIO.readSource(FileIO.relative(p, to: path)) },
      state: { _, p in try? FileIO.readState(FileIO.relative(p, to: path)) }
    )
    let out = Driver.test([f], loading: loading)
    #expect(out.exitCode == 1, "test/\(name)")
    return out.stdout + "--- stderr\n" + out.stderr
  }

  /// A workflow the command line cannot read is named with the system's reason.
  @Test func aWorkflowThatCannotBeReadSaysWhy() {
    let f = SourceFile(name: "t.flowtest", text: "workflow \"nope.flow\"\ntest \"x\" {\n}\n")
    let loading = Driver.TestFiles(
      reading: { _, p in try FileIO.readSource("/nonexistent-termflow-folder/" + p) },
      state: { _, p in try FileIO.readState(p) }
    )
    let out = Driver.test([f], loading: loading)
    #expect(out.exitCode == 1)
    #expect(
      out.stdout.contains("FAIL t.flowtest: cannot read the workflow 'nope.flow': No such file or directory"),
      "\(out.stdout)"
    )
  }

  @Test func wordsKeepQuotedText() {
    #expect(
      WorkflowTestFile.words("expect warning r message \"两个 词\"") == ["expect", "warning", "r", "message", "两个 词"]
    )
    #expect(WorkflowTestFile.words("  table  a.csv ") == ["table", "a.csv"])
  }

  @Test func relativePathsStayRelative() {
    #expect(FileIO.relative("../workflows/a.flow", to: "tests/a.flowtest") == "workflows/a.flow")
    #expect(FileIO.relative("../../x", to: "a/b.flowtest") == "../x")
    #expect(FileIO.relative("s", to: "/abs/t.flowtest") == "/abs/s")
  }
}
