extension Driver {
  /// Where `termflow test` gets what a test file names, relative to that file: its workflow and its
  /// state folder. The command line reads from disk; the suite lends files from memory.
  public struct TestFiles: Sendable {
    /// The workflow, or a thrown error that says why it cannot be read.
    public var workflow: @Sendable (_ testFile: String, _ path: String) throws -> SourceFile
    /// The state folder, or a thrown error that says why it cannot be read.
    public var state: @Sendable (_ testFile: String, _ path: String) throws -> StateFiles

    /// Loaders that can say why a file is not there: the command line's, which reads from disk.
    public init(
      reading workflow: @escaping @Sendable (String, String) throws -> SourceFile,
      state: @escaping @Sendable (String, String) throws -> StateFiles
    ) {
      self.workflow = workflow
      self.state = state
    }

    /// Loaders that give nil for what they lack, with no reason to give.
    public init(
      workflow: @escaping @Sendable (String, String) -> SourceFile?,
      state: @escaping @Sendable (String, String) -> StateFiles?
    ) {
      self.workflow = { t, p in try workflow(t, p) ?? { throw NotLent() }() }
      self.state = { t, p in try state(t, p) ?? { throw NotLent() }() }
    }

    /// What a loader with no reason throws: said as nothing more than `cannot read`.
    struct NotLent: Error {}

    /// `cannot read <what>`, with the reason when `error` gives one.
    static func cannotRead(_ what: String, _ error: any Error) -> String {
      switch error {
      case is NotLent: return "cannot read \(what)"
      case let f as FileIO.Failure: return "cannot read \(what): \(f.reason)"
      default: return "cannot read \(what): \(error)"
      }
    }
  }

  /// `termflow test PATH...`: every test of every file, `PASS`/`FAIL` a line each (a failure followed by
  /// what was missing, what was unexpected, and the findings there were), then `N passed, M failed`.
  /// Exit 1 when any test fails or a test file cannot be read; 0 otherwise.
  public static func test(_ files: [SourceFile], loading: TestFiles, lang: Language = .en) -> CommandOutput {
    var out = ""
    var err = ""
    var passed = 0, failed = 0
    for f in files {
      let (t, problems) = WorkflowTestFile.parse(f)
      if !problems.isEmpty {
        err += DiagnosticRenderer(files: [f.name: f]).render(problems)
        out += "FAIL \(f.name): the test file has \(Language.en.count(problems.count, "error")) (on stderr)\n"
        failed += 1
        continue
      }
      let workflow: SourceFile
      do {
        // A file that names no workflow was reported by the parse above; this is a guard, not a path.
        guard let path = t.workflow else { throw TestFiles.NotLent() }
        workflow = try loading.workflow(f.name, path)
      } catch {
        out += "FAIL \(f.name): \(TestFiles.cannotRead("the workflow '\(t.workflow ?? "")'", error))\n"
        failed += 1
        continue
      }
      for test in t.tests {
        let failures = run(test, workflow: workflow, testFile: f.name, loading: loading)
        let title = "\(f.name):\(test.line) \(test.name)"
        if failures.isEmpty {
          out += "PASS \(title)\n"
          passed += 1
        } else {
          out += "FAIL \(title)\n" + failures.map { "  \($0)\n" }.joined()
          failed += 1
        }
      }
    }
    out += lang("%1 passed, %2 failed", "\(passed)", "\(failed)") + "\n"
    return CommandOutput(stdout: out, stderr: err, exitCode: failed > 0 ? 1 : 0)
  }

  /// One test: its failures as lines (empty when it passes).
  static func run(
    _ test: WorkflowTestFile.Test,
    workflow: SourceFile,
    testFile: String,
    loading: TestFiles
  ) -> [String] {
    let a = Analysis(file: workflow)
    guard !a.hasErrors else {
      return ["the workflow has errors:"] + renderForStderr(a).split(separator: "\n").map(String.init)
    }
    var failures: [String] = []
    // Dates first: they need no state.
    for e in test.expectations {
      guard case .step(let id, let which, let moment) = e.kind else { continue }
      guard let s = a.timeline?.steps.first(where: { $0.id == id }) else {
        failures.append("line \(e.line): no step '\(id)' in the timeline")
        continue
      }
      let actual = (which == "due" ? s.due : s.start)?.iso ?? "none"
      if actual != moment { failures.append("line \(e.line): step \(id) \(which) \(moment) expected, \(actual) found") }
    }
    let wantsFindings =
      test.nothingElse
      || test.expectations.contains {
        if case .step = $0.kind { return false }
        return true
      }
    guard wantsFindings else { return failures }
    var state: StateFiles?
    if let folder = test.state {
      do {
        state = try loading.state(testFile, folder)
      } catch {
        return failures + [TestFiles.cannotRead("the state folder '\(folder)'", error)]
      }
    }
    let inline = Dictionary(test.tables.map { ($0.name, Array($0.text.utf8)) }, uniquingKeysWith: { _, b in b })
    guard state != nil || !inline.isEmpty else {
      return failures + ["the test expects findings but gives no state: add state \"folder\" or a table"]
    }
    let files = StateFiles.overlay(inline, on: state)
    let p: Prepared
    switch prepare(
      file: workflow,
      state: files,
      stateFolder: test.state ?? "(inline)",
      today: test.today,
      encoding: .auto
    ) {
    case .success(let ok): p = ok
    case .failure(let o):
      return failures + ["the run stopped:"] + o.stderr.split(separator: "\n").map { "  " + $0 }
    }
    let owners = a.timeline?.ownerNames ?? [:]
    let findings = evaluate(p).map { TestFinding($0, ownerName: $0.owner.flatMap { owners[$0] }) }
      .sorted { $0.text < $1.text }
    failures += TestMatcher.check(test, findings)
    return failures
  }
}

extension StateFiles {
  /// `files` first, then `base`: a test's inline tables over its state folder.
  static func overlay(_ files: [String: [UInt8]], on base: StateFiles?) -> StateFiles {
    let mem = StateFiles.memory(files)
    guard let base else { return mem }
    return StateFiles(
      with: { name, body in files[name] != nil ? mem.with(name, body) : base.with(name, body) },
      list: { Array(Set(mem.list($0) + base.list($0))).sorted() },
      all: { Array(Set(mem.all() + base.all())).sorted() }
    )
  }
}
