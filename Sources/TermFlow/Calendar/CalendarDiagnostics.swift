/// Codes of the calendar's diagnostics (documented in docs/diagnostics.md).
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
}
