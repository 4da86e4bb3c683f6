/// `termflow state inspect DIR`: a layout suggested from a new export.
enum StateCommand: Command {
  struct Options {
    var folder: String
    var encoding: TextEncoding
  }

  static let name = "state"
  static let usage = """
      termflow state inspect DIR [--encoding auto|utf-8|gb18030]
          A layout suggested from an export: headers, value maps, grade scale, time formats, TODOs.

    """

  static func parse(_ args: inout OptionReader) throws(UsageError) -> Options {
    let encoding = try args.encoding()
    let words = try args.positionals()
    // `inspect` is the only subcommand; the word is kept so that others can follow.
    guard words.count == 2, words[0] == "inspect" else {
      throw UsageError(message: "usage: termflow state inspect DIR")
    }
    return Options(folder: words[1], encoding: encoding)
  }

  static func run(_ o: Options, lang: Language) throws(CommandOutput) -> CommandOutput {
    let files = try CommandIO.readState(o.folder)
    return Driver.inspectState(files: files, folder: o.folder, encoding: o.encoding, lang: lang)
  }
}
