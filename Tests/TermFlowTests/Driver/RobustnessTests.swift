import Foundation
import Testing

@testable import TermFlow

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bad input never crashes: every prefix of every shipped workflow is either clean or gets located
/// errors, never a trap.
struct RobustnessTests {
  @Test(arguments: WorkflowTests.files)
  func everyTruncationGivesALocatedResult(_ name: String) {
    let bytes = Golden.workflow(name).bytes
    #expect(bytes.count > 1000)
    var failures: [Int] = []
    for cut in 0..<bytes.count {
      let file = SourceFile(name: "cut.flow", bytes: Array(bytes[0..<cut]))
      let a = Analysis(file: file)
      // An error must point somewhere (a range, or the whole file for an empty one).
      if a.diagnostics.contains(where: { $0.severity == .error && $0.range == nil }) {
        failures.append(cut)
      }
    }
    #expect(failures.isEmpty, "unlocated errors at cuts \(failures.prefix(10))")
  }

  /// Every output of `timeline` and `explain` on cut files: exit 0 with output, or exit 1 with errors.
  @Test(arguments: WorkflowTests.files)
  func timelineOnTruncatedFiles(_ name: String) {
    let bytes = Golden.workflow(name).bytes
    for cut in stride(from: 0, to: bytes.count, by: 13) {
      let file = SourceFile(name: "cut.flow", bytes: Array(bytes[0..<cut]))
      for format in Driver.TimelineFormat.allCases where format != .docx {
        let out = Driver.timeline(file: file, today: "2023-10-08T12:00", owner: nil, done: nil, format: format)
        #expect(out.exitCode == 1 ? !out.stderr.isEmpty : !out.stdout.isEmpty, "cut \(cut), \(format)")
      }
      let docx = Driver.timelineDocument(file: file, owner: nil)
      #expect(docx.bytes != nil || (docx.output.exitCode == 1 && !docx.output.stderr.isEmpty), "cut \(cut), docx")
      let out = Driver.explainStep(file: file, step: "报名截止")
      #expect([0, 1, 2].contains(out.exitCode))
    }
  }

  @Test func garbageBytesDoNotCrash() {
    var seed: UInt64 = 42
    for _ in 0..<300 {
      var bytes: [UInt8] = []
      for _ in 0..<200 {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        bytes.append(UInt8(truncatingIfNeeded: seed >> 33))
      }
      let a = Analysis(file: SourceFile(name: "g.flow", bytes: bytes))
      #expect(a.hasErrors)
    }
  }
}

/// Output that cannot be written is a reason, never a trap (the CLI prints it and exits 1).
struct OutputWriteTests {
  @Test func fullDiskIsAReason() throws {
    let fd = open("/dev/full", O_WRONLY)
    try #require(fd >= 0)
    defer { close(fd) }
    #expect(FileIO.write("report\n", to: fd) == "No space left on device")
  }

  @Test func closedDescriptorIsAReason() {
    let fd = open("/dev/null", O_WRONLY)
    close(fd)
    #expect(FileIO.write("report\n", to: fd) == "Bad file descriptor")
  }

  @Test func everythingIsWritten() throws {
    var fds: [Int32] = [0, 0]
    try #require(pipe(&fds) == 0)
    let text = String(repeating: "成绩", count: 5000)
    #expect(FileIO.write(text, to: fds[1]) == nil)
    close(fds[1])
    var got: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = read(fds[0], &buffer, buffer.count)
      if n <= 0 { break }
      got += buffer[0..<n]
    }
    close(fds[0])
    #expect(got == Array(text.utf8))
  }
}

/// Expressions nested or chained past the limit are one located error, not a stack overflow in the
/// parser, the checker or the printer (10,000 parentheses, 20,000 unclosed ones, 3,000 and 8,000 terms).
struct DeepExpressionTests {
  static func workflow(_ condition: String) -> SourceFile {
    SourceFile(
      name: "deep.flow",
      text: """
        term 2023-2024-1 {
          week 1 starts 2023-09-04
        }
        owner student
        rule deep {
          for order
          warn "x" when \(condition)
        }

        """
    )
  }

  @Test(arguments: [
    String(repeating: "(", count: 10000) + "stuck" + String(repeating: ")", count: 10000),
    String(repeating: "(", count: 20000) + "stuck",
    Array(repeating: "stuck", count: 3000).joined(separator: " and "),
    Array(repeating: "stuck", count: 8000).joined(separator: " or "),
    String(repeating: "not ", count: 5000) + "stuck",
  ])
  func tooDeepIsOneLocatedError(_ condition: String) {
    let file = Self.workflow(condition)
    let out = Driver.check([file], format: .text)
    #expect(out.exitCode == 1)
    #expect(out.stdout.components(separatedBy: "[syntax.too-complex]").count - 1 == 1, "\(out.stdout.prefix(400))")
    #expect(out.stdout.utf8.count < 2000)
    #expect(Driver.format(file).text == nil)
    #expect(Driver.dumpAST(file).exitCode == 1)
  }

  /// Just under the limit still parses, checks, formats and prints.
  @Test func underTheLimitIsFine() {
    let condition = Array(repeating: "stuck", count: 150).joined(separator: " and ")
    let file = Self.workflow("(" + condition + ")")
    #expect(Driver.check([file], format: .text).exitCode == 0)
    let text = Driver.format(file).text
    #expect(text?.contains(condition) == true)
  }
}

/// Numbers that would overflow date and money arithmetic are refused where they are read, each with a
/// located error (they trapped before: exit 132).
struct NumberRangeTests {
  static let flow = """
    term 2018-2019-1 {
      week 1 starts 2018-09-03
      holidays official
    }
    owner student
    step a {
      owner student
      on 9月23日（第3周星期日）
      allow day off
    }
    step b {
      owner student
      due 20 days after a
    }
    payment fee {
      owner student
      window 9月23日 .. 9月30日 17:00
      fee 1000 per credit
      release after 20 minutes
    }
    rule r {
      for order
      warn "x" when expected-amount > 0
    }

    """

  @Test(arguments: [
    ("9月23日（第3周星期日）", "9月23日（第2000000000000000000周星期日）", "is not a date"),
    ("20 days after a", "9223372036854775000 days after a", "at most 100000 days"),
    ("release after 20 minutes", "release after 999999999999999999 minutes", "a length of time is at most 100000"),
    ("on 9月23日（第3周星期日）", "on week 99999999999 sun", "expected a teaching week up to 10000"),
  ])
  func refusedWhereWritten(_ c: (String, String, String)) {
    #expect(Self.flow.contains(c.0))
    let out = Driver.check(
      [SourceFile(name: "n.flow", text: Self.flow.replacingOccurrences(of: c.0, with: c.1))],
      format: .text
    )
    #expect(out.exitCode == 1)
    #expect(out.stdout.contains(c.2), "\(out.stdout)")
  }

  @Test func theWorkflowItselfIsFine() {
    #expect(Driver.check([SourceFile(name: "n.flow", text: Self.flow)], format: .text).exitCode == 0)
  }

  /// Credits of 999999999999 with a fee per credit: a bad value in the export, not an overflow.
  @Test func hugeCreditsAreABadValue() {
    let files: [String: [UInt8]] = [
      "students.csv": Array("student_id,name,college,major,grade,on_campus,veteran\n1,甲,学院,专业,2018,true,false\n".utf8),
      "records.csv": Array(
        "student_id,course_code,course_name,course_type,practical,credits,term,kind,score\n1,C1,课,必修,false,999999999999,2018-2019-1,regular,40\n"
          .utf8
      ),
      "registrations.csv": Array("student_id,course_code,registered_at\n1,C1,2018-09-24T10:00:00\n".utf8),
      "payments.csv": Array(
        "time,student_id,order_id,event,course_codes,amount\n2018-09-24T10:05:00,1,O1,created,C1,80\n".utf8
      ),
    ]
    let out = Driver.run(
      file: SourceFile(name: "n.flow", text: Self.flow),
      state: .memory(files),
      stateFolder: "s",
      today: nil,
      encoding: .auto,
      format: .text,
      failOn: .never
    )
    #expect(out.exitCode == 1)
    #expect(
      out.stderr.contains("s/records.csv:2: error: column 'credits': '999999999999' is not an amount up to 1000"),
      "\(out.stderr)"
    )
  }
}

/// `--today` as the outputs print times (24:00, seconds), and `calendar` with no file.
struct CommandLineValueTests {
  @Test func todayTakesWhatTheOutputPrints() {
    #expect(Moment(iso: "2023-09-22T24:00")?.minute == 1440)
    #expect(Moment(iso: "2023-09-22T24:00:00")?.minute == 1440)
    #expect(Moment(iso: "2023-09-22T18:05:30")?.minute == 18 * 60 + 5)
    #expect(Moment(iso: "2023-09-22")?.minute == nil)
    #expect(Moment(iso: "2023-09-22T24:01") == nil)
    #expect(Moment(iso: "2023-09-22T18:05:60") == nil)
    #expect(Moment(iso: "2023-09-22T8:05") == nil)
  }

  /// With no file and no dates, the whole official table, as the README says.
  @Test func calendarWithNoFileIsTheOfficialTable() {
    let out = Driver.calendar(file: nil, from: nil, to: nil, format: .csv)
    #expect(out.exitCode == 0)
    let lines = out.stdout.split(separator: "\n")
    #expect(lines.count == 1 + 8401)  // header, then 2004-01-01 … 2026-12-31
    #expect(lines.dropFirst().first?.hasPrefix("2004-01-01") == true)
    #expect(lines.last?.hasPrefix("2026-12-31") == true)
  }
}

/// `fmt --write` rewrites in place as a user expects: a link's target (the link stays), the file's own
/// permissions, and the system's reason when it cannot.
struct AtomicWriteTests {
  static func folder() throws -> String {
    let dir = NSTemporaryDirectory() + "termflow-write-\(getpid())-\(Int.random(in: 0..<1_000_000))"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func keepsModeAndFollowsLinks() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let file = dir + "/real.flow", link = dir + "/link.flow"
    try "old\n".write(toFile: file, atomically: false, encoding: .utf8)
    #expect(chmod(file, 0o600) == 0)
    #expect(symlink("real.flow", link) == 0)
    try FileIO.writeAtomically("new\n", to: link)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "new\n")
    let attributes = try FileManager.default.attributesOfItem(atPath: link)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
    var st = stat()
    #expect(stat(file, &st) == 0 && st.st_mode & 0o777 == 0o600)
    #expect((try FileManager.default.contentsOfDirectory(atPath: dir)).sorted() == ["link.flow", "real.flow"])
  }

  @Test func theReasonIsTheSystems() {
    do {
      try FileIO.writeAtomically("new\n", to: "/nonexistent-termflow-folder/a.flow")
      Issue.record("writing into a missing folder succeeded")
    } catch {
      #expect("\(error)".contains("No such file or directory"), "\(error)")
    }
  }
}

/// A huge value in the export is printed cut, not once per row padded to its width.
struct ReportFloodTests {
  @Test func aHugeCourseNameIsCut() {
    let name = String(repeating: "课", count: 20000)
    var records = "student_id,course_code,course_name,course_type,practical,credits,term,kind,score\n"
    var students = "student_id,name,college,major,grade,on_campus,veteran\n"
    for s in 1...5 {
      students += "\(s),学生\(s),学院,专业,2018,true,false\n"
      records += "\(s),C1,\(name),必修,false,2,2017-2018-1,regular,40\n\(s),C1,\(name),必修,false,2,2017-2018-1,retake,30\n"
      records += "\(s),C1,\(name),必修,false,2,2017-2018-2,retake,35\n"
    }
    let files: [String: [UInt8]] = [
      "students.csv": Array(students.utf8), "records.csv": Array(records.utf8),
      "registrations.csv": Array("student_id,course_code,registered_at\n".utf8),
      "payments.csv": Array("time,student_id,order_id,event,course_codes,amount\n".utf8),
    ]
    let out = Driver.run(
      file: LayoutTests.bench("retake-2018.flow"),
      state: .memory(files),
      stateFolder: "s",
      today: "2018-09-30",
      encoding: .auto,
      format: .text,
      failOn: .never
    )
    #expect(out.exitCode == 0, "\(out.stderr)")
    #expect(out.stdout.contains("second-failure"))
    #expect(out.stdout.utf8.count < 10_000, "\(out.stdout.utf8.count) bytes")
  }
}
