/// `termflow timeline`: one workflow's steps in date order, a term's 周历 week by week (`--by week`), or
/// one calendar per office (`--by owner`).
enum TimelineCommand: Command {
  struct Options {
    /// What the timeline shows, with what only that view takes.
    enum View {
      /// One workflow's steps (`paths` holds one); a folder given alone is its term's 周历.
      case steps(owner: String?, done: [String]?, format: Driver.TimelineFormat)
      case byWeek(format: Driver.WeekCalendarFormat)
      /// Writes `folder`/OFFICE.ics for each office.
      case byOwner(folder: String)
    }
    var paths: [String]
    var view: View
    var today: String?
    var output: String?
    var wide: Bool
  }

  static let name = "timeline"
  static let usage = """
      termflow timeline FILE [--today YYYY-MM-DD[THH:MM]] [--owner NAME] [--done ID,...]
                        [--format text|json|ics|md|html|docx] [--output FILE] [--wide]
          Every step in date order with its week and weekday; with --today, each one's status (done,
          overdue, due today, due this week, open, upcoming). Past steps count as done unless --done
          lists the finished ones.
      termflow timeline DIR|FILE... --by week [--format text|md|csv|html|docx] [--today DATE] [--output FILE] [--wide]
          The term's 周历: every dated step of its workflows (each .flow under DIR), week by week,
          with its owner and workflow; the workflows are checked together first.
      termflow timeline DIR|FILE... --by owner --format ics --output DIR
          One calendar per office over the term's workflows (DIR/开课学院.ics …), to subscribe to.

    """

  static func parse(_ args: inout OptionReader) throws(UsageError) -> Options {
    let by = try args.option("--by")
    if by == "owner" {
      guard try args.option("--format") == "ics", let folder = try args.output() else {
        throw UsageError(message: "--by owner writes one calendar per office: give --format ics --output DIR")
      }
      let paths = try args.positionals()
      guard !paths.isEmpty else {
        throw UsageError(message: "timeline --by owner takes a term's folder or its workflow files")
      }
      return Options(paths: paths, view: .byOwner(folder: folder), today: nil, output: nil, wide: false)
    } else if let by {
      guard by == "week" else { throw UsageError(message: "--by must be week or owner, not '\(by)'") }
      let format = try args.format(Driver.WeekCalendarFormat.self) ?? .text
      let today = try args.today()
      let output = try args.output()
      let wide = args.wide()
      let paths = try args.positionals()
      guard !paths.isEmpty else {
        throw UsageError(message: "timeline --by week takes a term's folder or its workflow files")
      }
      return Options(paths: paths, view: .byWeek(format: format), today: today, output: output, wide: wide)
    }
    let today = try args.today()
    let owner = try args.option("--owner")
    let done = try args.option("--done").map { $0.split(separator: ",").map { String($0) } }
    if done != nil, today == nil {
      throw UsageError(message: "--done says which steps are finished as of --today; give --today too")
    }
    let format = try args.format(Driver.TimelineFormat.self) ?? .text
    let output = try args.output()
    let wide = args.wide()
    let paths = try args.positionals()
    guard paths.count == 1 else {
      throw UsageError(message: "timeline takes one workflow file (a term's folder or several files: --by week)")
    }
    if format == .docx, output == nil {
      throw UsageError(message: "--format docx writes a Word document: give --output FILE.docx")
    }
    let view = Options.View.steps(owner: owner, done: done, format: format)
    return Options(paths: paths, view: view, today: today, output: output, wide: wide)
  }

  static func run(_ o: Options, lang: Language) throws(CommandOutput) -> CommandOutput {
    switch o.view {
    case .byOwner(let folder): return try ownerCalendars(o.paths, folder: folder)
    case .byWeek(let format): return try weekCalendar(o, format: format)
    case .steps(nil, nil, let format) where o.paths.count == 1 && FileIO.isFolder(o.paths[0]):
      // A term's folder: its 周历, as `--by week` gives it.
      guard let weekly = Driver.WeekCalendarFormat(rawValue: format.rawValue) else {
        return .usage("a term folder's timeline is its 周历 (text, md, html, docx) or --by owner --format ics")
      }
      return try weekCalendar(o, format: weekly)
    case .steps(let owner, let done, let format):
      return try steps(o, owner: owner, done: done, format: format, lang: lang)
    }
  }

  private static func steps(
    _ o: Options,
    owner: String?,
    done: [String]?,
    format: Driver.TimelineFormat,
    lang: Language
  ) throws(CommandOutput) -> CommandOutput {
    let path = o.paths.first ?? "-"
    let f = try CommandIO.readSource(path)
    guard let output = o.output else {
      return Driver.timeline(
        file: f,
        today: o.today,
        owner: owner,
        done: done,
        format: format,
        wide: o.wide,
        lang: lang
      )
    }
    try CommandIO.refuseToOverwrite(output, inputs: [path], command: name)
    let bytes: [UInt8]
    var out: CommandOutput
    if format == .docx {
      let (document, said) = Driver.timelineDocument(file: f, owner: owner)
      guard let document else { return said }
      (bytes, out) = (document, said)
    } else {
      out = Driver.timeline(file: f, today: o.today, owner: owner, done: done, format: format, lang: lang)
      guard out.exitCode == 0 else { return out }
      bytes = Array(out.stdout.utf8)
      out.stdout = ""
    }
    try CommandIO.write(bytes: bytes, to: output, after: out)
    return out
  }

  private static func weekCalendar(
    _ o: Options,
    format: Driver.WeekCalendarFormat
  ) throws(CommandOutput)
    -> CommandOutput
  {
    let files = try CommandIO.readWorkflows(o.paths).map(\.file)
    if format == .docx {
      guard let output = o.output else {
        return .usage("--format docx writes a Word document: give --output FILE.docx")
      }
      let (bytes, out) = Driver.weekCalendarDocument(files: files)
      guard let bytes else { return out }
      try CommandIO.write(bytes: bytes, to: output, after: out)
      return out
    }
    let out = Driver.weekCalendar(files: files, format: format, today: o.today, wide: o.wide)
    guard let output = o.output, out.exitCode == 0 else { return out }
    try CommandIO.refuseToOverwrite(output, inputs: o.paths, command: name, namingInput: false)
    try CommandIO.write(out.stdout, to: output, after: out)
    return CommandOutput(stderr: out.stderr)
  }

  private static func ownerCalendars(_ paths: [String], folder: String) throws(CommandOutput) -> CommandOutput {
    let files = try CommandIO.readWorkflows(paths).map(\.file)
    switch Driver.ownerCalendars(files: files) {
    case .failure(let out): return out
    case .success(let calendars):
      do { try FileIO.makeFolder(folder) } catch { throw CommandIO.failed(error) }
      for c in calendars { try CommandIO.write(c.ics, to: folder + "/" + c.file) }
      return CommandOutput(stderr: calendars.map { "wrote \(folder)/\($0.file)\n" }.joined())
    }
  }
}
