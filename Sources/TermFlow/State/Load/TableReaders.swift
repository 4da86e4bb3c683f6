/// The students, registrations and payments tables, read row by row through their plans. (Records,
/// a hundred times bigger, have their own reader.)
extension StateLoader {
  func readStudents(
    _ bytes: UnsafeBufferPointer<UInt8>,
    _ table: inout CSVTable,
    _ state: inout State,
    lineBase: Int
  ) -> CSVTable.Outcome {
    let plan = layout.plan(.students)
    let onCampusMap = plan.column(.onCampus)?.map, veteranMap = plan.column(.veteran)?.map
    var duplicates: [(Int, String, Int32)] = []
    // Colleges, majors and grades repeat on every row: one String each, shared.
    var shared = Interner(capacity: 256)
    var sharedText: [String] = []
    // Passed in, not captured: a captured variable would be checked for exclusive access on every call.
    func text(_ row: CSVRow, _ c: Int, _ shared: inout Interner, _ sharedText: inout [String]) -> String {
      let (i, isNew) = shared.intern(row.key(c))
      if isNew { sharedText.append(row.text(c)) }
      return i < sharedText.count ? sharedText[i] : ""
    }
    // About 60 bytes a row: room for every student up front, so neither the table nor the index regrows.
    if state.students.isEmpty {
      state.students.reserveCapacity(bytes.count / 48)
      state.studentIndex = Interner(capacity: bytes.count / 48, ordered: true)
    }
    let outcome = table.read(bytes, plan: plan) { row in
      row.requireValue(0)
      let onCampus = row.mapped(5, onCampusMap, absent: 1) == 1, veteran = row.bool(6, veteranMap)
      guard !row.bad else { return }
      let (index, isNew) = state.studentIndex.intern(row.key(0))
      guard isNew else {
        duplicates.append((row.line, row.text(0), index < state.students.count ? state.students[index].line : 0))
        return
      }
      state.students.append(
        State.Student(
          id: row.text(0),
          name: row.text(1),
          college: text(row, 2, &shared, &sharedText),
          major: text(row, 3, &shared, &sharedText),
          grade: text(row, 4, &shared, &sharedText),
          onCampus: onCampus,
          veteran: veteran,
          line: Int32(clamping: lineBase + row.line)
        )
      )
    }
    for (line, id, first) in duplicates {
      table.report(
        StateDiagnostics.idAgain(column: table.lastHeader[0], id: id, first: state.location(.students, first)),
        line: line
      )
    }
    return outcome
  }

  func readRegistrations(
    _ bytes: UnsafeBufferPointer<UInt8>,
    _ table: inout CSVTable,
    _ state: inout State,
    lineBase: Int
  )
    -> CSVTable.Outcome
  {
    let plan = layout.plan(.registrations)
    let at = plan.column(.registeredAt)
    let formats = at?.times ?? [], origin = at?.origin ?? ""
    var hint = 0
    var unknown: [(Int, String)] = []
    var students = SequentialLookup(state.studentIndex)
    // Room for a row per 32 bytes (rows are about 40): the array never regrows, copying as it goes.
    state.registrations.reserveCapacity(state.registrations.count + bytes.count / 32)
    let outcome = table.read(bytes, plan: plan) { row in
      guard let student = students.find(row.key(0)) else {
        unknown.append((row.line, row.text(0)))
        return
      }
      row.requireValue(1)
      let time = row.time(2, formats, hint: &hint, origin: origin)
      guard !row.bad else { return }
      let course = internCourse(row.key(1), &state)
      if let time { state.latestTime = max(state.latestTime ?? time, time) }
      state.registrations.append(
        State.Registration(
          student: Int32(student),
          course: Int32(course),
          registeredAt: row.text(2),
          at: time ?? 0,
          line: Int32(clamping: lineBase + row.line)
        )
      )
    }
    if students.index.hasTable { state.studentIndex = students.index }
    reportUnknown(unknown, &table, state)
    return outcome
  }

  func readPayments(
    _ bytes: UnsafeBufferPointer<UInt8>,
    _ table: inout CSVTable,
    _ state: inout State,
    _ orderIndex: inout Interner,
    lineBase: Int
  ) -> CSVTable.Outcome {
    let plan = layout.plan(.payments)
    if plan.column(.createdAt)?.sources.isEmpty == false {
      return readOrderList(bytes, &table, &state, &orderIndex, lineBase: lineBase)
    }
    let timeColumn = plan.column(.time)
    let formats = timeColumn?.times ?? [], origin = timeColumn?.origin ?? ""
    let eventMap = plan.column(.event)?.map
    let separatorList = plan.column(.courseCodes)?.separators ?? [[0x3B]]
    let separators = ListSeparators(separatorList)
    var hint = 0
    var unknown: [(Int, String)] = []
    var courses: [Int32] = []
    var students = SequentialLookup(state.studentIndex)
    // An order has a row or two of about 75 bytes each.
    state.orders.reserveCapacity(state.orders.count + bytes.count / 64)
    let outcome = table.read(bytes, plan: plan) { row in
      let time = row.time(0, formats, hint: &hint, origin: origin)
      guard let student = students.find(row.key(1)) else {
        unknown.append((row.line, row.text(1)))
        return
      }
      row.requireValue(2)
      let event = row.mapped(3, eventMap).flatMap { State.PaymentEvent(code: $0) }
      readCourses(&row, 4, separators, separatorList, into: &courses, &state)
      let amount = row.hundredths(5)
      guard !row.bad, let time, let event else { return }
      state.latestTime = max(state.latestTime ?? time, time)
      guard let o = order(row, 2, student: student, courses, amount, &state, &orderIndex, lineBase: lineBase) else {
        return
      }
      switch event {
      case .created:
        state.orders[o].created = time
        state.orders[o].courses = courses
        state.orders[o].amount = amount
      case .paid:
        state.orders[o].paid = time
        state.orders[o].paidAmount = amount
      case .released:
        state.orders[o].released = time
      case .charged:
        state.orders[o].charged = time
      case .refunded:
        state.orders[o].refunded = time
      case .failed:
        state.orders[o].failed = time
      }
    }
    if students.index.hasTable { state.studentIndex = students.index }
    reportUnknown(unknown, &table, state, column: 1)
    return outcome
  }

  /// The order a row names (made on its first row, with these courses and amount), with the row's line
  /// added to it; nil when the index and the orders disagree (never, but no row may trap).
  func order(
    _ row: CSVRow,
    _ slot: Int,
    student: Int,
    _ courses: [Int32],
    _ amount: Int,
    _ state: inout State,
    _ orderIndex: inout Interner,
    lineBase: Int
  ) -> Int? {
    let (o, isNew) = orderIndex.intern(row.key(slot))
    if isNew {
      state.orders.append(
        State.Order(
          id: row.text(slot),
          student: Int32(truncatingIfNeeded: student),
          courses: courses,
          amount: amount,
          lines: []
        )
      )
    }
    guard o < state.orders.count else { return nil }
    state.orders[o].lines.append(Int32(clamping: lineBase + row.line))
    return o
  }

  /// A row's list of course codes, each interned as a course; a problem when it names none.
  func readCourses(
    _ row: inout CSVRow,
    _ slot: Int,
    _ separators: ListSeparators,
    _ separatorList: [[UInt8]],
    into courses: inout [Int32],
    _ state: inout State
  ) {
    courses.removeAll(keepingCapacity: true)
    if row.field(slot).escaped {
      var text = row.text(slot)
      text.withUTF8 { split($0, separators) { courses.append(Int32(truncatingIfNeeded: internCourse($0, &state))) } }
    } else {
      split(row.bytes(slot), separators) { courses.append(Int32(truncatingIfNeeded: internCourse($0, &state))) }
    }
    if courses.isEmpty {
      row.problem(
        slot,
        "a list of course codes separated by "
          + separatorList.map { "'\(String(decoding: $0, as: UTF8.self))'" }.joined(separator: " or ")
      )
    }
  }

  /// Rows naming a student the students table does not list.
  func reportUnknown(_ unknown: [(Int, String)], _ table: inout CSVTable, _ state: State, column slot: Int = 0) {
    // With no students at all the cause is the students table, already reported: no cascade.
    guard !state.students.isEmpty else { return }
    let column = slot < table.lastHeader.count ? table.lastHeader[slot] : "student-id"
    let students = (state.sources[.students] ?? []).map(\.file).joined(separator: ", ")
    for (line, id) in unknown {
      table.report(
        StateDiagnostics.unknownStudent(column: column, id: CSVTable.cut(id), students: students),
        line: line
      )
    }
  }

  /// Calls `body` with each item of a list field, split on any of `separators`, each trimmed of
  /// spaces; empty items are skipped. Bytes that start no separator are passed over by a table
  /// lookup, so a separator list costs nothing on the bytes between.
  func split(
    _ all: UnsafeBufferPointer<UInt8>,
    _ separators: ListSeparators,
    _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    separators.starts.withUnsafeBufferPointer { starts in
      var k = 0, from = 0
      while k <= all.count {
        var sep = 0
        if k < all.count {
          let b = all[k]
          guard starts[Int(b)] else {
            k += 1
            continue
          }
          sep = separators.match(all, at: k)
          if sep == 0 {
            k += 1
            continue
          }
        }
        let item = trimmingSpaces(UnsafeBufferPointer(rebasing: all[from..<k]))
        if !item.isEmpty { body(item) }
        k += max(sep, 1)
        from = k
      }
    }
  }

  /// A course named only by a registration or an order, with no record of it, has no details.
  func internCourse(_ bytes: UnsafeBufferPointer<UInt8>, _ state: inout State) -> Int {
    let (c, isNew) = state.courseIndex.intern(bytes)
    if isNew {
      // Callers pass codes already trimmed, as they are matched.
      let code = String(decoding: bytes, as: UTF8.self)
      state.courses.append(State.Course(code: code, name: "", type: "", practical: false, credits: 0))
    }
    return c
  }
}

extension State.PaymentEvent {
  /// From the event field's map code (`mapTargets`: created, paid, released, charged, refunded, failed).
  init?(code: UInt8) {
    switch code {
    case 0: self = .created
    case 1: self = .paid
    case 2: self = .released
    case 3: self = .charged
    case 4: self = .refunded
    case 5: self = .failed
    default: return nil
    }
  }
}

/// A list field's separators (`;`, `、`, `,`), with a table of the bytes that start one.
struct ListSeparators {
  let list: [[UInt8]]
  let starts: [Bool]

  init(_ list: [[UInt8]]) {
    self.list = list.filter { !$0.isEmpty }
    var starts = [Bool](repeating: false, count: 256)
    for s in self.list { if let b = s.first { starts[Int(b)] = true } }
    self.starts = starts
  }

  /// The length of the separator at `k`, or 0.
  func match(_ all: UnsafeBufferPointer<UInt8>, at k: Int) -> Int {
    for s in list where k + s.count <= all.count {
      var same = true
      for j in 0..<s.count where all[k + j] != s[j] {
        same = false
        break
      }
      if same { return s.count }
    }
    return 0
  }
}
