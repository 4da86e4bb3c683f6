/// One workflow file taken through every stage that needs no state: parse, check, calendar, schedule.
/// Each stage runs as far as it can, so `check` reports problems from all of them at once.
struct Analysis {
  let file: SourceFile
  let workflow: Workflow
  let symbols: SymbolTable
  let calendar: TermCalendar?
  let timeline: Timeline?
  /// How the state is read: the workflow's tables over the built-in layout.
  let layout: StateLayout
  /// Sorted by (file, offset, code).
  let diagnostics: [Diagnostic]
  /// The workflow and the files it uses, by name, for rendering diagnostics.
  let files: [String: SourceFile]
  /// The term the workflow runs in (its own, or a term file's) and the file that declares it.
  let term: (decl: TermDecl, file: String)?

  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// `visiting`: the workflows whose steps this one's are being read for (`after bukao/…`), so two
  /// workflows that wait for each other are a circle reported, never an endless read.
  init(file: SourceFile, visiting: Set<String> = []) {
    self.file = file
    let sink = DiagnosticSink(file: file.name)
    workflow = Parser.parse(file, sink: sink)
    var sources = [LayoutCompiler.Source(file: file, workflow: workflow, sink: sink)]
    sources += Self.used(by: file, workflow, sink: sink)
    // A term file's term, owners, audiences and contacts (`use "term.flow"`), for what this workflow
    // does not declare itself; each is reported in its own file.
    let shared = TermFile.shared(sources.dropFirst().map { ($0.workflow, $0.sink) })
    // A file in an unknown encoding is read as nothing: its one error is all there is to say.
    symbols =
      file.invalidUTF8Offset == nil
      ? Checker.check(workflow, sink: sink, shared: shared.names + (shared.term.map { [.term($0.0)] } ?? []))
      : SymbolTable()
    if let own = symbols.terms.first, let (other, otherSink) = shared.term {
      sink.report(
        SemanticsDiagnostics.termDeclaredAndUsed(usedFrom: otherSink.file, term: other.name.text),
        at: own.name.range
      )
    }
    let termAndSink = symbols.terms.first.map { ($0, sink) } ?? shared.term
    term = termAndSink.map { ($0.0, $0.1.file) }
    if let (term, termSink) = termAndSink {
      let (cal, weekOne) = CalendarBuilder.build(term, sink: termSink)
      calendar = cal
      // The shared term's own lines are its file's: the schedule names this workflow's lines only.
      let scheduled = Workflow(decls: workflow.decls + shared.names, comments: [], range: workflow.range)
      let other =
        cal.weekOneMonday == nil
        ? [:]
        : Self.otherWorkflowSteps(workflow, file: file, term: term, calendar: cal, visiting: visiting, sink: sink)
      timeline =
        cal.weekOneMonday == nil
        ? nil
        : Scheduler.schedule(
          scheduled,
          term: term,
          calendar: cal,
          weekOneRange: termSink === sink ? weekOne : nil,
          sink: sink,
          external: other
        )
    } else {
      calendar = nil
      timeline = nil
    }
    layout = LayoutCompiler.compile(sources)
    CheckFieldsGiven.run(workflow, layout, sink: sink)
    files = Dictionary(sources.map { ($0.file.name, $0.file) }, uniquingKeysWith: { a, _ in a })
    var all = sink.diagnostics
    for s in sources.dropFirst() { all += s.sink.diagnostics }
    sink.replace(all)
    // One problem can surface in two stages (a bad date in a term and in a step using it); say it once.
    var seen = Set<Diagnostic>()
    let unique = sink.diagnostics.filter { seen.insert($0).inserted }
    diagnostics = Self.withoutCascades(unique, workflow, file: file.name).sorted(by: Diagnostic.sortKey)
  }

  /// The files a workflow `use`s, parsed: each may hold only the term and its people (a term file)
  /// and layout declarations (so it cannot use another, and nothing recurses), and none may be
  /// outside the workflow's folder tree.
  static func used(by file: SourceFile, _ w: Workflow, sink: DiagnosticSink) -> [LayoutCompiler.Source] {
    var out: [LayoutCompiler.Source] = []
    var seen: Set<String> = []
    for case .use(let path, _) in w.decls {
      let parts = path.value.split(separator: "/", omittingEmptySubsequences: false)
      guard !path.value.isEmpty, !path.value.hasPrefix("/"), !parts.contains(".."), !parts.contains("") else {
        sink.report(
          LayoutDiagnostics.usedFileOutside(path.value),
          at: path.range
        )
        continue
      }
      guard seen.insert(path.value).inserted else { continue }
      let used: SourceFile
      switch file.loader?.read(path.value) {
      case .success(let f)?: used = f
      case .failure(let why)?:
        sink.report(LayoutDiagnostics.usedFileUnreadable(path.value, why: why.description), at: path.range)
        continue
      case nil:
        // A workflow from standard input (or built in memory) has no folder to read beside.
        sink.report(LayoutDiagnostics.usedFileUnreadable(path.value, why: "the workflow has no folder"), at: path.range)
        continue
      }
      let usedSink = DiagnosticSink(file: used.name)
      let uw = Parser.parse(used, sink: usedSink)
      for d in uw.decls {
        switch d {
        case .table, .values, .grades, .term, .owner, .audience, .contact: break
        default:
          usedSink.report(
            LayoutDiagnostics.usedFileHolds(d.keyword),
            at: SourceRange(d.range.start, min(d.range.end, d.range.start + d.keyword.utf8.count))
          )
        }
      }
      out.append(LayoutCompiler.Source(file: used, workflow: uw, sink: usedSink))
    }
    return out
  }

  /// Root causes first: a block whose statement failed to parse is not also reported as having no
  /// outcome or no date, which only follows from the statement the parser had to skip.
  static func withoutCascades(_ diagnostics: [Diagnostic], _ w: Workflow, file: String) -> [Diagnostic] {
    let broken = diagnostics.compactMap { d -> Int? in
      d.file == file && d.severity == .error && d.code.rawValue.hasPrefix("syntax.") ? d.range?.start : nil
    }
    guard !broken.isEmpty else { return diagnostics }
    var blocks: [SourceRange] = []
    for d in w.decls {
      switch d {
      case .step(let b), .payment(let b), .rule(let b):
        if broken.contains(where: { b.range.contains($0) }) { blocks.append(b.range) }
      default: break
      }
    }
    let followers: Set<String> = [SemanticsDiagnostics.emptyRule.rawValue, SemanticsDiagnostics.undatedStep.rawValue]
    return diagnostics.filter { d in
      guard d.file == file, followers.contains(d.code.rawValue), let start = d.range?.start else { return true }
      return !blocks.contains { $0.contains(start) }
    }
  }
}
