/// `termflow test [PATH...]`: the workflows' own tests, the `*.flowtest` files under the paths.
enum TestCommand: Command {
  struct Options {
    var paths: [String]
  }

  static let name = "test"
  static let usage = """
      termflow test [PATH...]
          The workflows' tests (*.flowtest files under the paths): PASS/FAIL per test, then
          "N passed, M failed"; exit 1 on any failure (docs/testing.md).

    """

  static func parse(_ args: inout OptionReader) throws(UsageError) -> Options {
    let paths = try args.positionals()
    return Options(paths: paths.isEmpty ? ["."] : paths)
  }

  static func run(_ o: Options, lang: Language) throws(CommandOutput) -> CommandOutput {
    var files: [SourceFile] = []
    for p in o.paths {
      guard let found = FileIO.files(under: p, ending: ".flowtest") else {
        return CommandOutput(stderr: "termflow: cannot read '\(p)': \(FileIO.whyNotListed(p))\n", exitCode: 1)
      }
      for f in found { files.append(try CommandIO.readSource(f)) }
    }
    guard !files.isEmpty else {
      return CommandOutput(
        stderr: "termflow: no *.flowtest files under \(o.paths.joined(separator: " "))\n",
        exitCode: 1
      )
    }
    // A test names its workflow and state relative to itself.
    return Driver.test(
      files,
      loading: Driver.TestFiles(
        reading: { test, path in try FileIO.readSource(FileIO.relative(path, to: test)) },
        state: { test, path in try FileIO.readState(FileIO.relative(path, to: test)) }
      ),
      lang: lang
    )
  }
}
