/// `roll`'s diagnostics: its code (documented in docs/diagnostics.md) and its one constructor.
enum RollDiagnostics {
  static let check: DiagnosticCode = "roll.check"

  /// A date roll could not move as it was, or moved onto another kind of day. The text is the
  /// finding's own (RollChecks), translated like the `# CHECK:` comment beside it in the rolled file.
  static func finding(_ text: String) -> DiagnosticMessage { .warning(check, text) }
}
