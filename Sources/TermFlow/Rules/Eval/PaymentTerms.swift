/// The payment facts rules need, read from one payment block: fee, exemptions, batch limit, the
/// window's close and the waits of a stuck order, with the calendar the waits run on.
struct PaymentTerms {
  var id: String?
  var owner: String?
  var ownerName: String?
  var feeCents: Int?
  var unit: FeeUnit = .course
  var firstRetakeFree = false
  /// Audience ids whose students pay nothing: `veterans`, `on-campus`, `off-campus`.
  var exempt: [String] = []
  var batchLimit: Int?
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
  init(_ w: Workflow, timeline: Timeline?, calendar: TermCalendar? = nil, payment: String? = nil, lineOf: (SourceRange) -> Int = { _ in 0 }) {
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
        case .fee(let amount, let per):
          feeCents = amount.cents
          unit = per
        case .firstRetakeFree: firstRetakeFree = true
        case .exempt(let who): exempt += who.map(\.text)
        case .batchLimit(let n): batchLimit = n
        case .releaseAfter(let d): releaseAfter = d
        case .repayAfter(let d): repayAfter = d
        case .syncLag(let n, let off): syncLag = SyncLag(normal: n, offHours: off)
        case .clearUnpaid(let by): clearUnpaid = (by?.text, lineOf(s.range))
        default: break
        }
      }
    }
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
