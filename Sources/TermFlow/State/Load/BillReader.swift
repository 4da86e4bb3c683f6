/// The bills table: a finance system's tuition bills, one row per state a bill passed through.
extension StateLoader {
  func readBills(
    _ bytes: UnsafeBufferPointer<UInt8>,
    _ table: inout CSVTable,
    _ state: inout State,
    _ billIndex: inout Interner,
    lineBase: Int
  ) -> CSVTable.Outcome {
    let plan = layout.plan(.bills)
    let timeColumn = plan.column(.time)
    let formats = timeColumn?.times ?? [], origin = timeColumn?.origin ?? ""
    let statusMap = plan.column(.status)?.map
    var hint = 0
    var unknown: [(Int, String)] = []
    var students = SequentialLookup(state.studentIndex)
    let outcome = table.read(bytes, plan: plan) { row in
      let time = row.time(0, formats, hint: &hint, origin: origin)
      guard let student = students.find(row.key(1)) else {
        unknown.append((row.line, row.text(1)))
        return
      }
      row.requireValue(2)
      let event = row.mapped(4, statusMap).flatMap { State.BillEvent(rawValue: $0) }
      let amount = row.hundredths(5)
      guard !row.bad, let time, let event else { return }
      state.latestTime = max(state.latestTime ?? time, time)
      let (b, isNew) = billIndex.intern(row.key(2))
      if isNew {
        state.bills.append(
          State.Bill(
            id: row.text(2),
            student: Int32(truncatingIfNeeded: student),
            item: row.text(3),
            amount: amount,
            events: [],
            lines: []
          )
        )
      }
      guard b < state.bills.count else { return }
      state.bills[b].events.append((event, time))
      state.bills[b].lines.append(Int32(clamping: lineBase + row.line))
      if amount > 0 { state.bills[b].amount = amount }
    }
    if students.index.hasTable { state.studentIndex = students.index }
    reportUnknown(unknown, &table, state, column: 1)
    return outcome
  }
}
