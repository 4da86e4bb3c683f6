/// `table records "成绩/*.csv" { … }`: where one state table comes from and which header feeds each
/// field. A workflow that declares no table (or leaves one out) reads that table in the built-in
/// reference layout.
struct TableDecl: Sendable {
  var table: Name
  /// File names or globs, relative to the state folder.
  var files: [StringLit]
  var columns: [ColumnDecl]
  /// `header row 3`: the export's header is on its third line (or an Excel sheet's third row); the
  /// lines above it (a title, a date printed above the table) are not read. (More than one is an
  /// error the layout compiler reports.)
  var headerRows: [HeaderRow] = []
  /// `skip rows "本页合计", "打印人"`: rows whose first filled cell starts with one of these are not
  /// data (beside the totals and footers every export prints, which are known without saying).
  var skipRows: [SkipRows] = []
  /// `todo "…"`: a choice `state inspect` left open; `check` refuses the table until it is settled.
  var todos: [StringLit] = []
  var range: SourceRange

  struct SkipRows: Sendable {
    var texts: [StringLit]
    var range: SourceRange
  }

  struct HeaderRow: Sendable {
    var number: Name
    var range: SourceRange
  }
}

/// `score "成绩" or "总评成绩" grades 百分制`: one field of a table.
struct ColumnDecl: Sendable {
  var field: Name
  /// Alternatives, tried in order; each is one header or several joined (`"学年" + "学期"`).
  var sources: [[StringLit]]
  var options: [ColumnOption]
  var range: SourceRange
  /// `practical = false`: the export has no such column, and every row has this value (said, not
  /// assumed: a field a rule reads must come from a column or from this).
  var constant: ColumnConstant? = nil
}

/// The value of a field given for every row: `true`/`false`, a number, or a string.
struct ColumnConstant: Sendable {
  var value: String
  var isString: Bool
  var isNumber: Bool
  var range: SourceRange
}

/// How a column's text becomes the field's value.
enum ColumnOption: Sendable {
  /// `values NAME`: a `values` declaration.
  case valuesNamed(Name)
  /// `values { "是" = true, "否" = false }`
  case valuesInline([MapEntry], range: SourceRange)
  /// `grades NAME`
  case grades(Name)
  /// `time "yyyy/M/d H:mm", …`
  case time([StringLit])
  /// `split "、", ";"`: the separators of a list held in one field.
  case split([StringLit])
  /// `unless "备注" values { "缓考" = not-attempted }`: where another column holds one of these texts,
  /// it decides the field's value; elsewhere the field's own column does.
  case unless(StringLit, [MapEntry], range: SourceRange)
}

/// `"补考" = makeup`, `"优秀" = 95`.
struct MapEntry: Sendable {
  var key: StringLit
  /// An identifier (`makeup`, `true`, `absent`) or a number (`95`, `59.5`), as written.
  var value: Name
  var isNumber: Bool
  var range: SourceRange
}

/// `values NAME { "正常考试" = regular … }`: a value map several columns (or workflows) share.
struct ValuesDecl: Sendable {
  var name: Name
  var entries: [MapEntry]
  var range: SourceRange
}

/// `grades NAME { pass at 60; "优秀" = 95; "缺考" = absent … }`: how a score column is read.
struct GradesDecl: Sendable {
  var name: Name
  var items: [GradeItem]
  var range: SourceRange
}

struct GradeItem: Sendable {
  enum Kind: Sendable {
    /// `pass at 60`: a score at or above this passes.
    case passAt(Name)
    /// `range 0 .. 100`: the scores a number may take.
    case range(Name, Name)
    /// `"优秀" = 95` (a level) or `"缺考" = absent` (a marker).
    case entry(MapEntry)
  }
  var kind: Kind
  var range: SourceRange
}
