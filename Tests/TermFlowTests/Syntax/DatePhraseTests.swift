import Testing

@testable import TermFlow

/// The notices' own date phrasing, each parsed to the same meaning.
struct DatePhraseTests {
  static let phrases: [(String, DatePhrase.Kind)] = [
    ("2018-09-16", .calendar(year: 2018, month: 9, day: 16, stated: nil)),
    ("2018年9月16日", .calendar(year: 2018, month: 9, day: 16, stated: nil)),
    ("9月16日", .calendar(year: nil, month: 9, day: 16, stated: nil)),
    ("week 2 sun", .week(WeekRef(week: 2, weekday: 7))),
    ("第2周星期日", .week(WeekRef(week: 2, weekday: 7))),
    ("第2周周日", .week(WeekRef(week: 2, weekday: 7))),
    ("第十二周周三", .week(WeekRef(week: 12, weekday: 3))),
    ("9月16日（第2周星期日）", .calendar(year: nil, month: 9, day: 16, stated: WeekRef(week: 2, weekday: 7))),
    ("9月16日(第2周星期日)", .calendar(year: nil, month: 9, day: 16, stated: WeekRef(week: 2, weekday: 7))),
    ("2018年9月16日（第二周星期天）", .calendar(year: 2018, month: 9, day: 16, stated: WeekRef(week: 2, weekday: 7))),
  ]

  @Test(arguments: phrases.map(\.0))
  func parses(_ literal: String) throws {
    let expected = try #require(Self.phrases.first { $0.0 == literal }?.1)
    let file = SourceFile(name: "t.flow", text: "term t {\n  week 1 starts \(literal)\n}\n")
    let sink = DiagnosticSink(file: "t.flow")
    let w = Parser.parse(file, sink: sink)
    #expect(sink.diagnostics.isEmpty, "\(sink.diagnostics.map(\.message))")
    guard case .term(let t)? = w.decls.first, case .weekOneStarts(let p)? = t.items.first?.kind else {
      Issue.record("no term parsed for \(literal)")
      return
    }
    #expect(p.kind == expected)
    #expect(p.literal == literal)
  }

  @Test func chineseNumerals() {
    #expect(ChineseNumerals.parse("三") == 3)
    #expect(ChineseNumerals.parse("十") == 10)
    #expect(ChineseNumerals.parse("十二") == 12)
    #expect(ChineseNumerals.parse("二十") == 20)
    #expect(ChineseNumerals.parse("二十一") == 21)
  }

  @Test func locationsCountScalarsNotBytes() {
    let f = SourceFile(name: "t", text: "a\n报名 x")
    // "x" is the 4th scalar of line 2, though byte 8 of the line.
    #expect(f.location(of: 2 + 7) == (2, 4))
  }
}
