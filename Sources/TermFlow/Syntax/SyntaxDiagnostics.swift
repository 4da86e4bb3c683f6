/// Codes of the lexer's and parser's diagnostics (documented in docs/diagnostics.md).
enum SyntaxDiagnostics {
  static let badDate: DiagnosticCode = "syntax.bad-date"
  static let badEscape: DiagnosticCode = "syntax.bad-escape"
  static let badTime: DiagnosticCode = "syntax.bad-time"
  static let emptyFile: DiagnosticCode = "syntax.empty-file"
  static let expected: DiagnosticCode = "syntax.expected"
  static let tooComplex: DiagnosticCode = "syntax.too-complex"
  static let invalidUTF8: DiagnosticCode = "syntax.invalid-utf8"
  static let unclosedBlock: DiagnosticCode = "syntax.unclosed-block"
  static let unexpectedCharacter: DiagnosticCode = "syntax.unexpected-character"
  static let unknownDeclaration: DiagnosticCode = "syntax.unknown-declaration"
  static let unknownStatement: DiagnosticCode = "syntax.unknown-statement"
  static let unterminatedString: DiagnosticCode = "syntax.unterminated-string"
}
