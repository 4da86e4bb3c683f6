/// `explain --student`: what a payment block decided for the student, with each wait derived on the
/// calendar ("charged Wed 2023-09-27T20:05, off hours → shows as paid by 2023-10-07T20:05").
struct ExplainPayment {
  let ctx: RuleContext
  let today: Int
  var lang: Language = .en

  func render(student s: Int, course: Int?) -> String {
    let terms = ctx.terms, state = ctx.state
    guard let id = terms.id else { return "" }
    var out = "\n" + lang("payment %1", id) + (terms.closeText.map { lang(", closes %1", $0) } ?? "") + "\n"
    for r in ctx.facts.registrationsByStudent[s].map(Int.init) {
      let reg = state.registrations[r]
      guard course.map({ Int(reg.course) == $0 }) ?? true else { continue }
      let code = state.courses[Int(reg.course)].code
      let status: String
      if ctx.facts.paid[r], let t = ctx.facts.paidAt[r] {
        status = lang("paid %1, by the close", Timestamp.iso(t))
      } else if let t = ctx.facts.paidAt[r] {
        status =
          lang("paid %1, after the close (paid-late)", Timestamp.iso(t))
          + (terms.clearUnpaid == nil ? "" : lang(": cleared all the same"))
      } else if ctx.facts.settling[r] {
        status = lang("charged by the close, not yet shown as paid: not cleared")
      } else if terms.isExempt(state.students[s]) {
        status = lang("not paid; exempt")
      } else {
        status =
          lang("not paid")
          + (terms.clearUnpaid == nil
            ? ""
            : terms.closes.map {
              lang(today >= $0 ? ": cleared (the window has closed)" : ": cleared at the close unless paid")
            } ?? "")
      }
      out += "  " + lang("registration of %1: %2", code, status) + "\n"
    }
    for o in ctx.facts.ordersByStudent[s].map(Int.init) {
      let order = state.orders[o]
      var steps: [String] = []
      if let c = order.created {
        steps.append(lang("created %1", describe(c)))
        if order.paid == nil, order.released == nil, order.charged == nil, let wait = terms.releaseAfter {
          steps.append(lang("releasable after %1: %2", wait.text, describe(terms.releasable(c))))
        }
      }
      if let c = order.charged, order.paid == nil {
        let off = terms.syncLag?.offHours != nil && !terms.calendar.isWorkingTime(c)
        steps.append(lang("charged %1", describe(c)) + (off ? lang(", off hours") : ""))
        if terms.syncLag?.then != nil, let first = ctx.facts.syncFirstBy(order), let by = ctx.facts.syncedBy(order),
          first < by
        {
          let status = today >= by ? ": overdue" : today >= first ? ": delayed" : ": pending"
          steps.append(
            lang("usually shows as paid by %1, at the latest by %2", describe(first), describe(by)) + lang(status)
          )
        } else if let by = ctx.facts.syncedBy(order) {
          steps.append(lang("shows as paid by %1", describe(by)) + lang(today >= by ? ": overdue" : ": pending"))
        }
      }
      if let t = order.failed { steps.append(lang("payment failed %1: the order stays unpaid", describe(t))) }
      if let t = order.paid ?? order.refundedPayment {
        steps.append(lang("paid %1", describe(t)) + (terms.onTime(t) ? "" : lang(", after the close")))
      }
      if let t = order.refunded { steps.append(lang("refunded %1: no longer paid from then", describe(t))) }
      if let t = order.released {
        let early = order.created.map { terms.releasable($0) }.flatMap { $0 > t ? $0 : nil }
        steps.append(
          lang("released %1", describe(t))
            + (early.map { lang(", early (releasable from %1)", Timestamp.iso($0)) } ?? "")
        )
      }
      out += "  " + lang("order %1: %2", order.id, steps.joined(separator: " → ")) + "\n"
    }
    return out
  }

  /// `Fri 2023-09-15T16:00`, with the day's kind when it is not a plain working day.
  private func describe(_ t: Int) -> String {
    let (day, _) = TermCalendar.split(t)
    let info = ctx.terms.calendar.info(day)
    let names = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let weekday = day.weekday >= 1 && day.weekday <= 7 ? lang(names[day.weekday]) : ""
    let kind = info.kind == .workday ? "" : " (\(info.name.isEmpty ? lang(info.kind.rawValue) : info.name))"
    return "\(weekday) \(Timestamp.iso(t))\(kind)"
  }
}
