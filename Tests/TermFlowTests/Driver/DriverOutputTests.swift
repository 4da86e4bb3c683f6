import Testing

@testable import TermFlow

/// Exit codes and output shapes the issues fix.
struct DriverOutputTests {
  /// A bad or inverted range is a usage error. (With no file and no range, the whole official table:
  /// `CommandLineValueTests`.)
  @Test func calendarWithABadRangeIsAUsageError() {
    #expect(Driver.calendar(file: nil, from: "2018-13-01", to: "2018-12-31", format: .csv).exitCode == 2)
    #expect(Driver.calendar(file: nil, from: "2018-10-02", to: "2018-10-01", format: .csv).exitCode == 2)
  }

  @Test func calendarCSVHeaderAndRows() {
    let out = Driver.calendar(file: nil, from: "2018-09-29", to: "2018-10-01", format: .csv)
    #expect(out.exitCode == 0)
    #expect(
      out.stdout == """
        date,weekday,week,kind,name
        2018-09-29,Sat,,makeup-workday,国庆节调休上班
        2018-09-30,Sun,,makeup-workday,国庆节调休上班
        2018-10-01,Mon,,holiday,国庆节

        """
    )
  }

  @Test func checkJSONHasTheIssuesFields() {
    let file = SourceFile(
      name: "x.flow",
      text: "term t {\n  week 1 starts 2025-09-08\n}\nowner a\nstep s {\n  owner a\n  due 9月26日（第三周周四）\n}\n"
    )
    let out = Driver.check([file], format: .json)
    #expect(out.exitCode == 1)
    for key in [
      "\"file\": \"x.flow\"", "\"line\": 7", "\"column\": 7", "\"severity\": \"error\"",
      "\"code\": \"calendar.weekday-mismatch\"", "\"message\": \"2025-09-26 is 第3周星期五, not 第3周星期四\"",
    ] {
      #expect(out.stdout.contains(key), "missing \(key)")
    }
  }

  @Test func warningsAloneExitZero() {
    let file = SourceFile(
      name: "w.flow",
      text: "term t {\n  week 1 starts 2018-09-03\n}\nowner a\nstep s {\n  owner a\n  due 9月16日\n}\n"
    )
    let out = Driver.check([file], format: .text)
    #expect(out.stdout.contains("warning: step 's' is due on 2018-09-16, a day off (weekend)"))
    #expect(out.exitCode == 0)
  }

  @Test func fmtRefusesAFileThatDoesNotParse() {
    let (text, out) = Driver.format(SourceFile(name: "b.flow", text: "step {\n"))
    #expect(text == nil)
    #expect(out.exitCode == 1)
    #expect(out.stderr.hasPrefix("b.flow:1:6: error:"))
  }
}
