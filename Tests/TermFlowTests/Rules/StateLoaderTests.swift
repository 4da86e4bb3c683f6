import Foundation
import Testing

@testable import TermFlow

/// The fast ways of reading records.csv (two stretches on two threads; whole rows taken by comparing
/// them with what is known) must give exactly what the plain row-by-row read gives: the same records,
/// courses, terms, pairs and problems, for clean files and for every kind of awkward one.
struct StateLoaderTests {
  /// Everything a load produced, as text, so two loads compare with one `==`.
  static func load(
    _ files: [String: [UInt8]],
    split: Bool,
    fast: Bool,
    layout: StateLayout = LayoutCompiler.builtin
  ) -> [String] {
    let sink = DiagnosticSink(file: "s")
    var loader = StateLoader(files: .memory(files), folder: "s", encoding: .auto, sink: sink, layout: layout)
    loader.splitSize = split ? 1 : Int.max
    loader.fastRows = fast
    let state = loader.load()
    var out = state.courses.map { "course \($0.code)|\($0.name)|\($0.type)|\($0.practical)|\($0.credits)" }
    out += state.terms.map { "term \($0)" }
    out += state.records.map {
      "record \($0.student) \($0.course) \($0.term) \($0.kind) \($0.score) \($0.passed) \($0.absent) \($0.attempt) line \($0.line)"
    }
    out += state.pairs.map {
      "pair \($0.student) \($0.course) \($0.taken) \($0.passed) \($0.failedRetakes) \($0.retakes) \($0.makeupFailed)"
    }
    out += sink.diagnostics.sorted(by: Diagnostic.sortKey).map { "\($0.file):\($0.line ?? 0): \($0.message)" }
    return out
  }

  /// The first line where two loads differ, or nil.
  static func difference(_ a: [String], _ b: [String]) -> String? {
    for (x, y) in zip(a, b) where x != y { return "\(x)  ≠  \(y)" }
    return a.count == b.count ? nil : "\(a.count) lines ≠ \(b.count) lines"
  }

  static let students =
    "student_id,name,college,major,grade,on_campus,veteran\n"
    + (1...40).map { "S\($0),学生\($0),学院,专业,2021,true,false\n" }.joined()

  /// Forty students with a dozen records each, over courses and terms that keep appearing for the
  /// first time in both halves of the file.
  static func records(_ extra: (Int) -> String = { _ in "" }) -> String {
    var lines = ["student_id,course_code,course_name,course_type,practical,credits,term,kind,score"]
    var n = 0
    for s in 1...40 {
      for k in 0..<12 {
        let course = (s * 7 + k * 3) % 23
        let kind = ["regular", "makeup", "retake"][k % 3]
        let score = (s * 13 + k * 29) % 110
        lines.append(
          "S\(s),C\(course),课程\(course),专业必修课,\(course % 5 == 0),\(course % 4).5,202\(k % 4)-202\(k % 4 + 1)-1,\(kind),"
            + (score >= 101 ? "" : String(score))
        )
        n += 1
        let more = extra(n)
        if !more.isEmpty { lines.append(more) }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func files(_ records: String) -> [String: [UInt8]] {
    [
      "students.csv": Array(students.utf8), "records.csv": Array(records.utf8),
      "registrations.csv": Array("student_id,course_code,registered_at\n".utf8),
      "payments.csv": Array("time,student_id,order_id,event,course_codes,amount\n".utf8),
    ]
  }

  static let cases: [(String, String)] = [
    ("clean", records()),
    ("CRLF", records().replacingOccurrences(of: "\n", with: "\r\n")),
    (
      "quoted names with commas and newlines",
      records { n in n % 37 == 0 ? "S3,C\(n % 23),\"课程, \"\"新\"\"\n第二行\",实践课,true,2,2023-2024-1,retake,40" : "" }
    ),
    (
      "a student's rows in two places",
      records { n in n % 101 == 0 ? "S1,C99,课程99,专业选修课,false,1,2023-2024-1,regular,30" : "" }
    ),
    (
      "blank lines, spaces and 87.0",
      records { n in n % 53 == 0 ? "\nS2, C1 ,课程1,专业必修课,false,1.5,2023-2024-1,makeup,87.0" : "" }
    ),
    ("bad rows in both halves", records { n in n % 97 == 0 ? "S4,C1,课程1,专业必修课,maybe,1,2023-2024-1,regular,200" : "" }),
    ("an unknown student", records { n in n == 400 ? "S999,C1,课程1,专业必修课,false,1,2023-2024-1,regular,60" : "" }),
    (
      "a course whose later rows disagree",
      records { n in n % 61 == 0 ? "S5,C2,另一个名字,专业必修课,false,9,2023-2024-1,regular,70" : "" }
    ),
  ]

  @Test(arguments: cases)
  func everyWayOfReadingGivesTheSameState(_ c: (String, String)) {
    let files = Self.files(c.1)
    let plain = Self.load(files, split: false, fast: false)
    #expect(plain.contains { $0.hasPrefix("record ") })
    #expect(Self.difference(Self.load(files, split: false, fast: true), plain) == nil, "fast rows: \(c.0)")
    #expect(Self.difference(Self.load(files, split: true, fast: false), plain) == nil, "two stretches: \(c.0)")
    #expect(Self.difference(Self.load(files, split: true, fast: true), plain) == nil, "both: \(c.0)")
  }

  /// A split that lands inside a quoted field (the middle of the file is inside a long quoted name
  /// with line ends) is noticed, and the file is read in one pass.
  @Test func splitInsideAQuotedField() {
    let header = "student_id,course_code,course_name,course_type,practical,credits,term,kind,score\n"
    let row = "S1,C1,课程1,专业必修课,false,1,2023-2024-1,regular,50\n"
    let quoted = "S2,C2,\"" + String(repeating: "很长的名字\n", count: 200) + "\",实践课,true,1,2023-2024-1,retake,30\n"
    let text = header + String(repeating: row, count: 20) + quoted + String(repeating: row, count: 20)
    let files = Self.files(text)
    let plain = Self.load(files, split: false, fast: false)
    #expect(plain.filter { $0.hasPrefix("record ") }.count == 41)
    #expect(plain.contains { $0.contains("line 22") })
    #expect(Self.difference(Self.load(files, split: true, fast: true), plain) == nil)
  }

  /// Each half writes into a stretch sized from the rows of the file's first 256 KiB. Long rows there
  /// and short ones after make both halves run past their stretches, or, with long rows through the
  /// first half, only the second (by more or less than the first left free); the records must still
  /// be the one-pass read's, in order.
  @Test(arguments: [(4, 100, 700, 2), (20, 50, 700, 2), (20, 50, 450, 20)])
  func halvesThatOutgrowTheirStretches(longStudents: Int, longRows: Int, shortRows: Int, shortName: Int) {
    var lines = ["student_id,course_code,course_name,course_type,practical,credits,term,kind,score"]
    let long = String(repeating: "长", count: 330)
    for s in 1...40 {
      for k in 0..<(s <= longStudents ? longRows : shortRows) {
        let name = s <= longStudents ? long : String(repeating: "课", count: shortName)
        lines.append(
          "S\(s),C\(k % 29),\(name)\(k % 29),专业必修课,false,2,2023-2024-1,\(["regular", "makeup", "retake"][k % 3]),\(k % 100)"
        )
      }
    }
    let text = lines.joined(separator: "\n") + "\n"
    #expect(text.utf8.count > 3 << 18)
    let files = Self.files(text)
    let plain = Self.load(files, split: false, fast: false)
    #expect(plain.filter { $0.hasPrefix("record ") }.count == longStudents * longRows + (40 - longStudents) * shortRows)
    #expect(Self.difference(Self.load(files, split: true, fast: true), plain) == nil)
    #expect(Self.difference(Self.load(files, split: true, fast: false), plain) == nil)
  }

  /// The run's output does not depend on how the state was read.
  @Test func runOutputIsTheSameWhicheverWay() {
    let files = Self.files(Self.records())
    var outputs: Set<[String]> = []
    for split in [false, true] {
      for fast in [false, true] { outputs.insert(Self.load(files, split: split, fast: fast)) }
    }
    #expect(outputs.count == 1)
  }

  /// The registrar's layout (bench/retake-2018-zh.flow) over gen_state.py's zh export, read in place as
  /// GB18030 and as UTF-8, with awkward rows: every way of reading gives the same state.
  @Test(arguments: ["GB18030", "UTF-8", "GB18030 with awkward rows"])
  func registrarLayoutEveryWay(_ variant: String) throws {
    let layout = Analysis(file: LayoutTests.bench("retake-2018-zh.flow")).layout
    let folder = Golden.fixtures.appendingPathComponent("layout/gen-zh")
    var files: [String: [UInt8]] = [:]
    for name in ["学生名单.csv", "成绩.csv", "重修报名.csv", "缴费流水.csv"] {
      files[name] = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }
    if variant == "UTF-8" {
      for (name, bytes) in files { files[name] = try bytes.withUnsafeBufferPointer { try GB18030.toUTF8($0).get() } }
    }
    if variant.hasSuffix("awkward rows"), let gb = files["成绩.csv"] {
      var text = try gb.withUnsafeBufferPointer { try GB18030.toUTF8($0).get() }
      let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(
        String.init
      )
      var out: [String] = []
      for (k, line) in lines.enumerated() {
        out.append(line)
        guard k > 0, k % 97 == 0, let id = line.split(separator: ",").first else { continue }
        out.append("\(id),𠀀名,2016-2017,1,C00001,课程001,专业必修课,否,2.0,补考,缓考")  // a four-byte GB18030 name
        out.append("\(id),\"引号, 名\",2016-2017,2,C00002,课程002,专业必修课,否,2.0,正常考试,良好")
        out.append("\(id),x,2016-2017,1,C00003,课程003,专业必修课,否,2.0,期末考试,80")  // a kind the map lacks
        // Scores the fast path must read as the scale does, or leave to it: two decimals, past the
        // range, a level with a space after it, a decimal with nothing after the point.
        out.append("\(id),x,2016-2017,1,C00004,课程004,专业必修课,否,2.0,正常考试,75.00")
        out.append("\(id),x,2016-2017,1,C00004,课程004,专业必修课,否,2.0,补考,100.5")
        out.append("\(id),x,2016-2017,1,C00004,课程004,专业必修课,否,2.0,重修,优秀 ")
        out.append("\(id),x,2016-2017,1,C00004,课程004,专业必修课,否,2.0,重修,59.")
      }
      text = Array(out.joined(separator: "\r\n").utf8)
      files["成绩.csv"] = try #require(
        text.withUnsafeBufferPointer { TextEncoding.iconv($0, from: "UTF-8", to: "GB18030") }
      )
    }
    let plain = Self.load(files, split: false, fast: false, layout: layout)
    #expect(plain.filter { $0.hasPrefix("record ") }.count > 1000)
    #expect(
      Self.difference(Self.load(files, split: false, fast: true, layout: layout), plain) == nil,
      "fast rows: \(variant)"
    )
    #expect(
      Self.difference(Self.load(files, split: true, fast: false, layout: layout), plain) == nil,
      "two stretches: \(variant)"
    )
    #expect(
      Self.difference(Self.load(files, split: true, fast: true, layout: layout), plain) == nil,
      "both: \(variant)"
    )
  }

  /// The columns in another order (`…,score,kind`): the fast path follows the header too, so every row
  /// reads as in the usual order; none is taken with its score in `kind`.
  @Test func columnsInAnotherOrder() {
    let usual = Self.records()
    let swapped = usual.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      var f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      if f.count == 9 { f.swapAt(7, 8) }
      return f.joined(separator: ",")
    }.joined(separator: "\n")
    for split in [false, true] {
      for fast in [false, true] {
        #expect(
          Self.difference(
            Self.load(Self.files(swapped), split: split, fast: fast),
            Self.load(Self.files(usual), split: false, fast: false)
          ) == nil,
          "split \(split), fast \(fast)"
        )
      }
    }
  }

  /// 200 terms in each half of the file, 400 in all: too many for a record's byte whichever way the
  /// file is read; never a term silently renumbered into another.
  @Test func tooManyTermsAcrossHalves() {
    var lines = ["student_id,course_code,course_name,course_type,practical,credits,term,kind,score"]
    for k in 0..<400 { lines.append("S\(k % 40 + 1),C1,课程1,专业必修课,false,1,T\(k),regular,70") }
    let files = Self.files(lines.joined(separator: "\n") + "\n")
    for split in [false, true] {
      let out = Self.load(files, split: split, fast: true)
      #expect(out.contains { $0.contains("256 different terms") }, "split \(split)")
    }
  }

  /// A layout that reads one column for two fields (the id and the code both from 学号) has no fast
  /// path: every row is read the long way, so no row is taken without its student being checked.
  @Test func oneColumnForTwoFieldsHasNoFastPath() {
    let header = CSVTable.Header(
      index: [0, 0, Int.max, Int.max, Int.max, Int.max, 1, 2, 3],
      names: [],
      joins: Array(repeating: [], count: 9),
      width: 4,
      rowsStart: 0,
      line: 2
    )
    let plan = RecordPlan(LayoutCompiler.builtin.plan(.records), header)
    #expect(plan.segments == nil)
    #expect(plan.rowSegments.count == 0)
    let usual = CSVTable.Header(
      index: [0, 1, Int.max, Int.max, Int.max, Int.max, 2, 3, 4],
      names: [],
      joins: Array(repeating: [], count: 9),
      width: 5,
      rowsStart: 0,
      line: 2
    )
    #expect(RecordPlan(LayoutCompiler.builtin.plan(.records), usual).segments != nil)
  }
}
