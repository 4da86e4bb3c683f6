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

  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  init(file: SourceFile) {
    self.file = file
    let sink = DiagnosticSink(file: file.name)
    workflow = Parser.parse(file, sink: sink)
    symbols = Checker.check(workflow, sink: sink)
    if let term = symbols.terms.first {
      let (cal, weekOne) = CalendarBuilder.build(term, sink: sink)
      calendar = cal
      timeline = cal.weekOneMonday == nil ? nil
        : Scheduler.schedule(workflow, term: term, calendar: cal, weekOneRange: weekOne, sink: sink)
    } else {
      calendar = nil
      timeline = nil
    }
    layout = LayoutCompiler.compile([LayoutCompiler.Source(file: file, workflow: workflow, sink: sink)])
    // One problem can surface in two stages (a bad date in a term and in a step using it); say it once.
    var seen = Set<Diagnostic>()
    diagnostics = sink.diagnostics.filter { seen.insert($0).inserted }.sorted(by: Diagnostic.sortKey)
  }
}
