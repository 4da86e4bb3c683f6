extension Driver {
  public enum WeekCalendarFormat: String, Sendable, CaseIterable { case text, md, csv }

  /// `termflow timeline DIR --by week`: the term's 周历 over its workflows (each `.flow` under the
  /// folder, or the files given), checked together first: a workflow with errors, or two that
  /// disagree on the term, give no calendar but the diagnostics.
  public static func weekCalendar(
    files: [SourceFile],
    format: WeekCalendarFormat,
    wide: Bool = false
  ) -> CommandOutput {
    let analyses = files.map(Analysis.init(file:))
    var byName: [String: SourceFile] = [:]
    for a in analyses { byName.merge(a.files) { first, _ in first } }
    var all = analyses.flatMap(\.diagnostics) + TermWideChecks.check(analyses)
    var seen = Set<Diagnostic>()
    all = all.filter { seen.insert($0).inserted }.sorted(by: Diagnostic.sortKey)
    let stderr = DiagnosticRenderer(files: byName).render(all)
    guard !all.contains(where: { $0.severity == .error }) else { return CommandOutput(stderr: stderr, exitCode: 1) }
    // A term file alone schedules nothing: only the workflows' timelines make the calendar.
    let timelines = analyses.compactMap { a in a.symbols.workflowName == nil ? nil : a.timeline }
    switch WeekCalendar.build(timelines) {
    case .failure(let why): return CommandOutput(stderr: stderr + "termflow: \(why.message)\n", exitCode: 1)
    case .success(let c):
      let text: String
      switch format {
      case .text: text = WeekCalendarReport.text(c, width: wide ? nil : 100)
      case .md: text = WeekCalendarReport.markdown(c)
      case .csv: text = WeekCalendarReport.csv(c)
      }
      return CommandOutput(stdout: text, stderr: stderr)
    }
  }
}
