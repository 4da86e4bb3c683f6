/// A finance system's order list: one row per order, with when it was created, paid, refunded or
/// released each in a column of its own (empty until it happens) and, often, a status column. Each
/// row is read as the events it stands for, so the rules see the same orders as from a table of one
/// row per event. A status that contradicts the times (已支付 with no 支付时间) is an error naming both.
extension StateLoader {
  /// The slots of `TableKind.payments.fields` this reader uses.
  private enum Slot {
    static let student = 1, order = 2, status = 3, courses = 4, amount = 5
    static let created = 6, paid = 7, refunded = 8, released = 9
  }

  func readOrderList(
    _ bytes: UnsafeBufferPointer<UInt8>,
    _ table: inout CSVTable,
    _ state: inout State,
    _ orderIndex: inout Interner,
    lineBase: Int
  ) -> CSVTable.Outcome {
    let plan = layout.plan(.payments)
    func formats(_ f: LayoutField) -> ([TimeFormat], String, Bool) {
      let c = plan.column(f)
      return (c?.times ?? [], c?.origin ?? "", c?.sources.isEmpty == false)
    }
    let times = [Slot.created, Slot.paid, Slot.refunded, Slot.released].map { formats(plan.columns[$0].field) }
    let statusMap = plan.column(.event)?.map
    let separatorList = plan.column(.courseCodes)?.separators ?? [[0x3B]]
    let separators = ListSeparators(separatorList)
    var hint = 0
    var unknown: [(Int, String)] = []
    var courses: [Int32] = []
    var students = SequentialLookup(state.studentIndex)
    state.orders.reserveCapacity(state.orders.count + bytes.count / 96)
    let outcome = table.read(bytes, plan: plan) { row in
      // Each time column: its time, nil when the cell is empty (not yet happened) or the column absent.
      func time(_ k: Int, _ slot: Int) -> Int? {
        guard times[k].2, row.has(slot), !row.key(slot).isEmpty else { return nil }
        return row.time(slot, times[k].0, hint: &hint, origin: times[k].1)
      }
      row.requireValue(Slot.created)
      let created = time(0, Slot.created)
      let paid = time(1, Slot.paid), refunded = time(2, Slot.refunded), released = time(3, Slot.released)
      guard let student = students.find(row.key(Slot.student)) else {
        unknown.append((row.line, row.text(Slot.student)))
        return
      }
      row.requireValue(Slot.order)
      let status = statusMap == nil ? nil : row.mapped(Slot.status, statusMap).flatMap { State.PaymentEvent(code: $0) }
      readCourses(&row, Slot.courses, separators, separatorList, into: &courses, &state)
      let amount = row.hundredths(Slot.amount)
      if let status { check(status, &row, paid: paid, refunded: refunded, released: released) }
      guard !row.bad, let created else { return }
      guard
        let o = order(row, Slot.order, student: student, courses, amount, &state, &orderIndex, lineBase: lineBase)
      else { return }
      state.orders[o].created = created
      state.orders[o].courses = courses
      state.orders[o].amount = amount
      // 已扣款: the bank took the money and the academic system has yet to show it as paid.
      if let paid, status == .charged {
        state.orders[o].charged = paid
      } else if let paid {
        state.orders[o].paid = paid
        state.orders[o].paidAmount = amount
      }
      state.orders[o].refunded = refunded
      state.orders[o].released = released
      if status == .failed { state.orders[o].failed = created }
      state.latestTime = max(
        state.latestTime ?? created,
        [created, paid, refunded, released].compactMap { $0 }.max() ?? created
      )
    }
    if students.index.hasTable { state.studentIndex = students.index }
    reportUnknown(unknown, &table, state, column: Slot.student)
    return outcome
  }

  /// The status must agree with the times: paid needs a paid time, a refund or a release its time,
  /// and an order still open or failed has no paid time.
  private func check(_ status: State.PaymentEvent, _ row: inout CSVRow, paid: Int?, refunded: Int?, released: Int?) {
    let said = "the status '\(row.text(Slot.status))' says"
    func needs(_ slot: Int, _ what: String, _ field: LayoutField) {
      if row.has(slot) {
        row.problem(slot, "a date and time: \(said) the order was \(what)")
      } else {
        row.problem(Slot.status, "a status this order list can date: it names no \(field.rawValue) column")
      }
    }
    switch status {
    case .paid, .charged: if paid == nil { needs(Slot.paid, "paid", .paidAt) }
    case .refunded: if refunded == nil { needs(Slot.refunded, "refunded", .refundedAt) }
    case .released: if released == nil { needs(Slot.released, "released", .releasedAt) }
    case .created, .failed:
      if paid != nil, refunded == nil {
        row.problem(Slot.status, "paid or refunded, as the order has a paid time")
      }
    }
  }
}
