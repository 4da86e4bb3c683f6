import Testing

@testable import TermFlow

/// The state CSV reader: RFC 4180, encodings, and a located error for every kind of bad file.
struct CSVTests {
  static func rows(_ text: String) -> (rows: [[String]], problem: CSVScanner.Problem?) {
    rows(Array(text.utf8))
  }

  static func rows(_ bytes: [UInt8]) -> (rows: [[String]], problem: CSVScanner.Problem?) {
    var out: [[String]] = []
    let problem = bytes.withUnsafeBufferPointer { p in
      CSVScanner.scan(p) { fields, line in
        out.append(["@\(line)"] + fields.map { CSVScanner.string(p, $0) })
        return true
      }
    }
    return (out, problem)
  }

  @Test func quotedFieldsWithCommasQuotesAndNewlines() {
    let (rows, problem) = Self.rows("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n3,,\n")
    #expect(problem == nil)
    #expect(
      rows == [
        ["@1", "a", "b", "c"], ["@2", "1", "x, y", "say \"hi\""], ["@3", "2", "two\nlines", "z"], ["@5", "3", "", ""],
      ]
    )
  }

  @Test func lineEndingsAndBlankLines() {
    #expect(Self.rows("a,b\r\n1,2\r\n\r\n3,4").rows == [["@1", "a", "b"], ["@2", "1", "2"], ["@4", "3", "4"]])
    #expect(Self.rows("a\r1\r").rows == [["@1", "a"], ["@2", "1"]])
    #expect(Self.rows("").rows.isEmpty)
  }

  @Test func malformedQuotes() {
    #expect(Self.rows("a,b\n1,\"open\n2,3\n").problem == .unterminatedQuote(line: 2, column: 2))
    #expect(Self.rows("a,b\n1,x\"y\n").problem == .strayQuote(line: 2, column: 2))
    #expect(Self.rows("a,b\n1,\"x\"y\n").problem == .strayQuote(line: 2, column: 2))
  }

  @Test func encodings() throws {
    let text = "student_id,name\n1,张伟\n"
    // 张伟 in GB18030 is D5 C5 CE B0.
    let gb: [UInt8] = Array("student_id,name\n1,".utf8) + [0xD5, 0xC5, 0xCE, 0xB0, 0x0A]
    let decoded = try TextEncoding.decode(gb, as: .auto).get()
    #expect(decoded.encoding == .gb18030)
    #expect(String(decoding: decoded.bytes, as: UTF8.self) == text)
    #expect(try TextEncoding.decode(gb, as: .gb18030).get().bytes == Array(text.utf8))
    let bom = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    #expect(try TextEncoding.decode(bom, as: .auto).get().bytes == Array(text.utf8))
    #expect(try TextEncoding.decode(Array(text.utf8), as: .auto).get().encoding == .utf8)
    // Forced UTF-8 on a GB18030 file: the line of the first bad byte.
    guard case .failure(let e) = TextEncoding.decode(gb, as: .utf8) else {
      Issue.record("GB18030 bytes decoded as UTF-8")
      return
    }
    #expect(e.line == 2)
    // Bytes that are neither: 0xFF is never valid in GB18030.
    guard case .failure = TextEncoding.decode([0x61, 0x0A, 0xFF, 0xFF], as: .auto) else {
      Issue.record("0xFF decoded")
      return
    }
  }

  @Test func utf8Validation() {
    #expect(TextEncoding.firstInvalidUTF8(Array("plain ascii, long enough to use the eight-byte path".utf8)) == nil)
    #expect(TextEncoding.firstInvalidUTF8(Array("中文与 emoji 🎓".utf8)) == nil)
    #expect(TextEncoding.firstInvalidUTF8([0x61, 0xC0, 0xAF]) == 1)  // overlong
    #expect(TextEncoding.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0)  // surrogate
    #expect(TextEncoding.firstInvalidUTF8([0x61, 0x62, 0xE4, 0xB8]) == 2)  // truncated
  }

  /// Each bad state gives `file:line: error:` naming the column and value, and exit 1.
  static let good = RunTests.state

  static func stderr(replacing name: String, with text: String?, encoding: TextEncoding = .auto) -> CommandOutput {
    var files = good
    files[name] = text.map { Array($0.utf8) }
    return Driver.run(
      file: Golden.workflow("czie-retake.flow"),
      state: .memory(files),
      stateFolder: "s",
      today: nil,
      encoding: encoding,
      format: .text,
      failOn: .never
    )
  }

  static let recordsHeader = "student_id,course_code,course_name,course_type,practical,credits,term,kind,score\n"

  @Test(arguments: [
    (
      "records.csv", recordsHeader + "2021001,C101,高等数学A,公共必修课,false,5.0,2022-2023-1,regular,abc\n",
      "s/records.csv:2: error: column 'score': 'abc' is not a score from 0 to 100 or empty [state.bad-value]"
    ),
    (
      "records.csv", recordsHeader + "2021001,C101,高等数学A,公共必修课,false,5.0,2022-2023-1,regular,101\n",
      "s/records.csv:2: error: column 'score': '101' is not a score from 0 to 100 or empty [state.bad-value]"
    ),
    (
      "records.csv", recordsHeader + "2021001,C101,高等数学A,公共必修课,false,5.0,2022-2023-1,final,80\n",
      "s/records.csv:2: error: column 'kind': 'final' is not regular, makeup or retake [state.bad-value]"
    ),
    (
      "records.csv", recordsHeader + "2021001,C101,高等数学A,公共必修课,maybe,5.0,2022-2023-1,regular,80\n",
      "s/records.csv:2: error: column 'practical': 'maybe' is not true, 1, yes, y, 是, false, 0, no, n, 否 or empty [state.bad-value]"
    ),
    (
      "records.csv", recordsHeader + "9999999,C101,高等数学A,公共必修课,false,5.0,2022-2023-1,regular,80\n",
      "s/records.csv:2: error: column 'student_id': '9999999' is not in students.csv [state.unknown-reference]"
    ),
    (
      "records.csv", recordsHeader + "2021001,C101,高等数学A\n",
      "s/records.csv:2: error: row has 3 fields, the header has 9 [state.field-count]"
    ),
    (
      "records.csv", "student_id,course_code,course_name,course_type,practical,credits,term,kind\n",
      "s/records.csv:1: error: missing column 'score' (the header has: student_id,course_code,course_name,course_type,practical,credits,term,kind) [state.missing-column]"
    ),
    (
      "records.csv", recordsHeader + "2021001,C101,\"高等数学A,公共必修课,false,5.0,2022-2023-1,regular,80\n",
      "s/records.csv:2: error: a quote opened in field 3 is never closed [state.malformed-csv]"
    ),
    ("records.csv", "", "s/records.csv: error: empty file: expected a header with student_id,course_code"),
    (
      "payments.csv",
      "time,student_id,order_id,event,course_codes,amount\n2023-09-12 25:00,2021001,Z1,created,C101,80.00\n",
      "s/payments.csv:2: error: column 'time': '2023-09-12 25:00' is not a date and time in one of the formats 'yyyy-MM-ddTHH:mm:ss', 'yyyy-M-dTH:m:s', 'yyyy-M-d H:m:s', 'yyyy-M-dTH:m', … [state.bad-value]"
    ),
    (
      "payments.csv",
      "time,student_id,order_id,event,course_codes,amount\n2023-09-12T10:00:00,2021001,Z1,returned,C101,80.00\n",
      "s/payments.csv:2: error: column 'event': 'returned' is not created, paid, released, charged, refunded or failed [state.bad-value]"
    ),
    (
      "payments.csv",
      "time,student_id,order_id,event,course_codes,amount\n2023-09-12T10:00:00,2021001,Z1,created,C101,八十\n",
      "s/payments.csv:2: error: column 'amount': '八十' is not an amount such as 80, 80.00, ￥1,200.00 or 240元 [state.bad-value]"
    ),
    (
      "students.csv",
      "student_id,name,college,major,grade,on_campus,veteran\n1,a,b,c,d,true,false\n1,a,b,c,d,true,false\n",
      "s/students.csv:3: error: column 'student_id': '1' appears again (first at students.csv:2) [state.bad-value]"
    ),
    (
      "registrations.csv", nil,
      "s/registrations.csv: error: no registrations.csv in the state folder [state.missing-file]"
    ),
  ])
  func badState(_ name: String, _ text: String?, _ expected: String) {
    let out = Self.stderr(replacing: name, with: text)
    #expect(out.exitCode == 1)
    #expect(out.stdout == "")
    #expect(out.stderr.contains(expected), "\(out.stderr)")
  }

  @Test func forcedEncodingThatDoesNotFit() {
    let out = Self.stderr(
      replacing: "registrations.csv",
      with: "student_id,course_code,registered_at\n",
      encoding: .utf8
    )
    // students.csv is GB18030; read as UTF-8 it fails on its first Chinese line.
    #expect(out.stderr.contains("s/students.csv:2: error: not valid UTF-8 text"), "\(out.stderr)")
    #expect(out.exitCode == 1)
  }

  @Test func errorsAreCappedPerFile() {
    var text = Self.recordsHeader
    for _ in 0..<50 { text += "2021001,C101,高等数学A,公共必修课,false,5.0,2022-2023-1,regular,x\n" }
    let out = Self.stderr(replacing: "records.csv", with: text)
    #expect(out.stderr.components(separatedBy: "[state.bad-value]").count - 1 == CSVTable.errorLimit)
    #expect(out.stderr.contains("30 more errors not shown"))
    // The line that counts the rest comes after the errors it follows, and the total counts them all.
    let lines = out.stderr.split(separator: "\n").map(String.init)
    let more = lines.firstIndex { $0.contains("more errors not shown") } ?? -1
    let last = lines.lastIndex { $0.contains("[state.bad-value]") } ?? Int.max
    #expect(more > last, "\(out.stderr)")
    #expect(out.stderr.contains("the state has 50 problems"), "\(out.stderr)")
  }

  /// A field past the size limit is one located error, and the row is skipped (not echoed whole).
  @Test func oversizedFieldIsAnError() {
    let huge = String(repeating: "课", count: CSVTable.fieldLimit / 3 + 10)
    let out = Self.stderr(
      replacing: "records.csv",
      with: Self.recordsHeader + "2021001,C101,\(huge),公共必修课,false,5.0,2022-2023-1,regular,80\n"
    )
    #expect(out.exitCode == 1)
    #expect(
      out.stderr.contains(
        "s/records.csv:2: error: column 'course_name' holds \(huge.utf8.count) bytes; a value may hold at most \(CSVTable.fieldLimit) [state.field-too-long]"
      ),
      "\(out.stderr.prefix(500))"
    )
    #expect(out.stderr.utf8.count < 2_000)
  }

  /// A students table that lists nobody is the root cause: it is reported first and alone, not after
  /// one "is not in students.csv" per row of every other table.
  @Test(arguments: [
    (
      "student_id,name,college,major,grade,on_campus,veteran\n",
      "s/students.csv:1: error: students.csv has a header but no rows"
    ),
    ("", "s/students.csv: error: empty file"),
  ])
  func emptyStudentsIsTheRootCause(_ c: (String, String)) {
    let out = Self.stderr(replacing: "students.csv", with: c.0)
    #expect(out.exitCode == 1)
    let lines = out.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix(c.1) == true, "\(out.stderr)")
    #expect(!out.stderr.contains("[state.unknown-reference]"), "\(out.stderr)")
  }

  @Test func garbageStateNeverCrashes() {
    var seed: UInt64 = 7
    for round in 0..<60 {
      var bytes: [UInt8] = Array("student_id,course_code,registered_at\n".utf8)
      for _ in 0..<300 {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        let b = UInt8(truncatingIfNeeded: seed >> 33)
        bytes.append(round % 2 == 0 ? b : [0x2C, 0x22, 0x0A, 0x0D, 0x61, 0x31][Int(b) % 6])
      }
      var files = Self.good
      files[StateLoader.fileNames[round % 4]] = bytes
      let out = Driver.run(
        file: Golden.workflow("czie-retake.flow"),
        state: .memory(files),
        stateFolder: "s",
        today: nil,
        encoding: .auto,
        format: .json,
        failOn: .never
      )
      #expect(out.exitCode == 0 || out.exitCode == 1)
      if out.exitCode == 1 { #expect(out.stderr.contains("error:")) }
    }
  }
}
