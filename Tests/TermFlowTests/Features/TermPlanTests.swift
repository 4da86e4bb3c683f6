import Foundation
import Testing

@testable import TermFlow

/// A term's workflows together: a term file they `use` (the term, its offices, audiences and
/// contacts, written once), and what only a check of all of them can see.
struct TermPlanTests {
  static let folder = Golden.fixtures.appendingPathComponent("term")

  static func file(_ name: String) -> SourceFile {
    var f = SourceFile(
      name: "term/\(name)",
      bytes: Array(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data())
    )
    let term = String(
      decoding: FileManager.default.contents(atPath: folder.appendingPathComponent("term.flow").path) ?? Data(),
      as: UTF8.self
    )
    f.loader = .memory(["term.flow": term])
    return f
  }

  /// Fixtures/term: the term file's workflows (bukao, tuition) and the example term's folder
  /// (examples/term-2023-2024-1), each golden named after what it shows.
  static var goldens: [String] {
    ["bukao-timeline", "check-together", "load", "rolled-diff", "rolled-week-calendar", "run"]
      + Driver.WeekCalendarFormat.allCases.map { "week-calendar.\($0.rawValue)" } + ["开课学院.ics"]
  }

  static func golden(_ name: String) -> String {
    do {
      switch Golden.parts(name) {
      case ("bukao-timeline", _): return bukaoTimeline().stdout
      case ("check-together", _): return checkTogether().stdout
      case ("load", _): return Driver.check(loadWorkflows(), format: .text).stdout
      case ("rolled-diff", _): return try rolledTerm().diff.stdout
      case ("rolled-week-calendar", _): return try rolledTerm().weekCalendar.stdout
      case ("run", _): return try termRun().stdout
      case ("week-calendar", ["docx"]): return try weekCalendarDocument().cells.joined(separator: "\n") + "\n"
      case ("week-calendar", let v):
        guard let format = v.first.flatMap(Driver.WeekCalendarFormat.init(rawValue:)) else { break }
        return try weekCalendar(format).stdout
      case ("开课学院", ["ics"]): return try officeCalendar("开课学院.ics")
      default: break
      }
      Issue.record("term/\(name) is not a case here")
    } catch {
      Issue.record("term/\(name): \(error)")
    }
    return ""
  }

  /// The example term's workflows, as read from examples/term-2023-2024-1.
  static func exampleTerm() throws -> [SourceFile] {
    let folder = Golden.repoRoot.appendingPathComponent("examples/term-2023-2024-1").path
    return try #require(FileIO.files(under: folder, ending: ".flow")).map { try FileIO.readSource($0) }
  }

  static func bukaoTimeline() -> CommandOutput {
    Driver.timeline(file: Self.file("bukao.flow"), today: nil, owner: nil, done: nil, format: .text)
  }

  /// The 补考 workflow has no term block of its own: the term file gives it, and its offices.
  @Test func aWorkflowTakesItsTermFromTheTermFile() {
    let out = Self.bukaoTimeline()
    #expect(out.exitCode == 0, "\(out.stderr)")
  }

  static func checkTogether() -> CommandOutput {
    Driver.check(["bukao.flow", "term.flow", "tuition.flow"].map(Self.file), format: .text)
  }

  /// Checked together, a workflow that declares the same term with another week 1 is named, with the
  /// file it disagrees with; alone, each checks clean.
  @Test func twoWeekOnesForOneTermAreAnError() {
    let files = ["bukao.flow", "term.flow", "tuition.flow"].map(Self.file)
    #expect(Self.checkTogether().exitCode == 1)
    for f in files { #expect(Driver.check([f], format: .text).exitCode == 0) }
  }

  /// A term declared both in the workflow and in the term file it uses is said twice: refused.
  @Test func aTermSaidTwiceIsRefused() {
    var f = Self.file("tuition.flow")
    f = SourceFile(name: f.name, text: String(decoding: f.bytes, as: UTF8.self) + "\nuse \"term.flow\"\n")
    f.loader = Self.file("bukao.flow").loader
    let out = Driver.check([f], format: .text)
    #expect(out.stdout.contains("error: this workflow declares its term and uses one from term.flow; say it once"))
  }

  /// The example term (examples/term-2023-2024-1: 补考, 重修 and 学费 over one term file): its 周历 in
  /// every format, week by week, each row with its owner and workflow.
  static func weekCalendar(_ format: Driver.WeekCalendarFormat) throws -> CommandOutput {
    // A today in week 2: the page marks it and dims the weeks before (the other formats ignore it).
    Driver.weekCalendar(files: try exampleTerm(), format: format, today: "2023-09-13")
  }

  @Test(arguments: Driver.WeekCalendarFormat.allCases.filter { $0 != .docx })
  func theExampleTermsWeekCalendar(_ format: Driver.WeekCalendarFormat) throws {
    let out = try Self.weekCalendar(format)
    #expect(out.exitCode == 0, "\(out.stderr)")
  }

  /// Workflows of two terms make no one calendar: the terms are named.
  @Test func twoTermsMakeNoCalendar() {
    let other = SourceFile(
      name: "other.flow",
      text:
        "workflow o \"o\"\nterm 2024-2025-1 {\n  week 1 starts 2024-09-02\n}\nowner x\nstep s {\n  owner x\n  due 第2周星期五\n}\n"
    )
    let out = Driver.weekCalendar(files: [Self.file("bukao.flow"), other], format: .text)
    #expect(out.exitCode == 1)
    #expect(out.stderr.contains("the workflows are of several terms (2023-2024-1, 2024-2025-1)"), "\(out.stderr)")
  }

  /// The term's exam weeks and an office's load, over every workflow checked together: a step due in
  /// an exam week, and each deadline past the term's limit for one office in one week, is a warning.
  static func loadWorkflows() -> [SourceFile] {
    let term =
      "term 2023-2024-1 {\n  week 1 starts 2023-09-04\n  exam weeks 3\n  owner load 1 per week\n}\nowner 开课学院\n"
    func workflow(_ name: String, _ steps: String) -> SourceFile {
      var f = SourceFile(name: "\(name).flow", text: "workflow \(name) \"\(name)\"\nuse \"term.flow\"\n" + steps)
      f.loader = .memory(["term.flow": term])
      return f
    }
    let a = workflow("bukao", "step 成绩录入 {\n  owner 开课学院\n  due 第3周星期五\n}\n")
    let b = workflow("chongxiu", "step 编班 {\n  owner 开课学院\n  due 第3周星期三\n}\nstep 开课 {\n  owner 开课学院\n  due 第5周星期一\n}\n")
    return [a, b]
  }

  @Test func examWeeksAndAnOfficesLoad() {
    let out = Driver.check(Self.loadWorkflows(), format: .text)
    #expect(out.exitCode == 0)
    // Alone, each workflow is within the limit.
    for f in Self.loadWorkflows() { #expect(!Driver.check([f], format: .text).stdout.contains("owner-overloaded")) }
  }

  /// One calendar per office over the example term: each office's file holds its own steps from
  /// every workflow (tools/check_owner_ics.py imports them with the icalendar package in CI).
  static func officeCalendars() throws -> [(file: String, ics: String)] {
    guard case .success(let calendars) = Driver.ownerCalendars(files: try exampleTerm()) else {
      Issue.record("no calendars")
      return []
    }
    return calendars.map { ($0.file, $0.ics) }
  }

  static func officeCalendar(_ file: String) throws -> String {
    try #require(try officeCalendars().first { $0.file == file }).ics
  }

  @Test func oneCalendarPerOffice() throws {
    let calendars = try Self.officeCalendars()
    #expect(calendars.map(\.file) == ["学生.ics", "学生所在学院.ics", "开课学院.ics", "教务处.ics", "财务处.ics"])
  }

  /// A step may wait for another workflow's step (`after bukao/补考成绩录入`, the file bukao.flow beside
  /// it): scheduled from it, checked against it, and every way it can go wrong reported at the `after`.
  @Test func aStepWaitsForAnotherWorkflowsStep() {
    let term = "term 2023-2024-1 {\n  week 1 starts 2023-09-04\n}\nowner 开课学院\n"
    let bukao = "workflow bukao \"补考\"\nuse \"term.flow\"\nstep 补考成绩录入 {\n  owner 开课学院\n  due 第3周星期三\n}\n"
    func check(_ text: String, _ more: [String: String] = [:]) -> String {
      var f = SourceFile(name: "retake.flow", text: "workflow retake \"重修\"\nuse \"term.flow\"\n" + text)
      f.loader = .memory(["term.flow": term, "bukao.flow": bukao].merging(more) { _, b in b })
      return Driver.check([f], format: .text).stdout
    }
    // Placed at the other workflow's due, and refused when due before it.
    var f = SourceFile(
      name: "retake.flow",
      text: "workflow retake \"重修\"\nuse \"term.flow\"\nstep 编班 {\n  owner 开课学院\n  after bukao/补考成绩录入\n}\n"
    )
    f.loader = .memory(["term.flow": term, "bukao.flow": bukao])
    let placed = Driver.timeline(file: f, today: nil, owner: nil, done: nil, format: .text)
    #expect(placed.stdout.contains("2023-09-20  第3周星期三  开课学院  编班"), "\(placed.stdout)\(placed.stderr)")
    let early = check("step 编班 {\n  owner 开课学院\n  due 第3周星期一\n  after bukao/补考成绩录入\n}\n")
    #expect(
      early.contains("error: '编班' is due 2023-09-18, before 'bukao/补考成绩录入', which it comes after, is due (2023-09-20)"),
      "\(early)"
    )
    #expect(early.contains("note: 'bukao/补考成绩录入' is another workflow's step, due then in its own file"), "\(early)")
    let noFile = check("step 编班 {\n  owner 开课学院\n  after chongkao/考试\n}\n")
    #expect(
      noFile.contains("names workflow 'chongkao', but there is no chongkao.flow beside this workflow"),
      "\(noFile)"
    )
    let noStep = check("step 编班 {\n  owner 开课学院\n  after bukao/补考\n}\n")
    #expect(noStep.contains("error: no step '补考' in bukao.flow"), "\(noStep)")
    // Two workflows that wait for each other: a circle, said once, never an endless read.
    let circle = check(
      "step 编班 {\n  owner 开课学院\n  after bukao/补考成绩录入\n}\n",
      ["bukao.flow": bukao.replacingOccurrences(of: "  due 第3周星期三\n", with: "  after retake/编班\n")]
    )
    #expect(
      circle.contains(
        "retake.flow:5:9: error: 'bukao/补考成绩录入': bukao.flow waits, through its own steps, for this workflow: the two wait for each other"
      ),
      "\(circle)"
    )
  }

  /// The example term rolled to 2024-2025-1: what roll said, the rolled files as read back, the diff of
  /// last term's folder against them (the golden rolled-diff) and their 周历 (rolled-week-calendar).
  static func rolledTerm() throws -> (
    rolled: [(path: String, text: String)]?, out: CommandOutput, again: [SourceFile], diff: CommandOutput,
    weekCalendar: CommandOutput
  ) {
    let folder = Golden.repoRoot.appendingPathComponent("examples/term-2023-2024-1").path
    let files = try #require(FileIO.files(under: folder, ending: ".flow")).map {
      (path: String($0.split(separator: "/").last ?? ""), file: try FileIO.readSource($0))
    }
    let (rolled, out) = Driver.rollFolder(files, term: "2024-2025-1", weekOne: "2024-09-02")
    let texts = Dictionary(uniqueKeysWithValues: (rolled ?? []).map { ($0.path, $0.text) })
    let again = texts.keys.sorted().map { name -> SourceFile in
      var f = SourceFile(name: name, text: texts[name] ?? "")
      f.loader = .memory(texts)
      return f
    }
    // Last term's folder against the rolled one, file by file.
    let diff = Driver.diffFolders(files, again.map { (path: $0.name, file: $0) }, format: .text)
    return (rolled, out, again, diff, Driver.weekCalendar(files: again, format: .text))
  }

  /// A term folder rolled whole: the term file once, every workflow checked against the new term; the
  /// rolled folder checks clean together and gives the new term's 周历. It is written as a new folder,
  /// whole or not at all, and never into one that exists.
  @Test func aTermFolderRollsWhole() throws {
    let (rolled, out, again, diff, _) = try Self.rolledTerm()
    #expect(out.exitCode == 0, "\(out.stderr)")
    let term = again.first { $0.name == "term.flow" }.map { String(decoding: $0.bytes, as: UTF8.self) }
    #expect(term?.contains("term 2024-2025-1 {\n  week 1 starts 2024-09-02") == true)
    #expect(Driver.check(again, format: .text).stdout == "checked 4 files: no problems\n")
    #expect(diff.exitCode == 0, "\(diff.stderr)")
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("termflow-roll-\(getpid())")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileIO.writeFolderAtomically(rolled ?? [], to: dir.path)
    #expect(throws: FileIO.Failure.self) { try FileIO.writeFolderAtomically(rolled ?? [], to: dir.path) }
  }

  /// `run DIR --state`: every workflow of the term over the same exports, one task list per office,
  /// each rule named with its workflow (the golden term/run).
  static func termRun() throws -> CommandOutput {
    Driver.runTerm(
      files: try exampleTerm(),
      state: try FileIO.readState(Golden.repoRoot.appendingPathComponent("examples/state").path),
      stateFolder: "examples/state",
      today: "2023-09-22T18:00",
      encoding: .auto,
      format: .text
    )
  }

  @Test func theTermRunsAsOne() throws {
    let out = try Self.termRun()
    #expect(out.exitCode == 0, "\(out.stderr)")
  }

  /// The 周历 as a Word document: its document.xml, and each paragraph's text (the golden
  /// week-calendar.docx, one cell a line).
  static func weekCalendarDocument() throws -> (xml: String, cells: [String]) {
    let (bytes, out) = Driver.weekCalendarDocument(files: try exampleTerm())
    let docx = try #require(bytes, "\(out.stderr)")
    let xml = try docx.withUnsafeBufferPointer { p in try ZipArchive(p).read("word/document.xml") }
    let text = String(decoding: try #require(xml), as: UTF8.self)
    return (text, NoticeDocxTests.paragraphs(Array(text.utf8)).map(\.text).filter { !$0.isEmpty })
  }

  /// Landscape, one table with a header row repeated on each page, each row's text as the other formats
  /// give it (LibreOffice renders it in CI: tools/docx_render.sh).
  @Test func theWeekCalendarAsAWordDocument() throws {
    let text = try Self.weekCalendarDocument().xml
    #expect(text.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
    #expect(text.contains("<w:trPr><w:tblHeader/></w:trPr>"))
  }
}
