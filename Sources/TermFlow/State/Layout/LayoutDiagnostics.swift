/// Codes of the layout compiler's diagnostics (documented in docs/diagnostics.md).
enum LayoutDiagnostics {
  static let unknownTable: DiagnosticCode = "layout.unknown-table"
  static let unknownField: DiagnosticCode = "layout.unknown-field"
  static let duplicate: DiagnosticCode = "layout.duplicate"
  static let missingField: DiagnosticCode = "layout.missing-field"
  static let badOption: DiagnosticCode = "layout.bad-option"
  static let badValue: DiagnosticCode = "layout.bad-value"
  static let unknownName: DiagnosticCode = "layout.unknown-name"
  static let badFormat: DiagnosticCode = "layout.bad-format"
  static let badPath: DiagnosticCode = "layout.bad-path"
  static let use: DiagnosticCode = "layout.use"
  static let fieldNotGiven: DiagnosticCode = "layout.field-not-given"
  static let openChoice: DiagnosticCode = "layout.open-choice"
}
