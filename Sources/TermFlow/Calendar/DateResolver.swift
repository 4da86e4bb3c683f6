/// Turns a `DatePhrase` into a `CivilDate` against a term, checking that a date written with its week
/// (`9月16日（第2周星期日）`) agrees with the term. Reports and returns nil on any problem.
struct DateResolver {
  let calendar: TermCalendar
  let sink: DiagnosticSink
  /// Where week 1's Monday is declared, for notes.
  let weekOneRange: SourceRange?

  /// Every day of a phrase, a list's included (`3月29日、30日`), each checked as a single date is. A
  /// wrong week in a list gets a fix-it that rewrites the list's whole week part.
  func resolveAll(_ p: DatePhrase) -> [CivilDate] {
    guard !p.more.isEmpty else { return resolve(p).map { [$0] } ?? [] }
    var actual: [WeekRef] = []
    for k in p.kinds {
      guard case .calendar(let y, let m, let d, let stated?) = k else { continue }
      let date = y.flatMap { CivilDate(year: $0, month: m, day: d) } ?? calendar.resolveYear(month: m, day: d)
      actual.append(date.flatMap { calendar.weekRef(of: $0) } ?? stated)
    }
    let fix = actual.count == p.kinds.count ? p.literal.replacingWeekList(with: actual) : nil
    return p.kinds.compactMap { resolve(DatePhrase(kind: $0, literal: p.literal, range: p.range), listFix: fix) }
  }

  func resolve(_ p: DatePhrase, listFix: String? = nil) -> CivilDate? {
    switch p.kind {
    case .calendar(let year, let month, let day, let stated):
      let date: CivilDate?
      if let year {
        date = CivilDate(year: year, month: month, day: day)
      } else if let resolved = calendar.resolveYear(month: month, day: day) {
        date = resolved
      } else if calendar.weekOneMonday == nil {
        // Without week 1 there is no year to give it; that error is reported once, on the term.
        return nil
      } else {
        date = nil
      }
      guard let date else {
        sink.report(CalendarDiagnostics.noSuchDay(literal: p.literal, month: month, day: day), at: p.range)
        return nil
      }
      if let stated { checkStated(stated, for: date, p, listFix: listFix) }
      return date
    case .week(let ref):
      guard ref.week >= 1 else {
        sink.report(CalendarDiagnostics.weekBeforeOne(ref.week), at: p.range)
        return nil
      }
      guard ref.week <= calendar.weeks + 8 else {
        sink.report(CalendarDiagnostics.weekPastTerm(ref.week, weeks: calendar.weeks), at: p.range)
        return nil
      }
      return calendar.date(of: ref)
    }
  }

  private func checkStated(_ stated: WeekRef, for date: CivilDate, _ p: DatePhrase, listFix: String?) {
    guard let monday = calendar.weekOneMonday else { return }
    let phrase = "第\(stated.week)周\(ChineseNumerals.weekdayName(stated.weekday))"
    guard let actual = calendar.weekRef(of: date) else {
      sink.report(
        CalendarDiagnostics.beforeWeekOne(date: date, stated: phrase, weekOne: monday, weekOneAt: weekOneRange),
        at: p.range
      )
      return
    }
    if actual == stated || calendar.timetable(of: date) == stated { return }
    let actualPhrase = "第\(actual.week)周\(ChineseNumerals.weekdayName(actual.weekday))"
    sink.report(
      CalendarDiagnostics.wrongWeekday(
        date: date,
        actual: actualPhrase,
        stated: phrase,
        weekOne: monday,
        weekOneAt: weekOneRange,
        intended: calendar.date(of: stated),
        fixed: listFix ?? p.literal.replacingWeekPhrase(with: actualPhrase),
        fixAt: p.range
      ),
      at: p.range
    )
  }
}

extension String {
  /// A list's week part (`第6周周三、周五`) re-written from `refs`, in the author's word for the day
  /// (周 or 星期), naming the week again only where it changes.
  func replacingWeekList(with refs: [WeekRef]) -> String {
    let word = contains("星期") ? "星期" : "周"
    var text = ""
    var week: Int?
    for r in refs {
      if !text.isEmpty { text += "、" }
      if r.week != week { text += "第\(r.week)周" }
      week = r.week
      text += word + String(ChineseNumerals.weekdayName(r.weekday).suffix(1))
    }
    return replacingWeekPhrase(with: text)
  }

  /// Replaces the `第…周…` part of a date literal, keeping the parentheses the author used.
  func replacingWeekPhrase(with phrase: String) -> String {
    guard let start = firstIndex(of: "第") else { return self }
    var end = endIndex
    // Week first (第8周星期二（11月6日）): the week ends at the parenthesis; date first, at the close.
    let stop: (Character) -> Bool = start == startIndex ? { $0 == "（" || $0 == "(" } : { $0 == "）" || $0 == ")" }
    if let close = self[start...].firstIndex(where: stop) { end = close }
    return String(self[..<start]) + phrase + String(self[end...])
  }
}
