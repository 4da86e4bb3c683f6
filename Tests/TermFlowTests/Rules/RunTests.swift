import Foundation
import Testing

@testable import TermFlow

/// `run` and `explain --student` on examples/state, the hand-made term in which each rule fires for
/// chosen students (see examples/make_state.py).
struct RunTests {
  static let folder = "examples/state"
  static var state: [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for name in StateLoader.fileNames {
      let url = Golden.repoRoot.appendingPathComponent(folder).appendingPathComponent(name)
      if let data = try? Data(contentsOf: url) { files[name] = Array(data) }
    }
    return files
  }
  static let today = "2023-09-22T18:00"

  static func run(
    _ workflow: String,
    format: Driver.RunFormat = .json,
    state: [String: [UInt8]] = RunTests.state,
    today: String? = RunTests.today,
    failOn: Driver.FailOn = .never,
    wide: Bool = false,
    lang: Language = .en
  ) -> CommandOutput {
    Driver.run(
      file: Golden.workflow(workflow),
      state: .memory(state),
      stateFolder: folder,
      today: today,
      encoding: .auto,
      format: format,
      failOn: failOn,
      wide: wide,
      lang: lang
    )
  }

  /// Fixtures/run: czie-retake in every format and in Chinese (`czie-retake[.zh].FORMAT`), fjut with no
  /// --today, `explain --student` for three students, and the tuition bills at two moments.
  static var goldens: [String] {
    Driver.RunFormat.allCases.map { "czie-retake.\($0.rawValue)" } + ["czie-retake.zh.text", "czie-retake.zh.html"]
      + ["fjut-2018-retake.text"] + explained.map { "explain-\($0)" }
      + DryRunTests.tuitionMoments.map { "bzmc-tuition.\($0.0)" }
  }

  static let explained = ["2021006", "2021007", "2021012"]

  static func golden(_ name: String) -> String {
    let (c, variants) = Golden.parts(name)
    if c.hasPrefix("explain-") { return explainStudentGolden(String(c.dropFirst("explain-".count))) }
    if c == "bzmc-tuition" { return DryRunTests.tuitionGolden(variants.joined(separator: ".")) }
    if c == "fjut-2018-retake" {
      let out = Self.run("fjut-2018-retake.flow", format: .text, today: nil)
      return out.stdout + out.stderr + "exit: \(out.exitCode)\n"
    }
    guard c == "czie-retake", let format = variants.last.flatMap(Driver.RunFormat.init(rawValue:)) else {
      Issue.record("run/\(name) is not a case here")
      return ""
    }
    // `--lang zh`: the labels and statuses in Chinese, the data as it is.
    let zh = variants.contains("zh")
    let out = Driver.run(
      file: Golden.workflow("czie-retake.flow"),
      state: .memory(Self.state),
      stateFolder: Self.folder,
      today: Self.today,
      encoding: .auto,
      format: format,
      failOn: .never,
      lang: zh ? .zh : .en
    )
    if !zh {
      #expect(out.exitCode == 0)
      #expect(out.stderr == "")
    }
    return out.stdout
  }

  /// Which subjects each rule fires for, from the JSON: one expectation per rule.
  static func fired(_ json: String) throws -> [String: [String]] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    var out: [String: [String]] = [:]
    for key in ["tasks", "warnings"] {
      for f in object[key] as? [[String: Any]] ?? [] where (f["relayed"] as? Bool) != true {
        let subject = [f["student"], f["course"], f["order"]].compactMap { $0 as? String }.joined(separator: "/")
        out[f["rule"] as? String ?? "?", default: []].append(subject)
      }
    }
    return out.mapValues { $0.sorted() }
  }

  @Test func eachRuleFiresForTheStudentsMadeForIt() throws {
    let f = try Self.fired(Self.run("czie-retake.flow").stdout)
    #expect(f["ineligible-registration"] == ["2021002/C102", "2021003/C103", "2021004/C104"])
    #expect(f["batch-limit"] == ["2021007/ZZJF0002"])
    #expect(f["stuck-order"] == ["2021008/ZZJF0021"])
    #expect(f["early-release"] == ["2021007/ZZJF0002"])
    #expect(f["early-repay"] == ["2021007/ZZJF0003"])
    #expect(f["double-paid"] == ["2021009/C101"])
    #expect(f["amount-mismatch"] == ["2021010/ZZJF0008"])
    // The veteran 2021006 registered C101 and never paid: exempt, so not cleared.
    // 2021011's C101 was charged by the bank before the close (not yet shown as paid): not cleared.
    #expect(f["重修费.clear-unpaid"] == ["2021002/C102", "2021003/C103", "2021004/C104", "2021008/C105", "2021021/C101"])
    #expect(f["payment-not-synced"] == ["2021011/ZZJF0022"])
    #expect(f["retake-class"]?.count == 8)
    let fjut = try Self.fired(Self.run("fjut-2018-retake.flow").stdout)
    #expect(fjut["second-failure"] == ["2021012/C106"])  // 2021013 passed at the third retake
  }

  @Test func retakeClassSplitsAtTheClassSize() throws {
    let json = Self.run("czie-retake.flow").stdout
    #expect(json.contains("缴费人数达到组班人数：组建重修班"))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let tasks = object["tasks"] as? [[String: Any]] ?? []
    let classes = tasks.filter { ($0["action"] as? String)?.contains("组建重修班") == true }.compactMap {
      $0["course"] as? String
    }
    #expect(classes == ["C101"])
  }

  @Test func stuckOrderDependsOnToday() throws {
    // Created 16:30: not stuck until the 20-minute release wait has passed.
    let before = try Self.fired(Self.run("czie-retake.flow", today: "2023-09-22T16:45").stdout)
    #expect(before["stuck-order"] == nil)
    let after = try Self.fired(Self.run("czie-retake.flow", today: "2023-09-22T16:50").stdout)
    #expect(after["stuck-order"] == ["2021008/ZZJF0021"])
    let out = Self.run("czie-retake.flow", format: .text, wide: true, lang: .zh)
    #expect(out.stdout.contains("2023-09-22T16:50 后可释放"))
    // Released at 16:50, it could be paid again at 17:20: after the window closed at 17:00, so the
    // task does not send the student to pay then; it says what to do instead.
    #expect(!out.stdout.contains("最早 2023-09-22T18:30"))
    #expect(out.stdout.contains("缴费已于 2023-09-22T17:00 截止，释放后不能再缴费：请释放订单并联系财务处"))
    // In English the same, in the run's language.
    let en = Self.run("czie-retake.flow", format: .text, wide: true)
    #expect(
      en.stdout.contains("payment closed 2023-09-22T17:00, so none after release: release the order and contact 财务处")
    )
  }

  @Test func failOnDecidesTheExitCode() {
    #expect(Self.run("czie-retake.flow", failOn: .never).exitCode == 0)
    #expect(Self.run("czie-retake.flow", failOn: .error).exitCode == 1)  // batch-limit is an error
    #expect(Self.run("czie-retake.flow", failOn: .warning).exitCode == 1)
    #expect(Self.run("fjut-2018-retake.flow", failOn: .error).exitCode == 0)
  }

  /// The same rows in another order give the same bytes.
  @Test func outputIsIndependentOfRowOrder() {
    var shuffled = Self.state
    for name in ["records.csv", "registrations.csv", "payments.csv"] {
      guard let bytes = shuffled[name] else { continue }
      var text = String(decoding: bytes, as: UTF8.self)
      let crlf = text.contains("\r\n")
      if crlf { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
      var lines = text.split(separator: "\n").map(String.init)
      let header = lines.removeFirst()
      text = ([header] + lines.reversed()).joined(separator: "\n") + "\n"
      shuffled[name] = Array(text.utf8)
    }
    for format in Driver.RunFormat.allCases {
      let a = Self.run("czie-retake.flow", format: format)
      let b = Self.run("czie-retake.flow", format: format, state: shuffled)
      // Line numbers in the text's LINE column are the workflow's, so the outputs match exactly.
      #expect(a.stdout == b.stdout, "\(format)")
    }
  }

  static func explainStudentGolden(_ student: String) -> String {
    let out = Driver.explainStudent(
      file: Golden.workflow("czie-retake.flow"),
      state: .memory(Self.state),
      stateFolder: Self.folder,
      student: student,
      course: nil,
      today: Self.today,
      encoding: .auto
    )
    return out.stdout + out.stderr + "exit: \(out.exitCode)\n"
  }

  @Test func explainWithCourseAndUnknowns() {
    let file = Golden.workflow("fjut-2018-retake.flow")
    let out = Driver.explainStudent(
      file: file,
      state: .memory(Self.state),
      stateFolder: Self.folder,
      student: "2021012",
      course: "C106",
      today: nil,
      encoding: .auto
    )
    #expect(out.stdout.contains("failed-retakes = 2, passed = false"), "\(out.stdout)")
    #expect(out.stdout.contains("→ true"))
    #expect(out.stdout.contains("rows: records.csv:"))
    let noOne = Driver.explainStudent(
      file: file,
      state: .memory(Self.state),
      stateFolder: Self.folder,
      student: "9999",
      course: nil,
      today: nil,
      encoding: .auto
    )
    #expect(noOne.exitCode == 2)
    let noCourse = Driver.explainStudent(
      file: file,
      state: .memory(Self.state),
      stateFolder: Self.folder,
      student: "2021012",
      course: "X9",
      today: nil,
      encoding: .auto
    )
    #expect(noCourse.exitCode == 2)
  }

  /// Text fits a 100-column terminal (CJK counted as two cells), the message cut with …; --wide
  /// prints it whole.
  @Test func textFitsAHundredColumnsUnlessWide() {
    let narrow = Self.run("czie-retake.flow", format: .text).stdout
    let wide = Self.run("czie-retake.flow", format: .text, wide: true).stdout
    let widest = narrow.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
    #expect(widest <= 100)
    #expect(narrow.contains("…"))
    #expect((wide.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0) > 100)
    #expect(!wide.contains("…"))
  }
}
