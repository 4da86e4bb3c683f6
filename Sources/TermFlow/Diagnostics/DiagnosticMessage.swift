/// What a stage says about one problem, before it is placed in a file: its code, its severity, its
/// text, and the notes and fix-its that go with it. Each stage's `<Stage>Diagnostics` enum builds these
/// in named constructors, so the wording of a message lives beside its code and a call site only says
/// where the problem is.
struct DiagnosticMessage: Hashable, Sendable {
  var severity: Diagnostic.Severity
  var code: DiagnosticCode
  var text: String
  var notes: [Diagnostic.Note] = []
  var fixIts: [Diagnostic.FixIt] = []

  static func error(
    _ code: DiagnosticCode,
    _ text: String,
    notes: [Diagnostic.Note] = [],
    fixIts: [Diagnostic.FixIt] = []
  ) -> DiagnosticMessage {
    DiagnosticMessage(severity: .error, code: code, text: text, notes: notes, fixIts: fixIts)
  }

  static func warning(_ code: DiagnosticCode, _ text: String, notes: [Diagnostic.Note] = []) -> DiagnosticMessage {
    DiagnosticMessage(severity: .warning, code: code, text: text, notes: notes)
  }
}

extension Diagnostic {
  /// `message` placed at `range` (nil: the whole file) of `file`; `notes` and `fixIts` follow the
  /// message's own.
  init(
    _ message: DiagnosticMessage,
    file: String,
    range: SourceRange?,
    notes: [Note] = [],
    fixIts: [FixIt] = []
  ) {
    self.init(
      message.severity,
      message.code,
      message.text,
      file: file,
      range: range,
      notes: message.notes + notes,
      fixIts: message.fixIts + fixIts
    )
  }
}
