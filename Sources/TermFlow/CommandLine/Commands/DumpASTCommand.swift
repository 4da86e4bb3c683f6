/// `termflow dump-ast FILE`: the parsed tree, for language work.
enum DumpASTCommand: Command {
  struct Options {
    var path: String
  }

  static let name = "dump-ast"
  static let usage = """
      termflow dump-ast FILE
          The parsed tree, for debugging the language.

    """

  static func parse(_ args: inout OptionReader) throws(UsageError) -> Options {
    let paths = try args.positionals()
    guard paths.count == 1 else { throw UsageError(message: "dump-ast takes one workflow file") }
    return Options(path: paths[0])
  }

  static func run(_ o: Options, lang: Language) throws(CommandOutput) -> CommandOutput {
    Driver.dumpAST(try CommandIO.readSource(o.path))
  }
}
