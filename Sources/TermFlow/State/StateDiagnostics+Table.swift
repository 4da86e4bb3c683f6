/// What the table reader says of a table it cannot read as its layout plan says (CSVTable).
extension StateDiagnostics {
  /// The plan puts the header on `row` (said at `saidAt`), and the file ends before it.
  static func headerPastEnd(row: Int, saidAt: String) -> DiagnosticMessage {
    .error(
      missingColumn,
      "the header should be on line \(row), but the file ends before it",
      notes: [Diagnostic.Note("header row \(row) is said at \(saidAt)")]
    )
  }

  /// A file with no header at all; `expected` lists the columns (cut).
  static func emptyFile(expected: String) -> DiagnosticMessage {
    .error(missingColumn, "empty file: expected a header with \(expected)")
  }

  /// Columns the plan names that the header (cut) lacks; `namedBy` says where the plan names them.
  static func missingColumns(_ what: [String], header: String, namedBy: String) -> DiagnosticMessage {
    .error(
      missingColumn,
      "missing column \(what.joined(separator: ", ")) (the header has: \(header))",
      notes: [Diagnostic.Note("the columns are named by \(namedBy)")]
    )
  }

  /// A row of `fields` fields under a header of `width`.
  static func rowWidth(_ fields: Int, header width: Int) -> DiagnosticMessage {
    .error(fieldCount, "row has \(fields) field\(fields == 1 ? "" : "s"), the header has \(width)")
  }

  /// A value past the reader's limit, in `column` (cut).
  static func valueTooLong(column: String, bytes: Int, limit: Int) -> DiagnosticMessage {
    .error(fieldTooLong, "column '\(column)' holds \(bytes) bytes; a value may hold at most \(limit)")
  }

  /// A value (cut) its column's type cannot read; `origin` is where the layout declares the column.
  static func notAValue(column: String, value: String, expected: String, origin: String) -> DiagnosticMessage {
    .error(
      badValue,
      "column '\(column)': '\(value)' is not \(expected)",
      notes: origin.isEmpty ? [] : [Diagnostic.Note("the layout for this column: \(origin)")]
    )
  }

  /// A note to a missing column: a line further down names every column (a title above the header).
  static func headerBelow(line: Int, table: String) -> Diagnostic.Note {
    Diagnostic.Note(
      "line \(line) has these headers: if the lines above it are a title, add `header row \(line)` to table \(table)"
    )
  }

  /// A note to a missing column: no line of the first `searched` names every column.
  static func noFullHeader(searched: Int, best: Int) -> Diagnostic.Note {
    Diagnostic.Note("no line among the first \(searched) names every column; line \(best) names the most of them")
  }

  static func unclosedQuote(field: Int) -> DiagnosticMessage {
    .error(malformed, "a quote opened in field \(field) is never closed")
  }

  static func strayQuote(field: Int) -> DiagnosticMessage {
    .error(malformed, "field \(field) has a quote inside an unquoted field or text after its closing quote")
  }

  /// The errors past the reader's limit, counted.
  static func moreErrors(_ n: Int) -> DiagnosticMessage {
    .error(tooManyErrors, "\(n) more errors not shown")
  }
}
