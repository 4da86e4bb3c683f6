import Foundation
import Testing

@testable import TermFlow

/// `timeline` and `explain --step`: goldens for every format on the shipped workflows, the notice's own
/// dates and weeks, statuses, and the ICS read back.
struct TimelineTests {
  /// Each shipped workflow with a day inside its busiest week.
  static let dryRuns: [(String, String)] = [
    ("fjut-2018-retake", "2018-09-26T10:00"), ("czie-retake", "2023-10-08"), ("bzmc-tuition", "2024-09-10"),
  ]
  // docx is bytes, read back in NoticeDocxTests.
  static let formats = Driver.TimelineFormat.allCases.filter { $0 != .docx }

  /// Fixtures/timeline: each shipped workflow in every format (`NAME.FORMAT`), fjut's labels in Chinese
  /// (`NAME.zh.FORMAT`), and the edge cases (`CASE.flow`).
  static var goldens: [String] {
    dryRuns.flatMap { run in formats.map { "\(run.0).\($0.rawValue)" } }
      + ["fjut-2018-retake.zh.text", "fjut-2018-retake.zh.html"] + Golden.cases("timeline")
  }

  static func golden(_ name: String) -> String {
    let (c, variants) = Golden.parts(name)
    guard let today = Self.dryRuns.first(where: { $0.0 == c })?.1 else { return edgeCase(c) }
    guard let format = variants.last.flatMap(Driver.TimelineFormat.init(rawValue:)) else {
      Issue.record("timeline/\(name): NAME[.zh].FORMAT")
      return ""
    }
    // ICS and Markdown do not depend on the day; the others are rendered as of `today`. `--lang zh`:
    // statuses, headers and the HTML legend (every bar style explained) in Chinese.
    let zh = variants.contains("zh")
    let out = Driver.timeline(
      file: Golden.workflow(c + ".flow"),
      today: today,
      owner: nil,
      done: nil,
      format: format,
      lang: zh ? .zh : .en
    )
    if !zh {
      #expect(out.exitCode == 0, "timeline/\(name)")
      #expect(out.stderr == "", "timeline/\(name)")
    }
    return out.stdout
  }

  /// Small cases for what the shipped workflows do not exercise. A `# today:` line sets the day and a
  /// `# done:` line the finished steps; the golden is the text timeline and every step explained.
  static func edgeCase(_ name: String) -> String {
    let file = Golden.source("timeline", name)
    let text = String(decoding: file.bytes, as: UTF8.self)
    func pragma(_ key: String) -> String? {
      text.split(separator: "\n").first { $0.hasPrefix("# \(key): ") }.map { String($0.dropFirst(key.count + 4)) }
    }
    let done = pragma("done").map { $0.split(separator: ",").map(String.init) }
    let out = Driver.timeline(file: file, today: pragma("today"), owner: pragma("owner"), done: done, format: .text)
    var result = out.stdout + out.stderr + "exit: \(out.exitCode)\n"
    for step in Analysis(file: file).timeline?.steps.map(\.id).sorted() ?? [] {
      result += "\n" + Driver.explainStep(file: file, step: step).stdout
    }
    return result
  }

  /// Fixtures/explain/NAME: every step of a shipped workflow explained.
  static func explainGolden(_ name: String) -> String {
    let file = Golden.workflow(name + ".flow")
    guard let ids = Analysis(file: file).timeline?.steps.map(\.id) else {
      Issue.record("\(name).flow has no timeline")
      return ""
    }
    let text = ids.map { Driver.explainStep(file: file, step: $0) }.map {
      "\($0.stdout)\($0.stderr)exit: \($0.exitCode)\n"
    }
    return text.joined(separator: "\n")
  }

  @Test func fjutTextShowsTheNoticesWeeks() {
    let out = Driver.timeline(
      file: Golden.workflow("fjut-2018-retake.flow"),
      today: nil,
      owner: nil,
      done: nil,
      format: .text
    )
    let rows = out.stdout.split(separator: "\n").filter { $0.hasPrefix("2018-") }
    let expected = [
      ("2018-09-16", "第2周星期日"), ("2018-09-23", "第3周星期日"), ("2018-09-26", "第4周星期三"), ("2018-09-26", "第4周星期三"),
      ("2018-09-26 .. 2018-09-28", "第4周周三至周五"), ("2018-09-28", "第4周星期五"), ("2018-09-30", "第4周星期日"),
    ]
    #expect(rows.count == expected.count)
    for (row, (date, week)) in zip(rows, expected) {
      #expect(row.hasPrefix(date + " "), "\(row)")
      #expect(row.contains(week), "\(row)")
    }
  }

  @Test func noticeMarkdownUsesTheNoticesPhrasing() {
    let out = Driver.timeline(
      file: Golden.workflow("fjut-2018-retake.flow"),
      today: nil,
      owner: nil,
      done: nil,
      format: .md
    )
    #expect(out.stdout.contains("1. 9月16日（第2周星期日）前，开课学院完成期初补考成绩录入工作。\n"))
    #expect(out.stdout.contains("9月26日（第4周星期三）至9月28日（第4周星期五），重新学习费缴费"))
  }

  @Test func ownerFilterAcceptsIdOrDisplayName() {
    let file = Golden.workflow("czie-retake.flow")
    let byId = Driver.timeline(file: file, today: nil, owner: "计划财务处", done: nil, format: .json)
    let byName = Driver.timeline(file: file, today: nil, owner: "财务处", done: nil, format: .json)
    #expect(byId == byName)
    #expect(byId.stdout.contains("\"id\": \"财务对账\""))
    #expect(!byId.stdout.contains("\"id\": \"报名截止\""))
    let unknown = Driver.timeline(file: file, today: nil, owner: "财物处", done: nil, format: .text)
    #expect(unknown.exitCode == 2)
    #expect(unknown.stderr.contains("did you mean '财务处'"), "\(unknown.stderr)")
  }

  @Test func badArgumentsAreUsageErrors() {
    let file = Golden.workflow("czie-retake.flow")
    #expect(Driver.timeline(file: file, today: "2023-13-01", owner: nil, done: nil, format: .text).exitCode == 2)
    #expect(Driver.timeline(file: file, today: "2023-10-01T25:00", owner: nil, done: nil, format: .text).exitCode == 2)
    #expect(Driver.timeline(file: file, today: nil, owner: nil, done: ["没有这步"], format: .text).exitCode == 2)
    #expect(Driver.explainStep(file: file, step: "报名截至").stderr.contains("did you mean '报名截止'"))
    #expect(Driver.explainStep(file: file, step: "报名截至").exitCode == 2)
  }

  @Test func statusesAtTheEdgesOfADue() throws {
    let steps = try #require(Analysis(file: Golden.workflow("czie-retake.flow")).timeline).steps
    let close = try #require(steps.first { $0.id == "报名截止" })  // 2023-09-22T17:00, a Friday
    func status(_ now: String, done: Set<String>? = nil) throws -> StepStatus {
      StepStatus.of(close, at: try #require(Moment(iso: now)), done: done)
    }
    #expect(try status("2023-09-22T16:59") == .dueToday)
    #expect(try status("2023-09-22T17:00") == .done)
    #expect(try status("2023-09-22T17:00", done: []) == .overdue)
    #expect(try status("2023-09-23", done: ["报名截止"]) == .done)
    #expect(try status("2023-09-22") == .dueToday)
    #expect(try status("2023-09-18") == .dueThisWeek)
    #expect(try status("2023-09-17") == .upcoming)
    let window = try #require(steps.first { $0.id == "重修费" })  // 09-11 .. 09-22T17:00
    #expect(StepStatus.of(window, at: try #require(Moment(iso: "2023-09-12")), done: nil) == .open)
    #expect(StepStatus.of(window, at: try #require(Moment(iso: "2023-09-10")), done: nil) == .upcoming)
  }

  @Test(arguments: dryRuns.map(\.0))
  func timelineIsDeterministic(_ name: String) {
    for format in Self.formats {
      let a = Driver.timeline(
        file: Golden.workflow(name + ".flow"),
        today: "2023-10-08",
        owner: nil,
        done: nil,
        format: format
      )
      let b = Driver.timeline(
        file: Golden.workflow(name + ".flow"),
        today: "2023-10-08",
        owner: nil,
        done: nil,
        format: format
      )
      #expect(a == b)
    }
  }

  /// The workflow is read, not trusted: a file that cannot be scheduled gets errors and exit 1.
  @Test func unschedulableWorkflowFailsWithLocatedErrors() {
    let file = Golden.source("check", "unschedulable-anchor")
    let out = Driver.timeline(file: file, today: nil, owner: nil, done: nil, format: .text)
    #expect(out.exitCode == 1)
    #expect(out.stdout == "")
    #expect(out.stderr.contains("check/unschedulable-anchor.flow:13:28: error:"))
  }
}
