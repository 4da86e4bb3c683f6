/// A dry run at a past moment sees only what existed then: `--today` cuts the state.
extension State {
  /// Drops what is stamped after `t` (seconds since 1970-01-01, civil time): registrations made
  /// later, and each order's and bill's later events; one with no event left is dropped whole. Records
  /// carry no time of their own (only their term) and are kept. Returns the number of rows cut.
  mutating func cut(at t: Int) -> Int {
    var beyond = 0
    let registrationCount = registrations.count
    registrations.removeAll { $0.at > t }
    beyond += registrationCount - registrations.count
    var kept: [Order] = []
    kept.reserveCapacity(orders.count)
    for var o in orders {
      func drop(_ time: inout Int?) {
        guard let x = time, x > t else { return }
        time = nil
        beyond += 1
      }
      drop(&o.created)
      drop(&o.paid)
      drop(&o.released)
      drop(&o.charged)
      drop(&o.refunded)
      drop(&o.failed)
      if o.paid == nil { o.paidAmount = nil }
      if o.created != nil || o.paid != nil || o.released != nil || o.charged != nil || o.refunded != nil
        || o.failed != nil
      {
        kept.append(o)
      }
    }
    orders = kept
    var bills: [Bill] = []
    for var b in self.bills {
      let before = b.events.count
      b.events.removeAll { $0.time > t }
      beyond += before - b.events.count
      if !b.events.isEmpty { bills.append(b) }
    }
    self.bills = bills
    return beyond
  }

  /// A refund undoes the payment before it: from then the order is not paid (nor charged); the paid
  /// time is kept for `explain`. A payment after the refund (paid again) stands.
  mutating func settleRefunds() {
    for k in orders.indices {
      guard let r = orders[k].refunded else { continue }
      if let p = orders[k].paid, p <= r {
        orders[k].refundedPayment = p
        orders[k].paid = nil
        orders[k].paidAmount = nil
      }
      if let c = orders[k].charged, c <= r {
        orders[k].refundedPayment = orders[k].refundedPayment ?? c
        orders[k].charged = nil
      }
    }
  }

  /// The earliest and latest moment the registrations and payments carry, if any.
  var timeSpan: ClosedRange<Int>? {
    var lo = Int.max, hi = Int.min
    for r in registrations {
      lo = min(lo, r.at)
      hi = max(hi, r.at)
    }
    for o in orders {
      o.forEachTime { _, t in
        lo = min(lo, t); hi = max(hi, t)
      }
    }
    for b in bills {
      for e in b.events {
        lo = min(lo, e.time)
        hi = max(hi, e.time)
      }
    }
    return lo <= hi ? lo...hi : nil
  }
}

extension State.Order {
  /// Each event's name and time, in no allocated list (a run visits every order).
  @inline(__always)
  func forEachTime(_ body: (String, Int) -> Void) {
    if let t = created { body("created", t) }
    if let t = paid { body("paid", t) }
    if let t = released { body("released", t) }
    if let t = charged { body("charged", t) }
  }
}
