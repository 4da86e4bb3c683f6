/// `termflow roll FILE|DIR --term ID --week1 DATE`: next term's workflow, or a term's folder rolled whole.
enum RollCommand: Command {
  struct Options {
    var path: String
    var term: String
    /// Week 1's Monday, `YYYY-MM-DD`; checked by the driver.
    var weekOne: String
    /// Standard output when nil; a new folder (required) when `path` is a folder.
    var output: String?
  }

  static let name = "roll"
  static let usage = """
      termflow roll FILE --term ID --week1 YYYY-MM-DD [--output FILE]
          Next term's workflow: dates keep their teaching week and weekday, written as before; a date
          that now falls on a holiday or make-up day gets a # CHECK: comment and a warning.
      termflow roll DIR --term ID --week1 YYYY-MM-DD --output NEWDIR
          A term's folder rolled whole into a new folder: the term file once, every workflow with it.

    """

  static func parse(_ args: inout OptionReader) throws(UsageError) -> Options {
    let (term, weekOne) = try args.termAndWeekOne()
    let output = try args.output()
    let paths = try args.positionals()
    guard paths.count == 1 else { throw UsageError(message: "roll takes one workflow file or a term's folder") }
    guard let term, let weekOne else {
      throw UsageError(message: "roll needs --term ID and --week1 DATE (the new term's name and week 1's Monday)")
    }
    // The same name is refused before anything is read; another name for the same file, once it is.
    if let output, output == paths[0] || output == "-" && paths[0] == "-" {
      throw UsageError(message: "roll never writes its input: give --output a new file")
    }
    return Options(path: paths[0], term: term, weekOne: weekOne, output: output)
  }

  static func run(_ o: Options, lang: Language) throws(CommandOutput) -> CommandOutput {
    guard FileIO.isFolder(o.path) else { return try rollFile(o, lang: lang) }
    guard let output = o.output else { return .usage("roll of a folder writes a new folder: give --output NEWDIR") }
    let files = try CommandIO.readWorkflows([o.path])
    let (rolled, out) = Driver.rollFolder(files, term: o.term, weekOne: o.weekOne, lang: lang)
    guard let rolled else { return out }
    do { try FileIO.writeFolderAtomically(rolled, to: output) } catch { throw CommandIO.failed(error, after: out) }
    return CommandOutput(stderr: out.stderr + "rolled \(rolled.count) files into \(output)\n", exitCode: out.exitCode)
  }

  private static func rollFile(_ o: Options, lang: Language) throws(CommandOutput) -> CommandOutput {
    let f = try CommandIO.readSource(o.path)
    let (text, out) = Driver.roll(f, term: o.term, weekOne: o.weekOne, outputName: o.output ?? "<stdout>", lang: lang)
    guard let text else { return out }
    guard let output = o.output else { return CommandOutput(stdout: text, stderr: out.stderr, exitCode: out.exitCode) }
    try CommandIO.refuseToOverwrite(output, inputs: [o.path], command: name)
    try CommandIO.write(text, to: output, gb18030: f.readAsGB18030, after: out)
    return out
  }
}
