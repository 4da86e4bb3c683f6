import Dispatch

/// The records of one stretch of records.csv, with the courses and terms in the order that stretch
/// first names them. A big file is read as two stretches on two threads, and the second is then
/// renumbered into the first (`append`), which gives exactly what one pass would have.
struct RecordChunk {
  static let columns = ["student_id", "course_code", "course_name", "course_type", "practical", "credits", "term", "kind", "score"]

  var records: [State.Record] = []
  var courses: [State.Course] = []
  var courseIndex = Interner(capacity: 512)
  var terms = Interner(capacity: 64)
  /// Rows naming a student that students.csv does not list: (line, id).
  var unknown: [(Int, String)] = []
  /// Exports list a student's rows together: the last id (its bytes in the file) skips most lookups.
  private var lastID = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  private var lastStudent = -1

  init(expectedRows: Int) { records.reserveCapacity(expectedRows) }

  mutating func add(_ row: inout CSVRow, students: Interner) {
    let idBytes = row.bytes(0)
    var student = lastStudent
    if lastStudent < 0 || !bytesEqual(lastID, idBytes) {
      guard let s = students.lookup(bytes: idBytes) else {
        unknown.append((row.line, row.text(0)))
        return
      }
      student = s
      lastStudent = s
      lastID = idBytes
    }
    let kindBytes = row.bytes(7)
    let kind: State.RecordKind
    if bytesEqual(kindBytes, "regular") {
      kind = .regular
    } else if bytesEqual(kindBytes, "retake") {
      kind = .retake
    } else if bytesEqual(kindBytes, "makeup") {
      kind = .makeup
    } else {
      row.problem(7, "regular, makeup or retake")
      return
    }
    let score = row.int(8, allowEmpty: true, range: 0...100)
    let (course, isNew) = courseIndex.intern(row.bytes(1))
    if isNew {
      let credits = row.hundredths(5)
      courses.append(State.Course(code: row.text(1), name: row.text(2), type: row.text(3), practical: row.bool(4), credits: credits))
    }
    let term = terms.intern(row.bytes(6)).index
    if term > Int(UInt16.max) { row.problem(6, "a term (there are more than 65,535 different terms)") }
    guard !row.bad else { return }
    records.append(State.Record(student: Int32(truncatingIfNeeded: student), course: Int32(truncatingIfNeeded: course),
      line: Int32(clamping: row.line), term: UInt16(truncatingIfNeeded: term), kind: kind, score: Int8(truncatingIfNeeded: score ?? -1)))
  }

  /// Appends a later stretch: its courses and terms renumbered into this one's (a course both name
  /// keeps this one's details, as the first row naming it decides), its lines moved by `lineOffset`.
  mutating func append(_ later: RecordChunk, lineOffset: Int) {
    var courseMap = [Int32](repeating: 0, count: later.courses.count)
    for (i, c) in later.courses.enumerated() {
      var code = c.code
      let (k, isNew) = code.withUTF8 { courseIndex.intern($0) }
      if isNew { courses.append(c) }
      courseMap[i] = Int32(truncatingIfNeeded: k)
    }
    var termMap = [UInt16](repeating: 0, count: later.terms.count)
    for i in 0..<later.terms.count {
      termMap[i] = UInt16(truncatingIfNeeded: terms.intern(later.terms.string(i)).index)
    }
    let offset = Int32(clamping: lineOffset)
    records.reserveCapacity(records.count + later.records.count)
    for var r in later.records {
      r.course = courseMap[Int(r.course)]
      r.term = termMap[Int(r.term)]
      r.line = r.line &+ offset
      records.append(r)
    }
    unknown += later.unknown.map { ($0.0 + lineOffset, $0.1) }
  }
}

extension StateLoader {
  /// Files smaller than this are read in one pass; splitting them gains less than a thread costs.
  static let splitSize = 1 << 22

  /// records.csv in two stretches on two threads when it is big and both read cleanly; in one pass
  /// otherwise (a small file, any bad row, a split that lands inside a quoted field, or bytes that are
  /// not UTF-8), so that every problem is reported exactly as a single pass reports it.
  func readRecords(_ bytes: UnsafeBufferPointer<UInt8>, _ table: inout CSVTable, _ state: inout State, _ terms: inout Interner)
    -> CSVTable.Outcome
  {
    let students = state.studentIndex
    var chunk: RecordChunk
    if let both = readRecordsInTwo(bytes, students) {
      chunk = both
    } else {
      chunk = RecordChunk(expectedRows: bytes.count / 72)
      let outcome = table.read(bytes, columns: RecordChunk.columns) { chunk.add(&$0, students: students) }
      guard outcome == .read else { return outcome }
    }
    for (line, id) in chunk.unknown {
      table.report("column 'student_id': '\(id)' is not in students.csv", line: line, code: StateDiagnostics.unknownReference)
    }
    // The records come first of the files that name courses, so their numbering is the state's.
    if state.courses.isEmpty, terms.count == 0 {
      state.courses = chunk.courses
      state.courseIndex = chunk.courseIndex
      terms = chunk.terms
      state.records = chunk.records
    } else {
      var merged = RecordChunk(expectedRows: 0)
      merged.courses = state.courses
      merged.courseIndex = state.courseIndex
      merged.terms = terms
      merged.records = state.records
      merged.append(chunk, lineOffset: 0)
      state.courses = merged.courses
      state.courseIndex = merged.courseIndex
      terms = merged.terms
      state.records = merged.records
    }
    return .read
  }

  /// Both halves of a big file, or nil when it must be read in one pass.
  private func readRecordsInTwo(_ p: UnsafeBufferPointer<UInt8>, _ students: Interner) -> RecordChunk? {
    guard p.count >= Self.splitSize, let base = p.baseAddress else { return nil }
    let quiet = DiagnosticSink(file: "")
    var headerTable = CSVTable(name: "", sink: quiet)
    guard case .success(let header) = headerTable.readHeader(p, columns: RecordChunk.columns) else { return nil }
    // The second half starts after the first line end past the middle.
    var middle = header.rowsStart + (p.count - header.rowsStart) / 2
    while middle < p.count, base[middle] != 0x0A { middle += 1 }
    let split = middle + 1
    guard split < p.count else { return nil }
    let expected = p.count / 72 / 2 + 1024
    let halves = Halves(p)
    DispatchQueue.concurrentPerform(iterations: 2) { half in
      // Each thread fills a local chunk and hands it over at the end: touching the shared object per
      // row would pay an exclusivity check per row.
      let p = halves.bytes
      var table = CSVTable(name: "", sink: DiagnosticSink(file: ""))
      var chunk = RecordChunk(expectedRows: expected)
      if half == 0 {
        let (outcome, end) = table.readRows(p, header, columns: RecordChunk.columns, from: header.rowsStart, line: header.line,
          stopAt: split) { chunk.add(&$0, students: students) }
        halves.firstEnd = end
        halves.firstClean = outcome == .read && table.errorCount == 0 && chunk.unknown.isEmpty
        halves.first = chunk
      } else {
        let (outcome, _) = table.readRows(p, header, columns: RecordChunk.columns, from: split, line: 1) { chunk.add(&$0, students: students) }
        halves.secondClean = outcome == .read && table.errorCount == 0 && chunk.unknown.isEmpty
        halves.second = chunk
      }
    }
    var first = halves.first
    let firstEnd = halves.firstEnd
    guard halves.firstClean, halves.secondClean else { return nil }
    // A split inside a quoted field shows as the first half's last row running past it.
    guard firstEnd.offset == split else { return nil }
    first.append(halves.second, lineOffset: firstEnd.line - 1)
    return first
  }
}

/// What the two threads read: each thread writes only its own half's properties, and the caller reads
/// them after both have finished.
private final class Halves: @unchecked Sendable {
  let bytes: UnsafeBufferPointer<UInt8>
  var first: RecordChunk
  var second: RecordChunk
  var firstEnd = CSVScanner.End(problem: nil, offset: 0, line: 0)
  var firstClean = false
  var secondClean = false

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    first = RecordChunk(expectedRows: 0)
    second = RecordChunk(expectedRows: 0)
  }
}
