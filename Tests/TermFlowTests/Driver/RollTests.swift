import Testing

@testable import TermFlow

/// `termflow roll`: goldens in Fixtures/roll (each file's first line holds its arguments), the shipped
/// fjut workflow rolled to the next year, and the ways roll refuses.
struct RollTests {
  /// `# roll: --term ID --week1 DATE` on the fixture's first line.
  static func arguments(_ f: SourceFile) -> (term: String, week1: String)? {
    let words = f.lineText(1).split(separator: " ").map(String.init)
    guard let t = words.firstIndex(of: "--term"), let w = words.firstIndex(of: "--week1"), t + 1 < words.count,
      w + 1 < words.count
    else { return nil }
    return (words[t + 1], words[w + 1])
  }

  static func render(_ r: (text: String?, output: CommandOutput)) -> String {
    (r.text ?? "") + "--- stderr\n" + r.output.stderr + "exit: \(r.output.exitCode)\n"
  }

  /// Each Fixtures/roll/NAME.flow rolled as its first line says, and the shipped fjut workflow rolled to
  /// the next year (fjut-2018-retake-to-2019-2020-1).
  static var goldens: [String] { Golden.cases("roll") + ["fjut-2018-retake-to-2019-2020-1"] }

  static func golden(_ name: String) -> String {
    guard name != "fjut-2018-retake-to-2019-2020-1" else { return render(fjutRolled()) }
    let f = Golden.source("roll", name)
    guard let args = Self.arguments(f) else {
      Issue.record("roll/\(name).flow must start with # roll: --term ID --week1 DATE")
      return ""
    }
    let r = Driver.roll(f, term: args.term, weekOne: args.week1, outputName: "rolled.flow")
    // What roll writes must pass check.
    #expect(r.text != nil, "roll/\(name)")
    #expect(Driver.check([SourceFile(name: "rolled.flow", text: r.text ?? "")], format: .text).exitCode == 0)
    return render(r)
  }

  static func fjutRolled() -> (text: String?, output: CommandOutput) {
    Driver.roll(
      Golden.workflow("fjut-2018-retake.flow"),
      term: "2019-2020-1",
      weekOne: "2019-09-02",
      outputName: "fjut-2019-retake.flow"
    )
  }

  /// The issue's acceptance: fjut 2018 rolled to 2019-2020-1 keeps every due's week and weekday and checks.
  @Test func fjutRollsToNextYear() throws {
    let old = Golden.workflow("fjut-2018-retake.flow")
    let text = try #require(Self.fjutRolled().text)
    let rolled = SourceFile(name: "fjut-2019-retake.flow", text: text)
    #expect(Driver.check([rolled], format: .text).exitCode == 0)
    let a = Analysis(file: old), b = Analysis(file: rolled)
    let before = try #require(a.timeline), after = try #require(b.timeline)
    #expect(before.steps.count == after.steps.count)
    for s in before.steps {
      let t = try #require(after.steps.first { $0.id == s.id }, "\(s.id) is lost")
      let was = s.due.flatMap { before.calendar.weekRef(of: $0.date) }
      let now = t.due.flatMap { after.calendar.weekRef(of: $0.date) }
      #expect(was == now, "\(s.id): \(String(describing: was)) → \(String(describing: now))")
      #expect(s.due.map { $0.date.adding(days: 364) } == t.due.map(\.date), "\(s.id)")
    }
  }

  @Test func refusesAWeekOneThatIsNotAMonday() {
    let r = Driver.roll(
      Golden.workflow("fjut-2018-retake.flow"),
      term: "2019-2020-1",
      weekOne: "2019-09-03",
      outputName: "x"
    )
    #expect(r.text == nil)
    #expect(r.output.exitCode == 2)
    #expect(r.output.stderr.contains("2019-09-02"))
  }

  @Test func refusesAWorkflowWithErrors() {
    let f = SourceFile(
      name: "bad.flow",
      text: "term t {\n  week 1 starts 2018-09-03\n}\nstep a {\n  due 9月16日（第3周星期日）\n}\n"
    )
    let r = Driver.roll(f, term: "2019-2020-1", weekOne: "2019-09-02", outputName: "x")
    #expect(r.text == nil)
    #expect(r.output.exitCode == 1)
    #expect(r.output.stderr.contains("bad.flow:5:7: error:"))
  }

  @Test func aSpanSetsStartAndDue() throws {
    let f = SourceFile(
      name: "span.flow",
      text: "term t {\n  week 1 starts 2018-09-03\n}\nowner o\nstep a {\n  owner o\n  due 10月29日—11月2日\n}\n"
    )
    let step = try #require(Analysis(file: f).timeline?.steps.first)
    #expect(step.start?.date.description == "2018-10-29")
    #expect(step.due?.date.description == "2018-11-02")
  }

  @Test func literalsKeepTheirDigits() throws {
    let d = try #require(CivilDate(year: 2019, month: 10, day: 1))
    #expect(DateLiteralWriter.rewrite("九月十六日", to: d) == "十月一日")
    #expect(DateLiteralWriter.rewrite("二〇一八年九月十六日", to: d) == "二〇一九年十月一日")
    #expect(DateLiteralWriter.rewrite("９月１６日（第３周星期日）", to: d) == "１０月１日（第３周星期日）")
    #expect(DateLiteralWriter.rewrite("2018-09-16", to: d) == "2019-10-01")
    #expect(DateLiteralWriter.rewrite("第十二周周二(9月16日)", to: d) == "第十二周周二(10月1日)")
    #expect(DateLiteralWriter.rewrite("28日", to: d, rangeStartMonth: 9) == "10月1日")
    #expect(DateLiteralWriter.rewrite("28日", to: d, rangeStartMonth: 10) == "1日")
  }
}
