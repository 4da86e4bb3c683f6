import Foundation
import Testing

@testable import TermFlow

/// `practical = true`, `veteran = true`, `credits = 1.5`, `college = "药学院"`: a value given for every
/// row reaches every student and course, as if the export had printed it; a layout without them reads
/// the defaults (which `check` now refuses where a rule reads them, see check/field-not-given).
struct LayoutConstantTests {
  static let workflow = """
    workflow t "t"
    table students "学生.csv" {
      student-id "学号"
      veteran = true
      college = "药学院"
    }
    table records "成绩.csv" {
      student-id "学号"
      course-code "课程代码"
      term "学期"
      kind "考试性质" values { "正常考试" = regular }
      score "成绩"
      practical = true
      credits = 1.5
    }
    """

  @Test func constantsReachEveryRow() {
    let file = SourceFile(name: "t.flow", text: Self.workflow)
    let a = Analysis(file: file)
    let layoutProblems = a.diagnostics.filter { $0.code.rawValue.hasPrefix("layout.") }.map(\.message)
    #expect(layoutProblems.isEmpty, "\(layoutProblems)")
    let files: [String: [UInt8]] = [
      "学生.csv": Array("学号\n2021001\n2021002\n".utf8),
      "成绩.csv": Array("学号,课程代码,学期,考试性质,成绩\n2021001,C1,2023-2024-1,正常考试,55\n2021002,C2,2023-2024-1,正常考试,80\n".utf8),
    ]
    let sink = DiagnosticSink(file: "s")
    var loader = StateLoader(files: .memory(files), folder: "s", encoding: .auto, sink: sink, layout: a.layout)
    let state = loader.load()
    // Only the tables this test leaves out (registrations, payments) are missing.
    let problems = sink.diagnostics.filter { $0.code != StateDiagnostics.missingFile }.map(\.message)
    #expect(problems.isEmpty, "\(problems)")
    #expect(state.students.count == 2)
    #expect(state.students.allSatisfy { $0.veteran && $0.college == "药学院" })
    #expect(state.courses.count == 2)
    #expect(state.courses.allSatisfy { $0.practical && $0.credits == 150 })
  }
}
