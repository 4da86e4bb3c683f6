/// `termflow timeline` and `termflow explain --step`.
extension Driver {
  public enum TimelineFormat: String, Sendable, CaseIterable { case text, json, ics, md, html, docx }

  /// The workflow's steps in date order. `today` is `YYYY-MM-DD[THH:MM]`; `owner` an owner id or display
  /// name; `done` the ids of steps known to be finished (see `StepStatus.of`). `docx` is bytes, not
  /// text: it goes through `timelineDocument`.
  public static func timeline(
    file: SourceFile,
    today: String?,
    owner: String?,
    done: [String]?,
    format: TimelineFormat,
    wide: Bool = false,
    lang: Language = .en
  )
    -> CommandOutput
  {
    let v: TimelineView
    switch view(file: file, today: today, owner: owner, done: done) {
    case .success(let ok): v = ok
    case .failure(let out): return out
    }
    let (t, steps, now, doneSet) = (v.timeline, v.steps, v.now, v.done)
    let text: String
    switch format {
    case .text:
      text = TimelineText.render(t, steps: steps, now: now, done: doneSet, width: wide ? nil : 100, lang: lang)
    case .json: text = TimelineJSON.render(t, steps: steps, now: now, done: doneSet)
    case .ics: text = TimelineICS.render(t, steps: steps)
    case .md: text = NoticeMarkdown.render(t, steps: steps)
    case .html: text = TimelineHTML.render(t, steps: steps, now: now, done: doneSet, lang: lang)
    case .docx: return .usage("--format docx writes a Word document: give --output FILE.docx")
    }
    return CommandOutput(stdout: text, stderr: v.stderr)
  }

  /// `timeline --format docx`: the notice as a Word document's bytes, or the output that says why not.
  public static func timelineDocument(file: SourceFile, owner: String?) -> (bytes: [UInt8]?, output: CommandOutput) {
    switch view(file: file, today: nil, owner: owner, done: nil) {
    case .success(let v): return (NoticeDocx.render(v.timeline, steps: v.steps), CommandOutput(stderr: v.stderr))
    case .failure(let out): return (nil, out)
    }
  }

  struct TimelineView {
    var timeline: Timeline
    var steps: [ScheduledStep]
    var now: Moment?
    var done: Set<String>?
    var stderr: String
  }

  /// The analysed timeline with the command's filters applied, or the output that says why there is none.
  static func view(
    file: SourceFile,
    today: String?,
    owner: String?,
    done: [String]?
  ) -> Result<TimelineView, CommandOutput> {
    let a = Analysis(file: file)
    let stderr = renderForStderr(a)
    guard !a.hasErrors, let t = a.timeline else {
      return .failure(
        CommandOutput(
          stderr: stderr
            + (a.hasErrors ? "" : "termflow: \(file.name) declares no term, so nothing can be scheduled\n"),
          exitCode: 1
        )
      )
    }
    var now: Moment?
    if let today {
      guard let m = Moment(iso: today) else {
        return .failure(.usage("--today: '\(today)' is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)"))
      }
      now = m
    }
    var steps = t.steps
    if let owner {
      let byName = t.ownerNames.first { $0.value == owner }?.key
      guard let id = t.ownerNames[owner] != nil ? owner : byName else {
        let hint =
          SymbolTable.suggestion(for: owner, among: Set(t.ownerNames.keys).union(t.ownerNames.values)).map {
            "; did you mean '\($0)'?"
          } ?? ""
        return .failure(
          .usage(
            "--owner: no owner '\(owner)' in \(file.name)\(hint) (owners: \(t.ownerNames.keys.sorted().joined(separator: ", ")))"
          )
        )
      }
      steps = steps.filter { $0.owner == id }
    }
    var doneSet: Set<String>?
    if let done {
      let ids = Set(t.steps.map(\.id))
      if let bad = done.first(where: { !ids.contains($0) }) {
        return .failure(.usage("--done: no step '\(bad)' in \(file.name)"))
      }
      doneSet = Set(done)
    }
    return .success(TimelineView(timeline: t, steps: steps, now: now, done: doneSet, stderr: stderr))
  }

  /// How one step's dates were derived: the phrases read, the working days counted, the holidays
  /// skipped, the postponements, and the steps it waits for.
  public static func explainStep(file: SourceFile, step id: String, lang: Language = .en) -> CommandOutput {
    let a = Analysis(file: file)
    let stderr = renderForStderr(a)
    guard !a.hasErrors, let t = a.timeline else { return CommandOutput(stderr: stderr, exitCode: 1) }
    guard let s = t.steps.first(where: { $0.id == id }) else {
      let hint = SymbolTable.suggestion(for: id, among: t.steps.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
      return .usage("--step: no step '\(id)' in \(file.name)\(hint)")
    }
    return CommandOutput(stdout: explanation(of: s, in: t, file: a.file, lang: lang), stderr: stderr)
  }

  /// How a step's dates were derived, as `explain --step` prints it and the editor's hover shows it.
  static func explanation(of s: ScheduledStep, in t: Timeline, file: SourceFile, lang L: Language = .en) -> String {
    let loc = file.location(of: s.range.start)
    var out = "\(s.kind.rawValue) \(s.id)：\(s.title)\n"
    out += "  \(L("declared at")) \(file.name):\(loc.line):\(loc.column)\n"
    out += "  \(L("owner")): \(t.ownerName(s.owner))\n"
    out += "  \(L("start")): \(s.start.map { describe($0, t.calendar) } ?? "-")\n"
    out += "  \(L("due")):\(L == .en ? "   " : " ")\(s.due.map { describe($0, t.calendar) } ?? "-")\n"
    out += L("derivation:") + "\n"
    out +=
      s.derivation.isEmpty
      ? "  \(L("(no date of its own, and none of its dependencies has one)"))\n"
      : s.derivation.map { "  \($0)\n" }.joined()
    if !s.dependsOn.isEmpty {
      out += L("depends on:") + "\n"
      for dep in s.dependsOn {
        let d = t.steps.first { $0.id == dep }
        out += "  \(dep)" + (d?.due.map { "  due \(describe($0, t.calendar))" } ?? "") + "\n"
      }
    }
    let dependents = t.steps.filter { $0.dependsOn.contains(s.id) }.map(\.id)
    if !dependents.isEmpty { out += L("needed by:") + "\n" + dependents.map { "  \($0)\n" }.joined() }
    return out
  }

  static func describe(_ m: Moment, _ cal: TermCalendar) -> String {
    let info = cal.info(m.date)
    var s = m.iso + (TimelineText.weekPhrase(m.date, cal).map { "（\($0)）" } ?? "")
    if !info.kind.isWorking || info.kind == .makeupWorkday {
      s += " [\(info.name.isEmpty ? info.kind.rawValue : info.name)]"
    }
    return s
  }
}
