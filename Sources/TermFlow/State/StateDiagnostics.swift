/// Codes of the state reader's diagnostics (documented in docs/diagnostics.md).
enum StateDiagnostics {
  static let missingFile: DiagnosticCode = "state.missing-file"
  static let encoding: DiagnosticCode = "state.encoding"
  static let malformed: DiagnosticCode = "state.malformed-csv"
  static let missingColumn: DiagnosticCode = "state.missing-column"
  static let fieldCount: DiagnosticCode = "state.field-count"
  static let badValue: DiagnosticCode = "state.bad-value"
  static let unknownReference: DiagnosticCode = "state.unknown-reference"
  static let tooManyErrors: DiagnosticCode = "state.too-many-errors"
  static let emptyTable: DiagnosticCode = "state.empty-table"
  static let fieldTooLong: DiagnosticCode = "state.field-too-long"
}
