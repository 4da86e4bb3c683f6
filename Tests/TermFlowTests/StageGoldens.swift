import Testing

@testable import TermFlow

/// The goldens of the language's own stages: the parse tree, check's diagnostics, fmt, the calendar, and
/// check's CI formats.
enum StageGoldens {
  static func parse(_ name: String) -> String {
    let out = Driver.dumpAST(Golden.source("parse", name))
    return out.stdout + (out.stderr.isEmpty ? "" : "--- diagnostics\n" + out.stderr)
  }

  /// Each bad-input case must fail with located errors; its golden is the rendered diagnostics.
  static func check(_ name: String) -> String {
    let out = Driver.check([Golden.source("check", name)], format: .text)
    return out.stdout + "exit: \(out.exitCode)\n"
  }

  /// `check --format sarif` and `--format github` on a few check fixtures (Fixtures/ci: CASE.FORMAT names
  /// a check fixture and a format); the SARIF is also validated against the schema by
  /// tools/check_sarif.py in CI.
  static let ciGoldens = ["date-lists", "numeral-dates", "week-first-date"].flatMap { ["\($0).github", "\($0).sarif"] }

  static func ci(_ name: String) -> String {
    let (c, variants) = Golden.parts(name)
    guard let format = variants.first.flatMap(DiagnosticFormat.init(rawValue:)) else {
      Issue.record("ci/\(name): CASE.FORMAT, FORMAT one of \(DiagnosticFormat.allCases)")
      return ""
    }
    return Driver.check([Golden.source("check", c)], format: format).stdout
  }

  static func fmt(_ name: String) -> String {
    let (text, out) = Driver.format(Golden.source("fmt", name))
    guard let text else {
      Issue.record("fmt/\(name) does not parse:\n\(out.stderr)")
      return out.stderr
    }
    // Idempotent: formatting the output again changes nothing.
    let again = Driver.format(SourceFile(name: "again.flow", text: text)).text
    #expect(again == text, "fmt is not idempotent on fmt/\(name)")
    return text
  }

  /// Calendar goldens: the term's whole span as CSV.
  static func calendar(_ name: String) -> String {
    let out = Driver.calendar(file: Golden.source("calendar", name), from: nil, to: nil, format: .csv)
    return out.stdout + out.stderr + "exit: \(out.exitCode)\n"
  }
}
