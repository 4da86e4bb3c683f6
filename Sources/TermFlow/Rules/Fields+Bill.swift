/// The fields of a tuition bill (`for bill`): its state as the finance system shows it, and what the
/// payment block's window and waits make of it.
extension RuleContext {
  /// Nil for the fields a bill shares with its student (read as for any subject).
  func billValue(_ f: Field, _ index: Int) -> Value? {
    guard index >= 0, index < state.bills.count else { return nil }
    let b = state.bills[index]
    let firstPaid = b.events.first { $0.event == .paid }?.time
    switch f {
    case .billID: return .text(b.id)
    case .item: return .text(b.item)
    case .amount: return .number(Double(b.amount) / 100)
    case .status: return .text(b.status?.name ?? "")
    case .paying: return .bool(b.status == .paying)
    // In 缴费中 longer than the payment's `release after` (at once, with no such wait).
    case .stuck: return .bool(b.status == .paying && b.last(.paying).map { today >= terms.releasable($0) } ?? false)
    case .paid: return .bool(firstPaid.map(terms.onTime) ?? false)
    case .paidLate: return .bool(firstPaid.map { !terms.onTime($0) } ?? false)
    case .paidAt: return .text(firstPaid.map(Timestamp.iso) ?? "")
    case .paidTimes: return .number(Double(b.count(.paid)))
    case .cancelledTimes: return .number(Double(b.count(.cancelled)))
    case .invoiced: return .bool(b.count(.invoiced) > 0)
    default: return nil
    }
  }
}
