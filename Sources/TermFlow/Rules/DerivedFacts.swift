/// Facts that need more than one row, or the payment's terms and the moment of the run: who paid
/// what and when, how many times, what each order should cost, which orders are stuck or waiting
/// for the bank's payment to show.
struct DerivedFacts {
  /// Per registration: how many paid orders of that student name its course (on time or late).
  var paidTimes: [Int32]
  /// Per registration: paid by the window's close; when first paid (seconds, or nil: paid late is
  /// paid at some time but not by the close); charged by the close but not yet shown as paid (so not
  /// to be cleared).
  var paid: [Bool]
  var paidAt: [Int?]
  var settling: [Bool]
  /// Per course: registration indices.
  var registrationsByCourse: Groups
  var paidRegistrationsByCourse: [Int32]
  /// Per student: registration and order indices.
  var registrationsByStudent: Groups
  var ordersByStudent: Groups
  /// Per order.
  var expectedAmount: [Int]
  /// The highest amount the fee table allows (the same as `expectedAmount` for a plain fee).
  var expectedHigh: [Int]
  var stuck: [Bool]
  var earlyRelease: [Bool]
  var earlyRepay: [Bool]
  let terms: PaymentTerms

  init(_ state: State, _ terms: PaymentTerms, today: Int) {
    let nStudents = state.students.count
    let byStudent = Groups(count: nStudents, keys: state.registrations.map { Int($0.student) })
    let byCourse = Groups(count: state.courses.count, keys: state.registrations.map { Int($0.course) })
    let orders = Groups(count: nStudents, keys: state.orders.map { Int($0.student) })
    let n = state.registrations.count
    var paidTimes = [Int32](repeating: 0, count: n), paid = [Bool](repeating: false, count: n)
    var paidAt = [Int?](repeating: nil, count: n), settling = [Bool](repeating: false, count: n)
    for (i, r) in state.registrations.enumerated() {
      for o in orders[Int(r.student)] {
        let order = state.orders[Int(o)]
        guard order.courses.contains(r.course) else { continue }
        if let t = order.paid {
          paidTimes[i] += 1
          if terms.onTime(t) { paid[i] = true }
          paidAt[i] = min(paidAt[i] ?? t, t)
        } else if let t = order.charged, order.released == nil, terms.onTime(t) {
          settling[i] = true
        }
      }
    }
    registrationsByStudent = byStudent
    registrationsByCourse = byCourse
    ordersByStudent = orders
    self.paidTimes = paidTimes
    self.paid = paid
    self.paidAt = paidAt
    self.settling = settling
    self.terms = terms
    paidRegistrationsByCourse = (0..<byCourse.count).map { c in Int32(byCourse[c].filter { paid[Int($0)] }.count) }
    let expected = state.orders.map { terms.expected($0, state) }
    expectedAmount = expected.map(\.low)
    expectedHigh = expected.map(\.high)
    stuck = state.orders.map { o in
      guard let c = o.created, o.paid == nil, o.released == nil, o.charged == nil else { return false }
      return today >= terms.releasable(c)
    }
    earlyRelease = state.orders.map { o in
      guard let c = o.created, let r = o.released else { return false }
      return r < terms.releasable(c)
    }
    var repay = Array(repeating: false, count: state.orders.count)
    for student in 0..<orders.count where orders[student].count > 1 {
      let orders = orders[student]
      for a in orders {
        guard let released = state.orders[Int(a)].released else { continue }
        let allowed = terms.repayable(released)
        for b in orders where b != a {
          guard let created = state.orders[Int(b)].created, created >= released, created < allowed,
            !Set(state.orders[Int(a)].courses).isDisjoint(with: state.orders[Int(b)].courses)
          else { continue }
          repay[Int(b)] = true
        }
      }
    }
    earlyRepay = repay
  }

  func paidLate(_ registration: Int) -> Bool { !paid[registration] && paidAt[registration] != nil }

  /// For an order charged but not yet paid: when it should show as paid at the latest.
  func syncedBy(_ o: State.Order) -> Int? {
    guard let t = o.charged, o.paid == nil else { return nil }
    return terms.syncLag?.syncedBy(t, terms.calendar) ?? t
  }

  /// The end of the sync lag's first wait; past it (and before `syncedBy`) a two-stage lag's order is
  /// delayed. Nil for an order not charged, or paid.
  func syncFirstBy(_ o: State.Order) -> Int? {
    guard let t = o.charged, o.paid == nil else { return nil }
    return terms.syncLag?.firstBy(t, terms.calendar) ?? t
  }

  /// The earliest it may show as paid (before the latest when the lag is a range).
  func syncEarliest(_ o: State.Order) -> Int? {
    guard let t = o.charged, o.paid == nil else { return nil }
    return terms.syncLag?.earliest(t, terms.calendar) ?? t
  }

}
