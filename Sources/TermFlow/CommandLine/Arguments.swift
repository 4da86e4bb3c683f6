import Foundation

/// A parsed command line.
enum Command {
  case check(paths: [String], format: DiagnosticFormat)
  case fmt(paths: [String], write: Bool, check: Bool)
  case calendar(path: String?, from: String?, to: String?, format: Driver.CalendarFormat)
  case timeline(
    path: String,
    today: String?,
    owner: String?,
    done: [String]?,
    format: Driver.TimelineFormat,
    output: String?,
    wide: Bool
  )
  case weekCalendar(paths: [String], format: Driver.WeekCalendarFormat, today: String?, output: String?, wide: Bool)
  case ownerCalendars(paths: [String], output: String)
  case explainStep(path: String, step: String)
  case run(
    path: String,
    state: String,
    today: String?,
    encoding: TextEncoding,
    format: Driver.RunFormat,
    failOn: Driver.FailOn,
    output: String?,
    wide: Bool
  )
  case explainStudent(
    path: String,
    state: String,
    student: String,
    course: String?,
    today: String?,
    encoding: TextEncoding
  )
  case roll(path: String, term: String, weekOne: String, output: String?)
  case diff(old: String, new: String, format: Driver.DiffFormat)
  case importNotice(path: String, term: String?, weekOne: String?)
  case test(paths: [String])
  case lsp
  case dumpAST(path: String)
  case inspectState(folder: String, encoding: TextEncoding)
  case help
  case version
}

/// A command line termflow cannot use; exit code 2.
struct UsageError: Error {
  var message: String
}

/// Turns argv (without the program name) into a `Command`.
enum Arguments {
  /// `--lang zh|en` on any command, else `TERMFLOW_LANG`, else English: the arguments without it, and
  /// the language.
  static func language(_ args: [String]) throws(UsageError) -> ([String], Language) {
    var rest = args
    if let lang = try enumOption("--lang", &rest, Language.self) { return (rest, lang) }
    guard let env = ProcessInfo.processInfo.environment["TERMFLOW_LANG"], !env.isEmpty else { return (rest, .en) }
    guard let lang = Language(rawValue: env.lowercased().prefix(2).description) else {
      throw UsageError(message: "TERMFLOW_LANG must be zh or en, not '\(env)'")
    }
    return (rest, lang)
  }

  static func parse(_ args: [String]) throws(UsageError) -> Command {
    guard let verb = args.first else { return .help }
    var rest = Array(args.dropFirst())
    switch verb {
    case "help", "--help", "-h": return .help
    case "version", "--version": return .version
    case "check":
      let format = try enumOption("--format", &rest, DiagnosticFormat.self) ?? .text
      let paths = try positionals(rest)
      guard !paths.isEmpty else { throw UsageError(message: "check needs at least one workflow file") }
      return .check(paths: paths, format: format)
    case "fmt":
      let write = flag("--write", &rest)
      let check = flag("--check", &rest)
      let paths = try positionals(rest)
      guard !paths.isEmpty else { throw UsageError(message: "fmt needs a workflow file, or - for standard input") }
      if write && check { throw UsageError(message: "fmt takes --write or --check, not both") }
      if write && paths.contains("-") { throw UsageError(message: "fmt --write cannot rewrite standard input") }
      return .fmt(paths: paths, write: write, check: check)
    case "calendar":
      let from = try option("--from", &rest)
      let to = try option("--to", &rest)
      let format = try enumOption("--format", &rest, Driver.CalendarFormat.self) ?? .text
      let paths = try positionals(rest)
      guard paths.count <= 1 else { throw UsageError(message: "calendar takes at most one workflow file") }
      return .calendar(path: paths.first, from: from, to: to, format: format)
    case "timeline":
      let by = try option("--by", &rest)
      if by == "owner" {
        guard try option("--format", &rest) == "ics", let output = try option("--output", &rest) else {
          throw UsageError(message: "--by owner writes one calendar per office: give --format ics --output DIR")
        }
        let paths = try positionals(rest)
        guard !paths.isEmpty else {
          throw UsageError(message: "timeline --by owner takes a term's folder or its workflow files")
        }
        return .ownerCalendars(paths: paths, output: output)
      } else if let by {
        guard by == "week" else { throw UsageError(message: "--by must be week or owner, not '\(by)'") }
        let format = try enumOption("--format", &rest, Driver.WeekCalendarFormat.self) ?? .text
        let today = try option("--today", &rest)
        let output = try option("--output", &rest)
        let wide = flag("--wide", &rest)
        let paths = try positionals(rest)
        guard !paths.isEmpty else {
          throw UsageError(message: "timeline --by week takes a term's folder or its workflow files")
        }
        return .weekCalendar(paths: paths, format: format, today: today, output: output, wide: wide)
      }
      let today = try option("--today", &rest)
      let owner = try option("--owner", &rest)
      let done = try option("--done", &rest).map { $0.split(separator: ",").map { String($0) } }
      if done != nil, today == nil {
        throw UsageError(message: "--done says which steps are finished as of --today; give --today too")
      }
      let format = try enumOption("--format", &rest, Driver.TimelineFormat.self) ?? .text
      let output = try option("--output", &rest)
      let wide = flag("--wide", &rest)
      let paths = try positionals(rest)
      guard paths.count == 1 else {
        throw UsageError(message: "timeline takes one workflow file (a term's folder or several files: --by week)")
      }
      if format == .docx, output == nil {
        throw UsageError(message: "--format docx writes a Word document: give --output FILE.docx")
      }
      return .timeline(
        path: paths[0],
        today: today,
        owner: owner,
        done: done,
        format: format,
        output: output,
        wide: wide
      )
    case "run":
      let state = try option("--state", &rest)
      let today = try option("--today", &rest)
      let encoding = try enumOption("--encoding", &rest, TextEncoding.self) ?? .auto
      let format = try enumOption("--format", &rest, Driver.RunFormat.self) ?? .text
      let failOn = try enumOption("--fail-on", &rest, Driver.FailOn.self) ?? .never
      let output = try option("--output", &rest)
      let wide = flag("--wide", &rest)
      let paths = try positionals(rest)
      guard paths.count == 1 else { throw UsageError(message: "run takes one workflow file") }
      guard let state else { throw UsageError(message: "run needs --state DIR (the folder of CSV exports)") }
      return .run(
        path: paths[0],
        state: state,
        today: today,
        encoding: encoding,
        format: format,
        failOn: failOn,
        output: output,
        wide: wide
      )
    case "explain":
      let step = try option("--step", &rest)
      let state = try option("--state", &rest)
      let student = try option("--student", &rest)
      let course = try option("--course", &rest)
      let today = try option("--today", &rest)
      let encoding = try enumOption("--encoding", &rest, TextEncoding.self) ?? .auto
      let paths = try positionals(rest)
      guard paths.count == 1 else { throw UsageError(message: "explain takes one workflow file") }
      if let step {
        guard student == nil, state == nil else {
          throw UsageError(message: "explain takes --step, or --state with --student, not both")
        }
        return .explainStep(path: paths[0], step: step)
      }
      guard let state, let student else {
        throw UsageError(message: "explain needs --step ID, or --state DIR --student ID [--course CODE]")
      }
      return .explainStudent(
        path: paths[0],
        state: state,
        student: student,
        course: course,
        today: today,
        encoding: encoding
      )
    case "state":
      let encoding = try enumOption("--encoding", &rest, TextEncoding.self) ?? .auto
      let words = try positionals(rest)
      guard words.count == 2, words[0] == "inspect" else {
        throw UsageError(message: "usage: termflow state inspect DIR")
      }
      return .inspectState(folder: words[1], encoding: encoding)
    case "roll":
      let term = try option("--term", &rest)
      let week1 = try option("--week1", &rest)
      let output = try option("--output", &rest)
      let paths = try positionals(rest)
      guard paths.count == 1 else { throw UsageError(message: "roll takes one workflow file or a term's folder") }
      guard let term, let week1 else {
        throw UsageError(message: "roll needs --term ID and --week1 DATE (the new term's name and week 1's Monday)")
      }
      if let output, output == paths[0] || output == "-" && paths[0] == "-" {
        throw UsageError(message: "roll never writes its input: give --output a new file")
      }
      return .roll(path: paths[0], term: term, weekOne: week1, output: output)
    case "diff":
      let format = try enumOption("--format", &rest, Driver.DiffFormat.self) ?? .text
      let paths = try positionals(rest)
      guard paths.count == 2 else {
        throw UsageError(message: "diff takes two workflow files or two terms' folders: OLD NEW")
      }
      return .diff(old: paths[0], new: paths[1], format: format)
    case "import":
      let term = try option("--term", &rest)
      let week1 = try option("--week1", &rest)
      let paths = try positionals(rest)
      guard paths.count == 1 else { throw UsageError(message: "import takes one notice (a .txt file)") }
      return .importNotice(path: paths[0], term: term, weekOne: week1)
    case "test":
      let paths = try positionals(rest)
      return .test(paths: paths.isEmpty ? ["."] : paths)
    case "lsp":
      // Editors start servers with `--stdio`; stdio is the only transport, so it is accepted and ignored.
      let rest = rest.filter { $0 != "--stdio" }
      guard rest.isEmpty else {
        throw UsageError(message: "lsp takes no arguments (it speaks LSP on stdin and stdout)")
      }
      return .lsp
    case "dump-ast":
      let paths = try positionals(rest)
      guard paths.count == 1 else { throw UsageError(message: "dump-ast takes one workflow file") }
      return .dumpAST(path: paths[0])
    default:
      throw UsageError(message: "unknown command '\(verb)'")
    }
  }

  private static func flag(_ name: String, _ args: inout [String]) -> Bool {
    guard let i = args.firstIndex(of: name) else { return false }
    args.remove(at: i)
    return true
  }

  /// `--name VALUE` or `--name=VALUE`.
  private static func option(_ name: String, _ args: inout [String]) throws(UsageError) -> String? {
    if let i = args.firstIndex(where: { $0.hasPrefix(name + "=") }) {
      let v = String(args[i].dropFirst(name.count + 1))
      args.remove(at: i)
      if args.contains(where: { $0 == name || $0.hasPrefix(name + "=") }) {
        throw UsageError(message: "\(name) is given twice")
      }
      return v
    }
    guard let i = args.firstIndex(of: name) else { return nil }
    guard i + 1 < args.count else { throw UsageError(message: "\(name) needs a value") }
    let v = args[i + 1]
    args.removeSubrange(i...(i + 1))
    if args.contains(where: { $0 == name || $0.hasPrefix(name + "=") }) {
      throw UsageError(message: "\(name) is given twice")
    }
    return v
  }

  private static func enumOption<E: RawRepresentable & CaseIterable>(
    _ name: String,
    _ args: inout [String],
    _: E.Type
  )
    throws(UsageError) -> E? where E.RawValue == String
  {
    guard let raw = try option(name, &args) else { return nil }
    guard let v = E(rawValue: raw) else {
      throw UsageError(
        message: "\(name) must be one of \(E.allCases.map(\.rawValue).joined(separator: ", ")), not '\(raw)'"
      )
    }
    return v
  }

  private static func positionals(_ args: [String]) throws(UsageError) -> [String] {
    // `-` alone is standard input; anything else starting with a dash is an option this command lacks.
    if let unknown = args.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
      throw UsageError(message: "unknown option '\(unknown)'")
    }
    return args
  }
}
