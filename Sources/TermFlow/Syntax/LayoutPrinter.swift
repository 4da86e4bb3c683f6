/// Canonical text of the layout's lines, for `fmt` and the AST dump.
enum LayoutPrinter {
  static func column(_ c: ColumnDecl) -> String {
    if let k = c.constant { return c.field.text + " = " + (k.isString ? ExprPrinter.quote(k.value) : k.value) }
    var s =
      c.field.text + " "
      + c.sources.map { $0.map { ExprPrinter.quote($0.value) }.joined(separator: " + ") }.joined(separator: " or ")
    for o in c.options {
      switch o {
      case .valuesNamed(let n): s += " values \(n.text)"
      case .valuesInline(let es, _): s += " values { " + es.map(entry).joined(separator: ", ") + " }"
      case .grades(let n): s += " grades \(n.text)"
      case .time(let fs): s += " time " + fs.map { ExprPrinter.quote($0.value) }.joined(separator: ", ")
      case .split(let fs): s += " split " + fs.map { ExprPrinter.quote($0.value) }.joined(separator: ", ")
      case .unless(let other, let es, _):
        s += " unless \(ExprPrinter.quote(other.value)) values { " + es.map(entry).joined(separator: ", ") + " }"
      }
    }
    return s
  }

  static func entry(_ e: MapEntry) -> String { "\(ExprPrinter.quote(e.key.value)) = \(e.value.text)" }

  static func gradeItem(_ i: GradeItem) -> String {
    switch i.kind {
    case .passAt(let n): return "pass at \(n.text)"
    case .range(let lo, let hi): return "range \(lo.text) .. \(hi.text)"
    case .entry(let e): return entry(e)
    }
  }
}
