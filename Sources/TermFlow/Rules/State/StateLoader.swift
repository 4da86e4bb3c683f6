/// Reads the four CSV exports into a `State`. Every malformed row is a located error and is skipped;
/// a missing file or column stops that file only, so one run reports every problem it can.
struct StateLoader {
  /// The files, by the name the layout gives them (`records.csv`), as read from `--state`.
  static let fileNames = ["students.csv", "records.csv", "registrations.csv", "payments.csv"]

  let files: StateFiles
  /// How the files are named in diagnostics: the state folder as the user gave it.
  let folder: String
  let encoding: TextEncoding
  let sink: DiagnosticSink

  private func path(_ name: String) -> String { folder.isEmpty ? name : folder + "/" + name }

  func load() -> State {
    var state = State()
    var terms = Interner(capacity: 64)
    var orderIndex = Interner(capacity: 1024)
    for name in Self.fileNames {
      let found = files.with(name) { raw in
        switch TextEncoding.decode(raw, as: encoding) {
        case .success(.inPlace(let from, _)):
          parse(name, UnsafeBufferPointer(rebasing: raw[from...]), &state, &terms, &orderIndex)
        case .success(.converted(let bytes, _)):
          bytes.withUnsafeBufferPointer { parse(name, $0, &state, &terms, &orderIndex) }
        case .failure(let e):
          var d = Diagnostic(.error, StateDiagnostics.encoding,
            "not valid \(e.encoding == .utf8 ? "UTF-8" : "GB18030") text" + (encoding == .auto ? " (neither UTF-8 nor GB18030)" : "")
              + "; pass --encoding if the file is in another encoding", file: path(name), range: nil)
          d.line = e.line
          sink.append(d)
        }
      }
      if !found {
        sink.append(Diagnostic(.error, StateDiagnostics.missingFile, "no \(name) in the state folder", file: path(name), range: nil))
      }
    }
    state.terms = (0..<terms.count).map { terms.string($0) }
    buildPairs(&state)
    return state
  }

  private func parse(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, _ state: inout State, _ terms: inout Interner,
    _ orderIndex: inout Interner)
  {
    var table = CSVTable(name: path(name), sink: sink)
    switch name {
    case "students.csv": readStudents(bytes, &table, &state)
    case "records.csv": readRecords(bytes, &table, &state, &terms)
    case "registrations.csv": readRegistrations(bytes, &table, &state)
    default: readPayments(bytes, &table, &state, &orderIndex)
    }
  }

  private func readStudents(_ bytes: UnsafeBufferPointer<UInt8>, _ table: inout CSVTable, _ state: inout State) {
    var firstLine: [Int: Int] = [:]
    var duplicates: [(Int, String, Int)] = []
    _ = table.read(bytes, columns: ["student_id", "name", "college", "major", "grade", "on_campus", "veteran"]) { row in
      let id = row.required(0)
      let s = State.Student(id: id, name: row.text(1), college: row.text(2), major: row.text(3), grade: row.text(4),
        onCampus: row.bool(5), veteran: row.bool(6), line: Int32(clamping: row.line))
      guard !row.bad else { return }
      let (index, isNew) = state.studentIndex.intern(row.bytes(0))
      guard isNew else {
        duplicates.append((row.line, id, firstLine[index] ?? 0))
        return
      }
      firstLine[index] = row.line
      state.students.append(s)
    }
    for (line, id, first) in duplicates {
      table.report("column 'student_id': '\(id)' appears again (first on line \(first))", line: line, code: StateDiagnostics.badValue)
    }
  }

  private func readRecords(_ bytes: UnsafeBufferPointer<UInt8>, _ table: inout CSVTable, _ state: inout State, _ terms: inout Interner) {
    let columns = ["student_id", "course_code", "course_name", "course_type", "practical", "credits", "term", "kind", "score"]
    var unknown: [(Int, String)] = []
    // Exports list a student's rows together: remember the last id to skip most lookups.
    var lastID: [UInt8] = []
    var lastStudent = -1
    state.records.reserveCapacity(bytes.count / 80)
    _ = table.read(bytes, columns: columns) { row in
      let idBytes = row.bytes(0)
      var student = lastStudent
      if lastStudent < 0 || !lastID.elementsEqual(idBytes) {
        guard let s = state.studentIndex.lookup(bytes: idBytes) else {
          unknown.append((row.line, row.text(0)))
          return
        }
        student = s
        lastStudent = s
        lastID = Array(idBytes)
      }
      let kindBytes = row.bytes(7)
      let kind: State.RecordKind
      if "regular".utf8.elementsEqual(kindBytes) {
        kind = .regular
      } else if "retake".utf8.elementsEqual(kindBytes) {
        kind = .retake
      } else if "makeup".utf8.elementsEqual(kindBytes) {
        kind = .makeup
      } else {
        row.problem(7, "regular, makeup or retake")
        return
      }
      let score = row.int(8, allowEmpty: true, range: 0...100)
      let (course, isNew) = state.courseIndex.intern(row.bytes(1))
      if isNew {
        let credits = row.hundredths(5)
        state.courses.append(State.Course(code: row.text(1), name: row.text(2), type: row.text(3), practical: row.bool(4), credits: credits))
      }
      let term = terms.intern(row.bytes(6)).index
      guard !row.bad else { return }
      state.records.append(State.Record(student: Int32(student), course: Int32(course), term: Int32(term), kind: kind,
        score: Int16(score ?? -1), line: Int32(clamping: row.line)))
    }
    for (line, id) in unknown {
      table.report("column 'student_id': '\(id)' is not in students.csv", line: line, code: StateDiagnostics.unknownReference)
    }
  }

  private func readRegistrations(_ bytes: UnsafeBufferPointer<UInt8>, _ table: inout CSVTable, _ state: inout State) {
    var unknown: [(Int, String)] = []
    _ = table.read(bytes, columns: ["student_id", "course_code", "registered_at"]) { row in
      guard let student = state.studentIndex.lookup(bytes: row.bytes(0)) else {
        unknown.append((row.line, row.text(0)))
        return
      }
      let code = row.required(1)
      let at = row.timestamp(2)
      guard !row.bad else { return }
      let course = internCourse(row.bytes(1), code, &state)
      if let at { state.latestTime = max(state.latestTime ?? at, at) }
      state.registrations.append(State.Registration(student: Int32(student), course: Int32(course), registeredAt: row.text(2),
        line: Int32(clamping: row.line)))
    }
    for (line, id) in unknown {
      table.report("column 'student_id': '\(id)' is not in students.csv", line: line, code: StateDiagnostics.unknownReference)
    }
  }

  private func readPayments(_ bytes: UnsafeBufferPointer<UInt8>, _ table: inout CSVTable, _ state: inout State, _ orderIndex: inout Interner) {
    var unknown: [(Int, String)] = []
    _ = table.read(bytes, columns: ["time", "student_id", "order_id", "event", "course_codes", "amount"]) { row in
      let time = row.timestamp(0)
      guard let student = state.studentIndex.lookup(bytes: row.bytes(1)) else {
        unknown.append((row.line, row.text(1)))
        return
      }
      let orderID = row.required(2)
      let event = State.PaymentEvent(rawValue: row.text(3))
      if event == nil { row.problem(3, "created, paid or released") }
      let codes = row.text(4).split(separator: ";").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
      if codes.isEmpty { row.problem(4, "a list of course codes separated by ';'") }
      let amount = row.hundredths(5)
      guard !row.bad, let time, let event else { return }
      state.latestTime = max(state.latestTime ?? time, time)
      let courses = codes.map { code in Int32(internCourse(nil, code, &state)) }
      let (o, isNew) = orderIndex.intern(row.bytes(2))
      if isNew {
        state.orders.append(State.Order(id: orderID, student: Int32(student), courses: courses, amount: amount, lines: []))
      }
      guard o < state.orders.count else { return }
      state.orders[o].lines.append(Int32(clamping: row.line))
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
      }
    }
    for (line, id) in unknown {
      table.report("column 'student_id': '\(id)' is not in students.csv", line: line, code: StateDiagnostics.unknownReference)
    }
  }

  /// A course named only by a registration or an order, with no record of it, has no details.
  private func internCourse(_ bytes: UnsafeBufferPointer<UInt8>?, _ code: String, _ state: inout State) -> Int {
    let (c, isNew) = bytes.map { state.courseIndex.intern($0) } ?? state.courseIndex.intern(code)
    if isNew { state.courses.append(State.Course(code: code, name: "", type: "", practical: false, credits: 0)) }
    return c
  }

  /// Groups records by student and course with two stable counting sorts (by course, then by
  /// student), so rows end up ordered by (student, course, file order) in linear time; then one pass
  /// folds each run into a pair.
  private func buildPairs(_ state: inout State) {
    let n = state.students.count
    let records = state.records
    func countingSort(_ input: [Int32], buckets: Int, key: (State.Record) -> Int) -> [Int32] {
      var start = [Int](repeating: 0, count: buckets + 1)
      for i in input { start[key(records[Int(i)]) + 1] += 1 }
      for b in 0..<buckets { start[b + 1] += start[b] }
      var out = [Int32](repeating: 0, count: input.count)
      for i in input {
        let k = key(records[Int(i)])
        out[start[k]] = i
        start[k] += 1
      }
      return out
    }
    let byCourse = countingSort((0..<Int32(records.count)).map { $0 }, buckets: state.courses.count) { Int($0.course) }
    let order = countingSort(byCourse, buckets: n) { Int($0.student) }
    var start = [Int](repeating: 0, count: n + 1)
    for r in records { start[Int(r.student) + 1] += 1 }
    for i in 0..<n { start[i + 1] += start[i] }
    var pairStart = [Int32](repeating: 0, count: n + 1)
    var pairs: [State.Pair] = []
    pairs.reserveCapacity(state.records.count)
    for s in 0..<n {
      pairStart[s] = Int32(pairs.count)
      let lo = start[s], hi = start[s + 1]
      var k = lo
      while k < hi {
        let course = records[Int(order[k])].course
        var p = State.Pair(student: Int32(s), course: course, records: Int32(k)..<Int32(k))
        while k < hi, records[Int(order[k])].course == course {
          let r = records[Int(order[k])]
          switch r.kind {
          case .regular: p.taken = true
          case .makeup:
            p.makeupTaken = true
            if !r.passed { p.makeupFailed = true }
          case .retake:
            p.retakes += 1
            if !r.passed { p.failedRetakes += 1 }
          }
          if r.passed { p.passed = true }
          k += 1
        }
        p.records = p.records.lowerBound..<Int32(k)
        pairs.append(p)
      }
    }
    pairStart[n] = Int32(pairs.count)
    state.recordOrder = order
    state.pairs = pairs
    state.pairStart = pairStart
  }
}
