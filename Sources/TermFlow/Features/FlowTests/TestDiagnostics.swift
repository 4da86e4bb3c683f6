/// `termflow test`'s diagnostics about a `*.flowtest` file: the code (documented in
/// docs/diagnostics.md) and, one constructor per message in alphabetical order, what each says.
enum TestDiagnostics {
  static let syntax: DiagnosticCode = "test.syntax"

  /// A `test` line that is not `test "name" {`.
  static var badTestLine: DiagnosticMessage { .error(syntax, "write: test \"what it checks\" {") }

  /// A `workflow` line with other than one path.
  static var badWorkflowLine: DiagnosticMessage { .error(syntax, "write: workflow \"path/to/file.flow\"") }

  /// A line inside a test that is no test statement.
  static var expectedInTest: DiagnosticMessage { .error(syntax, "expected today, state, table, expect or }") }

  /// A line outside any test that is neither `workflow` nor `test`.
  static var expectedTopLevel: DiagnosticMessage {
    .error(syntax, "expected 'workflow \"…\"' or 'test \"…\" {'")
  }

  /// An `expect` line of none of the expectation shapes.
  static var notAnExpectation: DiagnosticMessage {
    .error(
      syntax,
      "not an expectation: write expect warning|error|task RULE [student S] [course C] [order O] [owner O] [date D] [message \"…\"], expect no …, expect count RULE N, expect step ID due|start MOMENT, or expect nothing else"
    )
  }

  /// A file with tests and no `workflow` line.
  static var noWorkflow: DiagnosticMessage {
    .error(syntax, "the file does not name its workflow: workflow \"path/to/file.flow\"")
  }

  /// A `table NAME` with no `end`.
  static func tableNotClosed(_ name: String) -> DiagnosticMessage {
    .error(syntax, "table \(name) is not closed with 'end'")
  }

  /// A test with no `}`.
  static func testNotClosed(_ name: String) -> DiagnosticMessage {
    .error(syntax, "test \"\(name)\" is not closed with '}'")
  }
}
