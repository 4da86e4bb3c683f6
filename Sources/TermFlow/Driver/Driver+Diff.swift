extension Driver {
  public enum DiffFormat: String, CaseIterable, Sendable { case text, json }

  /// `termflow diff OLD NEW`: what changed between two terms' workflows. Exit 0 either way (a diff
  /// is a report, not a verdict); 1 when either file has errors, which are then the output.
  public static func diff(
    _ old: SourceFile,
    _ new: SourceFile,
    format: DiffFormat,
    lang: Language = .en
  ) -> CommandOutput {
    let a = Analysis(file: old), b = Analysis(file: new)
    var err = ""
    for x in [a, b] where x.hasErrors { err += renderForStderr(x) }
    guard err.isEmpty else { return CommandOutput(stderr: err, exitCode: 1) }
    guard let t = a.timeline, let u = b.timeline else {
      let which = a.timeline == nil ? old.name : new.name
      return CommandOutput(stderr: "termflow: \(which) has no term to read its dates against\n", exitCode: 1)
    }
    let d = WorkflowDiff(old: a, new: b, oldTimeline: t, newTimeline: u)
    switch format {
    case .text: return CommandOutput(stdout: DiffReport.text(d, lang: lang))
    case .json: return CommandOutput(stdout: DiffReport.json(d))
    }
  }
}
