import Foundation
import Testing

@testable import TermFlow

/// The command line as the office meets it: each Fixtures/cli/NAME.args (one argument per line, `$ROOT`
/// for the repository) run through `CommandLineTool.run`, its exit code, stdout and stderr compared
/// with NAME.expected.
struct CommandLineTests {
  static let root = Golden.repoRoot.path

  @Test(arguments: Golden.cases("cli", ext: "args"))
  func golden(_ name: String) throws {
    let text = String(decoding: Golden.source("cli", name, ext: "args").bytes, as: UTF8.self)
    let args = text.split(separator: "\n").map { $0.replacingOccurrences(of: "$ROOT", with: Self.root) }
    let out = CommandLineTool.run(args)
    let shown = "exit: \(out.exitCode)\n--- stdout\n\(out.stdout)--- stderr\n\(out.stderr)"
    Golden.compare(shown.replacingOccurrences(of: Self.root, with: "$ROOT"), "cli", name)
  }
}
