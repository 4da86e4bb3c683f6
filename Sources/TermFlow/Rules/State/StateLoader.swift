import Dispatch

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
  /// records.csv from this size on is read on two threads (tests set it low to read small files so).
  var splitSize = StateLoader.defaultSplitSize
  /// Whether records rows that repeat what is known are taken by `RecordChunk.fastRow` (tests turn it
  /// off to compare with the row-by-row read).
  var fastRows = true

  private func path(_ name: String) -> String { folder.isEmpty ? name : folder + "/" + name }

  func load() -> State {
    var state = State()
    var terms = Interner(capacity: 64)
    var orderIndex = Interner(capacity: 1024, ordered: true)
    // Grouping the records into pairs needs only the records and the students: it runs on a second
    // thread while registrations and payments are read.
    let pairs = Background<Grouping>()
    for name in Self.fileNames {
      if name == "registrations.csv" {
        let records = state.records, students = state.students.count, courses = state.courses.count
        pairs.start { Self.groupRecords(records, students: students, courses: courses) }
      }
      let found = files.with(name) { raw in
        let hasBOM = raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
        if encoding != .gb18030 {
          // Read as UTF-8 straight away; the scanner checks every row. On a byte that is not UTF-8,
          // nothing this file added is kept and it is decoded as GB18030 (or reported, if UTF-8 was
          // asked for or the BOM says so). The arrays a file fills are empty before it, so keeping a
          // copy to go back to costs nothing.
          let before = (state, terms, orderIndex)
          let local = DiagnosticSink(file: sink.file)
          let outcome = parse(name, UnsafeBufferPointer(rebasing: raw[(hasBOM ? 3 : 0)...]), &state, &terms, &orderIndex, local)
          guard case .notUTF8(let line) = outcome else {
            for d in local.diagnostics { sink.append(d) }
            return
          }
          (state, terms, orderIndex) = before
          if encoding == .utf8 || hasBOM {
            reportEncoding(name, TextEncoding.DecodeError(line: line, encoding: .utf8))
            return
          }
        }
        switch TextEncoding.gb18030ToUTF8(raw) {
        case .success(let bytes):
          _ = bytes.withUnsafeBufferPointer { parse(name, $0, &state, &terms, &orderIndex, sink) }
        case .failure(let e):
          reportEncoding(name, e)
        }
      }
      PhaseClock.shared.mark(name)
      if !found {
        sink.append(Diagnostic(.error, StateDiagnostics.missingFile, "no \(name) in the state folder", file: path(name), range: nil))
      }
    }
    state.terms = (0..<terms.count).map { terms.string($0) }
    let grouping = pairs.wait() ?? Self.groupRecords(state.records, students: state.students.count, courses: state.courses.count)
    state.recordOrder = grouping.recordOrder
    state.recordRange = grouping.recordRange
    state.pairs = grouping.pairs
    state.pairStart = grouping.pairStart
    PhaseClock.shared.mark("pairs")
    return state
  }

  private func reportEncoding(_ name: String, _ e: TextEncoding.DecodeError) {
    var d = Diagnostic(.error, StateDiagnostics.encoding,
      "not valid \(e.encoding == .utf8 ? "UTF-8" : "GB18030") text" + (encoding == .auto ? " (neither UTF-8 nor GB18030)" : "")
        + "; pass --encoding if the file is in another encoding", file: path(name), range: nil)
    d.line = e.line
    sink.append(d)
  }

  private func parse(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, _ state: inout State, _ terms: inout Interner,
    _ orderIndex: inout Interner, _ sink: DiagnosticSink) -> CSVTable.Outcome
  {
    var table = CSVTable(name: path(name), sink: sink)
    switch name {
    case "students.csv": return readStudents(bytes, &table, &state)
    case "records.csv": return readRecords(bytes, &table, &state, &terms)
    case "registrations.csv": return readRegistrations(bytes, &table, &state)
    default: return readPayments(bytes, &table, &state, &orderIndex)
    }
  }

  private func readStudents(_ bytes: UnsafeBufferPointer<UInt8>, _ table: inout CSVTable, _ state: inout State) -> CSVTable.Outcome {
    var duplicates: [(Int, String, Int)] = []
    // Colleges, majors and grades repeat on every row: one String each, shared.
    var shared = Interner(capacity: 256)
    var sharedText: [String] = []
    func text(_ row: CSVRow, _ c: Int) -> String {
      let (i, isNew) = shared.intern(row.key(c))
      if isNew { sharedText.append(row.text(c)) }
      return i < sharedText.count ? sharedText[i] : ""
    }
    // About 60 bytes a row: room for every student up front, so neither the table nor the index regrows.
    state.students.reserveCapacity(bytes.count / 48)
    state.studentIndex = Interner(capacity: bytes.count / 48, ordered: true)
    let outcome = table.read(bytes, columns: ["student_id", "name", "college", "major", "grade", "on_campus", "veteran"]) { row in
      row.requireValue(0)
      let onCampus = row.bool(5), veteran = row.bool(6)
      guard !row.bad else { return }
      let (index, isNew) = state.studentIndex.intern(row.key(0))
      guard isNew else {
        duplicates.append((row.line, row.text(0), index < state.students.count ? Int(state.students[index].line) : 0))
        return
      }
      state.students.append(State.Student(id: row.text(0), name: row.text(1), college: text(row, 2), major: text(row, 3), grade: text(row, 4),
        onCampus: onCampus, veteran: veteran, line: Int32(clamping: row.line)))
    }
    for (line, id, first) in duplicates {
      table.report("column 'student_id': '\(id)' appears again (first on line \(first))", line: line, code: StateDiagnostics.badValue)
    }
    return outcome
  }

  private func readRegistrations(_ bytes: UnsafeBufferPointer<UInt8>, _ table: inout CSVTable, _ state: inout State) -> CSVTable.Outcome {
    var unknown: [(Int, String)] = []
    var students = SequentialLookup(state.studentIndex)
    // Room for a row per 32 bytes (rows are about 40): the array never regrows, copying as it goes.
    state.registrations.reserveCapacity(bytes.count / 32)
    let outcome = table.read(bytes, columns: ["student_id", "course_code", "registered_at"]) { row in
      guard let student = students.find(row.key(0)) else {
        unknown.append((row.line, row.text(0)))
        return
      }
      row.requireValue(1)
      let at = row.timestamp(2)
      guard !row.bad else { return }
      let course = internCourse(row.key(1), &state)
      if let at { state.latestTime = max(state.latestTime ?? at, at) }
      state.registrations.append(State.Registration(student: Int32(student), course: Int32(course), registeredAt: row.text(2),
        line: Int32(clamping: row.line)))
    }
    if students.index.hasTable { state.studentIndex = students.index }
    for (line, id) in unknown {
      table.report("column 'student_id': '\(id)' is not in students.csv", line: line, code: StateDiagnostics.unknownReference)
    }
    return outcome
  }

  private func readPayments(_ bytes: UnsafeBufferPointer<UInt8>, _ table: inout CSVTable, _ state: inout State, _ orderIndex: inout Interner)
    -> CSVTable.Outcome
  {
    var unknown: [(Int, String)] = []
    var courses: [Int32] = []
    var students = SequentialLookup(state.studentIndex)
    // An order has a row or two of about 75 bytes each.
    state.orders.reserveCapacity(bytes.count / 64)
    let outcome = table.read(bytes, columns: ["time", "student_id", "order_id", "event", "course_codes", "amount"]) { row in
      let time = row.timestamp(0)
      guard let student = students.find(row.key(1)) else {
        unknown.append((row.line, row.text(1)))
        return
      }
      row.requireValue(2)
      let eventBytes = row.key(3)
      let event: State.PaymentEvent? =
        bytesEqual(eventBytes, "created") ? .created : bytesEqual(eventBytes, "paid") ? .paid : bytesEqual(eventBytes, "released") ? .released : nil
      if event == nil { row.problem(3, "created, paid or released") }
      courses.removeAll(keepingCapacity: true)
      let codes = row.field(4)
      if codes.escaped {
        for code in row.text(4).split(separator: ";") {
          let c = String(code).trimmingSpaces()
          if !c.isEmpty { courses.append(Int32(truncatingIfNeeded: internCourse(c, &state))) }
        }
      } else {
        // Split on ';' in place, each code trimmed of spaces, without making Strings.
        let all = row.bytes(4)
        var k = 0
        while k <= all.count {
          var end = k
          while end < all.count, all[end] != 0x3B { end += 1 }
          let code = trimmingSpaces(UnsafeBufferPointer(rebasing: all[k..<end]))
          if !code.isEmpty { courses.append(Int32(truncatingIfNeeded: internCourse(code, &state))) }
          k = end + 1
        }
      }
      if courses.isEmpty { row.problem(4, "a list of course codes separated by ';'") }
      let amount = row.hundredths(5)
      guard !row.bad, let time, let event else { return }
      state.latestTime = max(state.latestTime ?? time, time)
      let (o, isNew) = orderIndex.intern(row.key(2))
      if isNew {
        state.orders.append(State.Order(id: row.text(2), student: Int32(truncatingIfNeeded: student), courses: courses, amount: amount, lines: []))
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
    if students.index.hasTable { state.studentIndex = students.index }
    for (line, id) in unknown {
      table.report("column 'student_id': '\(id)' is not in students.csv", line: line, code: StateDiagnostics.unknownReference)
    }
    return outcome
  }

  /// A course named only by a registration or an order, with no record of it, has no details.
  private func internCourse(_ bytes: UnsafeBufferPointer<UInt8>, _ state: inout State) -> Int {
    let (c, isNew) = state.courseIndex.intern(bytes)
    if isNew {
      // Callers pass codes already trimmed, as they are matched.
      let code = String(decoding: bytes, as: UTF8.self)
      state.courses.append(State.Course(code: code, name: "", type: "", practical: false, credits: 0))
    }
    return c
  }

  private func internCourse(_ code: String, _ state: inout State) -> Int {
    var code = code
    return code.withUTF8 { internCourse($0, &state) }
  }

  /// Groups records by student, then each student's by course. Exports list a student's rows
  /// together, and then the records stay in file order and each student is a range of them; otherwise
  /// a stable counting sort by student makes `recordOrder`. One pass over each student's records then
  /// folds them into pairs, with a per-course slot marked by the student it was last used for.
  static func groupRecords(_ records: [State.Record], students n: Int, courses courseCount: Int) -> Grouping {
    var recordOrder: [Int32] = []
    var range = [Int32](repeating: -1, count: 2 * n)
    var grouped = true
    records.withUnsafeBufferPointer { records in
      var i = 0
      while i < records.count {
        let s = Int(records[i].student)
        var j = i + 1
        while j < records.count, records[j].student == records[i].student { j += 1 }
        if range[2 * s] >= 0 {
          grouped = false
          break
        }
        range[2 * s] = Int32(truncatingIfNeeded: i)
        range[2 * s + 1] = Int32(truncatingIfNeeded: j)
        i = j
      }
    }
    if !grouped {
      var start = [Int](repeating: 0, count: n + 1)
      for r in records { start[Int(r.student) + 1] += 1 }
      for s in 0..<n { start[s + 1] += start[s] }
      for s in 0..<n {
        range[2 * s] = Int32(truncatingIfNeeded: start[s])
        range[2 * s + 1] = Int32(truncatingIfNeeded: start[s + 1])
      }
      var order = [Int32](repeating: 0, count: records.count)
      for (i, r) in records.enumerated() {
        let s = Int(r.student)
        order[start[s]] = Int32(truncatingIfNeeded: i)
        start[s] += 1
      }
      recordOrder = order
    }
    for s in 0..<n where range[2 * s] < 0 {
      range[2 * s] = 0
      range[2 * s + 1] = 0
    }
    var slot = [Int32](repeating: 0, count: courseCount)
    var owner = [Int32](repeating: -1, count: courseCount)
    var pairStart = [Int32](repeating: 0, count: n + 1)
    let order = recordOrder
    // At most one pair per record; written through a pointer, the fold does no checks per record.
    let pairs = [State.Pair](unsafeUninitializedCapacity: records.count) { out, made in
      made = 0
      guard let base = out.baseAddress else { return }
      var count = 0
      records.withUnsafeBufferPointer { records in
        for s in 0..<n {
          pairStart[s] = Int32(truncatingIfNeeded: count)
          let student = Int32(truncatingIfNeeded: s)
          for k in Int(range[2 * s])..<Int(range[2 * s + 1]) {
            let r = records[order.isEmpty ? k : Int(order[k])]
            let c = Int(r.course)
            guard c >= 0, c < courseCount else { continue }
            if owner[c] != student {
              owner[c] = student
              slot[c] = Int32(truncatingIfNeeded: count)
              (base + count).initialize(to: State.Pair(student: student, course: r.course))
              count += 1
            }
            let p = base + Int(slot[c])
            switch r.kind {
            case .regular: p.pointee.taken = true
            case .makeup:
              p.pointee.makeupTaken = true
              if !r.passed { p.pointee.makeupFailed = true }
            case .retake:
              p.pointee.retakes += 1
              if !r.passed { p.pointee.failedRetakes += 1 }
            }
            if r.passed { p.pointee.passed = true }
          }
        }
      }
      made = count
    }
    pairStart[n] = Int32(truncatingIfNeeded: pairs.count)
    return Grouping(recordOrder: recordOrder, recordRange: range, pairs: pairs, pairStart: pairStart)
  }

  /// What `groupRecords` makes, for `State`.
  struct Grouping: Sendable {
    var recordOrder: [Int32] = []
    var recordRange: [Int32] = []
    var pairs: [State.Pair] = []
    var pairStart: [Int32] = []
  }
}

/// One value computed on another thread; `wait` returns it (nil if it was never started).
final class Background<Value: Sendable>: @unchecked Sendable {
  private let group = DispatchGroup()
  private var value: Value?
  private var started = false

  func start(_ work: @escaping @Sendable () -> Value) {
    started = true
    group.enter()
    DispatchQueue.global().async {
      self.value = work()
      self.group.leave()
    }
  }

  func wait() -> Value? {
    guard started else { return nil }
    group.wait()
    return value
  }
}
