import Dispatch

/// The records of one stretch of records.csv, with the courses and terms in the order that stretch
/// first names them. A big file is read as two stretches on two threads, and the second is then
/// renumbered into the first, which gives exactly what one pass would have.
struct RecordChunk {
  static let columns = ["student_id", "course_code", "course_name", "course_type", "practical", "credits", "term", "kind", "score"]

  var out: RecordSink
  /// The records of a chunk read without a region (in one pass).
  var records: [State.Record] {
    get { out.overflow }
    set { out = RecordSink(newValue) }
  }
  var courses: [State.Course] = []
  var courseIndex = Interner(capacity: 512)
  var terms = Interner(capacity: 64)
  /// Rows naming a student that students.csv does not list: (line, id).
  var unknown: [(Int, String)] = []
  var students: SequentialLookup
  /// Exports list a student's rows together: the last id (its bytes in the file) skips most lookups.
  private var lastID = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  private var lastStudent = -1
  /// Per course, its first row's name, type, practical and credits fields with their commas, as bytes
  /// (`spanBytes[spanStart[c]..<spanStart[c + 1]]`); empty when that row was quoted. Every later row of
  /// the course repeats them, so `fastRow` compares them whole instead of parsing them again.
  private var spanBytes: [UInt8] = []
  private var spanStart: [Int] = [0]

  init(expectedRows: Int, students: Interner) {
    out = RecordSink([])
    out.overflow.reserveCapacity(expectedRows)
    self.students = SequentialLookup(students)
  }

  /// A chunk whose records go to `region` (while it lasts).
  init(region: UnsafeMutableBufferPointer<State.Record>, students: Interner) {
    out = RecordSink(region: region)
    self.students = SequentialLookup(students)
  }

  mutating func add(_ row: inout CSVRow) {
    let idBytes = row.key(0)
    var student = lastStudent
    if lastStudent < 0 || !bytesEqual(lastID, idBytes) {
      guard let s = students.find(idBytes) else {
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
    let (course, isNew) = courseIndex.intern(row.key(1))
    if isNew {
      let credits = row.hundredths(5)
      courses.append(State.Course(code: row.text(1), name: row.text(2), type: row.text(3), practical: row.bool(4), credits: credits))
      rememberSpan(row)
    }
    let term = terms.intern(row.key(6)).index
    if term > Int(UInt16.max) { row.problem(6, "a term (there are more than 65,535 different terms)") }
    guard !row.bad else { return }
    out.append(State.Record(student: Int32(truncatingIfNeeded: student), course: Int32(truncatingIfNeeded: course),
      line: Int32(clamping: row.line), term: UInt16(truncatingIfNeeded: term), kind: kind, score: Int8(truncatingIfNeeded: score ?? -1)))
  }

  /// Keeps the new course's fields 2–5 (with the comma after each) for `fastRow`, when they sit in the
  /// row unquoted and in the order of `columns`.
  private mutating func rememberSpan(_ row: CSVRow) {
    let fields = (2...6).map { row.field($0) }
    var plain = row.index.count == 9 && !fields.contains { $0.escaped }
    for k in 0..<4 where fields[k + 1].start != fields[k].end + 1 { plain = false }
    if plain, let base = row.p.baseAddress, let first = fields.first, let last = fields.last, first.start <= last.start {
      spanBytes.append(contentsOf: UnsafeBufferPointer(start: base + first.start, count: last.start - first.start))
    }
    spanStart.append(spanBytes.count)
  }

  /// Takes a row whole when it is what most rows are: the previous row's student, a course already
  /// seen whose fields 2–5 are byte for byte those of its first row, a term already seen, a kind, a
  /// score of up to three digits, and the line end. Every byte is compared with bytes already checked
  /// or must be printable ASCII, so the row needs no UTF-8 check. Anything else (a new student,
  /// course or term, a quote, a space, a bad value) returns nil and the row goes through `add`.
  /// Needs the file's columns in the order of `columns`.
  mutating func fastRow(_ base: UnsafePointer<UInt8>, _ n: Int, _ start: Int, _ line: Int) -> Int? {
    let id = lastID.count
    guard lastStudent >= 0, let last = lastID.baseAddress, start + id < n, base[start + id] == 0x2C, bytesEqual(base + start, last, id) else {
      return nil
    }
    var i = start + id + 1
    // The course code: printable ASCII up to the comma.
    let codeStart = i
    guard let codeEnd = Self.plainField(base, n, i) else { return nil }
    i = codeEnd
    let codeLength = codeEnd - codeStart
    let found = codeLength < 8 && codeStart + 8 <= n
      ? courseIndex.lookup(short: base + codeStart, count: codeLength)
      : courseIndex.lookup(bytes: UnsafeBufferPointer(start: base + codeStart, count: codeLength))
    guard let course = found, course + 1 < spanStart.count else { return nil }
    i += 1
    let spanLength = spanStart[course + 1] - spanStart[course]
    guard spanLength > 0, i + spanLength < n else { return nil }
    let same = spanBytes.withUnsafeBufferPointer { memo in
      memo.baseAddress.map { bytesEqual(base + i, $0 + spanStart[course], spanLength) } ?? false
    }
    guard same else { return nil }
    i += spanLength
    let termStart = i
    guard let termEnd = Self.plainField(base, n, i) else { return nil }
    i = termEnd
    guard let term = terms.lookup(bytes: UnsafeBufferPointer(start: base + termStart, count: i - termStart)) else { return nil }
    i += 1
    let kind: State.RecordKind
    if i + 8 <= n, bytesEqual(UnsafeBufferPointer(start: base + i, count: 8), "regular,") {
      kind = .regular
      i += 8
    } else if i + 7 <= n, bytesEqual(UnsafeBufferPointer(start: base + i, count: 7), "retake,") {
      kind = .retake
      i += 7
    } else if i + 7 <= n, bytesEqual(UnsafeBufferPointer(start: base + i, count: 7), "makeup,") {
      kind = .makeup
      i += 7
    } else {
      return nil
    }
    var score = 0, digits = 0
    while i < n, digits < 3, base[i] >= 0x30, base[i] <= 0x39 {
      score = score * 10 + Int(base[i] - 0x30)
      digits += 1
      i += 1
    }
    guard score <= 100 else { return nil }
    if i < n {
      if base[i] == 0x0A {
        i += 1
      } else if base[i] == 0x0D {
        i += i + 1 < n && base[i + 1] == 0x0A ? 2 : 1
      } else {
        return nil
      }
    }
    out.append(State.Record(student: Int32(truncatingIfNeeded: lastStudent), course: Int32(truncatingIfNeeded: course),
      line: Int32(clamping: line), term: UInt16(truncatingIfNeeded: term), kind: kind, score: Int8(truncatingIfNeeded: digits == 0 ? -1 : score)))
    return i
  }

  /// Where the field from `from` ends (its comma), when every byte before it is printable ASCII other
  /// than a space, comma or quote (0x2D to 0x7F: codes and terms); nil otherwise, or at the end of the
  /// bytes. Eight bytes at a time: one subtraction flags the bytes below 0x2D, the top bit the rest.
  @inline(__always)
  static func plainField(_ base: UnsafePointer<UInt8>, _ n: Int, _ from: Int) -> Int? {
    let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
    var k = from
    while k + 8 <= n {
      let w = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
      // The lowest flagged byte is a true one (a borrow only runs upwards from one).
      let flagged = ((w &- ones &* 0x2D) & ~w & high) | (w & high)
      if flagged != 0 {
        let at = k + flagged.trailingZeroBitCount >> 3
        return base[at] == 0x2C ? at : nil
      }
      k += 8
    }
    while k < n {
      let b = base[k]
      if b == 0x2C { return k }
      guard b > 0x2C, b < 0x80 else { return nil }
      k += 1
    }
    return nil
  }

  /// Takes in a later stretch's courses, terms and unknown students (a course both name keeps this
  /// one's details, as the first row naming it decides); returns how to renumber its records.
  mutating func absorb(_ later: RecordChunk, lineOffset: Int) -> Renumbering {
    var courseMap = [Int32](repeating: 0, count: later.courses.count)
    for (i, c) in later.courses.enumerated() {
      // By the key the rows were matched on, not the display code (which is unquoted and trimmed).
      let (k, isNew) = courseIndex.intern(later.courseIndex.string(i))
      if isNew { courses.append(c) }
      courseMap[i] = Int32(truncatingIfNeeded: k)
    }
    var termMap = [UInt16](repeating: 0, count: later.terms.count)
    for i in 0..<later.terms.count {
      termMap[i] = UInt16(truncatingIfNeeded: terms.intern(later.terms.string(i)).index)
    }
    unknown += later.unknown.map { ($0.0 + lineOffset, $0.1) }
    return Renumbering(courses: courseMap, terms: termMap, lineOffset: Int32(clamping: lineOffset))
  }

  /// Appends a later stretch read in one pass, renumbered into this one.
  mutating func append(_ later: RecordChunk, lineOffset: Int) {
    let map = absorb(later, lineOffset: lineOffset)
    var all = records
    let start = all.count
    all.append(contentsOf: later.records)
    all.withUnsafeMutableBufferPointer { all in
      guard let base = all.baseAddress else { return }
      map.apply(from: base + start, to: base + start, count: all.count - start)
    }
    records = all
  }
}

/// How a later stretch's course and term numbers and lines become the earlier one's.
struct Renumbering {
  var courses: [Int32]
  var terms: [UInt16]
  var lineOffset: Int32

  /// Renumbers `count` records from `from` into `to`, which may be the same place or lower down in
  /// the same buffer (each record is read before any write can reach it).
  func apply(from: UnsafePointer<State.Record>, to: UnsafeMutablePointer<State.Record>, count: Int) {
    courses.withUnsafeBufferPointer { courseMap in
      terms.withUnsafeBufferPointer { termMap in
        for i in 0..<count {
          var r = from[i]
          let c = Int(r.course), t = Int(r.term)
          if c < courseMap.count { r.course = courseMap[c] }
          if t < termMap.count { r.term = termMap[t] }
          r.line = r.line &+ lineOffset
          to[i] = r
        }
      }
    }
  }
}

/// Where a chunk's records go: a stretch of the final array set aside for it, then, past its end
/// (or from the start, when there is none), an array of their own.
struct RecordSink {
  let region: UnsafeMutableBufferPointer<State.Record>
  private(set) var inRegion = 0
  var overflow: [State.Record] = []

  init(region: UnsafeMutableBufferPointer<State.Record>) { self.region = region }

  init(_ records: [State.Record]) {
    region = UnsafeMutableBufferPointer(start: nil, count: 0)
    overflow = records
  }

  var count: Int { inRegion + overflow.count }

  @inline(__always)
  mutating func append(_ r: State.Record) {
    if inRegion < region.count, let base = region.baseAddress {
      (base + inRegion).initialize(to: r)
      inRegion += 1
    } else {
      overflow.append(r)
    }
  }
}

extension StateLoader {
  /// Files smaller than this are read in one pass; splitting them gains less than a thread costs.
  static let defaultSplitSize = 1 << 22

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
      chunk = RecordChunk(expectedRows: bytes.count / 72, students: students)
      let fast = fastRows
      let outcome = table.read(bytes, columns: RecordChunk.columns, fast: { fast ? chunk.fastRow($0, $1, $2, $3) : nil }) {
        chunk.add(&$0)
      }
      guard outcome == .read else { return outcome }
    }
    // A table built for rows out of order serves the files after this one too.
    if chunk.students.index.hasTable { state.studentIndex = chunk.students.index }
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
      var merged = RecordChunk(expectedRows: 0, students: state.studentIndex)
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

  /// Both halves of a big file, or nil when it must be read in one pass. Each half writes its records
  /// straight into the final array: the first from the start, the second from a little past where the
  /// first is expected to end; the second is then moved down against the first, renumbered on the
  /// way. (Copying it into fresh memory instead cost a page fault per 4 KiB, on one core.)
  private func readRecordsInTwo(_ p: UnsafeBufferPointer<UInt8>, _ students: Interner) -> RecordChunk? {
    guard p.count >= splitSize, let base = p.baseAddress else { return nil }
    let quiet = DiagnosticSink(file: "")
    var headerTable = CSVTable(name: "", sink: quiet)
    guard case .success(let header) = headerTable.readHeader(p, columns: RecordChunk.columns) else { return nil }
    // The second half starts after the first line end past the middle.
    var middle = header.rowsStart + (p.count - header.rowsStart) / 2
    while middle < p.count, base[middle] != 0x0A { middle += 1 }
    let split = middle + 1
    guard split < p.count else { return nil }
    // Rows per byte from the first 256 KiB; each half's stretch gets an eighth more than that says.
    // Reserved memory that is never written costs nothing.
    let sample = UnsafeBufferPointer(rebasing: p[header.rowsStart..<min(p.count, header.rowsStart + (1 << 18))])
    var sampleLines = 1
    for b in sample where b == 0x0A { sampleLines += 1 }
    func room(_ bytes: Int) -> Int {
      let rows = Int(Double(bytes) * Double(sampleLines) / Double(max(1, sample.count)))
      return rows + rows / 8 + 4096
    }
    let firstRoom = room(split - header.rowsStart), secondRoom = room(p.count - split)
    let halves = Halves(p)
    let fast = fastRows
    var result: RecordChunk?
    let all = [State.Record](unsafeUninitializedCapacity: firstRoom + secondRoom) { buffer, made in
      made = 0
      guard let start = buffer.baseAddress else { return }
      let regions = Unchecked((UnsafeMutableBufferPointer(start: start, count: firstRoom),
        UnsafeMutableBufferPointer(start: start + firstRoom, count: secondRoom)))
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        // Each thread fills a local chunk and hands it over at the end: touching the shared object per
        // row would pay an exclusivity check per row.
        let p = halves.bytes
        var table = CSVTable(name: "", sink: DiagnosticSink(file: ""))
        var chunk = RecordChunk(region: half == 0 ? regions.value.0 : regions.value.1, students: students)
        if half == 0 {
          let (outcome, end) = table.readRows(p, header, columns: RecordChunk.columns, from: header.rowsStart, line: header.line,
            stopAt: split, fast: { fast ? chunk.fastRow($0, $1, $2, $3) : nil }) { chunk.add(&$0) }
          halves.firstEnd = end
          halves.firstClean = outcome == .read && table.errorCount == 0 && chunk.unknown.isEmpty
          halves.first = chunk
        } else {
          let (outcome, _) = table.readRows(p, header, columns: RecordChunk.columns, from: split, line: 1, fast: { fast ? chunk.fastRow($0, $1, $2, $3) : nil }) {
            chunk.add(&$0)
          }
          halves.secondClean = outcome == .read && table.errorCount == 0 && chunk.unknown.isEmpty
          halves.second = chunk
        }
      }
      var first = halves.first
      let second = halves.second
      let firstEnd = halves.firstEnd
      guard halves.firstClean, halves.secondClean else { return }
      // A split inside a quoted field shows as the first half's last row running past it.
      guard firstEnd.offset == split else { return }
      let map = first.absorb(second, lineOffset: firstEnd.line - 1)
      if !first.students.index.hasTable, second.students.index.hasTable { first.students = second.students }
      var records: [State.Record]
      if first.out.overflow.isEmpty, first.out.inRegion + second.out.count <= buffer.count {
        // The usual case: the second half moved down, then whatever ran past its stretch.
        let at = first.out.inRegion
        map.apply(from: start + firstRoom, to: start + at, count: second.out.inRegion)
        second.out.overflow.withUnsafeBufferPointer { rest in
          guard let from = rest.baseAddress else { return }
          map.apply(from: from, to: start + at + second.out.inRegion, count: rest.count)
        }
        made = at + second.out.count
        records = []
      } else {
        // The first half ran past its stretch: joined the slow way.
        records = Array(UnsafeBufferPointer(rebasing: buffer[0..<first.out.inRegion])) + first.out.overflow
        let at = records.count
        records += Array(UnsafeBufferPointer(start: start + firstRoom, count: second.out.inRegion)) + second.out.overflow
        records.withUnsafeMutableBufferPointer { r in
          guard let b = r.baseAddress else { return }
          map.apply(from: b + at, to: b + at, count: r.count - at)
        }
      }
      first.records = records
      result = first
    }
    guard var chunk = result else { return nil }
    if chunk.records.isEmpty { chunk.records = all }
    return chunk
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
    first = RecordChunk(expectedRows: 0, students: Interner(capacity: 0))
    second = RecordChunk(expectedRows: 0, students: Interner(capacity: 0))
  }
}
