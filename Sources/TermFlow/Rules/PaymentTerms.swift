/// The payment facts rules need, read from one payment block: fee, exemptions, batch limit, the
/// window's close and the waits of a stuck order, with the calendar the waits run on.
struct PaymentTerms {
  var id: String?
  var owner: String?
  var ownerName: String?
  /// The fee table: a line per course type, and one (no types) for every other course.
  var fees: [Fee] = []
  var firstRetakeFree = false
  /// Audience ids whose students pay nothing: `veterans`, `on-campus`, `off-campus`.
  var exempt: [String] = []
  var batchLimit: Int?
  var courseLimit: Int?
  var releaseAfter: Duration?
  var repayAfter: Duration?
  var syncLag: SyncLag?
  /// The window's last moment, in seconds (a close with no time of day is the end of that day);
  /// money that arrives after it is late.
  var closes: Int?
  var closeText: String?
  /// `clear unpaid registrations [by OWNER]`: who clears them (the payment's owner by default) and
  /// the statement's line.
  var clearUnpaid: (owner: String?, line: Int)?
  var calendar = TermCalendar()

  /// `payment`: the block's name; nil takes the workflow's only (or first) payment block.
  init(
    _ w: Workflow,
    timeline: Timeline?,
    calendar: TermCalendar? = nil,
    payment: String? = nil,
    lineOf: (SourceRange) -> Int = { _ in 0 }
  ) {
    if let calendar { self.calendar = calendar }
    for d in w.decls {
      guard case .payment(let b) = d, id == nil, payment == nil || payment == b.name.text else { continue }
      id = b.name.text
      if let due = timeline?.steps.first(where: { $0.id == b.name.text })?.due {
        closes = due.date.dayNumber * 86400 + (due.minute.map { $0 * 60 } ?? 86399)
        closeText = due.iso
      }
      for s in b.items {
        switch s.kind {
        case .owner(let o):
          owner = o.text
          ownerName = timeline?.ownerNames[o.text] ?? o.text
        case .fee(let f): fees.append(f)
        case .firstRetakeFree: firstRetakeFree = true
        case .exempt(let who): exempt += who.map(\.text)
        case .batchLimit(let n): batchLimit = n
        case .courseLimit(let n): courseLimit = n
        case .releaseAfter(let d): releaseAfter = d
        case .repayAfter(let d): repayAfter = d
        case .syncLag(let n, let off, let then): syncLag = SyncLag(normal: n, offHours: off, then: then)
        case .clearUnpaid(let by): clearUnpaid = (by?.text, lineOf(s.range))
        default: break
        }
      }
    }
  }

  /// The fee line for a course of this type: its own, else the one for every other course.
  func fee(forType type: String) -> Fee? {
    fees.first { f in f.courseTypes.contains { $0.value == type } } ?? fees.first { $0.courseTypes.isEmpty }
  }

  /// What an order should cost, as the lowest and highest amount the fee table allows (the same for
  /// a plain fee), in cents. `first retake free` frees the first retake of a failed course; a retake
  /// of a course already passed (to improve the grade) pays.
  func expected(_ o: State.Order, _ state: State) -> (low: Int, high: Int) {
    guard !fees.isEmpty, o.student >= 0, Int(o.student) < state.students.count else { return (o.amount, o.amount) }
    if isExempt(state.students[Int(o.student)]) { return (0, 0) }
    var low = 0, high = 0
    for c in o.courses where c >= 0 && Int(c) < state.courses.count {
      let course = state.courses[Int(c)]
      if firstRetakeFree, let p = state.pair(o.student, c), state.pairs[p].retakes == 0, !state.pairs[p].passed {
        continue
      }
      guard let f = fee(forType: course.type) else { continue }
      let (a, b) = (f.amount.cents, (f.upTo ?? f.amount).cents)
      switch f.per {
      case .course: (low, high) = (low + a, high + b)
      case .credit: (low, high) = (low + a * course.credits / 100, high + b * course.credits / 100)
      case .order: (low, high) = (a, b)
      }
    }
    return (low, high)
  }

  /// When an order created at `t` may be released.
  func releasable(_ t: Int) -> Int { releaseAfter.map { calendar.after(t, $0) } ?? t }
  /// When an order released at `t` may be paid again.
  func repayable(_ t: Int) -> Int { repayAfter.map { calendar.after(t, $0) } ?? t }
  /// Whether money that arrived at `t` arrived in time.
  func onTime(_ t: Int) -> Bool { closes.map { t <= $0 } ?? true }

  /// Whether an audience covers the student. Audiences are matched by the student columns they
  /// name; any other audience covers nobody.
  static func covers(_ audience: String, _ s: State.Student) -> Bool {
    switch audience {
    case "veterans", "veteran", "退伍军人": return s.veteran
    case "on-campus", "在校学生": return s.onCampus
    case "off-campus", "离校学生": return !s.onCampus
    default: return false
    }
  }

  func isExempt(_ s: State.Student) -> Bool { exempt.contains { PaymentTerms.covers($0, s) } }
}
