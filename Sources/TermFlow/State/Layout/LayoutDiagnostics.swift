/// The layout compiler's diagnostics: their codes (documented in docs/diagnostics.md) and, one
/// constructor per message in alphabetical order, what each says.
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

  /// An option of a table's field line, for the field that does not take it.
  enum Option {
    case values, grades, timeFormats, separators, unless

    /// As the message names it.
    var word: String {
      switch self {
      case .values: return "values"
      case .grades: return "grades"
      case .timeFormats: return "time formats"
      case .separators: return "separators"
      case .unless: return "'unless'"
      }
    }

    /// Which fields take it.
    var note: String {
      switch self {
      case .values: return "values is for kind, event and yes/no fields"
      case .grades: return "grades is for the score"
      case .timeFormats: return "time formats is for time and registered-at"
      case .separators: return "separators is for course-codes"
      case .unless: return "another column may decide a score, a kind, an event, a status or a yes/no field"
      }
    }
  }

  /// A constant of the wrong kind for its yes/no, number or text field.
  static func constantMismatch(field: LayoutField, value: String) -> DiagnosticMessage {
    let want = field.kind == .bool ? "true or false" : field.kind == .amount ? "a number" : "a \"text\""
    return .error(badValue, "'\(field.rawValue)' takes \(want), not \(value)")
  }

  /// A constant for a field that varies by row.
  static func constantNotAllowed(field: String) -> DiagnosticMessage {
    .error(
      badOption,
      "'\(field)' cannot be the same for every row",
      notes: [Diagnostic.Note("a constant is for yes/no, number and text fields; name the export's column")]
    )
  }

  /// A table, `values` or `grades` (`what`) declared twice in one file.
  static func declaredTwice(_ what: String, name: String) -> DiagnosticMessage {
    .error(duplicate, "\(what) '\(name)' is declared twice")
  }

  /// A rule or payment (`reader`) that reads `name`, a field `table` (declared at `declaredAt`) gives
  /// no column or constant for.
  static func fieldNotGiven(
    reader: String,
    name: String,
    table: String,
    field: LayoutField,
    declaredAt: String
  )
    -> DiagnosticMessage
  {
    let readsAs = field == .onCampus ? "true" : field.kind == .bool ? "false" : field.kind == .amount ? "0" : "empty"
    let example = field.kind == .bool ? "false" : field.kind == .amount ? "2" : "\"…\""
    return .error(
      fieldNotGiven,
      "\(reader) reads '\(name)', which table '\(table)' does not give: it would read as \(readsAs) for every row",
      notes: [
        Diagnostic.Note("table '\(table)' is declared at \(declaredAt)"),
        Diagnostic.Note(
          "name the export's column (\(name) \"…\"), or say it is the same for every row: \(name) = \(example)"
        ),
      ]
    )
  }

  /// A field given twice in one table.
  static func fieldTwice(_ field: String, first: SourceRange) -> DiagnosticMessage {
    .error(duplicate, "field '\(field)' is given twice", notes: [Diagnostic.Note("first given here", first)])
  }

  /// A grade given twice in one scale (quoted as written).
  static func gradeTwice(_ quotedKey: String) -> DiagnosticMessage { .error(duplicate, "\(quotedKey) is given twice") }

  /// A `header row` outside 1 to 1000.
  static var headerRowOutOfRange: DiagnosticMessage {
    .error(badValue, "a header row is a line number from 1 to 1000")
  }

  /// A second `header row`.
  static func headerRowTwice(first: SourceRange) -> DiagnosticMessage {
    .error(duplicate, "the header row is given twice", notes: [Diagnostic.Note("first given here", first)])
  }

  /// A `+` joining headers of a field other than term.
  static var headersJoinedOutsideTerm: DiagnosticMessage { .error(badOption, "only 'term' may join headers") }

  /// A text mapped twice in one map (quoted as written).
  static func mappedTwice(_ quotedKey: String) -> DiagnosticMessage {
    .error(duplicate, "\(quotedKey) is mapped twice")
  }

  /// A table that leaves out fields it needs.
  static func missingFields(table: String, fields: [String]) -> DiagnosticMessage {
    .error(
      missingField,
      "table '\(table)' needs " + fields.map { "'\($0)'" }.joined(separator: ", "),
      notes: [Diagnostic.Note("name the export's header for each, as in: \(fields.first ?? "…") \"…\"")]
    )
  }

  /// A grade that is not a score or pass, fail, absent, not-attempted.
  static func notAGrade(_ value: String) -> DiagnosticMessage {
    .error(
      badValue,
      "'\(value)' is not a grade",
      notes: [Diagnostic.Note("a grade is a score (95, 59.5) or pass, fail, absent, not-attempted")]
    )
  }

  /// A map value no field takes.
  static func notAMapValue(_ value: String, targets: [String]) -> DiagnosticMessage {
    .error(
      badValue,
      "'\(value)' is not a value a map can give",
      notes: [
        Diagnostic.Note(
          "a map gives one of " + targets.dropLast().joined(separator: ", ") + " or " + (targets.last ?? "")
        )
      ]
    )
  }

  /// A score that is not a number of at most one decimal up to 3000.
  static func notAScore(_ text: String) -> DiagnosticMessage {
    .error(badValue, "'\(text)' is not a score (at most one decimal, up to 3000)")
  }

  /// A time format that does not parse.
  static func notATimeFormat(_ format: String) -> DiagnosticMessage {
    .error(
      badFormat,
      "'\(format)' is not a time format",
      notes: [
        Diagnostic.Note(
          "yyyy, M, d (and H, m, s) stand for the numbers; MM is two digits; the rest is literal, as in \"yyyy年M月d日 HH:mm\""
        )
      ]
    )
  }

  /// A table file that is absolute or climbs out of the state folder.
  static func notInStateFolder(_ path: String) -> DiagnosticMessage {
    .error(
      badPath,
      "'\(path)' is not a file name inside the state folder",
      notes: [Diagnostic.Note("write a name or a glob relative to --state, such as \"成绩/*.csv\"")]
    )
  }

  /// A `todo` line `state inspect` wrote.
  static func openChoice(_ text: String) -> DiagnosticMessage {
    .error(
      openChoice,
      "an open choice: \(text)",
      notes: [Diagnostic.Note("settle it in the table's lines, then delete this todo")]
    )
  }

  /// `time` beside `created-at`: the two shapes of a payments table mixed.
  static var orderListWithTime: DiagnosticMessage {
    .error(
      badOption,
      "an order list reads each event's time from its own column; 'time' is for a table of one row per event",
      notes: [Diagnostic.Note("name the columns as created-at, paid-at, refunded-at and released-at")]
    )
  }

  /// An order list's time column (`paid-at`, …) with no `created-at`.
  static func orderTimeWithoutCreated(_ field: String) -> DiagnosticMessage {
    .error(
      badOption,
      "'\(field)' is a column of an order list (one row per order), which names when the order was created",
      notes: [Diagnostic.Note("add: created-at \"下单时间\" (the order's creation time column)")]
    )
  }

  /// A grade scale range that runs backwards.
  static var rangeBackwards: DiagnosticMessage { .error(badValue, "the range runs backwards") }

  /// An empty list separator.
  static var separatorEmpty: DiagnosticMessage { .error(badFormat, "a separator cannot be empty") }

  /// A `skip rows` text that is empty.
  static var skipRowEmpty: DiagnosticMessage {
    .error(
      badValue,
      "a row that is not data is named by the text its first cell starts with; an empty text would skip every row"
    )
  }

  /// A table declared twice in one file.
  static func tableTwice(_ table: String, first: SourceRange) -> DiagnosticMessage {
    .error(duplicate, "table '\(table)' is declared twice", notes: [Diagnostic.Note("first declared here", first)])
  }

  /// An option the field does not take.
  static func takesNo(field: String, _ option: Option) -> DiagnosticMessage {
    .error(badOption, "'\(field)' takes no \(option.word)", notes: [Diagnostic.Note(option.note)])
  }

  /// A `values NAME` or `grades NAME` (`what`) that no file declares; `declared` are those there are.
  static func undeclared(_ what: String, name: String, declared: some Collection<String>) -> DiagnosticMessage {
    .error(
      unknownName,
      "no \(what) '\(name)'",
      notes: declared.isEmpty
        ? [] : [Diagnostic.Note("the \(what) declared: " + declared.sorted().joined(separator: ", "))]
    )
  }

  /// A field the table does not have.
  static func unknownField(table: String, field: String, fields: [String]) -> DiagnosticMessage {
    .error(
      unknownField,
      "table '\(table)' has no field '\(field)'",
      notes: [Diagnostic.Note("its fields: " + fields.joined(separator: ", "))]
    )
  }

  /// `table NAME` where NAME is none of the state's `tables`.
  static func unknownTable(_ name: String, tables: [String]) -> DiagnosticMessage {
    .error(unknownTable, "no table '\(name)': the state has \(tables.joined(separator: ", "))")
  }

  /// A used file's declaration that is no layout, term or name (`keyword`).
  static func usedFileHolds(_ keyword: String) -> DiagnosticMessage {
    .error(
      use,
      "a used file holds only a term, owners, audiences, contacts and the layout (table, values, grades), not '\(keyword)'"
    )
  }

  /// A used file named outside the workflow's folder tree.
  static func usedFileOutside(_ path: String) -> DiagnosticMessage {
    .error(
      use,
      "'\(path)' is not a file beside this workflow or below it",
      notes: [Diagnostic.Note("a used file is named relative to the workflow, without '..'")]
    )
  }

  /// A used file that cannot be read, and `why` (the system's reason, as `Permission denied`).
  static func usedFileUnreadable(_ path: String, why: String) -> DiagnosticMessage {
    .error(use, "cannot read '\(path)': \(why)")
  }

  /// A map value `field` cannot take.
  static func valueNotForField(field: String, value: String, targets: [String]) -> DiagnosticMessage {
    .error(
      badValue,
      "'\(field)' cannot be '\(value)'",
      notes: [Diagnostic.Note("it is one of " + targets.joined(separator: ", "))]
    )
  }
}
