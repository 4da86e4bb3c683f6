/// Every field a rule can name, computed for one subject from the state. The names and the subjects
/// that have them are `RuleVocabulary`'s; `check` has already refused any other.
enum Field: String, CaseIterable {
  case studentID = "student-id"
  case name, college, major, grade
  case onCampus = "on-campus"
  case veteran
  case records, registrations, orders
  case courseCode = "course-code"
  case courseName = "course-name"
  case courseType = "course-type"
  case practical, credits
  case paidRegistrations = "paid-registrations"
  case registered
  case taken, passed
  case failedRetakes = "failed-retakes"
  case makeupTaken = "makeup-taken"
  case makeupFailed = "makeup-failed"
  case paid, exempt
  case registeredAt = "registered-at"
  case paidTimes = "paid-times"
  case term, kind, score, absent, failed
  case orderID = "order-id"
  case courseCount = "course-count"
  case amount
  case expectedAmount = "expected-amount"
  case released, stuck
  case earlyRelease = "early-release"
  case earlyRepay = "early-repay"
  case paidLate = "paid-late"
  case paidAt = "paid-at"
  case charged
  case pendingSync = "pending-sync"
  case syncDelayed = "sync-delayed"
  case syncOverdue = "sync-overdue"
  case syncedBy = "synced-by"
  case expectedMax = "expected-max"
  case amountMismatch = "amount-mismatch"
  case registeredCourses = "registered-courses"
  case billID = "bill-id"
  case item, status, paying
  case cancelledTimes = "cancelled-times"
  case invoiced
  case windowClosed = "window-closed"
}

/// The state with everything rules read, and the one function that reads a field of a subject.
struct RuleContext {
  let state: State
  let facts: DerivedFacts
  let terms: PaymentTerms
  /// The moment of the run, in seconds: what "pending" and "overdue" are measured against.
  var today = 0
  /// The language of what the run adds to a rule's message (when a charged order shows as paid).
  var lang = Language.en

  func student(of s: Subject) -> Int? {
    switch s.kind {
    case .student: return s.index
    case .course: return nil
    case .pair: return Int(state.pairs[s.index].student)
    case .registration: return Int(state.registrations[s.index].student)
    case .record: return Int(state.records[s.index].student)
    case .order: return Int(state.orders[s.index].student)
    case .bill: return Int(state.bills[s.index].student)
    }
  }

  func course(of s: Subject) -> Int? {
    switch s.kind {
    case .student, .order, .bill: return nil
    case .course: return s.index
    case .pair: return Int(state.pairs[s.index].course)
    case .registration: return Int(state.registrations[s.index].course)
    case .record: return Int(state.records[s.index].course)
    }
  }

  /// The pair of a subject about one student and one course, if the student has records of it.
  func pair(of s: Subject) -> State.Pair? {
    switch s.kind {
    case .pair: return state.pairs[s.index]
    case .registration:
      let r = state.registrations[s.index]
      return state.pair(r.student, r.course).map { state.pairs[$0] }
    default: return nil
    }
  }

  func studentRow(_ s: Subject) -> State.Student? { student(of: s).map { state.students[$0] } }
  func courseRow(_ s: Subject) -> State.Course? { course(of: s).map { state.courses[$0] } }

  func value(_ f: Field, of s: Subject) -> Value {
    if s.kind == .bill, let v = billValue(f, s.index) { return v }
    switch f {
    case .studentID: return .text(studentRow(s)?.id ?? "")
    case .name: return .text(studentRow(s)?.name ?? "")
    case .college: return .text(studentRow(s)?.college ?? "")
    case .major: return .text(studentRow(s)?.major ?? "")
    case .grade: return .text(studentRow(s)?.grade ?? "")
    case .onCampus: return .bool(studentRow(s)?.onCampus ?? false)
    case .veteran: return .bool(studentRow(s)?.veteran ?? false)
    case .courseCode: return .text(courseRow(s)?.code ?? "")
    case .courseName: return .text(courseRow(s)?.name ?? "")
    case .courseType: return .text(courseRow(s)?.type ?? "")
    case .practical: return .bool(courseRow(s)?.practical ?? false)
    case .credits: return .number(Double(courseRow(s)?.credits ?? 0) / 100)
    case .records:
      if let p = pair(of: s) { return .list(.record, state.records(ofPair: p)) }
      if s.kind == .student { return .list(.record, state.records(ofStudent: s.index)) }
      return .list(.record, [])
    case .registrations:
      if s.kind == .course {
        return .list(.registration, facts.registrationsByCourse[s.index].map(Int.init))
      }
      return .list(.registration, facts.registrationsByStudent[student(of: s) ?? -1].map(Int.init))
    case .orders: return .list(.order, facts.ordersByStudent[student(of: s) ?? -1].map(Int.init))
    case .paidRegistrations: return .number(Double(s.kind == .course ? facts.paidRegistrationsByCourse[s.index] : 0))
    case .registered:
      if s.kind == .course { return .number(Double(facts.registrationsByCourse[s.index].count)) }
      let regs = facts.registrationsByStudent[student(of: s) ?? -1]
      return .bool(regs.contains { Int(state.registrations[Int($0)].course) == course(of: s) })
    case .taken: return .bool(pair(of: s)?.taken ?? false)
    case .passed:
      if s.kind == .record { return .bool(state.records[s.index].passed) }
      if s.kind == .order { return .bool(false) }
      return .bool(pair(of: s)?.passed ?? false)
    case .failedRetakes: return .number(Double(pair(of: s)?.failedRetakes ?? 0))
    case .makeupTaken: return .bool(pair(of: s)?.makeupTaken ?? false)
    case .makeupFailed: return .bool(pair(of: s)?.makeupFailed ?? false)
    case .paid:
      // Paid means paid by the window's close: money that arrives later is `paid-late`.
      if s.kind == .order { return .bool(state.orders[s.index].paid.map(terms.onTime) ?? false) }
      return .bool(s.kind == .registration && facts.paid[s.index])
    case .paidLate:
      if s.kind == .order { return .bool(state.orders[s.index].paid.map { !terms.onTime($0) } ?? false) }
      return .bool(s.kind == .registration && facts.paidLate(s.index))
    case .paidAt:
      let t = s.kind == .order ? state.orders[s.index].paid : s.kind == .registration ? facts.paidAt[s.index] : nil
      return .text(t.map(Timestamp.iso) ?? "")
    case .charged:
      if s.kind == .order { return .bool(state.orders[s.index].charged != nil && state.orders[s.index].paid == nil) }
      return .bool(s.kind == .registration && facts.settling[s.index])
    case .pendingSync:
      return .bool(s.kind == .order && (facts.syncFirstBy(state.orders[s.index]).map { today < $0 } ?? false))
    case .syncDelayed:
      guard s.kind == .order, let first = facts.syncFirstBy(state.orders[s.index]),
        let by = facts.syncedBy(state.orders[s.index])
      else { return .bool(false) }
      return .bool(today >= first && today < by)
    case .syncOverdue:
      return .bool(s.kind == .order && (facts.syncedBy(state.orders[s.index]).map { today >= $0 } ?? false))
    case .syncedBy: return .text(s.kind == .order ? facts.syncedBy(state.orders[s.index]).map(Timestamp.iso) ?? "" : "")
    case .paidTimes: return .number(Double(s.kind == .registration ? facts.paidTimes[s.index] : 0))
    case .exempt: return .bool(studentRow(s).map(terms.isExempt) ?? false)
    case .registeredAt: return .text(s.kind == .registration ? state.registrations[s.index].registeredAt : "")
    case .term: return .text(s.kind == .record ? state.terms[Int(state.records[s.index].term)] : "")
    case .kind:
      guard s.kind == .record else { return .text("") }
      switch state.records[s.index].kind {
      case .regular: return .text("regular")
      case .makeup: return .text("makeup")
      case .retake: return .text("retake")
      }
    case .score: return .number(s.kind == .record ? Double(max(0, Int(state.records[s.index].score))) / 10 : 0)
    case .absent: return .bool(s.kind == .record && state.records[s.index].absent)
    case .failed: return .bool(s.kind == .record && state.records[s.index].attempt && !state.records[s.index].passed)
    case .orderID: return .text(s.kind == .order ? state.orders[s.index].id : "")
    case .courseCount: return .number(Double(s.kind == .order ? state.orders[s.index].courses.count : 0))
    case .amount:
      guard s.kind == .order else { return .number(0) }
      let o = state.orders[s.index]
      return .number(Double(o.paidAmount ?? o.amount) / 100)
    case .expectedAmount: return .number(s.kind == .order ? Double(facts.expectedAmount[s.index]) / 100 : 0)
    case .expectedMax: return .number(s.kind == .order ? Double(facts.expectedHigh[s.index]) / 100 : 0)
    case .amountMismatch:
      guard s.kind == .order else { return .bool(false) }
      let o = state.orders[s.index], paid = o.paidAmount ?? o.amount
      return .bool(paid < facts.expectedAmount[s.index] || paid > facts.expectedHigh[s.index])
    // The same for every subject: whether `--today` is past the payment window's close.
    case .windowClosed: return .bool(terms.closes.map { today > $0 } ?? false)
    case .billID, .item, .status: return .text("")
    case .paying, .invoiced: return .bool(false)
    case .cancelledTimes: return .number(0)
    case .registeredCourses:
      let regs = facts.registrationsByStudent[student(of: s) ?? -1]
      return .number(Double(Set(regs.map { state.registrations[Int($0)].course }).count))
    case .released: return .bool(s.kind == .order && state.orders[s.index].released != nil)
    case .stuck: return .bool(s.kind == .order && facts.stuck[s.index])
    case .earlyRelease: return .bool(s.kind == .order && facts.earlyRelease[s.index])
    case .earlyRepay: return .bool(s.kind == .order && facts.earlyRepay[s.index])
    }
  }
}
