import Foundation

/// The command line as a front end over the driver: arguments in, what to print and the exit code
/// out. Only argument handling and file I/O live here; everything else is a `Driver` call. The
/// executable (Sources/TermFlowCLI) writes what this returns; tests call it directly
/// (Fixtures/cli: arguments → stdout, stderr, exit code).
public enum CommandLineTool {
  /// Parses `arguments` (without the program's name) and runs the command `CommandTable` names.
  public static func run(_ arguments: [String]) -> CommandOutput {
    // `--lang` is read first, wherever it stands, since every command takes it.
    var reader = OptionReader(arguments)
    let lang: Language
    do { lang = try reader.language() } catch { return .usage(error.message) }
    let args = reader.rest
    guard let verb = args.first else { return CommandOutput(stdout: Usage.text) }
    switch verb {
    case "help", "--help", "-h": return CommandOutput(stdout: Usage.text)
    case "version", "--version": return CommandOutput(stdout: "termflow \(Driver.version)\n")
    default:
      guard let command = CommandTable.command(named: verb) else { return .usage("unknown command '\(verb)'") }
      return command.execute(Array(args.dropFirst()), lang: lang)
    }
  }
}
