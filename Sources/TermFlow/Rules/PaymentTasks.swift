/// Tasks a payment block sets by itself, with no rule: `clear unpaid registrations` gives, once the
/// window has closed, one task per registration neither paid nor charged by the close.
enum PaymentTasks {
  /// The id its findings carry (listed in the summary like a rule's), if the block clears.
  static func ruleID(_ terms: PaymentTerms) -> String? {
    terms.clearUnpaid == nil ? nil : "\(terms.id ?? "payment").clear-unpaid"
  }

  static func findings(_ ctx: RuleContext, today: Int) -> [Finding] {
    let terms = ctx.terms, state = ctx.state, facts = ctx.facts
    guard let clear = terms.clearUnpaid, let closes = terms.closes, today >= closes, let id = ruleID(terms) else {
      return []
    }
    // Dated at the close, or the next working day when the window closes on a day off.
    let (closeDay, _) = TermCalendar.split(closes)
    let day = terms.calendar.workingDay(onOrAfter: closes)
    let date = day == closeDay ? Timestamp.iso(closes) : day.description
    let closeText = terms.closeText ?? Timestamp.iso(closes)
    var out: [Finding] = []
    for (i, r) in state.registrations.enumerated() where !facts.paid[i] && !facts.settling[i] {
      let s = Int(r.student), c = Int(r.course)
      guard s >= 0, s < state.students.count, c >= 0, c < state.courses.count, !terms.isExempt(state.students[s]) else {
        continue
      }
      let late = facts.paidAt[i].map { ctx.lang(", paid only %1 (after the close)", Timestamp.iso($0)) } ?? ""
      let student = state.students[s], course = state.courses[c]
      out.append(
        Finding(
          kind: .task,
          rule: id,
          owner: clear.owner ?? terms.owner,
          date: date,
          message: ctx.lang("unpaid at the close (%1)%2: clear the registration", closeText, late),
          student: student.id,
          studentName: student.name,
          college: student.college,
          course: course.code,
          courseName: course.name.isEmpty ? nil : course.name,
          order: nil,
          line: clear.line
        )
      )
    }
    return out
  }
}
