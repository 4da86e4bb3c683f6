/// The compiled state layout: for every table, the files to read and, per field, which headers feed
/// it and how its text is decoded. The built-in reference layout is compiled from `BuiltinLayout`'s
/// text by the same compiler, so there is one reader for every layout.
struct StateLayout: Sendable {
  var tables: [TablePlan]

  func plan(_ t: TableKind) -> TablePlan {
    tables.first { $0.table == t } ?? TablePlan(table: t, files: [t.defaultFile], columns: [], origin: "")
  }
}

enum TableKind: String, CaseIterable, Sendable {
  case students, records, registrations, payments, bills

  var defaultFile: String { rawValue + ".csv" }

  /// The table's fields, in slot order (readers address a row's fields by these positions).
  var fields: [LayoutField] {
    switch self {
    case .students: return [.studentID, .name, .college, .major, .grade, .onCampus, .veteran]
    case .records:
      return [.studentID, .courseCode, .courseName, .courseType, .practical, .credits, .term, .kind, .score]
    case .registrations: return [.studentID, .courseCode, .registeredAt]
    case .payments:
      return [
        .time, .studentID, .orderID, .event, .courseCodes, .amount, .createdAt, .paidAt, .refundedAt, .releasedAt,
      ]
    case .bills: return [.time, .studentID, .billID, .item, .status, .amount]
    }
  }

  /// The fields a declared table must give, given the ones it does: a payments table is either one
  /// row per event (time and event) or one row per order (when it was created, and the rest as
  /// columns; its event column, if any, is the order's status).
  func required(declaring declared: Set<LayoutField>) -> Set<LayoutField> {
    guard self == .payments, declared.contains(.createdAt) else { return required }
    return [.studentID, .orderID, .courseCodes, .createdAt]
  }

  /// Fields a declared table must give: without them no rule could use a row.
  var required: Set<LayoutField> {
    switch self {
    case .students: return [.studentID]
    case .records: return [.studentID, .courseCode, .term, .kind, .score]
    case .registrations: return [.studentID, .courseCode, .registeredAt]
    case .payments: return [.time, .studentID, .orderID, .event, .courseCodes]
    case .bills: return [.time, .studentID, .billID, .status]
    }
  }
}

enum LayoutField: String, Sendable, CaseIterable {
  case studentID = "student-id"
  case name, college, major, grade
  case onCampus = "on-campus"
  case veteran
  case courseCode = "course-code"
  case courseName = "course-name"
  case courseType = "course-type"
  case practical, credits, term, kind, score
  case registeredAt = "registered-at"
  case time
  case orderID = "order-id"
  case event
  case courseCodes = "course-codes"
  case amount
  case billID = "bill-id"
  case item, status
  /// An order list's times: one row per order, each event in a column of its own.
  case createdAt = "created-at"
  case paidAt = "paid-at"
  case refundedAt = "refunded-at"
  case releasedAt = "released-at"

  enum Kind: Sendable { case text, key, bool, kind, event, status, amount, score, time, list }

  var kind: Kind {
    switch self {
    case .name, .college, .major, .grade, .courseName, .courseType, .item: return .text
    case .studentID, .courseCode, .term, .orderID, .billID: return .key
    case .onCampus, .veteran, .practical: return .bool
    case .kind: return .kind
    case .event: return .event
    case .status: return .status
    case .credits, .amount: return .amount
    case .score: return .score
    case .registeredAt, .time, .createdAt, .paidAt, .refundedAt, .releasedAt: return .time
    case .courseCodes: return .list
    }
  }

  /// What a value map for this field may map to, in code order.
  var mapTargets: [String] {
    switch kind {
    case .bool: return ["false", "true"]
    case .kind: return ["regular", "makeup", "retake"]
    case .event: return ["created", "paid", "released", "charged", "refunded", "failed"]
    case .status: return State.BillEvent.names
    default: return []
    }
  }
}

/// One table's files and fields.
struct TablePlan: Sendable {
  var table: TableKind
  /// Names or globs relative to the state folder, in the order they are read.
  var files: [String]
  /// One per field of `table.fields`, in that order.
  var columns: [ColumnPlan]
  /// Where the table is declared, for notes: `school.flow:12:1`, or "the built-in layout".
  var origin: String
  /// The line (a sheet's row) the header is on, as `header row N` says; the lines above are a title,
  /// not read. Nil: each file's header is found among its first lines (`CSVTable.locateHeader`).
  var headerRow: Int?
  /// Where `header row` is said (`school.flow:14:3`); nil when it is not.
  var headerRowOrigin: String?
  /// Rows whose first filled cell starts with one of these are not data, beside the built-in ones
  /// (`NonDataRows.builtIn`): `skip rows "本页合计"`.
  var skipRows: [String] = []

  func column(_ f: LayoutField) -> ColumnPlan? { columns.first { $0.field == f } }
}

/// One field: the headers that feed it and how its text becomes a value.
struct ColumnPlan: Sendable {
  var field: LayoutField
  /// Alternatives, tried in order; each is one header or several whose values are joined with `-`.
  /// Empty when the export has no such column (the field is then empty, false or zero).
  var sources: [[String]]
  var map: ValueMap?
  var scale: GradeScale?
  var times: [TimeFormat] = []
  var separators: [[UInt8]] = []
  var origin: String
  /// `practical = false`: every row's value, as text the field's reader takes (`true`, `2`, `必修`).
  var constant: String? = nil
  /// `unless "备注" values { … }`: another column that decides the value where it says so.
  var override: ColumnOverride? = nil
}

/// Another column that decides a field's value where it holds one of its texts (`备注` saying 缓考 for
/// a score, `修读方式` saying 重修 for a kind); elsewhere the field's own column is read.
struct ColumnOverride: Sendable {
  var header: String
  /// For a field read through a value map: the codes the other column's texts give.
  var map: ValueMap?
  /// For a score: the grades they give.
  var scale: GradeScale?
}
