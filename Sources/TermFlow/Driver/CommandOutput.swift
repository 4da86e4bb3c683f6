/// What a command produced: the CLI prints `stdout` and `stderr` and exits with `exitCode`;
/// golden tests compare all three.
public struct CommandOutput: Sendable, Equatable {
  public var stdout: String
  public var stderr: String
  public var exitCode: Int32

  public init(stdout: String = "", stderr: String = "", exitCode: Int32 = 0) {
    self.stdout = stdout
    self.stderr = stderr
    self.exitCode = exitCode
  }

  /// Exit code 2, for arguments the command cannot use.
  public static func usage(_ message: String) -> CommandOutput {
    CommandOutput(stderr: "termflow: \(message)\nrun 'termflow help' for usage\n", exitCode: 2)
  }
}

/// How `check` and the other commands print diagnostics.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
  case text, json, sarif, github
}

/// A command that stopped early carries its output as the failure of a `Result`.
extension CommandOutput: Error {}
