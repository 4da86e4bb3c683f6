/// Codes of the scheduler's diagnostics (documented in docs/diagnostics.md).
enum ScheduleDiagnostics {
  static let dueBeforeStart: DiagnosticCode = "schedule.due-before-start"
  static let dueBeforeDependency: DiagnosticCode = "schedule.due-before-dependency"
  static let dueOnDayOff: DiagnosticCode = "schedule.due-on-day-off"
  static let unschedulable: DiagnosticCode = "schedule.unschedulable"
}
