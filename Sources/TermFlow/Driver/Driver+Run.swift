import Foundation

/// `termflow run` and `termflow explain --student`: the workflow's rules over a term's state CSVs.
extension Driver {
  public enum RunFormat: String, Sendable, CaseIterable { case text, json, csv, html }
  /// Which findings make `run` exit 1: none (the default: a run that worked exits 0), errors, or any.
  public enum FailOn: String, Sendable, CaseIterable { case never, error, warning }

  /// Everything a rule run needs, or the output that says why it cannot run.
  struct Prepared {
    var analysis: Analysis
    var state: State
    /// One context per payment block (the rules of each read its terms), or one with no payment.
    var contexts: [RuleContext]
    var rules: [CompiledRule]
    var today: Int
    var todayText: String
    var stderr: String
    /// Rows stamped after `--today`, not seen by the run.
    var beyondToday: Int

    /// The context a rule reads: its payment's.
    func context(for rule: CompiledRule) -> RuleContext {
      contexts.first { $0.terms.id == rule.payment } ?? contexts[0]
    }
  }

  static func prepare(
    file: SourceFile,
    state files: StateFiles,
    stateFolder: String,
    today: String?,
    encoding: TextEncoding
  )
    -> Result<Prepared, CommandOutput>
  {
    let clock = PhaseClock.shared
    clock.mark("start")
    let a = Analysis(file: file)
    clock.mark("analysis")
    var stderr = renderForStderr(a)
    guard !a.hasErrors else { return .failure(CommandOutput(stderr: stderr, exitCode: 1)) }
    var now: Moment?
    if let today {
      guard let m = Moment(iso: today) else {
        return .failure(.usage("--today: '\(today)' is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)"))
      }
      now = m
    }
    let sink = DiagnosticSink(file: stateFolder)
    var loader = StateLoader(files: files, folder: stateFolder, encoding: encoding, sink: sink, layout: a.layout)
    loader.needed = neededTables(a.workflow)
    var state = loader.load()
    clock.mark("state")
    let problems = Diagnostic.inReadingOrder(sink.diagnostics)
    stderr += DiagnosticRenderer(files: [:]).render(problems)
    guard problems.isEmpty else {
      stderr +=
        "termflow: the state has \(Language.en.count(problems.reduce(0) { $0 + $1.count }, "problem")); fix them and run again\n"
      return .failure(CommandOutput(stderr: stderr, exitCode: 1))
    }
    // A day means the end of that day ("stuck by today"); with no --today, the moment of the export.
    let todaySeconds: Int
    if let now {
      todaySeconds = now.date.dayNumber * 86400 + (now.minute.map { $0 * 60 } ?? 86399)
    } else {
      todaySeconds = state.latestTime ?? (a.calendar?.weekOneMonday?.dayNumber ?? 0) * 86400
    }
    let todayText = now?.iso ?? Timestamp.iso(todaySeconds)
    let beyond = now == nil ? 0 : state.cut(at: todaySeconds)
    state.settleRefunds()
    for w in StateSanity.warnings(state, term: termSpan(a), today: now == nil ? nil : todaySeconds) {
      // Each names its own place, so it is printed as it always was, without a file header or a code.
      stderr += "termflow: warning: \(w.text)\n"
    }
    clock.mark("cut and sanity")
    let payments = a.workflow.decls.compactMap { d -> String? in
      if case .payment(let b) = d { return b.name.text } else { return nil }
    }
    var contexts: [RuleContext] = []
    var rules: [CompiledRule] = []
    for id in payments.isEmpty ? [nil] : payments.map(Optional.some) {
      let terms = PaymentTerms(
        a.workflow,
        timeline: a.timeline,
        calendar: a.calendar,
        payment: id,
        lineOf: { file.location(of: $0.start).line }
      )
      contexts.append(
        RuleContext(
          state: state,
          facts: DerivedFacts(state, terms, today: todaySeconds),
          terms: terms,
          today: todaySeconds
        )
      )
      rules += CompiledRule.compile(
        a.workflow,
        file: file,
        timeline: a.timeline,
        terms: terms,
        defaultPayment: payments.first
      )
      .filter { $0.payment == id }
    }
    rules.sort { $0.line < $1.line }
    clock.mark("facts")
    return .success(
      Prepared(
        analysis: a,
        state: state,
        contexts: contexts,
        rules: rules,
        today: todaySeconds,
        todayText: todayText,
        stderr: stderr,
        beyondToday: beyond
      )
    )
  }

  /// Every rule over the state, each with its own payment's terms, and the tasks payment blocks set.
  static func evaluate(_ p: Prepared, lang: Language = .en) -> [Finding] {
    var findings: [Finding] = []
    for var ctx in p.contexts {
      ctx.lang = lang
      findings += Evaluator(ctx: ctx, today: p.today).run(p.rules.filter { $0.payment == ctx.terms.id })
      findings += PaymentTasks.findings(ctx, today: p.today)
    }
    return findings
  }

  /// The tables the workflow's rules read: the students always; the others by the rules' subjects
  /// (a registration's rule reads its records too) and by the payment blocks' own tasks.
  static func neededTables(_ w: Workflow) -> Set<TableKind> {
    var needed: Set<TableKind> = [.students]
    for d in w.decls {
      switch d {
      case .rule(let b):
        for case .forEach(let names, _) in b.items.map(\.kind) {
          switch RuleVocabulary.subject(for: names.map(\.text)) {
          case "student": needed.formUnion([.records, .registrations, .payments])
          case "course", "registration": needed.formUnion([.records, .registrations, .payments])
          case "student-course", "record": needed.insert(.records)
          case "order": needed.formUnion([.records, .payments])
          case "bill": needed.insert(.bills)
          default: break
          }
        }
      case .payment(let b):
        if b.items.contains(where: { if case .clearUnpaid = $0.kind { return true } else { return false } }) {
          needed.formUnion([.registrations, .payments])
        }
      default: break
      }
    }
    return needed
  }

  /// The workflow's term in seconds: its teaching weeks and every dated step, with the term's name.
  static func termSpan(_ a: Analysis) -> (name: String, span: ClosedRange<Int>)? {
    guard let name = a.symbols.terms.first?.name.text, let weeks = a.calendar?.span else { return nil }
    var lo = weeks.lowerBound.dayNumber, hi = weeks.upperBound.dayNumber
    for s in a.timeline?.steps ?? [] {
      for m in [s.start, s.due] {
        guard let d = m?.date.dayNumber else { continue }
        lo = min(lo, d)
        hi = max(hi, d)
      }
    }
    return (name, lo * 86400...(hi * 86400 + 86399))
  }

  public static func run(
    file: SourceFile,
    state: StateFiles,
    stateFolder: String,
    today: String?,
    encoding: TextEncoding,
    format: RunFormat,
    failOn: FailOn,
    wide: Bool = false,
    lang: Language = .en
  ) -> CommandOutput {
    let p: Prepared
    switch prepare(file: file, state: state, stateFolder: stateFolder, today: today, encoding: encoding) {
    case .success(let ok): p = ok
    case .failure(let out): return out
    }
    let findings = evaluate(p, lang: lang)
    PhaseClock.shared.mark("evaluate")
    var report = RunReport(
      findings: findings,
      ruleIDs: p.rules.map(\.id) + p.contexts.compactMap { PaymentTasks.ruleID($0.terms) },
      ownerNames: p.analysis.timeline?.ownerNames ?? [:],
      workflowName: p.analysis.symbols.workflowName?.text ?? file.name,
      workflowFile: file.name,
      stateFolder: stateFolder,
      today: p.todayText,
      beyondToday: p.beyondToday
    )
    report.leftOut = p.state.leftOut
    PhaseClock.shared.mark("sort")
    let text: String
    switch format {
    case .text: text = report.text(width: wide ? nil : 100, lang: lang)
    case .json: text = report.json()
    case .csv: text = report.csv()
    case .html: text = RunHTML.render(report, source: file, lang: lang)
    }
    PhaseClock.shared.mark("report")
    LastRun.park(p, findings)
    let failing: Bool
    switch failOn {
    case .never: failing = false
    case .error: failing = report.warnings.contains { $0.kind == .error }
    case .warning: failing = !report.warnings.isEmpty
    }
    return CommandOutput(stdout: text, stderr: p.stderr, exitCode: failing ? 1 : 0)
  }
}

/// Keeps the last run's state and findings alive until the next run (or the end of the process):
/// freeing a million rows, one string and array at a time, costs more than the rest of a short
/// process's exit, and the command line exits right after one run. Memory stays bounded by one run.
private enum LastRun {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var parked: Any?

  static func park(_ prepared: Driver.Prepared, _ findings: [Finding]) {
    lock.lock()
    let previous = parked
    parked = (prepared, findings)
    lock.unlock()
    _ = previous
  }
}
