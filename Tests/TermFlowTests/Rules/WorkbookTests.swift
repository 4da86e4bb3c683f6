import Foundation
import Testing

@testable import TermFlow

/// `.xlsx` state: workbooks written by openpyxl and by LibreOffice (tools/gen_xlsx.py, committed in
/// Fixtures/xlsx) give the same findings as the CSV export they were made from; damaged workbooks
/// are a clear error naming the file.
struct WorkbookTests {
  static let folder = Golden.fixtures.appendingPathComponent("xlsx")

  /// czie-retake with the reference layout's tables pointed at the workbooks (openpyxl's records are
  /// on its second sheet, 成绩, and its students sheet has a title row merged above the header;
  /// LibreOffice's are plain).
  static func workflow(recordsSheet: String = "#成绩", studentsHeaderRow: Int? = 2) throws -> SourceFile {
    var layout = BuiltinLayout.text
    if let row = studentsHeaderRow {
      layout = layout.replacingOccurrences(
        of: "table students \"students.csv\" {",
        with: "table students \"students.csv\" {\n  header row \(row)"
      )
    }
    for (csv, xlsx) in [
      ("students.csv", "students.xlsx"), ("records.csv", "records.xlsx" + recordsSheet),
      ("registrations.csv", "registrations.xlsx"), ("payments.csv", "payments.xlsx"),
    ] {
      layout = layout.replacingOccurrences(of: "\"\(csv)\"", with: "\"\(xlsx)\"")
    }
    let bills = try #require(layout.range(of: "table bills"))
    layout = String(layout[..<bills.lowerBound])
    let base = String(decoding: Golden.workflow("czie-retake.flow").bytes, as: UTF8.self)
    return SourceFile(name: "workflows/czie-retake.flow", text: base + "\n" + layout)
  }

  static func state(_ sub: String) throws -> StateFiles {
    try FileIO.readState(folder.appendingPathComponent(sub).path)
  }

  static func run(_ f: SourceFile, _ s: StateFiles) -> CommandOutput {
    Driver.run(
      file: f,
      state: s,
      stateFolder: "state",
      today: "2023-09-22T18:00",
      encoding: .auto,
      format: .json,
      failOn: .never
    )
  }

  @Test(arguments: ["openpyxl", "libreoffice"])
  func aWorkbookReadsAsItsCSV(_ writer: String) throws {
    let dir = Self.folder.appendingPathComponent(writer).path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    try #require(names.filter { $0.hasSuffix(".xlsx") }.count == 4, "run tools/gen_xlsx.py: \(writer) has \(names)")
    let fromCSV = Self.run(
      Golden.workflow("czie-retake.flow"),
      try FileIO.readState(Golden.repoRoot.appendingPathComponent("examples/state").path)
    )
    let openpyxl = writer == "openpyxl"
    let fromXLSX = Self.run(
      try Self.workflow(recordsSheet: openpyxl ? "#成绩" : "", studentsHeaderRow: openpyxl ? 2 : nil),
      try Self.state(writer)
    )
    #expect(fromXLSX.exitCode == 0, "\(fromXLSX.stderr)")
    #expect(!fromCSV.stdout.isEmpty)
    #expect(fromXLSX.stdout == fromCSV.stdout)
  }

  @Test(arguments: [
    ("truncated", "a damaged workbook"), ("notzip", "not an .xlsx workbook (not a zip archive)"),
    ("old", "an .xls (Excel 97–2003) or encrypted workbook: save it as .xlsx"),
    ("noworkbook", "no xl/workbook.xml"),
  ])
  func aDamagedWorkbookIsOneClearError(_ c: (String, String)) throws {
    let out = try Self.runDamaged(c.0)
    #expect(out.exitCode == 1)
    #expect(out.stderr.contains("state/students.xlsx: error: cannot read students.xlsx: \(c.1)"), "\(out.stderr)")
  }

  /// openpyxl's workbooks with the students' replaced by the damaged workbook corrupt/NAME.xlsx.
  static func runDamaged(_ name: String) throws -> CommandOutput {
    var files: [String: [UInt8]] = [:]
    for t in ["records", "registrations", "payments"] {
      files["\(t).xlsx"] = Array(try Data(contentsOf: Self.folder.appendingPathComponent("openpyxl/\(t).xlsx")))
    }
    files["students.xlsx"] = Array(try Data(contentsOf: Self.folder.appendingPathComponent("corrupt/\(name).xlsx")))
    return Self.run(try Self.workflow(), .memory(files))
  }

  /// Fixtures/xlsx holds workbooks; its goldens are `state inspect` on each writer's workbooks and what a
  /// run says of each damaged one, in full (the tests here check the parts that matter).
  static let goldens = ["corrupt-run", "libreoffice-inspect", "openpyxl-inspect"]

  static func golden(_ name: String) -> String {
    do {
      guard name == "corrupt-run" else {
        let writer = String(name.dropLast("-inspect".count))
        return Driver.inspectState(files: try Self.state(writer), folder: writer, encoding: .auto).stdout
      }
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("corrupt").path)
      return try names.filter { $0.hasSuffix(".xlsx") }.sorted().map { file in
        let out = try Self.runDamaged(String(file.dropLast(".xlsx".count)))
        return "== corrupt/\(file)\n\(out.stdout)--- stderr\n\(out.stderr)exit: \(out.exitCode)\n"
      }.joined(separator: "\n")
    } catch {
      Issue.record("xlsx/\(name): \(error)")
      return ""
    }
  }

  /// The title row above the header is found without the layout saying where the header is, left
  /// out and said in the report; the findings are those of `header row 2`. With the header fixed on
  /// line 1 (`header row 1`), the error names the title it found and the line that has the headers.
  /// Lines are the sheet's own row numbers either way.
  @Test func aTitleAboveTheHeaderIsFoundAndLeftOut() throws {
    let state = try Self.state("openpyxl")
    let found = Self.run(try Self.workflow(studentsHeaderRow: nil), state)
    let said = Self.run(try Self.workflow(studentsHeaderRow: 2), state)
    #expect(found.exitCode == 0, "\(found.stderr)")
    #expect(
      found.stdout.contains(
        "\"file\": \"students.xlsx\",\n      \"kind\": \"title line\",\n      \"count\": 1,\n      \"firstLine\": 1,\n      \"text\": \"2021级学生名单（教务处导出）\""
      ),
      "\(found.stdout)"
    )
    #expect(found.stdout.split(separator: "\n").filter { !$0.contains("\"text\"") }.count > 10)
    let findings = { (s: String) in s[(s.range(of: "\"tasks\"")?.lowerBound ?? s.startIndex)...] }
    #expect(findings(found.stdout) == findings(said.stdout))
    let fixed = Self.run(try Self.workflow(studentsHeaderRow: 1), state)
    #expect(fixed.exitCode == 1)
    #expect(
      fixed.stderr.contains(
        "state/students.xlsx:1: error: missing column 'student_id', 'name', 'college', 'major', 'grade', 'on_campus', 'veteran' (the header has: 2021级学生名单（教务处导出）)"
      ),
      "\(fixed.stderr)"
    )
    #expect(
      fixed.stderr.contains(
        "note: line 2 has these headers: if the lines above it are a title, add `header row 2` to table students"
      ),
      "\(fixed.stderr)"
    )
    // The sheet reads as the CSV it stands for, row for line: the title on line 1, the header on 2.
    var csv: [UInt8] = []
    _ = state.withTable("students.xlsx") { csv = Array($0) }
    let lines = String(decoding: csv, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count > 3)
    #expect(lines.first == "2021级学生名单（教务处导出）")
    #expect(lines.dropFirst().first?.hasPrefix("student_id,name,") == true)
  }

  /// `state inspect` on workbooks: a cover sheet first (openpyxl's records.xlsx opens on 说明) is passed
  /// over for the sheet that holds the table, named after `#`; the title above the students' header
  /// is named (the run finds each file's header itself); and the suggestion checks clean.
  @Test func inspectFindsTheSheetAndTheHeader() throws {
    let out = Driver.inspectState(files: try Self.state("openpyxl"), folder: "openpyxl", encoding: .auto)
    #expect(out.stdout.contains("table records \"records.xlsx#成绩\" {\n"), "\(out.stdout)")
    #expect(
      out.stdout.contains(
        "table students \"students.xlsx\" {\n  # a title above the header, left out: students.xlsx (line 1)\n"
      ),
      "\(out.stdout)"
    )
    #expect(!out.stdout.contains("could not tell"), "\(out.stdout)")
    let check = Driver.check([SourceFile(name: "suggested.flow", text: out.stdout)], format: .text)
    #expect(check.exitCode == 0, "\(check.stdout)")
  }

  @Test func aMissingSheetNamesTheSheets() throws {
    let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent("openpyxl/records.xlsx")))
    let r = bytes.withUnsafeBufferPointer { p in
      Result { () throws(Workbook.Failure) in try Workbook.csv(p, sheet: "2024春") }
    }
    #expect(r == .failure(.unreadable("no sheet '2024春' (the workbook has: 说明, 成绩)")))
  }

  /// Each cell type as the CSV shows it; `str` (a formula's text) is text, not a shared string's index,
  /// and a formula itself is not part of the cell's text. Rows keep their numbers (row 3 is line 3).
  @Test func cellTypes() {
    let xml = """
      <worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><f>A1&amp;"c"</f>\
      <v>a&amp;c</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" s="1"><v>45181.5</v></c><c r="E1"><v>59.5</v></c>\
      </row><row r="3"><c r="B3" t="inlineStr"><is><t>x,"y"</t></is></c><c r="E3" t="e"><v>#N/A</v></c>\
      </row></sheetData></worksheet>
      """
    let csv = Workbook.rows(Array(xml.utf8), strings: ["共享"], dateStyles: [false, true], date1904: false)
    #expect(String(decoding: csv, as: UTF8.self) == "共享,a&c,true,2023-09-12 12:00:00,59.5\n\n,\"x,\"\"y\"\"\",,,#N/A\n")
  }

  /// zlib's stored, fixed and dynamic blocks (Fixtures/xlsx/deflate, by tools/gen_xlsx.py) inflate to
  /// their text; a stream longer than its zip entry says, or cut short, is damaged.
  @Test(arguments: ["stored", "fixed", "dynamic"])
  func inflate(_ name: String) throws {
    let dir = Self.folder.appendingPathComponent("deflate")
    let packed = Array(try Data(contentsOf: dir.appendingPathComponent("\(name).bin")))
    let text = Array(try Data(contentsOf: dir.appendingPathComponent("\(name).txt")))
    func run(_ bytes: [UInt8], size: Int, limit: Int = 1 << 20) -> Result<[UInt8], Inflate.Failure> {
      bytes.withUnsafeBufferPointer { p in
        Result { () throws(Inflate.Failure) in try Inflate.inflate(p, size: size, limit: limit) }
      }
    }
    #expect(run(packed, size: text.count) == .success(text))
    #expect(run(packed, size: text.count - 1) == .failure(.damaged("it inflates past the size its zip entry gives")))
    // A zip bomb: the entry says more than the limit, and the stream gets there.
    #expect(run(packed, size: text.count, limit: text.count - 1) == .failure(.tooLarge))
    if case .success = run(Array(packed.dropLast(packed.count / 3)), size: text.count) {
      Issue.record("a stream cut short inflated")
    }
  }

  /// A big sheet is read in two halves on two threads: the CSV is byte for byte the one-pass CSV,
  /// wherever the middle falls (in a row, between rows, in a gap of missing rows).
  @Test(arguments: [0, 1, 7, 500])
  func twoHalvesGiveTheOnePassCSV(_ gap: Int) {
    var xml = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>成绩单</t></is></c></row>"
    xml += "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>1</v></c></row>"
    var row = 3
    for k in 0..<400 {
      if k == 200 { row += gap }
      xml += "<row r=\"\(row)\"><c r=\"A\(row)\"><v>\(k)</v></c><c r=\"B\(row)\" t=\"b\"><v>\(k % 2)</v></c>"
      xml += k % 3 == 0 ? "" : "<c r=\"C\(row)\" t=\"inlineStr\"><is><t>第\(k)行, \"引号\"</t></is></c>"
      xml += "</row>"
      row += 1
    }
    xml += "</sheetData></worksheet>"
    let bytes = Array(xml.utf8)
    let one = Workbook.rows(bytes, strings: ["学号", "备注"], dateStyles: [], date1904: false, splitSize: .max)
    let two = Workbook.rows(bytes, strings: ["学号", "备注"], dateStyles: [], date1904: false, splitSize: 0)
    #expect(String(decoding: two, as: UTF8.self) == String(decoding: one, as: UTF8.self))
    #expect(one.filter { $0 == 0x0A }.count == row - 1)
  }

  @Test func serialDatesAndFormats() {
    #expect(Workbook.date(45181.336805555555, date1904: false) == "2023-09-12 08:05:00")
    #expect(Workbook.date(45181, date1904: false) == "2023-09-12")
    #expect(Workbook.date(59, date1904: false) == "1900-02-28")
    #expect(Workbook.date(61, date1904: false) == "1900-03-01")
    #expect(Workbook.date(0, date1904: true) == "1904-01-01")
    #expect(Workbook.isDateFormat("yyyy/m/d h:mm"))
    #expect(Workbook.isDateFormat("[$-F800]dddd, mmmm dd, yyyy"))
    #expect(!Workbook.isDateFormat("0.00"))
    #expect(!Workbook.isDateFormat("[Red]#,##0;\"day\""))
    #expect(Workbook.columnIndex("AA12") == 26)
  }

  @Test func garbageNeverTraps() {
    var seed: UInt64 = 11
    let good =
      (try? Data(contentsOf: Self.folder.appendingPathComponent("openpyxl/students.xlsx"))).map(Array.init) ?? []
    for k in 0..<200 {
      var bytes = good
      for _ in 0..<(1 + k % 8) where !bytes.isEmpty {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        bytes[Int(seed >> 33) % bytes.count] = UInt8(truncatingIfNeeded: seed >> 17)
      }
      _ = bytes.withUnsafeBufferPointer { p in Result { () throws(Workbook.Failure) in try Workbook.csv(p, sheet: nil) }
      }
    }
  }
}
