/// The scheduler's diagnostics: their codes (documented in docs/diagnostics.md) and, one constructor
/// per message in alphabetical order, what each says.
enum ScheduleDiagnostics {
  static let dueBeforeStart: DiagnosticCode = "schedule.due-before-start"
  static let dueBeforeDependency: DiagnosticCode = "schedule.due-before-dependency"
  static let dueOnDayOff: DiagnosticCode = "schedule.due-on-day-off"
  static let unschedulable: DiagnosticCode = "schedule.unschedulable"

  /// A relative date whose anchor step (declared at `anchorAt`) has no due date; `what` is the date's
  /// role (`due`, `start`).
  static func anchorWithoutDue(step: String, what: String, anchor: String, anchorAt: SourceRange) -> DiagnosticMessage {
    .error(
      unschedulable,
      "'\(step)' cannot be scheduled: its \(what) counts from '\(anchor)', which has no due date",
      notes: [Diagnostic.Note("give '\(anchor)' a 'due' or 'on' date", anchorAt)]
    )
  }

  /// A step due before a step it comes after is due; `moved` says that one was postponed.
  /// `dependencyAt` is where that step is declared, or nil when it is another workflow's.
  static func dueBeforeDependency(
    step: String,
    due: String,
    dependency: String,
    dependencyDue: String,
    moved: Bool,
    dependencyAt: SourceRange?
  ) -> DiagnosticMessage {
    .error(
      dueBeforeDependency,
      "'\(step)' is due \(due), before '\(dependency)', which it comes after, is due (\(dependencyDue)"
        + (moved ? " after postponement" : "") + ")",
      notes: [
        dependencyAt.map { Diagnostic.Note("'\(dependency)' is declared here", $0) }
          ?? Diagnostic.Note("'\(dependency)' is another workflow's step, due then in its own file")
      ]
    )
  }

  /// A step due before it starts (at `startAt`, when it says so).
  static func dueBeforeStart(step: String, due: String, start: String, startAt: SourceRange?) -> DiagnosticMessage {
    .error(
      dueBeforeStart,
      "'\(step)' is due \(due), before it starts (\(start))",
      notes: startAt.map { [Diagnostic.Note("it starts here", $0)] } ?? []
    )
  }

  /// A due (or a payment window's close: `payment`) on a day off, named `why`.
  static func dueOnDayOff(_ id: String, payment: Bool, date: CivilDate, why: String) -> DiagnosticMessage {
    .warning(
      dueOnDayOff,
      (payment ? "payment '\(id)' closes" : "step '\(id)' is due") + " on \(date), a day off (\(why))",
      notes: [Diagnostic.Note("say 'postpone to next working day', or 'allow day off' if the notice means it")]
    )
  }

  /// A step of another workflow (`path`) that cannot be had because that workflow has errors.
  static func otherWorkflowHasErrors(ref: String, path: String) -> DiagnosticMessage {
    .error(unschedulable, "'\(ref)' cannot be scheduled: \(path) has errors (termflow check \(path))")
  }

  /// `n` working days after `base` that run past ten years.
  static func tooFarAway(step: String, workingDays n: Int, after base: CivilDate) -> DiagnosticMessage {
    .error(unschedulable, "'\(step)' cannot be scheduled: \(n) working days after \(base) is more than ten years away")
  }
}
