/// The state reader's diagnostics: their codes (documented in docs/diagnostics.md) and, one constructor
/// per message in alphabetical order, what each says. The CSV reader (Formats/CSV) reports with these
/// codes in its own words; StateSanity's warnings about a state that loaded are here too.
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
  // StateSanity's warnings: they do not stop a run.
  static let todayOutsideTerm: DiagnosticCode = "state.today-outside-term"
  static let eventsOutsideTerm: DiagnosticCode = "state.events-outside-term"
  static let orderNeverCreated: DiagnosticCode = "state.order-never-created"
  static let orderOutOfOrder: DiagnosticCode = "state.order-out-of-order"

  /// A file the layout names that the system would not give: `why` is its reason.
  static func cannotRead(_ name: String, why: String) -> DiagnosticMessage {
    .error(missingFile, "cannot read \(name): \(why)")
  }

  /// A students table (`name`) with a header and no rows.
  static func emptyStudents(_ name: String) -> DiagnosticMessage {
    .error(emptyTable, "\(name) has a header but no rows: the other tables name students it does not list")
  }

  /// `count` events of the state outside the workflow's term `term` (`range`, as `from to to`); the
  /// state itself runs `from` to `to`.
  static func eventsOutsideTerm(
    count: Int,
    term: String,
    range: String,
    from: String,
    to: String
  )
    -> DiagnosticMessage
  {
    .warning(
      eventsOutsideTerm,
      "the state has \(Language.en.count(count, "event")) outside the workflow's term \(term) (\(range)); the state runs "
        + "\(from) to \(to): is this the right state for this workflow?"
    )
  }

  /// A student id given twice in `column`; `first` is where it was first given.
  static func idAgain(column: String, id: String, first: String) -> DiagnosticMessage {
    .error(badValue, "column '\(column)': '\(id)' appears again (first at \(first))")
  }

  /// The orders past the listed ones paid but never created.
  static func moreOrdersNeverCreated(_ n: Int) -> DiagnosticMessage {
    .warning(orderNeverCreated, "… and \(n) more such orders")
  }

  /// The orders past the listed ones with events out of order.
  static func moreOrdersOutOfOrder(_ n: Int) -> DiagnosticMessage {
    .warning(orderOutOfOrder, "… and \(n) more orders with events out of order")
  }

  /// A table file the layout names that is not in the state folder.
  static func noFile(_ name: String) -> DiagnosticMessage { .error(missingFile, "no \(name) in the state folder") }

  /// A glob of table `table` (declared at `origin`) that matches no file.
  static func noFileMatches(_ pattern: String, table: String, origin: String) -> DiagnosticMessage {
    .error(missingFile, "no file matches '\(pattern)' (table \(table), \(origin))")
  }

  /// A file that is not valid text in `failed` (UTF-8 or GB18030). `auto`: no --encoding was given,
  /// so every encoding was tried; otherwise `other` is the --encoding to try instead. `brokenUTF16`: it
  /// starts as UTF-16 does but is not.
  static func notText(failed: String, auto: Bool, other: String, brokenUTF16: Bool = false) -> DiagnosticMessage {
    .error(
      encoding,
      "not valid \(failed) text"
        + (auto
          ? " (neither UTF-8, GB18030 nor UTF-16); save it as CSV UTF-8 (or as Unicode text) from Excel"
          : "; try --encoding \(other), or save it as CSV UTF-8 from Excel"),
      notes: brokenUTF16 ? [Diagnostic.Note("the file looks like UTF-16 but is not valid UTF-16")] : []
    )
  }

  /// An order (at `location`, `payments.csv:9`) with an event `event` before it is created.
  static func orderEventBeforeCreated(_ order: String, event: String, at location: String) -> DiagnosticMessage {
    .warning(orderOutOfOrder, "\(location): order '\(order)' is \(event) before it is created")
  }

  /// An order (at `location`) paid or charged that was never created.
  static func orderPaidNeverCreated(_ order: String, at location: String) -> DiagnosticMessage {
    .warning(
      orderNeverCreated,
      "\(location): order '\(order)' is paid (or charged) but was never created: it is counted as paid"
    )
  }

  /// `--today` (`today`) outside the workflow's term `term` (`range`).
  static func todayOutsideTerm(_ today: String, term: String, range: String) -> DiagnosticMessage {
    .warning(todayOutsideTerm, "--today \(today) is outside the workflow's term \(term) (\(range))")
  }

  /// A record file of more than 256 terms (a record keeps its term in a byte).
  static var tooManyTerms: DiagnosticMessage {
    .error(
      badValue,
      "more than 256 different terms in the records (a record keeps its term in a byte); is the term column the right one?"
    )
  }

  /// A row naming a student (`id`, cut) that the students tables (`students`, or none named) lack.
  static func unknownStudent(column: String, id: String, students: String) -> DiagnosticMessage {
    .error(
      unknownReference,
      "column '\(column)': '\(id)' is not in \(students.isEmpty ? "the students table" : students)"
    )
  }
}
