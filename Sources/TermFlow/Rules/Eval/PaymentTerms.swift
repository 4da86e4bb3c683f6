/// The payment facts rules need, read from the workflow's payment block: fee, exemptions, batch
/// limit and the waits of a stuck order.
struct PaymentTerms {
  var id: String?
  var feeCents: Int?
  var unit: FeeUnit = .course
  var firstRetakeFree = false
  /// Audience ids whose students pay nothing: `veterans`, `on-campus`, `off-campus`.
  var exempt: [String] = []
  var batchLimit: Int?
  var releaseAfterSeconds = 0
  var repayAfterSeconds = 0
  /// When the window closes: unpaid registrations are cleared then.
  var closes: Moment?

  init(_ w: Workflow, timeline: Timeline?) {
    for d in w.decls {
      guard case .payment(let b) = d, id == nil else { continue }
      id = b.name.text
      closes = timeline?.steps.first { $0.id == b.name.text }?.due
      for s in b.items {
        switch s.kind {
        case .fee(let amount, let per):
          feeCents = amount.cents
          unit = per
        case .firstRetakeFree: firstRetakeFree = true
        case .exempt(let who): exempt += who.map(\.text)
        case .batchLimit(let n): batchLimit = n
        case .releaseAfter(let d): releaseAfterSeconds = PaymentTerms.seconds(d)
        case .repayAfter(let d): repayAfterSeconds = PaymentTerms.seconds(d)
        default: break
        }
      }
    }
  }

  static func seconds(_ d: Duration) -> Int {
    switch d.unit {
    case .minutes: return d.amount * 60
    case .hours: return d.amount * 3600
    case .days, .workingDays: return d.amount * 86400
    }
  }

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

/// Facts that need more than one row: who paid what, how many times, and what each order should cost.
struct DerivedFacts {
  /// Per registration: how many paid orders of that student name its course.
  var paidTimes: [Int32]
  /// Per course: registration indices.
  var registrationsByCourse: [[Int32]]
  var paidRegistrationsByCourse: [Int32]
  /// Per student: registration and order indices.
  var registrationsByStudent: [[Int32]]
  var ordersByStudent: [[Int32]]
  /// Per order.
  var expectedAmount: [Int]
  var stuck: [Bool]
  var earlyRelease: [Bool]
  var earlyRepay: [Bool]

  init(_ state: State, _ terms: PaymentTerms, today: Int) {
    let nStudents = state.students.count
    var byStudent = [[Int32]](repeating: [], count: nStudents)
    var byCourse = [[Int32]](repeating: [], count: state.courses.count)
    var orders = [[Int32]](repeating: [], count: nStudents)
    for (i, r) in state.registrations.enumerated() {
      byStudent[Int(r.student)].append(Int32(i))
      byCourse[Int(r.course)].append(Int32(i))
    }
    for (i, o) in state.orders.enumerated() { orders[Int(o.student)].append(Int32(i)) }
    let paid = state.registrations.map { r in
      var n: Int32 = 0
      for o in DerivedFacts.safe(orders, Int(r.student)) {
        let order = state.orders[Int(o)]
        if order.paid != nil, order.courses.contains(r.course) { n += 1 }
      }
      return n
    }
    registrationsByStudent = byStudent
    registrationsByCourse = byCourse
    ordersByStudent = orders
    paidTimes = paid
    paidRegistrationsByCourse = byCourse.map { regs in Int32(regs.filter { paid[Int($0)] > 0 }.count) }
    expectedAmount = state.orders.map { o in
      guard let fee = terms.feeCents, o.student >= 0, Int(o.student) < state.students.count else { return o.amount }
      if terms.isExempt(state.students[Int(o.student)]) { return 0 }
      var total = 0
      for c in o.courses {
        if terms.firstRetakeFree, let p = state.pair(o.student, c), state.pairs[p].retakes == 0 { continue }
        switch terms.unit {
        case .course: total += fee
        case .credit: total += fee * state.courses[Int(c)].credits / 100
        case .order: total = fee
        }
      }
      return total
    }
    stuck = state.orders.map { o in
      guard let c = o.created, o.paid == nil, o.released == nil else { return false }
      return today >= c + terms.releaseAfterSeconds
    }
    earlyRelease = state.orders.map { o in
      guard let c = o.created, let r = o.released else { return false }
      return r < c + terms.releaseAfterSeconds
    }
    var repay = Array(repeating: false, count: state.orders.count)
    for orders in orders where orders.count > 1 {
      for a in orders {
        guard let released = state.orders[Int(a)].released else { continue }
        for b in orders where b != a {
          guard let created = state.orders[Int(b)].created, created >= released, created < released + terms.repayAfterSeconds,
            !Set(state.orders[Int(a)].courses).isDisjoint(with: state.orders[Int(b)].courses)
          else { continue }
          repay[Int(b)] = true
        }
      }
    }
    earlyRepay = repay
  }

  static func safe(_ lists: [[Int32]], _ i: Int) -> [Int32] { i >= 0 && i < lists.count ? lists[i] : [] }
}
