/// `termflow explain FILE`: how one step's dates were derived (`--step`), or every rule for one
/// student over the exports (`--state --student`).
enum ExplainCommand: Command {
  struct Options {
    /// What is explained.
    enum Subject {
      case step(String)
      case student(id: String, course: String?, state: String, today: String?, encoding: TextEncoding)
    }
    var path: String
    var subject: Subject
  }

  static let name = "explain"
  static let usage = """
      termflow explain FILE --step ID
          How a step's dates were derived: the rule, the holidays skipped, the steps it waits for.

    """
  // Listed after `run`, whose exports it reads.
  static let usageBeside: (command: String, text: String)? = (
    "run",
    """
      termflow explain FILE --state DIR --student ID [--course CODE] [--today ...]
          Every rule for one student: each outcome true or false, the values read, the CSV rows as
          exported (column, raw text, what the layout made of it).

    """
  )

  static func parse(_ args: inout OptionReader) throws(UsageError) -> Options {
    let step = try args.option("--step")
    let state = try args.state()
    let student = try args.option("--student")
    let course = try args.option("--course")
    let today = try args.today()
    let encoding = try args.encoding()
    let paths = try args.positionals()
    guard paths.count == 1 else { throw UsageError(message: "explain takes one workflow file") }
    if let step {
      guard student == nil, state == nil else {
        throw UsageError(message: "explain takes --step, or --state with --student, not both")
      }
      return Options(path: paths[0], subject: .step(step))
    }
    guard let state, let student else {
      throw UsageError(message: "explain needs --step ID, or --state DIR --student ID [--course CODE]")
    }
    let subject = Options.Subject.student(id: student, course: course, state: state, today: today, encoding: encoding)
    return Options(path: paths[0], subject: subject)
  }

  static func run(_ o: Options, lang: Language) throws(CommandOutput) -> CommandOutput {
    let f = try CommandIO.readSource(o.path)
    switch o.subject {
    case .step(let step):
      return Driver.explainStep(file: f, step: step, lang: lang)
    case .student(let id, let course, let state, let today, let encoding):
      return Driver.explainStudent(
        file: f,
        state: try CommandIO.readState(state),
        stateFolder: state,
        student: id,
        course: course,
        today: today,
        encoding: encoding,
        lang: lang
      )
    }
  }
}
