extension Driver {
  /// `termflow import NOTICE.txt [--term ID --week1 DATE]`: a draft workflow from a notice's text, on
  /// stdout. The draft then goes through the same stages as any workflow, and what `check` says of it
  /// goes to stderr (a summary line, then the diagnostics), so the office sees at once what to fix.
  /// Exit 0 whatever the draft's findings: a draft is a starting point, not a verdict.
  public static func importNotice(
    _ notice: SourceFile,
    term: String?,
    weekOne: String?,
    lang: Language = .en
  ) -> CommandOutput {
    var monday: CivilDate?
    if let weekOne {
      guard let d = CivilDate(iso: weekOne), d.weekday == 1 else {
        return .usage("--week1 must be a Monday written as YYYY-MM-DD, not '\(weekOne)'")
      }
      monday = d
    }
    if let at = notice.invalidUTF8Offset {
      return CommandOutput(
        stderr: "termflow: \(notice.name) is neither UTF-8 nor GB18030 text (first bad byte at offset \(at))\n",
        exitCode: 1
      )
    }
    let text = String(decoding: notice.bytes, as: UTF8.self)
    var draft = NoticeImporter.read(text, source: notice.name, term: term, weekOne: monday).text(lang)
    var a = Analysis(file: SourceFile(name: "<draft>", text: draft))
    // A date the term cannot hold (another term's, a week 0 before week 1) or whose printed week the
    // calendar contradicts becomes a TODO naming it: the rest of the draft still schedules.
    let refused = [
      CalendarDiagnostics.outsideTerm, CalendarDiagnostics.weekOutOfRange, CalendarDiagnostics.weekdayMismatch,
    ]
    var outside: [Int: String] = [:]
    for d in a.diagnostics where refused.contains(d.code) {
      guard let r = d.range else { continue }
      let line = a.file.location(of: r.start).line
      if outside[line] == nil { outside[line] = ([d.message] + d.notes.map(\.message)).joined(separator: "; ") }
    }
    if !outside.isEmpty {
      draft = NoticeDraftDates.demote(draft, outside)
      a = Analysis(file: SourceFile(name: "<draft>", text: draft))
    }
    let errors = a.diagnostics.filter { $0.severity == .error }.count
    let warnings = a.diagnostics.count - errors
    var err =
      "termflow: import: the draft has \(Language.en.count(errors, "error")) and \(Language.en.count(warnings, "warning"))"
    err += errors == 0 ? "\n" : "; fix them, then run termflow check\n"
    for (line, why) in outside.sorted(by: { $0.key < $1.key }) {
      err += "<draft>:\(line): note: a date left as a TODO: \(why)\n"
    }
    err += renderForStderr(a)
    return CommandOutput(stdout: draft, stderr: err)
  }
}
