/// `termflow import NOTICE.txt`: a draft workflow from a notice's text.
enum ImportCommand: Command {
  struct Options {
    var path: String
    /// The term and its week 1; when absent, taken from the notice's own date/week pairs if they agree.
    var term: String?
    var weekOne: String?
  }

  static let name = "import"
  static let usage = """
      termflow import NOTICE.txt [--term ID] [--week1 YYYY-MM-DD]
          A draft workflow from a notice's text: dated sentences as steps, the payment window, 其他事项
          as policies, phones as contacts; what it cannot place stays as # TODO: comments.

    """

  static func parse(_ args: inout OptionReader) throws(UsageError) -> Options {
    let (term, weekOne) = try args.termAndWeekOne()
    let paths = try args.positionals()
    guard paths.count == 1 else { throw UsageError(message: "import takes one notice (a .txt file)") }
    return Options(path: paths[0], term: term, weekOne: weekOne)
  }

  static func run(_ o: Options, lang: Language) throws(CommandOutput) -> CommandOutput {
    let f = try CommandIO.readSource(o.path)
    return Driver.importNotice(f, term: o.term, weekOne: o.weekOne, lang: lang)
  }
}
