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
    for todo in t.todos {
      s.sink.error(
        LayoutDiagnostics.openChoice,
        "an open choice: \(todo.value)",
        todo.range,
        notes: [Diagnostic.Note("settle it in the table's lines, then delete this todo")]
      )
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

  /// A payments table is one of two shapes, never both: one row per event (`time`, `event`) or one
  /// row per order (`created-at`, and `paid-at`, `refunded-at`, `released-at` as it has them).
  func checkPaymentShape(_ seen: [LayoutField: Name], _ s: Source) {
    let orderTimes: [LayoutField] = [.paidAt, .refundedAt, .releasedAt]
    if seen[.createdAt] != nil, let time = seen[.time] {
      s.sink.error(
        LayoutDiagnostics.badOption,
        "an order list reads each event's time from its own column; 'time' is for a table of one row per event",
        time.range,
        notes: [Diagnostic.Note("name the columns as created-at, paid-at, refunded-at and released-at")]
      )
    }
    if seen[.createdAt] == nil, let f = orderTimes.first(where: { seen[$0] != nil }), let name = seen[f] {
      s.sink.error(
        LayoutDiagnostics.badOption,
        "'\(f.rawValue)' is a column of an order list (one row per order), which names when the order was created",
        name.range,
        notes: [Diagnostic.Note("add: created-at \"下单时间\" (the order's creation time column)")]
      )
    }
  }
}
