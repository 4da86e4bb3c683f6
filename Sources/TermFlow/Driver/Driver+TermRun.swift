extension Driver {
  /// `termflow run DIR --state STATE`: every workflow of a term folder over the same exports, as one
  /// report: one task list per office for the term, each finding's rule named with its workflow
  /// (`retake/ineligible-registration`). The workflows are checked together first.
  public static func runTerm(
    files: [SourceFile],
    state: StateFiles,
    stateFolder: String,
    today: String?,
    encoding: TextEncoding,
    format: RunFormat,
    wide: Bool = false,
    lang: Language = .en
  ) -> CommandOutput {
    let timelines: [Timeline], workflows: [SourceFile]
    switch termTimelines(files) {
    case .success(let ok): (timelines, workflows) = (ok.timelines, ok.workflows)
    case .failure(let out): return out
    }
    var findings: [Finding] = []
    var ruleIDs: [String] = []
    var owners: [String: String] = [:]
    var stderr = "", todayText = today ?? "", beyond = 0
    var leftOut: [(file: String, rows: NonDataRows)] = []
    // A term file holds no rules: only the workflows are run.
    for f in workflows {
      let p: Prepared
      switch prepare(file: f, state: state, stateFolder: stateFolder, today: today, encoding: encoding) {
      case .success(let ok): p = ok
      case .failure(let out): return out
      }
      let name = p.analysis.symbols.workflowName?.text ?? f.name
      findings += evaluate(p, lang: lang).map { finding in
        var x = finding
        x.rule = name + "/" + x.rule
        return x
      }
      ruleIDs += (p.rules.map(\.id) + p.contexts.compactMap { PaymentTasks.ruleID($0.terms) }).map { name + "/" + $0 }
      owners.merge(p.analysis.timeline?.ownerNames ?? [:]) { first, _ in first }
      stderr += p.stderr
      todayText = p.todayText
      beyond = max(beyond, p.beyondToday)
      if leftOut.isEmpty { leftOut = p.state.leftOut }
    }
    var report = RunReport(
      findings: findings,
      ruleIDs: ruleIDs,
      ownerNames: owners,
      workflowName: timelines.first?.termName ?? "",
      workflowFile: "each workflow's own file",
      stateFolder: stateFolder,
      today: todayText,
      beyondToday: beyond
    )
    report.leftOut = leftOut
    let text: String
    switch format {
    case .text: text = report.text(width: wide ? nil : 100, lang: lang)
    case .json: text = report.json()
    case .csv: text = report.csv()
    case .html: return .usage("run of a term folder writes text, json or csv")
    }
    return CommandOutput(stdout: text, stderr: stderr)
  }
}
