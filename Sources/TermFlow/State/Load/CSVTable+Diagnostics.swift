extension CSVTable {
  /// `message` at `line` of this table's file (nil: the whole file), counted against the table's error
  /// limit as the CSV reader's own problems are.
  mutating func report(_ message: DiagnosticMessage, line: Int?) {
    report(message.text, line: line, code: message.code)
  }
}
