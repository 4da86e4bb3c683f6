/// `explain --student`: what a payment block decided for the student, with each wait derived on the
/// calendar ("charged Wed 2023-09-27T20:05, off hours → shows as paid by 2023-10-07T20:05").
struct ExplainPayment {
  let ctx: RuleContext
  let today: Int

  func render(student s: Int, course: Int?) -> String {
    let terms = ctx.terms, state = ctx.state
    guard let id = terms.id else { return "" }
    var out = "\npayment \(id)" + (terms.closeText.map { ", closes \($0)" } ?? "") + "\n"
    for r in DerivedFacts.safe(ctx.facts.registrationsByStudent, s).map(Int.init) {
      let reg = state.registrations[r]
      guard course.map({ Int(reg.course) == $0 }) ?? true else { continue }
      let code = state.courses[Int(reg.course)].code
      let status: String
      if ctx.facts.paid[r], let t = ctx.facts.paidAt[r] {
        status = "paid \(Timestamp.iso(t)), by the close"
      } else if let t = ctx.facts.paidAt[r] {
        status =
          "paid \(Timestamp.iso(t)), after the close (paid-late)"
          + (terms.clearUnpaid == nil ? "" : ": cleared all the same")
      } else if ctx.facts.settling[r] {
        status = "charged by the close, not yet shown as paid: not cleared"
      } else if terms.isExempt(state.students[s]) {
        status = "not paid; exempt"
      } else {
        status =
          "not paid"
          + (terms.clearUnpaid == nil
            ? ""
            : terms.closes.map {
              today >= $0 ? ": cleared (the window has closed)" : ": cleared at the close unless paid"
            } ?? "")
      }
      out += "  registration of \(code): \(status)\n"
    }
    for o in DerivedFacts.safe(ctx.facts.ordersByStudent, s).map(Int.init) {
      let order = state.orders[o]
      var steps: [String] = []
      if let c = order.created {
        steps.append("created \(describe(c))")
        if order.paid == nil, order.released == nil, order.charged == nil, let wait = terms.releaseAfter {
          steps.append("releasable after \(wait.text): \(describe(terms.releasable(c)))")
        }
      }
      if let c = order.charged, order.paid == nil {
        let off = terms.syncLag?.offHours != nil && !terms.calendar.isWorkingTime(c)
        steps.append("charged \(describe(c))\(off ? ", off hours" : "")")
        if let by = ctx.facts.syncedBy(order) {
          steps.append("shows as paid by \(describe(by))" + (today >= by ? ": overdue" : ": pending"))
        }
      }
      if let t = order.paid { steps.append("paid \(describe(t))" + (terms.onTime(t) ? "" : ", after the close")) }
      if let t = order.released {
        let early = order.created.map { terms.releasable($0) }.flatMap { $0 > t ? $0 : nil }
        steps.append("released \(describe(t))" + (early.map { ", early (releasable from \(Timestamp.iso($0)))" } ?? ""))
      }
      out += "  order \(order.id): " + steps.joined(separator: " → ") + "\n"
    }
    return out
  }

  /// `Fri 2023-09-15T16:00`, with the day's kind when it is not a plain working day.
  private func describe(_ t: Int) -> String {
    let (day, _) = TermCalendar.split(t)
    let info = ctx.terms.calendar.info(day)
    let names = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let weekday = day.weekday >= 1 && day.weekday <= 7 ? names[day.weekday] : ""
    let kind = info.kind == .workday ? "" : " (\(info.name.isEmpty ? info.kind.rawValue : info.name))"
    return "\(weekday) \(Timestamp.iso(t))\(kind)"
  }
}
