import Foundation
import Testing

@testable import TermFlow

/// Dry runs of one state at several moments (`Fixtures/dryrun`): each `NAME.flow` has a
/// `NAME.moments` file naming its state folder (`state FOLDER`) and one `LABEL TODAY` line per
/// moment (`-` for no `--today`); each moment's run is the golden `NAME.LABEL.expected`.
struct DryRunTests {
  static func moments(_ name: String) -> (state: String, moments: [(String, String?)]) {
    let url = Golden.fixtures.appendingPathComponent("dryrun/\(name).moments")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    var state = name
    var out: [(String, String?)] = []
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: " ").map(String.init)
      guard parts.count == 2 else { continue }
      if parts[0] == "state" { state = parts[1] } else { out.append((parts[0], parts[1] == "-" ? nil : parts[1])) }
    }
    return (state, out)
  }

  /// `explain` derives each wait on the calendar: a charge at night across 国庆, a release after two
  /// working days (window.explain-STUDENT, at these moments).
  static let explained = [("S4", "2023-10-07T21:00"), ("S3", "2023-10-09T09:00"), ("S2", "2023-09-28T18:00")]

  static var goldens: [String] {
    Golden.cases("dryrun").flatMap { name in moments(name).moments.map { "\(name).\($0.0)" } }
      + explained.map { "window.explain-\($0.0)" }
  }

  static func golden(_ name: String) -> String {
    let (c, variants) = Golden.parts(name)
    let label = variants.joined(separator: ".")
    if label.hasPrefix("explain-"), let today = explained.first(where: { "explain-\($0.0)" == label })?.1 {
      let out = Driver.explainStudent(
        file: Golden.source("dryrun", c),
        state: LayoutTests.state("dryrun/\(c)"),
        stateFolder: c,
        student: String(label.dropFirst("explain-".count)),
        course: nil,
        today: today,
        encoding: .auto
      )
      return out.stdout + "--- stderr\n" + out.stderr
    }
    let (folder, moments) = Self.moments(c)
    guard let moment = moments.first(where: { $0.0 == label }) else {
      Issue.record("dryrun/\(c).moments has no moment \(label)")
      return ""
    }
    let out = Driver.run(
      file: Golden.source("dryrun", c),
      state: LayoutTests.state("dryrun/\(folder)"),
      stateFolder: folder,
      today: moment.1,
      encoding: .auto,
      format: .text,
      failOn: .never
    )
    return out.stdout + "--- stderr\n" + out.stderr + "exit: \(out.exitCode)\n"
  }

  /// Every workflow here has its moments.
  @Test(arguments: Golden.cases("dryrun"))
  func everyWorkflowHasMoments(_ name: String) {
    #expect(!Self.moments(name).moments.isEmpty, "dryrun/\(name).moments lists no moments")
  }

  /// Seed 001 runs, not only reads: the shipped tuition workflow over examples/bzmc-state, inside the
  /// window and after its close (Fixtures/run/bzmc-tuition.MOMENT). Every bill rule fires for the bill
  /// made for it.
  static let tuitionMoments = [("inside", "2024-09-20T21:40"), ("closed", "2024-09-25")]

  static func tuitionGolden(_ moment: String) -> String {
    let folder = Golden.repoRoot.appendingPathComponent("examples/bzmc-state").path
    let state = (try? FileIO.readState(folder)) ?? .memory([:])
    let out = Driver.run(
      file: Golden.workflow("bzmc-tuition.flow"),
      state: state,
      stateFolder: "examples/bzmc-state",
      today: tuitionMoments.first { $0.0 == moment }?.1,
      encoding: .auto,
      format: .text,
      failOn: .never
    )
    return out.stdout + "--- stderr\n" + out.stderr + "exit: \(out.exitCode)\n"
  }

  @Test func tuitionExplainShowsTheBill() {
    let folder = Golden.repoRoot.appendingPathComponent("examples/bzmc-state").path
    let state = (try? FileIO.readState(folder)) ?? .memory([:])
    let out = Driver.explainStudent(
      file: Golden.workflow("bzmc-tuition.flow"),
      state: state,
      stateFolder: "examples/bzmc-state",
      student: "B2024005",
      course: nil,
      today: "2024-09-25",
      encoding: .auto
    )
    #expect(
      out.stdout.contains(
        "bill ZD0005 2024学年学费, 3600.00元: pending 2024-09-02T08:00 → paying 2024-09-10T15:00 → cancelled 2024-09-10T15:40 → paying 2024-09-10T15:45 → paid 2024-09-10T15:46"
      ),
      "\(out.stdout)"
    )
    #expect(out.stdout.contains("bills.csv:14"))
  }

  /// The cut is the same on every path: the JSON counts what it did not see.
  @Test func jsonCountsRowsBeyondToday() {
    let out = Driver.run(
      file: Golden.source("dryrun", "window"),
      state: LayoutTests.state("dryrun/window"),
      stateFolder: "window",
      today: "2023-09-25T09:30",
      encoding: .auto,
      format: .json,
      failOn: .never
    )
    #expect(out.stdout.contains("\"beyondToday\": 15"))
  }

  /// Working days on the term's calendar: a Friday's two working days end on Tuesday; across 国庆
  /// the make-up workdays count and the holidays do not.
  @Test func workingDayWaits() throws {
    let cal = TermCalendar()
    let two = Duration(amount: 2, unit: .workingDays, range: SourceRange(0, 0))
    func t(_ iso: String) throws -> Int {
      let m = try #require(Moment(iso: iso))
      return m.date.dayNumber * 86400 + (m.minute ?? 0) * 60
    }
    #expect(Timestamp.iso(cal.after(try t("2023-09-15T16:00"), two)) == "2023-09-19T16:00")
    #expect(Timestamp.iso(cal.after(try t("2023-09-28T10:00"), two)) == "2023-10-08T10:00")
    // Charged at night: up to two working days; in working hours: the normal lag.
    let lag = SyncLag(normal: Duration(amount: 30, unit: .minutes, range: SourceRange(0, 0)), offHours: two)
    #expect(Timestamp.iso(lag.syncedBy(try t("2023-09-27T20:05"), cal)) == "2023-10-07T20:05")
    #expect(Timestamp.iso(lag.syncedBy(try t("2023-09-27T10:00"), cal)) == "2023-09-27T10:30")
    #expect(Timestamp.iso(lag.syncedBy(try t("2023-09-16T10:00"), cal)) == "2023-09-19T10:00")  // a Saturday
    // Working hours (08:00–17:30) count only inside working hours, and only on working days.
    let fourHours = Duration(amount: 4, unit: .workingHours, range: SourceRange(0, 0))
    #expect(Timestamp.iso(cal.after(try t("2023-09-15T16:00"), fourHours)) == "2023-09-18T10:30")
    #expect(Timestamp.iso(cal.after(try t("2023-09-28T20:00"), fourHours)) == "2023-10-07T12:00")
    // The next working day ends with its working hours.
    let next = Duration(amount: 1, unit: .nextWorkingDay, range: SourceRange(0, 0))
    #expect(Timestamp.iso(cal.after(try t("2023-09-15T16:00"), next)) == "2023-09-18T17:30")
    // A range: the earliest after its lower end, the latest after its upper end.
    let oneToTwo = Duration(amount: 1, unit: .workingDays, range: SourceRange(0, 0), upTo: 2)
    #expect(Timestamp.iso(cal.earliest(try t("2023-09-15T16:00"), oneToTwo)) == "2023-09-18T16:00")
    #expect(Timestamp.iso(cal.after(try t("2023-09-15T16:00"), oneToTwo)) == "2023-09-19T16:00")
    let ranged = SyncLag(normal: oneToTwo, offHours: nil)
    #expect(Timestamp.iso(ranged.earliest(try t("2023-09-15T16:00"), cal)) == "2023-09-18T16:00")
  }
}
