/// `score "成绩" grades 百分制 unless "备注" values { "缓考" = not-attempted, "缺考" = absent }` and
/// `kind "考试类型" values 类型 unless "修读方式" values { "重修" = retake }`: a field read from two
/// columns, the second deciding where it holds one of the texts given.
extension LayoutCompiler {
  func columnOverride(
    _ other: StringLit,
    _ entries: [MapEntry],
    _ field: LayoutField,
    _ s: Source,
    range: SourceRange
  ) -> ColumnOverride? {
    if field == .score {
      let decl = GradesDecl(
        name: Name(text: other.value, range: other.range),
        items: entries.map { GradeItem(kind: .entry($0), range: $0.range) },
        range: range
      )
      return ColumnOverride(header: other.value, map: nil, scale: scale(decl, s))
    }
    guard !field.mapTargets.isEmpty else {
      s.sink.report(
        LayoutDiagnostics.takesNo(field: field.rawValue, .unless),
        at: other.range
      )
      return nil
    }
    return ColumnOverride(
      header: other.value,
      map: valueMap(entries, field, s, origin: location(s, range)),
      scale: nil
    )
  }
}
