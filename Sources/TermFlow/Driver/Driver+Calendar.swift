/// `termflow calendar [FILE] --from D --to D [--format text|csv|json|ics]`.
extension Driver {
  public enum CalendarFormat: String, Sendable, CaseIterable { case text, csv, json, ics }

  /// With no file, the official calendar; with one, the term's (weeks, breaks, swaps). `from` and `to`
  /// are ISO dates; nil means the term's span, or with no file the official table's years.
  public static func calendar(
    file: SourceFile?,
    from: String?,
    to: String?,
    format: CalendarFormat,
    lang: Language = .en
  ) -> CommandOutput {
    var cal = TermCalendar()
    var stderr = ""
    var title = "official"
    if let file {
      let a = Analysis(file: file)
      stderr = renderForStderr(a)
      guard !a.hasErrors, let c = a.calendar else { return CommandOutput(stderr: stderr, exitCode: 1) }
      cal = c
      title = a.symbols.terms.first?.name.text ?? title
    }
    let parsedFrom = from.map { CivilDate(iso: $0) }
    let parsedTo = to.map { CivilDate(iso: $0) }
    if let from, parsedFrom == .some(nil) { return .usage("--from: '\(from)' is not a date (YYYY-MM-DD)") }
    if let to, parsedTo == .some(nil) { return .usage("--to: '\(to)' is not a date (YYYY-MM-DD)") }
    let table = (
      CivilDate(year: HolidayTable.firstYear, month: 1, day: 1),
      CivilDate(year: HolidayTable.lastYear, month: 12, day: 31)
    )
    guard let start = parsedFrom.flatMap({ $0 }) ?? cal.span?.lowerBound ?? (file == nil ? table.0 : nil),
      let end = parsedTo.flatMap({ $0 }) ?? cal.span?.upperBound ?? (file == nil ? table.1 : nil)
    else { return .usage("calendar needs --from and --to") }
    guard start <= end else { return .usage("--from \(start) is after --to \(end)") }
    guard end.dayNumber - start.dayNumber <= 366 * 30 else { return .usage("at most 30 years at once") }
    let days = (0...(end.dayNumber - start.dayNumber)).map { start.adding(days: $0) }
    let text: String
    switch format {
    case .csv: text = CalendarReport.csv(days, cal)
    case .json: text = CalendarReport.json(days, cal, title: title)
    case .text: text = CalendarReport.grid(days, cal, lang: lang)
    case .ics: text = CalendarReport.ics(days, cal, title: title)
    }
    return CommandOutput(stdout: text, stderr: stderr)
  }
}
