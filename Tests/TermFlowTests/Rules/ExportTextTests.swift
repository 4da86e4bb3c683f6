import Foundation
import Testing

@testable import TermFlow

/// Exports saved the other ways Excel saves them read exactly as the UTF-8 CSV: "Unicode text"
/// (UTF-16, little- or big-endian, with or without a BOM, tab-separated) and tab-separated UTF-8,
/// a field holding a comma or a quote included.
struct ExportTextTests {
  static let rows = [
    ["student_id", "name", "college", "major", "grade", "on_campus", "veteran"],
    ["2021001", "张伟, 小", "药学院", "药学", "2021", "true", "false"],
    ["2021002", "王\"芳\"", "医学院", "临床", "2021", "false", "true"],
  ]

  static func csv() -> [UInt8] {
    Array(
      rows.map { r in
        r.map { f in
          f.contains(",") || f.contains("\"") ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }
        .joined(separator: ",")
      }.joined(separator: "\n").utf8
    ) + [0x0A]
  }

  static func tsv() -> String {
    rows.map { r in
      r.map { f in f.contains("\"") ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f }
        .joined(separator: "\t")
    }.joined(separator: "\r\n") + "\r\n"
  }

  static func utf16(_ s: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
    var out: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
    for u in s.utf16 { out += bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)] }
    return out
  }

  static func students(_ bytes: [UInt8]) -> [String] {
    let sink = DiagnosticSink(file: "s")
    var loader = StateLoader(
      files: .memory(["students.csv": bytes]),
      folder: "s",
      encoding: .auto,
      sink: sink,
      layout: LayoutCompiler.builtin
    )
    let state = loader.load()
    return state.students.map { "\($0.id)|\($0.name)|\($0.college)|\($0.onCampus)|\($0.veteran)" }
      + sink.diagnostics.filter { $0.code != StateDiagnostics.missingFile }.map(\.message)
  }

  @Test func everyWayExcelSavesReadsAlike() {
    let expected = Self.students(Self.csv())
    #expect(expected.count == 2)
    #expect(expected[0] == "2021001|张伟, 小|药学院|true|false")
    #expect(expected[1] == "2021002|王\"芳\"|医学院|false|true")
    #expect(Self.students(Array(Self.tsv().utf8)) == expected)
    for big in [false, true] {
      for bom in [true, false] {
        #expect(Self.students(Self.utf16(Self.tsv(), bigEndian: big, bom: bom)) == expected, "big \(big) bom \(bom)")
      }
    }
  }

  /// The advice names a value of --encoding that could help, or how to save the file.
  @Test func encodingAdviceNamesWhatWouldWork() {
    // 张伟 in GB18030, in a students file with the reference header.
    let gb: [UInt8] =
      Array("student_id,name,college,major,grade,on_campus,veteran\n2021001,".utf8) + [0xD5, 0xC5, 0xCE, 0xB0]
      + Array(",a,b,2021,true,false\n".utf8)
    let sink = DiagnosticSink(file: "s")
    var loader = StateLoader(
      files: .memory(["students.csv": gb]),
      folder: "s",
      encoding: .utf8,
      sink: sink,
      layout: LayoutCompiler.builtin
    )
    _ = loader.load()
    let message = sink.diagnostics.first { $0.code == StateDiagnostics.encoding }?.message ?? ""
    #expect(
      message == "not valid UTF-8 text; try --encoding gb18030, or save it as CSV UTF-8 from Excel",
      "\(sink.diagnostics.map(\.message))"
    )
  }
}
