/// What a stage says about one problem, before it is placed in a file: its code, its severity and its
/// text. Each stage's `<Stage>Diagnostics` enum builds these in named constructors, so the wording of a
/// message lives beside its code and a call site only says where the problem is.
struct DiagnosticMessage: Hashable, Sendable {
  var severity: Diagnostic.Severity
  var code: DiagnosticCode
  var text: String

  static func error(_ code: DiagnosticCode, _ text: String) -> DiagnosticMessage {
    DiagnosticMessage(severity: .error, code: code, text: text)
  }

  static func warning(_ code: DiagnosticCode, _ text: String) -> DiagnosticMessage {
    DiagnosticMessage(severity: .warning, code: code, text: text)
  }
}

extension Diagnostic {
  /// `message` placed at `range` (nil: the whole file) of `file`.
  init(
    _ message: DiagnosticMessage,
    file: String,
    range: SourceRange?,
    notes: [Note] = [],
    fixIts: [FixIt] = []
  ) {
    self.init(message.severity, message.code, message.text, file: file, range: range, notes: notes, fixIts: fixIts)
  }
}
