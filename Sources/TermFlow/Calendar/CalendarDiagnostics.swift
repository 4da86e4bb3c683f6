/// The calendar's diagnostics: their codes (documented in docs/diagnostics.md) and, one constructor per
/// message in alphabetical order, what each says.
enum CalendarDiagnostics {
  static let impossibleDate: DiagnosticCode = "calendar.impossible-date"
  static let invertedRange: DiagnosticCode = "calendar.inverted-range"
  static let missingWeekOne: DiagnosticCode = "calendar.missing-week-one"
  static let noOfficialData: DiagnosticCode = "calendar.no-official-data"
  static let notMonday: DiagnosticCode = "calendar.not-monday"
  static let outsideTerm: DiagnosticCode = "calendar.outside-term"
  static let swapOnDayOff: DiagnosticCode = "calendar.swap-on-day-off"
  static let weekOutOfRange: DiagnosticCode = "calendar.week-out-of-range"
  static let weekdayMismatch: DiagnosticCode = "calendar.weekday-mismatch"
  static let termDisagrees: DiagnosticCode = "calendar.term-disagrees"
  static let dueInExams: DiagnosticCode = "calendar.due-in-exams"
  static let ownerOverloaded: DiagnosticCode = "calendar.owner-overloaded"

  /// `exam weeks A .. B` that runs backwards or past 30.
  static var badExamWeeks: DiagnosticMessage {
    .error(weekOutOfRange, "exam weeks run from one week to a later one, within 1 to 30")
  }

  /// `owner load 0 per week`.
  static var badOwnerLoad: DiagnosticMessage {
    .error(weekOutOfRange, "an owner's load is at least 1 deadline a week")
  }

  /// `weeks N` outside 1 to 30.
  static func badWeekCount(_ n: Int) -> DiagnosticMessage {
    .error(weekOutOfRange, "a term has 1 to 30 teaching weeks, not \(n)")
  }

  /// A date before week 1 written with a week (`第2周星期一`), which it cannot have; the note says
  /// where week 1 starts (`weekOneAt`: its line in the term, when there is one).
  static func beforeWeekOne(
    date: CivilDate,
    stated: String,
    weekOne: CivilDate,
    weekOneAt: SourceRange?
  )
    -> DiagnosticMessage
  {
    .error(
      weekdayMismatch,
      "\(date) is before week 1, so it cannot be \(stated)",
      notes: [weekOneNote(weekOne, weekOneAt)]
    )
  }

  /// `opens` or `closes` written without a year.
  static func boundNeedsYear(word: String) -> DiagnosticMessage {
    .error(impossibleDate, "'\(word)' needs a full date with its year, such as 2018-08-20")
  }

  /// `closes` on or before the last teaching week, or more than a year after it.
  static func closesEarly(date: CivilDate, lastDay: CivilDate) -> DiagnosticMessage {
    .error(
      invertedRange,
      "the term closes on \(date), which is not after its last teaching week (ending \(lastDay)) and within a year of it"
    )
  }

  /// A step due in the term's exam weeks; `exams` is named when it is more than one week.
  static func dueInExamWeek(step: String, week: Int, exams: ClosedRange<Int>) -> DiagnosticMessage {
    .warning(
      dueInExams,
      "step '\(step)' is due in week \(week), an exam week"
        + (exams.count > 1 ? " (\(exams.lowerBound)-\(exams.upperBound))" : "")
    )
  }

  /// No official holiday data for year `year`.
  static func noHolidayData(year: Int, first: Int, last: Int) -> DiagnosticMessage {
    .warning(
      noOfficialData,
      "the term runs into \(year), for which termflow has no official holiday data (it has \(first)–\(last))",
      notes: [
        Diagnostic.Note(
          "declare \(year)'s holidays in the term block, as in: holiday 元旦 \(year)-01-01 .. \(year)-01-03"
        )
      ]
    )
  }

  /// A written date that does not exist (`2月30日`); `month` and `day` as written.
  static func noSuchDay(literal: String, month: Int, day: Int) -> DiagnosticMessage {
    .error(impossibleDate, "'\(literal)' is not a date: \(month)月 has no day \(day)")
  }

  /// A full date that does not exist, where week 1 starts.
  static func notADate(literal: String) -> DiagnosticMessage {
    .error(impossibleDate, "'\(literal)' is not a date")
  }

  /// A swap onto a week that is no teaching week.
  static func notATeachingWeek(_ week: Int, weeks: Int) -> DiagnosticMessage {
    .error(weekOutOfRange, "week \(week) is not a teaching week (1 to \(weeks))")
  }

  /// Week 1 written on another weekday (`weekday` is its Chinese name), with the fix-it that writes
  /// that week's Monday over the date at `fixAt`.
  static func notOnMonday(date: CivilDate, weekday: String, monday: CivilDate, fixAt: SourceRange) -> DiagnosticMessage
  {
    .error(
      notMonday,
      "week 1 must start on a Monday, but \(date) is \(weekday)",
      fixIts: [Diagnostic.FixIt(message: "replace with \(monday)", range: fixAt, replacement: monday.description)]
    )
  }

  /// `opens` on or after week 1's Monday.
  static func opensLate(date: CivilDate, weekOne: CivilDate) -> DiagnosticMessage {
    .error(invertedRange, "the term opens on \(date), not before week 1 (\(weekOne))")
  }

  /// A date (`what`: "break day", "workday", …, or empty for a step's date) outside the term's span.
  /// Where the same day a year off is in the term, a note says so: a year carried over from last
  /// year's notice is the likeliest slip.
  static func outside(_ what: String, date: CivilDate, from: CivilDate, to: CivilDate) -> DiagnosticMessage {
    let sameDay = [date.year + 1, date.year - 1].lazy.compactMap {
      CivilDate(year: $0, month: date.month, day: date.day)
    }
    .first { from <= $0 && $0 <= to }
    return .error(
      outsideTerm,
      (what.isEmpty ? "" : "\(what) ") + "\(date) is outside the term (\(from) to \(to))",
      notes: sameDay.map { [Diagnostic.Note("\($0) is in the term: is the year misprinted?")] } ?? []
    )
  }

  /// One office with more deadlines in one week than the term's `owner load`: a few `names`, the rest
  /// of `count` counted.
  static func overloaded(owner: String, count: Int, week: String, limit: Int, names: [String]) -> DiagnosticMessage {
    .warning(
      ownerOverloaded,
      "\(owner) has \(count) deadlines in week \(week), more than the term's \(limit): "
        + names.joined(separator: "、") + (count > 5 ? " and \(count - 5) more" : "")
    )
  }

  /// A range whose end is before its start.
  static func rangeBackwards(from: CivilDate, to: CivilDate) -> DiagnosticMessage {
    .error(invertedRange, "the range ends (\(to)) before it starts (\(from))")
  }

  /// A range of more than a year.
  static var rangeTooLong: DiagnosticMessage {
    .error(invertedRange, "a range of more than a year is surely a typo")
  }

  /// A swap onto a holiday or break (`name`).
  static func swapOntoDayOff(date: CivilDate, name: String) -> DiagnosticMessage {
    .error(swapOnDayOff, "cannot swap \(date) onto a timetable: it is a day off (\(name))")
  }

  /// A workflow that another names in `after` is of another term's calendar. `path` is the other
  /// workflow's file; the Mondays are nil when a term does not say.
  static func termOfOtherWorkflowDiffers(
    ref: String,
    path: String,
    otherTerm: String,
    otherMonday: CivilDate?,
    term: String,
    monday: CivilDate?
  ) -> DiagnosticMessage {
    .error(
      termDisagrees,
      "'\(ref)': \(path) is of term \(otherTerm) with week 1 on \(otherMonday.map { "\($0)" } ?? "-"), this workflow of \(term) with week 1 on \(monday.map { "\($0)" } ?? "-")"
    )
  }

  /// Two workflows checked together that start one term's week 1 on different Mondays.
  static func termWeekOneDiffers(term: String, here: CivilDate, there: CivilDate, file: String) -> DiagnosticMessage {
    .error(
      termDisagrees,
      "term \(term) starts week 1 on \(here) here, but on \(there) in \(file)",
      notes: [Diagnostic.Note("one term has one week 1: fix the wrong one, or put the term in a file both use")]
    )
  }

  /// A term block with no `week 1 starts`; `example` is a Monday to suggest (see exampleMonday).
  static func termWithoutWeekOne(term: String, example: String) -> DiagnosticMessage {
    .error(
      missingWeekOne,
      "term '\(term)' does not say when week 1 starts",
      notes: [Diagnostic.Note("add: week 1 starts \(example)")]
    )
  }

  /// Week 0 or below.
  static func weekBeforeOne(_ week: Int) -> DiagnosticMessage {
    .error(weekOutOfRange, "there is no week \(week): teaching weeks start at 1")
  }

  /// `week 1 starts` with a month and day but no year.
  static var weekOneNeedsYear: DiagnosticMessage {
    .error(missingWeekOne, "week 1's Monday needs a full date with its year, such as 2018-09-03")
  }

  /// Where week 1 starts, pointing at its line when there is one.
  private static func weekOneNote(_ monday: CivilDate, _ at: SourceRange?) -> Diagnostic.Note {
    Diagnostic.Note("week 1 starts on Monday \(monday)", at)
  }

  /// A week past the term's weeks (and its margin).
  static func weekPastTerm(_ week: Int, weeks: Int) -> DiagnosticMessage {
    .error(weekOutOfRange, "week \(week) is past the term's \(weeks) weeks")
  }

  /// Working hours that end before they start.
  static var workingHoursBackwards: DiagnosticMessage {
    .error(invertedRange, "working hours end before they start")
  }

  /// A date written with the wrong week or weekday: it is `actual`, not `stated`. The notes say where
  /// week 1 starts and which day `stated` is (`intended`, when the term has it); the fix-it writes
  /// `fixed` over the date at `fixAt`.
  static func wrongWeekday(
    date: CivilDate,
    actual: String,
    stated: String,
    weekOne: CivilDate,
    weekOneAt: SourceRange?,
    intended: CivilDate?,
    fixed: String,
    fixAt: SourceRange
  ) -> DiagnosticMessage {
    var notes = [weekOneNote(weekOne, weekOneAt)]
    if let intended { notes.append(Diagnostic.Note("\(stated) is \(intended) (\(intended.chineseMonthDay))")) }
    return .error(
      weekdayMismatch,
      "\(date) is \(actual), not \(stated)",
      notes: notes,
      fixIts: [Diagnostic.FixIt(message: "replace with \"\(fixed)\"", range: fixAt, replacement: fixed)]
    )
  }
}
