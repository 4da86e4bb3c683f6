import Foundation
import Testing

@testable import TermFlow

/// Declared state layouts: a registrar's export read through the workflow's `table`, `values` and
/// `grades` declarations, the same reader as the built-in layout.
struct LayoutTests {
  static func state(_ folder: String) -> StateFiles {
    (try? FileIO.readState(Golden.fixtures.appendingPathComponent(folder).path)) ?? .memory([:])
  }

  static func bench(_ name: String) -> SourceFile {
    let url = Golden.repoRoot.appendingPathComponent("bench").appendingPathComponent(name)
    return SourceFile(name: "bench/\(name)", bytes: Array((try? Data(contentsOf: url)) ?? Data()))
  }

  /// The findings without the workflow line that fired them (the two workflows differ only there).
  static func findings(_ json: String) throws -> [String] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    var out: [String] = []
    for key in ["tasks", "warnings"] {
      for case var item as [String: Any] in object[key] as? [Any] ?? [] {
        item["line"] = nil
        item["source"] = nil
        let data = try JSONSerialization.data(withJSONObject: item, options: [.sortedKeys])
        out.append(key + " " + String(decoding: data, as: UTF8.self))
      }
    }
    return out
  }

  /// gen_state.py's reference and registrar layouts of the same students (50, seed 5), committed as
  /// fixtures: the zh workflow must find exactly what the reference one finds.
  @Test func registrarExportGivesTheReferenceFindings() throws {
    let ref = Driver.run(
      file: Self.bench("retake-2018.flow"),
      state: Self.state("layout/gen-ref"),
      stateFolder: "gen-ref",
      today: nil,
      encoding: .auto,
      format: .json,
      failOn: .never
    )
    let zh = Driver.run(
      file: Self.bench("retake-2018-zh.flow"),
      state: Self.state("layout/gen-zh"),
      stateFolder: "gen-ref",
      today: nil,
      encoding: .auto,
      format: .json,
      failOn: .never
    )
    #expect(ref.exitCode == 0 && zh.exitCode == 0, "\(ref.stderr)\(zh.stderr)")
    let a = try Self.findings(ref.stdout), b = try Self.findings(zh.stdout)
    #expect(a.count > 10)
    #expect(a == b)
    // Every rule fires at this size, so the comparison covers all four.
    for rule in ["batch-limit", "ineligible-registration", "second-failure", "stuck-order"] {
      #expect(a.contains { $0.contains("\"rule\":\"\(rule)\"") }, "\(rule) never fires")
    }
  }

  /// Bad exports (Fixtures/layout/NAME.flow over NAME/): every problem of every file in one pass, each
  /// located in the CSV and in the workflow. The golden is what the run says on stderr.
  static func badExport(_ name: String) -> String {
    let out = Driver.run(
      file: Golden.source("layout", name),
      state: Self.state("layout/\(name)"),
      stateFolder: "layout/\(name)",
      today: nil,
      encoding: .auto,
      format: .text,
      failOn: .never
    )
    #expect(out.stdout.isEmpty, "layout/\(name)")
    return out.stderr + "exit: \(out.exitCode)\n"
  }

  @Test func scaleReadsNumbersLevelsAndMarkers() {
    let scale = LayoutCompiler.builtin.plan(.records).column(.score)?.scale
    func grade(_ s: String) -> GradeScale.Grade? {
      scale.flatMap { sc in Array(s.utf8).withUnsafeBufferPointer { sc.decode($0) } }
    }
    #expect(grade("59.5") == GradeScale.Grade(score: 595, passed: false, absent: false, attempt: true))
    #expect(grade("60") == GradeScale.Grade(score: 600, passed: true, absent: false, attempt: true))
    #expect(grade("75.00")?.score == 750)
    #expect(grade("") == GradeScale.Grade(score: -1, passed: false, absent: true, attempt: true))
    #expect(grade("100.1") == nil)
    #expect(grade("59.55") == nil)
    #expect(grade("abc") == nil)
  }

  @Test func timeFormats() {
    func parse(_ pattern: String, _ text: String) -> String? {
      TimeFormat(pattern).flatMap { f in Array(text.utf8).withUnsafeBufferPointer { f.parse($0) } }.map(Timestamp.iso)
    }
    #expect(parse("yyyy/M/d H:mm", "2023/9/12 8:05") == "2023-09-12T08:05")
    #expect(parse("yyyy年M月d日 HH:mm", "2023年9月12日 08:05") == "2023-09-12T08:05")
    #expect(parse("yyyy-MM-dd HH:mm:ss", "2023-09-12 08:05:00") == "2023-09-12T08:05")
    #expect(parse("yyyy-MM-dd HH:mm:ss", "2023-9-12 08:05:00") == nil)
    #expect(parse("yyyy/M/d H:mm", "2023/2/30 8:05") == nil)
    #expect(TimeFormat("HH:mm") == nil)
    #expect(parse("yyyyMMdd", "20230912") == "2023-09-12T00:00")
    #expect(parse("yyyyMMdd", "2023091:") == nil)
    #expect(parse("yyyy-MM-dd", "2023-09-12") == "2023-09-12T00:00")
    #expect(parse("yyyy-MM-dd HH:mm", "2023-09-12 23:59") == "2023-09-12T23:59")
    #expect(parse("yyyy-MM-dd HH:mm", "2023-09-12 24:00") == nil)
    // A fixed-width time is checked a word at a time: a wrong byte anywhere is caught, whether it is a
    // digit's place (`:` and `/` sit just above and below the digits) or a literal's.
    let good = Array("2023-09-12 08:05:30".utf8)
    let seconds = TimeFormat("yyyy-MM-dd HH:mm:ss").flatMap { f in good.withUnsafeBufferPointer { f.parse($0) } }
    #expect(seconds.map { $0 % 86400 } == 8 * 3600 + 5 * 60 + 30)
    for k in good.indices {
      for bad: UInt8 in [0x2F, 0x3A, 0x20, 0x41, 0xE5] where bad != good[k] {
        var text = good
        text[k] = bad
        #expect(parse("yyyy-MM-dd HH:mm:ss", String(decoding: text, as: UTF8.self)) == nil, "byte \(k) as \(bad)")
      }
    }
    #expect(TimeFormat("yyy/M/d") == nil)
  }

  /// The built-in layout is the default data fed through the compiler: its text compiles clean.
  @Test func builtinLayoutCompilesClean() {
    let file = SourceFile(name: "builtin.flow", text: BuiltinLayout.text)
    let sink = DiagnosticSink(file: file.name)
    let w = Parser.parse(file, sink: sink)
    let layout = LayoutCompiler.compile([LayoutCompiler.Source(file: file, workflow: w, sink: sink)])
    #expect(sink.diagnostics.isEmpty)
    #expect(layout.tables.map(\.table) == TableKind.allCases)
  }

  @Test func usedFileOutsideTheFolderIsRefused() {
    var file = SourceFile(name: "w.flow", text: "use \"../school.flow\"\nuse \"/etc/x.flow\"\nuse \"missing.flow\"\n")
    file.loader = .memory([:])
    let out = Driver.check([file], format: .text)
    #expect(out.exitCode == 1)
    #expect(
      out.stdout.contains(
        "w.flow:1:5: error: '../school.flow' is not a file beside this workflow or below it [layout.use]"
      )
    )
    #expect(
      out.stdout.contains(
        "w.flow:2:5: error: '/etc/x.flow' is not a file beside this workflow or below it [layout.use]"
      )
    )
    #expect(
      out.stdout.contains("w.flow:3:5: error: cannot read 'missing.flow': No such file or directory [layout.use]")
    )
  }

  @Test func usedFileHoldsOnlyTheTermAndTheLayout() {
    var file = SourceFile(name: "w.flow", text: "use \"school.flow\"\n")
    file.loader = .memory([
      "school.flow": "grades g {\n  pass at 60\n}\nowner x\nuse \"other.flow\"\nstep s {\n  owner x\n}\n"
    ])
    let out = Driver.check([file], format: .text)
    #expect(!out.stdout.contains("school.flow:4:1"), "\(out.stdout)")
    #expect(
      out.stdout.contains(
        "school.flow:5:1: error: a used file holds only a term, owners, audiences, contacts and the layout (table, values, grades), not 'use' [layout.use]"
      )
    )
    #expect(
      out.stdout.contains(
        "school.flow:6:1: error: a used file holds only a term, owners, audiences, contacts and the layout (table, values, grades), not 'step' [layout.use]"
      )
    )
  }
}

/// The shipped registrar example: its run, `explain` with the export's own columns, and `state inspect`.
struct RegistrarExampleTests {
  static let folder = Golden.repoRoot.appendingPathComponent("examples/registrar")

  static func workflow() -> SourceFile {
    let path = folder.appendingPathComponent("retake.flow").path
    var file = SourceFile(
      name: "examples/registrar/retake.flow",
      bytes: Array(FileManager.default.contents(atPath: path) ?? Data())
    )
    let school = String(
      decoding: FileManager.default.contents(atPath: folder.appendingPathComponent("school.flow").path) ?? Data(),
      as: UTF8.self
    )
    file.loader = .memory(["school.flow": school])
    return file
  }

  static var state: StateFiles { (try? FileIO.readState(folder.path)) ?? .memory([:]) }

  /// The golden layout/registrar-run.
  static func runOutput() -> CommandOutput {
    Driver.run(
      file: Self.workflow(),
      state: Self.state,
      stateFolder: "examples/registrar",
      today: "2023-09-22T18:00",
      encoding: .auto,
      format: .text,
      failOn: .never
    )
  }

  @Test func run() {
    let out = Self.runOutput()
    #expect(out.exitCode == 0, "\(out.stderr)")
  }

  static let explained = ["2023003", "2023004", "2023006"]

  /// The goldens layout/registrar-explain-STUDENT.
  static func explainOutput(_ student: String) -> CommandOutput {
    Driver.explainStudent(
      file: Self.workflow(),
      state: Self.state,
      stateFolder: "examples/registrar",
      student: student,
      course: nil,
      today: "2023-09-22T18:00",
      encoding: .auto
    )
  }

  @Test(arguments: explained)
  func explain(_ student: String) {
    let out = Self.explainOutput(student)
    #expect(out.exitCode == 0, "\(out.stderr)")
  }

  /// The golden layout/registrar-inspect.
  static func inspectOutput() -> CommandOutput {
    Driver.inspectState(files: Self.state, folder: "examples/registrar", encoding: .auto)
  }

  /// The suggestion names every column the example's school.flow names, and checks clean as it is.
  @Test func inspect() {
    let out = Self.inspectOutput()
    let check = Driver.check([SourceFile(name: "suggested.flow", text: out.stdout)], format: .text)
    #expect(check.exitCode == 0, "\(check.stdout)")
  }

  /// The golden layout/title-rows-inspect.
  static func titleRowsInspectOutput() -> CommandOutput {
    Driver.inspectState(files: LayoutTests.state("layout/title-rows"), folder: "title-rows", encoding: .auto)
  }

  /// Title lines above a header are found, and said as `header row N`; the suggestion checks clean.
  @Test func inspectFindsTitleLines() {
    let out = Self.titleRowsInspectOutput()
    let check = Driver.check([SourceFile(name: "suggested.flow", text: out.stdout)], format: .text)
    #expect(check.exitCode == 0, "\(check.stdout)")
  }

  /// Two records files in the state folder itself are listed, not globbed as `*.csv` (which would take
  /// the students' file too); in a sub-folder of their own they are globbed.
  @Test func inspectGlobsOnlyASubFolder() {
    let header = Array("学号,学年,学期,课程代码,考试性质,成绩\n1,2022-2023,1,C1,正常考试,80\n".utf8)
    let students = Array("学号,姓名\n1,甲\n".utf8)
    let flat = Driver.inspectState(
      files: .memory(["学生.csv": students, "成绩1.csv": header, "成绩2.csv": header]),
      folder: "s",
      encoding: .auto
    )
    #expect(flat.stdout.contains("table records \"成绩1.csv\", \"成绩2.csv\" {"), "\(flat.stdout)")
    let nested = Driver.inspectState(
      files: .memory(["学生.csv": students, "成绩/1.csv": header, "成绩/2.csv": header]),
      folder: "s",
      encoding: .auto
    )
    #expect(nested.stdout.contains("table records \"成绩/*.csv\" {"), "\(nested.stdout)")
  }

  /// A value nobody maps is flagged, not guessed.
  @Test func inspectFlagsWhatItCannotMap() {
    let out = Driver.inspectState(files: LayoutTests.state("layout/bad-values"), folder: "bad-values", encoding: .auto)
    #expect(out.stdout.contains("  \"已退款\" = refunded  # 1 row"), "\(out.stdout)")
    #expect(
      out.stdout.contains("# TODO: \"良\" = a score, pass, fail, absent or not-attempted?  (1 row)"),
      "\(out.stdout)"
    )
    #expect(out.stdout.contains("\"期末考试\" = regular"))
  }
}

/// Boundary rows the shipped examples lack: a score of exactly the pass mark, a passed retake beside a
/// failed one, a deferred exam, a date-only `--today`.
struct BoundaryRowTests {
  static func load(_ records: String) -> State {
    let files: [String: [UInt8]] = [
      "students.csv": Array("student_id,name,college,major,grade,on_campus,veteran\n1,甲,学院,专业,2018,true,false\n".utf8),
      "records.csv": Array(
        ("student_id,course_code,course_name,course_type,practical,credits,term,kind,score\n" + records).utf8
      ),
      "registrations.csv": Array("student_id,course_code,registered_at\n".utf8),
      "payments.csv": Array("time,student_id,order_id,event,course_codes,amount\n".utf8),
    ]
    return StateLoader(files: .memory(files), folder: "s", encoding: .auto, sink: DiagnosticSink(file: "s")).load()
  }

  @Test func exactlyThePassMarkPasses() {
    let s = Self.load("1,C1,课,必修,false,2,2018-1,regular,60\n1,C2,课,必修,false,2,2018-1,regular,59.9\n")
    #expect(s.records.map(\.passed) == [true, false])
    #expect(s.pairs.map(\.passed) == [true, false])
  }

  @Test func onlyFailedRetakesCount() {
    let s = Self.load(
      "1,C1,课,必修,false,2,2018-1,regular,40\n1,C1,课,必修,false,2,2018-1,retake,50\n1,C1,课,必修,false,2,2018-2,retake,75\n"
    )
    #expect(s.pairs.count == 1)
    #expect(s.pairs.first?.retakes == 2)
    #expect(s.pairs.first?.failedRetakes == 1)
    #expect(s.pairs.first?.passed == true)
  }

  /// An empty score is an absence: a failed attempt. (缓考 in a declared scale is no attempt: the
  /// registrar example's goldens.)
  @Test func anAbsenceIsAFailedAttempt() {
    let s = Self.load("1,C1,课,必修,false,2,2018-1,regular,40\n1,C1,课,必修,false,2,2018-1,retake,\n")
    #expect(s.records.last?.absent == true)
    #expect(s.pairs.first?.failedRetakes == 1)
  }

  /// `--today` as a date means the end of that day.
  @Test func aDateOnlyTodayIsTheEndOfTheDay() {
    // The findings, without the `today` line that names the moment as given.
    let runAt = { (today: String) in
      Driver.run(
        file: RegistrarExampleTests.workflow(),
        state: RegistrarExampleTests.state,
        stateFolder: "examples/registrar",
        today: today,
        encoding: .auto,
        format: .json,
        failOn: .never
      ).stdout.split(separator: "\n").filter { !$0.contains("\"today\"") }
    }
    #expect(runAt("2023-09-22") == runAt("2023-09-22T23:59"))
    #expect(runAt("2023-09-18") != runAt("2023-09-18T09:00"))  // the stuck order is stuck only from 09:40
  }
}
