/// Builds the `TermCalendar` from a term block, reporting what is wrong with it: week 1 not on a
/// Monday, impossible dates, overrides outside the term, a swap onto a day off, years with no data.
enum CalendarBuilder {
  static func build(_ term: TermDecl, sink: DiagnosticSink) -> (TermCalendar, weekOneRange: SourceRange?) {
    var cal = TermCalendar()
    var weekOneRange: SourceRange?
    var opens: (CivilDate, SourceRange)?
    var closes: (CivilDate, SourceRange)?
    // Week 1 and the length first: every year-less date needs them.
    for item in term.items {
      switch item.kind {
      case .weekOneStarts(let p):
        weekOneRange = p.range
        guard case .calendar(let y, let m, let d, _) = p.kind, let y else {
          sink.report(CalendarDiagnostics.weekOneNeedsYear, at: p.range)
          continue
        }
        guard let date = CivilDate(year: y, month: m, day: d) else {
          sink.report(CalendarDiagnostics.notADate(literal: p.literal), at: p.range)
          continue
        }
        if date.weekday != 1 {
          let monday = date.adding(days: 1 - date.weekday)
          sink.report(
            CalendarDiagnostics.notOnMonday(
              date: date,
              weekday: ChineseNumerals.weekdayName(date.weekday),
              monday: monday,
              fixAt: p.range
            ),
            at: p.range
          )
        }
        cal.weekOneMonday = date.adding(days: 1 - date.weekday)
      case .weeks(let n):
        if (1...30).contains(n) {
          cal.weeks = n
        } else {
          sink.report(CalendarDiagnostics.badWeekCount(n), at: item.range)
        }
      case .holidays(let official): cal.official = official
      case .opens(let p), .closes(let p):
        let word = { if case .opens = item.kind { "opens" } else { "closes" } }()
        guard case .calendar(let y?, let m, let d, _) = p.kind, let date = CivilDate(year: y, month: m, day: d) else {
          sink.report(CalendarDiagnostics.boundNeedsYear(word: word), at: p.range)
          continue
        }
        if word == "opens" { opens = (date, p.range) } else { closes = (date, p.range) }
      case .examWeeks(let a, let b):
        if a >= 1, a <= b, b <= 30 {
          cal.examWeeks = a...b
        } else {
          sink.report(CalendarDiagnostics.badExamWeeks, at: item.range)
        }
      case .ownerLoad(let n):
        if n >= 1 {
          cal.ownerLoad = n
        } else {
          sink.report(CalendarDiagnostics.badOwnerLoad, at: item.range)
        }
      case .workingHours(let from, let to):
        if from < to {
          cal.workingHours = (from.minutes, to.minutes)
        } else {
          sink.report(CalendarDiagnostics.workingHoursBackwards, at: item.range)
        }
      default: break
      }
    }
    guard cal.weekOneMonday != nil else {
      if weekOneRange == nil {
        sink.report(
          CalendarDiagnostics.termWithoutWeekOne(term: term.name.text, example: exampleMonday(term: term.name.text)),
          at: term.name.range
        )
      }
      return (cal, weekOneRange)
    }
    if let (date, range) = opens, let m = cal.weekOneMonday {
      if date < m {
        cal.opens = date
      } else {
        sink.report(CalendarDiagnostics.opensLate(date: date, weekOne: m), at: range)
      }
    }
    if let (date, range) = closes, let m = cal.weekOneMonday {
      let last = m.adding(days: cal.weeks * 7 - 1)
      if date > last, date.dayNumber - last.dayNumber <= 366 {
        cal.closes = date
      } else {
        sink.report(CalendarDiagnostics.closesEarly(date: date, lastDay: last), at: range)
      }
    }
    let resolver = DateResolver(calendar: cal, sink: sink, weekOneRange: weekOneRange)
    func days(_ from: DatePhrase, _ to: DatePhrase?, _ range: SourceRange) -> [CivilDate] {
      guard let a = resolver.resolve(from) else { return [] }
      guard let toPhrase = to else { return [a] }
      guard let b = resolver.resolve(toPhrase) else { return [] }
      guard a <= b else {
        sink.report(CalendarDiagnostics.rangeBackwards(from: a, to: b), at: range)
        return []
      }
      guard b.dayNumber - a.dayNumber < 366 else {
        sink.report(CalendarDiagnostics.rangeTooLong, at: range)
        return []
      }
      return (0...(b.dayNumber - a.dayNumber)).map { a.adding(days: $0) }
    }
    func inTerm(_ ds: [CivilDate], _ range: SourceRange, _ what: String) -> Bool {
      guard let span = cal.span, let outside = ds.first(where: { !span.contains($0) }) else { return true }
      sink.report(
        CalendarDiagnostics.outside(what, date: outside, from: span.lowerBound, to: span.upperBound),
        at: range
      )
      return false
    }
    // Holidays and breaks before swaps, so that a swap onto a day off is seen.
    var swaps: [(CivilDate, WeekRef, TermItem)] = []
    for item in term.items {
      switch item.kind {
      case .holiday(let n, let f, let t):
        for d in days(f, t, item.range) { cal.declaredHolidays[d] = n.text }
      case .schoolBreak(let n, let f, let t):
        let ds = days(f, t, item.range)
        if inTerm(ds, item.range, "break day") { for d in ds { cal.breaks[d] = n.text } }
      case .workday(let p, let n):
        let ds = days(p, nil, item.range)
        if inTerm(ds, item.range, "workday") { for d in ds { cal.extraWorkdays[d] = n?.text ?? "调休上班" } }
      case .swap(let p, let ref, let refRange):
        guard let d = resolver.resolve(p), inTerm([d], item.range, "swap day") else { continue }
        guard (1...cal.weeks).contains(ref.week) else {
          sink.report(CalendarDiagnostics.notATeachingWeek(ref.week, weeks: cal.weeks), at: refRange)
          continue
        }
        swaps.append((d, ref, item))
      case .weekOneStarts, .weeks, .holidays, .workingHours, .opens, .closes, .examWeeks, .ownerLoad: break
      }
    }
    for (d, ref, item) in swaps {
      let info = cal.info(d)
      if info.kind == .holiday || info.kind == .schoolBreak {
        sink.report(CalendarDiagnostics.swapOntoDayOff(date: d, name: info.name), at: item.range)
        continue
      }
      cal.swaps[d] = ref
    }
    if cal.official, let span = cal.span {
      let years = Set([span.lowerBound.year, span.upperBound.year])
      for y in years.sorted() where !HolidayTable.covers(year: y) {
        if cal.declaredHolidays.keys.contains(where: { $0.year == y }) { continue }
        sink.report(
          CalendarDiagnostics.noHolidayData(year: y, first: HolidayTable.firstYear, last: HolidayTable.lastYear),
          at: term.name.range
        )
      }
    }
    return (cal, weekOneRange)
  }

  /// A Monday for the missing-week-1 note, in the term's own year when its id gives one (`2023-2024-1`:
  /// the first Monday of September 2023; `-2`: the first Monday from 20 February 2024); otherwise a
  /// placeholder, never another year's date.
  static func exampleMonday(term: String) -> String {
    let parts = term.split(separator: "-")
    guard parts.count == 3, let y = Int(parts[0]), y >= 1000, let n = Int(parts[2]) else { return "YYYY-MM-DD" }
    guard var d = n == 1 ? CivilDate(year: y, month: 9, day: 1) : CivilDate(year: y + 1, month: 2, day: 20) else {
      return "YYYY-MM-DD"
    }
    while d.weekday != 1 { d = d.adding(days: 1) }
    return d.description
  }
}
