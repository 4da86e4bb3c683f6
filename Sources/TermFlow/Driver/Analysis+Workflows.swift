/// Steps of the term's other workflows that this one waits for (`after bukao/补考成绩录入`): the file
/// `bukao.flow` beside this one, read through the same stages, of the same term, its step scheduled
/// there. Each problem is reported at the `after` that names it.
extension Analysis {
  static func otherWorkflowSteps(
    _ w: Workflow,
    file: SourceFile,
    term: TermDecl,
    calendar: TermCalendar,
    visiting: Set<String>,
    sink: DiagnosticSink
  ) -> [String: ScheduledStep] {
    var refs: [Name] = []
    for d in w.decls {
      let block: Block
      switch d {
      case .step(let b), .payment(let b): block = b
      default: continue
      }
      for s in block.items { if case .after(let ns) = s.kind { refs += ns.filter { $0.text.contains("/") } } }
    }
    guard !refs.isEmpty else { return [:] }
    var out: [String: ScheduledStep] = [:]
    var read: [String: Analysis?] = [:]
    for ref in refs {
      let parts = ref.text.split(separator: "/", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { continue }
      let (workflow, step) = (parts[0], parts[1])
      let path = workflow + ".flow"
      if read[workflow] == nil {
        let here = String(file.name.split(separator: "/").last ?? Substring(file.name))
        if visiting.contains(path) || here == path {
          sink.report(SemanticsDiagnostics.otherWorkflowWaitsForThis(ref: ref.text, path: path), at: ref.range)
          read[workflow] = .some(nil)
          continue
        }
        var other: SourceFile
        switch file.loader?.read(path) ?? .failure(.missing) {
        case .success(let f): other = f
        case .failure(.missing):
          sink.report(
            SemanticsDiagnostics.workflowNotFound(ref: ref.text, workflow: workflow, path: path),
            at: ref.range
          )
          read[workflow] = .some(nil)
          continue
        case .failure(.unreadable(let why)):
          sink.report(
            SemanticsDiagnostics.workflowUnreadable(ref: ref.text, workflow: workflow, path: path, why: why),
            at: ref.range
          )
          read[workflow] = .some(nil)
          continue
        }
        other.loader = file.loader
        read[workflow] = .some(Analysis(file: other, visiting: visiting.union([here, path])))
      }
      guard case .some(.some(let a)) = read[workflow] else { continue }
      // The other workflow waits for this one: the circle, said here too.
      if a.diagnostics.contains(where: { $0.code == SemanticsDiagnostics.dependencyCycle && $0.file == a.file.name }) {
        sink.report(SemanticsDiagnostics.otherWorkflowWaitsForThis(ref: ref.text, path: path), at: ref.range)
        continue
      }
      guard let t = a.timeline, !a.hasErrors else {
        sink.report(ScheduleDiagnostics.otherWorkflowHasErrors(ref: ref.text, path: path), at: ref.range)
        continue
      }
      guard t.termName == term.name.text, t.calendar.weekOneMonday == calendar.weekOneMonday else {
        sink.report(
          CalendarDiagnostics.termOfOtherWorkflowDiffers(
            ref: ref.text,
            path: path,
            otherTerm: t.termName,
            otherMonday: t.calendar.weekOneMonday,
            term: term.name.text,
            monday: calendar.weekOneMonday
          ),
          at: ref.range
        )
        continue
      }
      guard var s = t.steps.first(where: { $0.id == step }) else {
        sink.report(
          SemanticsDiagnostics.noStepIn(step, path: path, steps: t.steps.map(\.id)),
          at: ref.range
        )
        continue
      }
      s.id = ref.text
      out[ref.text] = s
    }
    return out
  }
}
