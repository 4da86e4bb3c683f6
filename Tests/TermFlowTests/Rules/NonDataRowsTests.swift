import Foundation
import Testing

@testable import TermFlow

/// Rows of an export that are not data: a title above the header on some files only, blank rows, the
/// header again mid-file, total lines and footers. They are left out and said in the report; the
/// findings are exactly those of the same exports without them.
struct NonDataRowsTests {
  /// The example workflow, with the payments table declared so that it can name one more kind of row.
  static func workflow(skip: String?) -> SourceFile {
    let base = String(decoding: Golden.workflow("czie-retake.flow").bytes, as: UTF8.self)
    let table = """

      table payments "payments.csv" {
      \(skip.map { "  skip rows \($0)\n" } ?? "")  time "time"
        student-id "student_id"
        order-id "order_id"
        event "event" values { "created" = created, "paid" = paid, "released" = released, "charged" = charged }
        course-codes "course_codes" split ";"
        amount "amount"
      }

      """
    return SourceFile(name: "workflows/czie-retake.flow", text: base + table)
  }

  static func run(_ f: SourceFile, _ state: String, _ format: Driver.RunFormat = .json) -> CommandOutput {
    let files =
      (try? FileIO.readState(Golden.repoRoot.appendingPathComponent(state).path)) ?? StateFiles.memory([:])
    return Driver.run(
      file: f,
      state: files,
      stateFolder: state,
      today: "2023-09-22T18:00",
      encoding: .auto,
      format: format,
      failOn: .never
    )
  }

  @Test func rowsThatAreNotDataChangeNoFinding() throws {
    let w = Self.workflow(skip: "\"以上数据\"")
    let clean = Self.run(w, "examples/state")
    let noisy = Self.run(w, "Tests/TermFlowTests/Fixtures/layout/non-data")
    #expect(clean.exitCode == 0 && noisy.exitCode == 0, "\(clean.stderr)\(noisy.stderr)")
    #expect(try LayoutTests.findings(noisy.stdout) == LayoutTests.findings(clean.stdout))
    #expect(try LayoutTests.findings(clean.stdout).count > 10)
    #expect(!clean.stdout.contains("leftOut"))
  }

  /// The golden layout/non-data-report: what the text report says it left out, and where.
  static func report() -> String {
    let text = Self.run(Self.workflow(skip: "\"以上数据\""), "Tests/TermFlowTests/Fixtures/layout/non-data", .text)
    let head = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
    return head.joined(separator: "\n") + "\n"
  }

  /// The row the layout names is data without `skip rows`: an error naming its column and value.
  @Test func aRowTheLayoutDoesNotNameIsData() {
    let out = Self.run(Self.workflow(skip: nil), "Tests/TermFlowTests/Fixtures/layout/non-data")
    #expect(out.exitCode == 1)
    #expect(
      out.stderr.contains("non-data/payments.csv:41: error: column 'time': '以上数据仅供核对' is not a date and time"),
      "\(out.stderr)"
    )
  }

  /// A total or footer word counts only where the row's key (the student id) is empty or is that word:
  /// a student named 合计 is a student.
  @Test func aMarkerBesideAKeyIsData() {
    let header = ["student_id", "name", "college"]
    let markers = NonDataMarkers(header: header, key: 0, named: ["以上"])
    func kind(_ row: String) -> NonDataRows.Kind?? {
      let bytes = Array(row.utf8)
      return bytes.withUnsafeBufferPointer { p in
        var out: NonDataRows.Kind?? = .none
        _ = CSVScanner.scan(p) { fields, _ in
          out = .some(markers.classify(p, fields))
          return false
        }
        return out
      }
    }
    #expect(kind("2021001,合计,机械学院\n") == .some(nil))
    #expect(kind("合计,,\n") == .some(.total))
    #expect(kind(",合计：3人,\n") == .some(.total))
    #expect(kind(",,\n") == .some(.blank))
    #expect(kind(" , ,\n") == .some(.blank))
    #expect(kind("student_id,name,college\n") == .some(.header))
    #expect(kind("student_id,name\n") == .some(nil))
    #expect(kind("制表人：张三\n") == .some(.footer))
    #expect(kind("以上数据仅供核对,,\n") == .some(.named))
    #expect(kind("2021002,以上,x\n") == .some(nil))
  }

  /// Each file of a table finds its own header: with a title on one file and none on the other, both
  /// read; `header row 2` fixes the line for all of them, and the file without a title then fails.
  @Test func eachFileFindsItsOwnHeader() {
    let layout = """
      workflow w "w"
      term 2023-2024-1 {
        week 1 starts 2023-09-04
      }
      table students "s/*.csv" {
        student-id "学号"
        name "姓名"
      }

      """
    let files = StateFiles.memory([
      "s/a.csv": Array("2023级名单（机械学院）\n\n学号,姓名\n1,甲\n".utf8),
      "s/b.csv": Array("学号,姓名\n2,乙\n".utf8),
      "records.csv": Array("student_id,course_code,course_name,course_type,practical,credits,term,kind,score\n".utf8),
      "registrations.csv": Array("student_id,course_code,registered_at\n".utf8),
      "payments.csv": Array("time,student_id,order_id,event,course_codes,amount\n".utf8),
    ])
    func run(_ text: String) -> CommandOutput {
      Driver.run(
        file: SourceFile(name: "w.flow", text: text),
        state: files,
        stateFolder: "st",
        today: "2023-09-22",
        encoding: .auto,
        format: .text,
        failOn: .never
      )
    }
    let found = run(layout)
    #expect(found.exitCode == 0, "\(found.stderr)")
    #expect(found.stdout.contains("  s/a.csv: title line 1 \"2023级名单（机械学院）\"\n"), "\(found.stdout)")
    #expect(!found.stdout.contains("s/b.csv:"))
    let fixed = run(layout.replacingOccurrences(of: "  student-id \"学号\"", with: "  header row 3\n  student-id \"学号\""))
    #expect(fixed.exitCode == 1)
    #expect(fixed.stderr.contains("st/s/b.csv: error: the header should be on line 3, but the file ends before it"))
    // No line names every column: the error is at the line that names the most, and says so.
    let missing = run(layout.replacingOccurrences(of: "  name \"姓名\"", with: "  name \"姓名\"\n  college \"学院\""))
    #expect(missing.exitCode == 1)
    #expect(
      missing.stderr.contains(
        "st/s/a.csv:3: error: missing column '学院' (the header has: 学号,姓名) [state.missing-column]"
      ),
      "\(missing.stderr)"
    )
    #expect(
      missing.stderr.contains("note: no line among the first 30 names every column; line 3 names the most of them")
    )
  }
}
