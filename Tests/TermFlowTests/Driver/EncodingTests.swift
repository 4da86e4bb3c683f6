import Foundation
import Testing

@testable import TermFlow

/// Workflow files as offices save them: GB18030 from a Windows editor is read, and written back as
/// GB18030; bytes in no known encoding are one error, the root cause, with no cascade.
struct EncodingTests {
  static let czie = String(decoding: Golden.workflow("czie-retake.flow").bytes, as: UTF8.self)

  @Test func gb18030WorkflowIsRead() throws {
    let gb = try #require(GB18030.encode(Self.czie))
    let file = FileIO.sourceFile("gb.flow", gb)
    #expect(file.readAsGB18030)
    #expect(file.bytes == Array(Self.czie.utf8))
    let out = Driver.check([file], format: .text)
    #expect(out.stdout == "checked 1 file: no problems\n", "\(out.stdout)")
  }

  /// A UTF-8 file with a stray GB18030 word is not read as GB18030 mojibake: it is an error.
  @Test func mixedEncodingsAreOneError() throws {
    let gbWord = try #require(GB18030.encode("报名"))
    let bytes = Array("workflow x\nowner 教务处\nstep ".utf8) + gbWord + Array(" {\n  owner 教务处\n}\n".utf8)
    let file = FileIO.sourceFile("mixed.flow", bytes)
    #expect(!file.readAsGB18030)
    let out = Driver.check([file], format: .text)
    #expect(out.stdout.hasPrefix("mixed.flow:3:6: error: the file is neither UTF-8 nor GB18030 text"), "\(out.stdout)")
    #expect(out.stdout.hasSuffix("checked 1 file: 1 error, 0 warnings\n"), "\(out.stdout)")
  }

  @Test func formattedGB18030IsWrittenBackAsGB18030() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("termflow-enc-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("w.flow").path
    try FileIO.writeAtomically(Self.czie, to: path, gb18030: true)
    let written = try #require(FileManager.default.contents(atPath: path))
    #expect(Array(written) == GB18030.encode(Self.czie))
    let back = try FileIO.readSource(path)
    #expect(back.readAsGB18030)
    #expect(String(decoding: back.bytes, as: UTF8.self) == Self.czie)
  }

  /// Control characters in a workflow or an export (NUL, an escape sequence) are shown as pictures,
  /// never written to the terminal; the caret still lands under what it points at.
  @Test func controlCharactersAreShownNotSent() {
    let file = SourceFile(name: "c.flow", bytes: Array("workflow x\nowner \"a\u{0}b\u{1B}[2J\"\n".utf8))
    let out = Driver.check([file], format: .text)
    #expect(!out.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(out.stdout)")
    #expect(out.stdout.contains("    2 | owner \"a\u{2400}b\u{241B}[2J\"\n      |       ^~~~~~~~~\n"), "\(out.stdout)")
    var files = CSVTests.good
    files["payments.csv"] = Array(
      "time,student_id,order_id,event,course_codes,amount\n2023-09-12T10:00:00,2021001,Z1,paid\u{1B}[2J,C101,80.00\n"
        .utf8
    )
    let run = Driver.run(
      file: Golden.workflow("czie-retake.flow"),
      state: .memory(files),
      stateFolder: "s",
      today: nil,
      encoding: .auto,
      format: .text,
      failOn: .never
    )
    #expect(run.stderr.contains("column 'event': 'paid\u{241B}[2J' is not"), "\(run.stderr)")
    #expect(!run.stderr.unicodeScalars.contains { $0.value == 0x1B })
  }
}
