/// One command of `termflow`: its name and help text, its arguments read into its own options value,
/// and what it runs. Each lives in Commands/ and is listed once in `CommandTable.all`, which is all
/// that adding a command touches besides its own file.
protocol Command {
  /// What the command reads from its arguments, checked as far as arguments alone allow.
  associatedtype Options

  /// The word after `termflow`.
  static var name: String { get }

  /// Its lines in `termflow help`, each indented two spaces and ending in a newline.
  static var usage: String { get }

  /// A second part of the help text that reads better next to another command's (its name), as
  /// `explain --student` does beside `run`.
  static var usageBeside: (command: String, text: String)? { get }

  /// The options from the arguments after the command's name (`--lang` already taken out). Options are
  /// read in a fixed order, so the first of several mistakes is the one named.
  static func parse(_ args: inout OptionReader) throws(UsageError) -> Options

  /// Runs the command; a failure that stops it early (a file that cannot be read) is thrown as the
  /// output that says so.
  static func run(_ options: Options, lang: Language) throws(CommandOutput) -> CommandOutput
}

extension Command {
  static var usageBeside: (command: String, text: String)? { nil }

  /// Parses `args` and runs the command: a usage error is exit 2, a thrown output is returned as it is.
  static func execute(_ args: [String], lang: Language) -> CommandOutput {
    var reader = OptionReader(args)
    let options: Options
    do { options = try parse(&reader) } catch { return .usage(error.message) }
    do { return try run(options, lang: lang) } catch { return error }
  }
}

/// A command line termflow cannot use; exit code 2.
struct UsageError: Error {
  var message: String
}
