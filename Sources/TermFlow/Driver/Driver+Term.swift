extension Driver {
  public enum WeekCalendarFormat: String, Sendable, CaseIterable { case text, md, csv, html, docx }

  /// `termflow timeline DIR --by week`: the term's 周历 over its workflows (each `.flow` under the
  /// folder, or the files given), checked together first: a workflow with errors, or two that
  /// disagree on the term, give no calendar but the diagnostics.
  public static func weekCalendar(
    files: [SourceFile],
    format: WeekCalendarFormat,
    today: String? = nil,
    wide: Bool = false
  ) -> CommandOutput {
    var now: CivilDate?
    if let today {
      guard let m = Moment(iso: today) else { return .usage("--today: '\(today)' is not a date (YYYY-MM-DD)") }
      now = m.date
    }
    let timelines: [Timeline], stderr: String
    switch termTimelines(files) {
    case .success(let ok): (timelines, stderr) = (ok.timelines, ok.stderr)
    case .failure(let out): return out
    }
    switch WeekCalendar.build(timelines) {
    case .failure(let why): return CommandOutput(stderr: stderr + "termflow: \(why.message)\n", exitCode: 1)
    case .success(let c):
      let text: String
      switch format {
      case .text: text = WeekCalendarReport.text(c, width: wide ? nil : 100)
      case .md: text = WeekCalendarReport.markdown(c)
      case .csv: text = WeekCalendarReport.csv(c)
      case .html: text = WeekCalendarHTML.render(c, now: now)
      case .docx: return .usage("--format docx writes a Word document: give --output FILE.docx")
      }
      return CommandOutput(stdout: text, stderr: stderr)
    }
  }

  /// `timeline DIR --by owner --format ics --output DIR/`: one calendar per office over the term's
  /// workflows, so each college secretary subscribes to their own: file name and calendar text.
  public static func ownerCalendars(files: [SourceFile]) -> Result<[(file: String, ics: String)], CommandOutput> {
    let timelines: [Timeline]
    switch termTimelines(files) {
    case .success(let ok): timelines = ok.timelines
    case .failure(let out): return .failure(out)
    }
    if case .failure(let why) = WeekCalendar.build(timelines) {
      return .failure(CommandOutput(stderr: "termflow: \(why.message)\n", exitCode: 1))
    }
    var owners: [String] = []
    for t in timelines { for s in t.steps where s.due ?? s.start != nil { owners.append(t.ownerName(s.owner)) } }
    let names = Array(Set(owners)).sorted()
    let term = timelines.first?.termName ?? ""
    return .success(
      names.map { owner in
        let parts = timelines.map { t in (t, t.steps.filter { t.ownerName($0.owner) == owner }) }
        return (fileName(owner) + ".ics", TimelineICS.render(owner: owner, term: term, parts))
      }
    )
  }

  /// A name as a file name in any file system: what a path or a shell would take apart becomes `_`.
  static func fileName(_ s: String) -> String {
    let cleaned = String(s.map { "/\\:*?\"<>|".contains($0) || $0.isNewline ? "_" : $0 })
    return cleaned.isEmpty || cleaned.hasPrefix(".") ? "_" + cleaned : cleaned
  }

  /// The term's workflows checked together, and their timelines (a term file alone has none); or
  /// the diagnostics when any has an error.
  static func termTimelines(
    _ files: [SourceFile]
  ) -> Result<(timelines: [Timeline], workflows: [SourceFile], stderr: String), CommandOutput> {
    let together = checkTogether(files)
    let stderr = DiagnosticRenderer(files: together.files).render(together.diagnostics)
    guard !together.diagnostics.contains(where: { $0.severity == .error }) else {
      return .failure(CommandOutput(stderr: stderr, exitCode: 1))
    }
    let workflows = together.analyses.filter { $0.symbols.workflowName != nil }
    return .success((workflows.compactMap(\.timeline), workflows.map(\.file), stderr))
  }

  /// Workflows checked together (one file, several, or a term's folder): each file's diagnostics and
  /// the term-wide ones, each said once (a term file is checked on its own and through every workflow
  /// that uses it), in order; and the files they are in, for rendering.
  static func checkTogether(
    _ files: [SourceFile]
  ) -> (analyses: [Analysis], diagnostics: [Diagnostic], files: [String: SourceFile]) {
    let analyses = files.map { Analysis(file: $0) }
    var byName: [String: SourceFile] = [:]
    for a in analyses { byName.merge(a.files) { first, _ in first } }
    var seen = Set<Diagnostic>()
    let all = (analyses.flatMap(\.diagnostics) + TermWideChecks.check(analyses)).filter { seen.insert($0).inserted }
    return (analyses, all.sorted(by: Diagnostic.sortKey), byName)
  }

  /// `timeline DIR --by week --format docx --output FILE`: the 周历 as a Word document's bytes, or the
  /// output that says why not.
  public static func weekCalendarDocument(files: [SourceFile]) -> (bytes: [UInt8]?, output: CommandOutput) {
    switch termTimelines(files) {
    case .failure(let out): return (nil, out)
    case .success(let ok):
      switch WeekCalendar.build(ok.timelines) {
      case .failure(let why): return (nil, CommandOutput(stderr: ok.stderr + "termflow: \(why.message)\n", exitCode: 1))
      case .success(let c): return (WeekCalendarDocx.render(c), CommandOutput(stderr: ok.stderr))
      }
    }
  }
}
