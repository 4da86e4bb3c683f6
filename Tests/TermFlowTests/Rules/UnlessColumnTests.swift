import Foundation
import Testing

@testable import TermFlow

/// A field read from two columns (issue 23, item 7): the exam kind split over 修读方式 and 考试类型, and a
/// score whose blank cell means what a reason column says (缓考 is no attempt, 缺考 an absence).
struct UnlessColumnTests {
  static let workflow = """
    workflow t "t"
    table students "学生.csv" {
      student-id "学号"
    }
    table records "成绩.csv" {
      student-id "学号"
      course-code "课程代码"
      term "学期"
      kind "考试类型" values { "正常考试" = regular, "补考" = makeup } unless "修读方式" values { "重修" = retake }
      score "成绩" unless "备注" values { "缓考" = not-attempted, "缺考" = absent }
    }
    """

  static func load(_ records: String, workflow: String = Self.workflow) -> (State, [String]) {
    let a = Analysis(file: SourceFile(name: "t.flow", text: workflow))
    let files: [String: [UInt8]] = [
      "学生.csv": Array("学号\n1\n2\n".utf8),
      "成绩.csv": Array(records.utf8),
    ]
    let sink = DiagnosticSink(file: "s")
    let loader = StateLoader(files: .memory(files), folder: "s", encoding: .auto, sink: sink, layout: a.layout)
    let state = loader.load()
    let problems = sink.diagnostics.filter { $0.code != StateDiagnostics.missingFile }
      .map { "\($0.file):\($0.line ?? 0): \($0.message)" }
    return (state, a.diagnostics.filter { $0.code.rawValue.hasPrefix("layout.") }.map(\.message) + problems)
  }

  @Test func theOtherColumnDecidesWhereItSaysSo() {
    let (state, problems) = Self.load(
      """
      学号,课程代码,学期,修读方式,考试类型,成绩,备注
      1,C1,2023-2024-1,正常,正常考试,55,
      1,C1,2023-2024-1,正常,补考,,缓考
      1,C2,2023-2024-1,重修,正常考试,61,
      2,C1,2023-2024-1,重修,补考,,缺考
      2,C2,2023-2024-1,正常,正常考试,70,已复核

      """
    )
    #expect(problems.isEmpty, "\(problems)")
    let r = state.records
    #expect(r.map(\.kind) == [.regular, .makeup, .retake, .retake, .regular])
    #expect(r.map(\.score) == [550, -1, 610, -1, 700])
    #expect(r.map(\.attempt) == [true, false, true, true, true])
    #expect(r.map(\.absent) == [false, false, false, true, false])
  }

  /// Where the other column says nothing it knows, the field's own column is read, and a blank score
  /// the scale does not read is an error, as without `unless`.
  @Test func elsewhereTheFieldsOwnColumnIsRead() {
    let (_, problems) = Self.load(
      """
      学号,课程代码,学期,修读方式,考试类型,成绩,备注
      1,C1,2023-2024-1,正常,期末,55,
      1,C2,2023-2024-1,正常,正常考试,,请假

      """
    )
    #expect(problems.contains { $0.contains("s/成绩.csv:2: column '考试类型': '期末' is not 正常考试 or 补考") }, "\(problems)")
    #expect(problems.contains { $0.contains("s/成绩.csv:3: column '成绩': '' is not a score") }, "\(problems)")
  }

  @Test func theOtherColumnMustBeThere() {
    let (_, problems) = Self.load("学号,课程代码,学期,考试类型,成绩\n1,C1,2023-2024-1,正常考试,55\n")
    #expect(problems.contains { $0.contains("missing column '修读方式', '备注'") }, "\(problems)")
  }

  /// Only a field read through a map or a scale takes `unless`, with the targets of that field; `fmt`
  /// writes it back as it reads.
  @Test func whatUnlessMayDecide() {
    let bad = Self.workflow.replacingOccurrences(
      of: "  student-id \"学号\"\n}",
      with: "  student-id \"学号\"\n  name \"姓名\" unless \"备注\" values { \"x\" = true }\n}"
    ).replacingOccurrences(of: "\"重修\" = retake", with: "\"重修\" = resit")
    let out = Driver.check([SourceFile(name: "t.flow", text: bad)], format: .text)
    #expect(out.stdout.contains("error: 'name' takes no 'unless'"), "\(out.stdout)")
    #expect(out.stdout.contains("error: 'resit' is not"), "\(out.stdout)")
    let formatted = Driver.format(SourceFile(name: "t.flow", text: Self.workflow)).text ?? ""
    #expect(
      formatted.contains(
        "  score \"成绩\" unless \"备注\" values { \"缓考\" = not-attempted, \"缺考\" = absent }\n"
      ),
      "\(formatted)"
    )
  }
}
