import Foundation
import Testing

@testable import TermFlow

/// `--lang zh|en` on the commands that print prose for people: explain --student, state inspect, the
/// import draft's comments, the calendar grid and the test summary (goldens in Fixtures/lang). The
/// workflow's own words (rule ids, `when` conditions, field names, value tokens) stay as written.
struct LanguageTests {
  @Test func phrasesTakeTheirValuesInOnePass() {
    #expect(Language.en("rule %1 (%2), for %3", "a", "f:1", "record") == "rule a (f:1), for record")
    #expect(Language.zh("rule %1 (%2), for %3", "a", "f:1", "成绩记录") == "规则 a（f:1），对象：成绩记录")
    // A value's own `%2` is data, not a slot.
    #expect(Language.en("today %1", "100%2") == "today 100%2")
    #expect(Language.zh("%1 passed, %2 failed", "3", "%1") == "通过 3，失败 %1")
    // No translation: the key as it is, values put in.
    #expect(Language.zh("no such phrase %1", "x") == "no such phrase x")
    #expect(Language.zh.count(3, "row") == "3 行")
    #expect(Language.en.count(1, "row") == "1 row")
    #expect(Language.en.count(2, "file") == "2 files")
  }

  /// Fixtures/lang: CASE.LANG for the calendar grid and explain in both languages, and the Chinese of
  /// import's comments and inspect's.
  static let goldens = [
    "calendar-fjut.en", "calendar-fjut.zh", "explain-2023005.en", "explain-2023005.zh", "import-fjut.zh",
    "inspect-bad-values.zh",
  ]

  static func golden(_ name: String) -> String {
    let (c, variants) = Golden.parts(name)
    let lang = variants.first.flatMap(Language.init(rawValue:)) ?? .en
    switch c {
    case "calendar-fjut": return calendarGrid(lang).stdout
    case "explain-2023005": return explainStudent(lang).stdout
    case "import-fjut": return importFjut(lang).stdout
    case "inspect-bad-values": return inspectBadValues(lang).stdout
    default:
      Issue.record("lang/\(name) is not a case here")
      return ""
    }
  }

  static func explainStudent(_ lang: Language) -> CommandOutput {
    Driver.explainStudent(
      file: RegistrarExampleTests.workflow(),
      state: RegistrarExampleTests.state,
      stateFolder: "examples/registrar",
      student: "2023005",
      course: nil,
      today: "2023-09-22T18:00",
      encoding: .auto,
      lang: lang
    )
  }

  @Test(arguments: [Language.en, .zh])
  func explainStudent(_ lang: Language) {
    let out = Self.explainStudent(lang)
    #expect(out.exitCode == 0, "\(out.stderr)")
  }

  static func inspectBadValues(_ lang: Language) -> CommandOutput {
    Driver.inspectState(
      files: LayoutTests.state("layout/bad-values"),
      folder: "bad-values",
      encoding: .auto,
      lang: lang
    )
  }

  @Test func inspectInChinese() {
    let out = Self.inspectBadValues(.zh)
    // What it suggests still checks once the TODOs are settled: the comments are only comments.
    #expect(out.stdout.contains("  \"已退款\" = refunded  # 1 行"), "\(out.stdout)")
  }

  static func importFjut(_ lang: Language) -> CommandOutput {
    Driver.importNotice(ImportTests.notice("fjut-2018-retake"), term: nil, weekOne: nil, lang: lang)
  }

  @Test func importDraftInChinese() {
    let out = Self.importFjut(.zh)
    // The same draft, comments aside: the language changes no statement.
    let en = Driver.importNotice(ImportTests.notice("fjut-2018-retake"), term: nil, weekOne: nil)
    func statements(_ s: String) -> [Substring] {
      s.split(separator: "\n").map { $0.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0] }
    }
    #expect(statements(out.stdout) == statements(en.stdout))
  }

  /// roll's `# CHECK:` comments go into the workflow in the office's language; its warnings on stderr
  /// stay as check's diagnostics are, in English.
  @Test func rollChecksInChinese() throws {
    let (text, out) = Driver.roll(
      Golden.workflow("fjut-2018-retake.flow"),
      term: "2019-2020-1",
      weekOne: "2019-09-02",
      outputName: "fjut-2019.flow",
      lang: .zh
    )
    let rolled = try #require(text)
    #expect(rolled.contains("  # CHECK: 9月15日（第2周星期日） 现在落在 2019-09-15，中秋节（节假日）；上学期是周末\n"), "\(rolled)")
    #expect(rolled.contains("# CHECK: 这段文字写有 9月29日、30日，roll 不会改动它\n"))
    #expect(out.stderr.contains("now falls on 2019-09-15, 中秋节 (a holiday); last term it was a weekend day"))
  }

  static func calendarGrid(_ lang: Language) -> CommandOutput {
    Driver.calendar(
      file: Golden.workflow("fjut-2018-retake.flow"),
      from: "2018-09-24",
      to: "2018-10-09",
      format: .text,
      lang: lang
    )
  }
}
