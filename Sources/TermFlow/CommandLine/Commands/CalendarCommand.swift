/// `termflow calendar [FILE]`: the days of a term, or of the official calendar, one by one.
enum CalendarCommand: Command {
  struct Options {
    /// The workflow whose term and overrides to use; nil for the official calendar alone.
    var path: String?
    /// `YYYY-MM-DD`, both ends included; checked by the driver.
    var from: String?
    var to: String?
    var format: Driver.CalendarFormat
  }

  static let name = "calendar"
  static let usage = """
      termflow calendar [FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format text|csv|json|ics]
          Day by day: workday, weekend, holiday, makeup-workday, break, and the teaching week.

    """

  static func parse(_ args: inout OptionReader) throws(UsageError) -> Options {
    let from = try args.option("--from")
    let to = try args.option("--to")
    let format = try args.format(Driver.CalendarFormat.self) ?? .text
    let paths = try args.positionals()
    guard paths.count <= 1 else { throw UsageError(message: "calendar takes at most one workflow file") }
    return Options(path: paths.first, from: from, to: to, format: format)
  }

  static func run(_ o: Options, lang: Language) throws(CommandOutput) -> CommandOutput {
    var file: SourceFile?
    if let path = o.path { file = try CommandIO.readSource(path) }
    return Driver.calendar(file: file, from: o.from, to: o.to, format: o.format, lang: lang)
  }
}
