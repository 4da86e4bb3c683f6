import Foundation
import Testing

@testable import TermFlow

/// The command line as the office meets it: each Fixtures/cli/NAME.args (one argument per line, `$ROOT`
/// for the repository) run through `CommandLineTool.run`, its exit code, stdout and stderr compared
/// with NAME.expected (by the golden walker).
enum CommandLineTests {
  static let root = Golden.repoRoot.path

  static func golden(_ name: String) -> String {
    let text = String(decoding: Golden.source("cli", name, ext: "args").bytes, as: UTF8.self)
    let args = text.split(separator: "\n").map { $0.replacingOccurrences(of: "$ROOT", with: Self.root) }
    let out = CommandLineTool.run(args)
    let shown = "exit: \(out.exitCode)\n--- stdout\n\(out.stdout)--- stderr\n\(out.stderr)"
    return shown.replacingOccurrences(of: Self.root, with: "$ROOT")
  }
}

/// The table of commands is the one list `termflow help` and the dispatch both read: a command missing
/// from the help, or two commands under one name (the second never reached), is a mistake here.
struct CommandTableTests {
  /// Each command's name and help lines, read once (the expectations then hold plain strings).
  static let commands: [(name: String, usage: String, beside: (command: String, text: String)?)] = CommandTable.all
    .map { ($0.name, $0.usage, $0.usageBeside) }

  @Test func namesAreUniqueAndNotTheBuiltIns() {
    let names = Self.commands.map(\.name)
    #expect(Set(names).count == names.count, "\(names)")
    #expect(names.allSatisfy { !["help", "version"].contains($0) && !$0.hasPrefix("-") })
  }

  @Test func everyCommandIsInTheHelp() {
    let help = CommandLineTool.run(["help"]).stdout
    let names = Self.commands.map(\.name)
    for (name, usage, beside) in Self.commands {
      #expect(help.contains("\n  termflow \(name) ") || help.contains("\n  termflow \(name)\n"), "\(name)")
      #expect(help.contains(usage), "\(name)'s usage")
      if let beside {
        #expect(names.contains(beside.command), "\(name) is listed beside a command")
        #expect(help.contains(beside.text), "\(name)'s second usage")
      }
    }
  }

  /// Each command is reached by its name and reads its own options: one it lacks is a usage error.
  @Test func everyCommandRefusesAnOptionItLacks() {
    for (name, _, _) in Self.commands {
      let out = CommandLineTool.run([name, "--no-such-option"])
      #expect(out.exitCode == 2, "\(name)")
      #expect(out.stdout.isEmpty, "\(name)")
    }
  }
}
