/// A table's row options: where its header is (`header row N`, or found in each file) and which rows
/// are not data (`skip rows "…"`).
extension LayoutCompiler {
  func rowOptions(
    _ t: TableDecl,
    _ s: Source,
    fallback: TablePlan?,
    origin: (SourceRange) -> String,
    into plan: inout TablePlan
  ) {
    plan.headerRow = fallback?.headerRow
    plan.headerRowOrigin = fallback?.headerRowOrigin
    plan.skipRows = fallback?.skipRows ?? []
    for k in t.skipRows {
      for text in k.texts {
        var value = String(text.value.drop { $0.isWhitespace })
        while value.last?.isWhitespace == true { value.removeLast() }
        guard !value.isEmpty else {
          s.sink.error(
            LayoutDiagnostics.badValue,
            "a row that is not data is named by the text its first cell starts with; an empty text would skip every row",
            text.range
          )
          continue
        }
        plan.skipRows.append(value)
      }
    }
    for (k, h) in t.headerRows.enumerated() {
      if k > 0 {
        s.sink.error(
          LayoutDiagnostics.duplicate,
          "the header row is given twice",
          h.range,
          notes: [Diagnostic.Note("first given here", t.headerRows[0].range)]
        )
      } else if let n = Int(h.number.text), (1...1000).contains(n) {
        plan.headerRow = n
        plan.headerRowOrigin = origin(h.range)
      } else {
        s.sink.error(LayoutDiagnostics.badValue, "a header row is a line number from 1 to 1000", h.number.range)
      }
    }
  }
}
