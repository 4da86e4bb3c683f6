/// `termflow check FILE...`: syntax and meaning of workflows, checked together.
enum CheckCommand: Command {
  struct Options {
    /// Files, or folders standing for every `.flow` under them.
    var paths: [String]
    var format: DiagnosticFormat
  }

  static let name = "check"
  static let usage = """
      termflow check FILE... [--format text|json|sarif|github]
          Syntax and meaning; exit 0 when clean (warnings allowed), 1 on errors, 2 on usage errors.

    """

  static func parse(_ args: inout OptionReader) throws(UsageError) -> Options {
    let format = try args.format(DiagnosticFormat.self) ?? .text
    let paths = try args.positionals()
    guard !paths.isEmpty else { throw UsageError(message: "check needs at least one workflow file") }
    return Options(paths: paths, format: format)
  }

  static func run(_ o: Options, lang: Language) throws(CommandOutput) -> CommandOutput {
    // A folder is the term's workflows: every .flow under it, checked together.
    let files = try CommandIO.readWorkflows(o.paths).map(\.file)
    return Driver.check(files, format: o.format, lang: lang)
  }
}
