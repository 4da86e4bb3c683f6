/// `termflow fmt FILE|-`: the canonical layout, printed, written back or checked.
enum FmtCommand: Command {
  struct Options {
    /// Files, or `-` for standard input.
    var paths: [String]
    var write: Bool
    var check: Bool
  }

  static let name = "fmt"
  static let usage = """
      termflow fmt FILE|- [--write | --check]
          Canonical layout to stdout; --write rewrites in place; --check exits 1 if not formatted.

    """

  static func parse(_ args: inout OptionReader) throws(UsageError) -> Options {
    let write = args.flag("--write")
    let check = args.flag("--check")
    let paths = try args.positionals()
    guard !paths.isEmpty else { throw UsageError(message: "fmt needs a workflow file, or - for standard input") }
    if write && check { throw UsageError(message: "fmt takes --write or --check, not both") }
    if write && paths.contains("-") { throw UsageError(message: "fmt --write cannot rewrite standard input") }
    return Options(paths: paths, write: write, check: check)
  }

  static func run(_ o: Options, lang: Language) throws(CommandOutput) -> CommandOutput {
    var result = CommandOutput()
    for p in o.paths {
      let f = try CommandIO.readSource(p)
      let (text, out) = Driver.format(f)
      result.stderr += out.stderr
      // A file that does not parse is reported and skipped; the others are still formatted.
      guard let text else {
        result.exitCode = 1
        continue
      }
      let original = String(decoding: f.bytes, as: UTF8.self)
      if o.check {
        if text != original {
          result.stdout += "\(p): not formatted\n"
          result.exitCode = 1
        }
      } else if o.write {
        if text != original {
          do { try CommandIO.write(text, to: p, gb18030: f.readAsGB18030) } catch {
            result.stderr += error.stderr
            result.exitCode = 1
          }
        }
      } else {
        result.stdout += text
      }
    }
    return result
  }
}
