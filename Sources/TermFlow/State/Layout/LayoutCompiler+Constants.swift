/// `practical = false` in a table block: a field the export has no column for, given for every row.
/// Only a field a row can do without takes one (a yes/no, a number or a text): the keys, kinds,
/// scores and times that identify a row come from the export.
extension LayoutCompiler {
  func constantColumn(_ k: ColumnConstant, _ field: LayoutField, _ s: Source, origin: String) -> ColumnPlan {
    var plan = ColumnPlan(field: field, sources: [], origin: origin)
    let fits: Bool
    switch field.kind {
    case .bool: fits = !k.isString && (k.value == "true" || k.value == "false")
    case .amount: fits = k.isNumber
    case .text: fits = k.isString
    case .key, .kind, .event, .status, .score, .time, .list:
      s.sink.report(
        LayoutDiagnostics.constantNotAllowed(field: field.rawValue),
        at: k.range
      )
      return plan
    }
    guard fits else {
      s.sink.report(LayoutDiagnostics.constantMismatch(field: field, value: k.value), at: k.range)
      return plan
    }
    plan.constant = k.value
    return plan
  }
}
