/// Collects diagnostics for one file. Stages append here and never throw on user input, so that a
/// single run reports every independent problem.
final class DiagnosticSink {
  let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String) { self.file = file }

  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  func append(_ d: Diagnostic) { diagnostics.append(d) }

  /// Replaces what was collected (a stage that gathers several files' diagnostics into one list).
  func replace(_ all: [Diagnostic]) { diagnostics = all }

  /// `message` at `range` of this sink's file (nil: the whole file), with its notes and fix-its. The
  /// only way a stage reports: its text comes from the stage's `<Stage>Diagnostics` constructors.
  func report(
    _ message: DiagnosticMessage,
    at range: SourceRange?,
    notes: [Diagnostic.Note] = [],
    fixIts: [Diagnostic.FixIt] = []
  ) {
    diagnostics.append(Diagnostic(message, file: file, range: range, notes: notes, fixIts: fixIts))
  }
}
