/// `termflow run FILE|TERMDIR --state DIR`: the workflow's rules over the exports.
enum RunCommand: Command {
  struct Options {
    /// A workflow, or a term's folder (every workflow in it over the same exports).
    var path: String
    var state: String
    var today: String?
    var encoding: TextEncoding
    var format: Driver.RunFormat
    /// Ignored for a term's folder, whose run has no exit policy.
    var failOn: Driver.FailOn
    var output: String?
    var wide: Bool
  }

  static let name = "run"
  static let usage = """
      termflow run FILE --state DIR [--today YYYY-MM-DD[THH:MM]] [--format text|json|csv|html] [--output FILE] [--wide]
                   [--fail-on never|error|warning] [--encoding auto|utf-8|gb18030]
          The workflow's rules over the state CSVs (students, records, registrations, payments), read
          as the workflow's layout says (table, values, grades, use): tasks per owner and date,
          warnings per student, course and order, a count per rule.
      termflow run TERMDIR --state DIR [--today …] [--format text|json|csv] [--output FILE]
          Every workflow of a term's folder over the same exports: one task list per office.

    """

  static func parse(_ args: inout OptionReader) throws(UsageError) -> Options {
    let state = try args.state()
    let today = try args.today()
    let encoding = try args.encoding()
    let format = try args.format(Driver.RunFormat.self) ?? .text
    let failOn = try args.choice("--fail-on", Driver.FailOn.self) ?? .never
    let output = try args.output()
    let wide = args.wide()
    let paths = try args.positionals()
    guard paths.count == 1 else { throw UsageError(message: "run takes one workflow file") }
    guard let state else { throw UsageError(message: "run needs --state DIR (the folder of CSV exports)") }
    return Options(
      path: paths[0],
      state: state,
      today: today,
      encoding: encoding,
      format: format,
      failOn: failOn,
      output: output,
      wide: wide
    )
  }

  static func run(_ o: Options, lang: Language) throws(CommandOutput) -> CommandOutput {
    var out: CommandOutput
    // The files an output must not be. A term's run has only ever refused to write over a single workflow.
    var inputs: [String] = []
    if FileIO.isFolder(o.path) {
      // A term folder: every workflow over the same exports, one task list per office.
      let files = try CommandIO.readWorkflows([o.path]).map(\.file)
      out = Driver.runTerm(
        files: files,
        state: try CommandIO.readState(o.state, systemReason: true),
        stateFolder: o.state,
        today: o.today,
        encoding: o.encoding,
        format: o.format,
        wide: o.wide,
        lang: lang
      )
    } else {
      let f = try CommandIO.readSource(o.path)
      inputs = [o.path]
      out = Driver.run(
        file: f,
        state: try CommandIO.readState(o.state),
        stateFolder: o.state,
        today: o.today,
        encoding: o.encoding,
        format: o.format,
        failOn: o.failOn,
        wide: o.wide,
        lang: lang
      )
    }
    guard let output = o.output, !out.stdout.isEmpty else { return out }
    try CommandIO.refuseToOverwrite(output, inputs: inputs, command: name)
    try CommandIO.write(out.stdout, to: output, after: out)
    out.stdout = ""
    return out
  }
}
