/// `termflow diff OLD NEW`: what changed between two workflows, or two terms' folders file by file.
enum DiffCommand: Command {
  struct Options {
    var old: String
    var new: String
    var format: Driver.DiffFormat
  }

  static let name = "diff"
  static let usage = """
      termflow diff OLD NEW [--format text|json]
          What changed between two workflows: each step's dates and weeks, owners, deliverables;
          steps, rules, policies and owners added or removed; a step moved unlike the rest.
      termflow diff OLDDIR NEWDIR [--format text|json]
          Two terms' folders, file by file (each pair as above; files only one side has named).

    """

  static func parse(_ args: inout OptionReader) throws(UsageError) -> Options {
    let format = try args.format(Driver.DiffFormat.self) ?? .text
    let paths = try args.positionals()
    guard paths.count == 2 else {
      throw UsageError(message: "diff takes two workflow files or two terms' folders: OLD NEW")
    }
    return Options(old: paths[0], new: paths[1], format: format)
  }

  static func run(_ o: Options, lang: Language) throws(CommandOutput) -> CommandOutput {
    if FileIO.isFolder(o.old) && FileIO.isFolder(o.new) {
      // Two terms' folders, file by file.
      let a = try CommandIO.readWorkflows([o.old])
      let b = try CommandIO.readWorkflows([o.new])
      return Driver.diffFolders(a, b, format: o.format, lang: lang)
    }
    let old = try CommandIO.readSource(o.old)
    let new = try CommandIO.readSource(o.new)
    return Driver.diff(old, new, format: o.format, lang: lang)
  }
}
