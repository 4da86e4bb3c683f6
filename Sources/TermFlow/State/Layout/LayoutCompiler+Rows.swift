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
          s.sink.report(LayoutDiagnostics.skipRowEmpty, at: text.range)
          continue
        }
        plan.skipRows.append(value)
      }
    }
    for todo in t.todos {
      s.sink.report(
        LayoutDiagnostics.openChoice(todo.value),
        at: todo.range
      )
    }
    for (k, h) in t.headerRows.enumerated() {
      if k > 0 {
        s.sink.report(
          LayoutDiagnostics.headerRowTwice(first: t.headerRows[0].range),
          at: h.range
        )
      } else if let n = Int(h.number.text), (1...1000).contains(n) {
        plan.headerRow = n
        plan.headerRowOrigin = origin(h.range)
      } else {
        s.sink.report(LayoutDiagnostics.headerRowOutOfRange, at: h.number.range)
      }
    }
  }

  /// A payments table is one of two shapes, never both: one row per event (`time`, `event`) or one
  /// row per order (`created-at`, and `paid-at`, `refunded-at`, `released-at` as it has them).
  func checkPaymentShape(_ seen: [LayoutField: Name], _ s: Source) {
    let orderTimes: [LayoutField] = [.paidAt, .refundedAt, .releasedAt]
    if seen[.createdAt] != nil, let time = seen[.time] {
      s.sink.report(
        LayoutDiagnostics.orderListWithTime,
        at: time.range
      )
    }
    if seen[.createdAt] == nil, let f = orderTimes.first(where: { seen[$0] != nil }), let name = seen[f] {
      s.sink.report(
        LayoutDiagnostics.orderTimeWithoutCreated(f.rawValue),
        at: name.range
      )
    }
  }
}
