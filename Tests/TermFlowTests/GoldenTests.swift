import Testing

@testable import TermFlow

/// Golden files: the folder decides the command (see shared/style.md).
struct GoldenTests {
  @Test(arguments: Golden.cases("parse"))
  func parse(_ name: String) {
    let out = Driver.dumpAST(Golden.source("parse", name))
    Golden.compare(out.stdout + (out.stderr.isEmpty ? "" : "--- diagnostics\n" + out.stderr), "parse", name)
  }

  /// Each bad-input case must fail with located errors; its golden is the rendered diagnostics.
  @Test(arguments: Golden.cases("check"))
  func check(_ name: String) {
    let out = Driver.check([Golden.source("check", name)], format: .text)
    Golden.compare(out.stdout + "exit: \(out.exitCode)\n", "check", name)
  }

  /// `check --format sarif` and `--format github` on a few check fixtures (Fixtures/ci: each case names
  /// a check fixture); the SARIF is also validated against the schema by tools/check_sarif.py in CI.
  @Test(arguments: ["date-lists", "week-first-date", "numeral-dates"])
  func ciFormats(_ name: String) {
    let f = Golden.source("check", name)
    Golden.compare(Driver.check([f], format: .sarif).stdout, "ci", name, ext: "sarif")
    Golden.compare(Driver.check([f], format: .github).stdout, "ci", name, ext: "github")
  }

  @Test(arguments: Golden.cases("fmt"))
  func fmt(_ name: String) {
    let (text, out) = Driver.format(Golden.source("fmt", name))
    guard let text else {
      Issue.record("fmt/\(name) does not parse:\n\(out.stderr)")
      return
    }
    Golden.compare(text, "fmt", name)
    // Idempotent: formatting the output again changes nothing.
    let again = Driver.format(SourceFile(name: "again.flow", text: text)).text
    #expect(again == text, "fmt is not idempotent on fmt/\(name)")
  }

  /// Calendar goldens: the term's whole span as CSV.
  @Test(arguments: Golden.cases("calendar"))
  func calendar(_ name: String) {
    let out = Driver.calendar(file: Golden.source("calendar", name), from: nil, to: nil, format: .csv)
    Golden.compare(out.stdout + out.stderr + "exit: \(out.exitCode)\n", "calendar", name)
  }
}

/// A fixture folder that went missing (renamed, not committed) would make its golden test pass with no
/// cases at all; each must hold some.
struct FixtureFolderTests {
  @Test(arguments: [
    ("parse", 1), ("check", 20), ("fmt", 1), ("calendar", 1), ("layout", 2), ("timeline", 1), ("dryrun", 3),
  ])
  func everyFolderHasCases(_ folder: (String, Int)) {
    #expect(Golden.cases(folder.0).count >= folder.1, "Fixtures/\(folder.0)")
  }
}
