import Dispatch

/// The records of one stretch of a records file, with the courses and terms in the order that stretch
/// first names them. A big file is read as two stretches on two threads, and the second is then
/// renumbered into the first, which gives exactly what one pass would have.
struct RecordChunk {
  let plan: RecordPlan
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
  var lastID = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  var lastStudent = -1
  /// Per course, where its first row's course columns (with the commas between them) sit in
  /// `spanBytes`; a count of -1 when that row had them quoted. Every later row of the course repeats
  /// them, so `fastRow` compares them whole.
  var spanBytes: [UInt8] = []
  var spans: [(start: Int, count: Int)] = []
  /// Per `.same` segment, the previous row's bytes there (offset and length in the file; length -1
  /// when it was quoted).
  var memo: [(start: Int, count: Int)]
  /// The term's key, joined from its columns.
  var termKey: [UInt8] = []
  /// For `fastRow`: courses by the eight bytes where their code starts (a code of up to seven bytes,
  /// its comma, and what follows, which repeats with the course), open addressing. A hit names the
  /// course without finding the code's end; a miss takes the long way and fills a slot.
  var codeCache: [CodeHit]
  var codeWords = 0

  /// For `fastRow`: terms joined from two columns, by the parts' bytes (64 slots, direct-mapped).
  var termCache = [TermHit](repeating: TermHit(), count: 64)

  struct TermHit {
    var a: UInt64 = 0
    var b: UInt64 = 0
    var c: UInt64 = 0
    var lengths: Int32 = 0
    var term: Int32 = -1
  }

  struct CodeHit {
    var word: UInt64 = 0
    var course: Int32 = -1
    var length: Int32 = 0
  }
  static let codeCacheBits = 11

  init(plan: RecordPlan, expectedRows: Int, students: Interner) {
    self.plan = plan
    out = RecordSink([])
    out.overflow.reserveCapacity(expectedRows)
    self.students = SequentialLookup(students)
    memo = Array(repeating: (0, -1), count: plan.memos)
    codeCache = Array(repeating: CodeHit(), count: 1 << Self.codeCacheBits)
  }

  /// A chunk whose records go to `region` (while it lasts).
  init(plan: RecordPlan, region: UnsafeMutableBufferPointer<State.Record>, students: Interner) {
    self.plan = plan
    out = RecordSink(region: region)
    self.students = SequentialLookup(students)
    memo = Array(repeating: (0, -1), count: plan.memos)
    codeCache = Array(repeating: CodeHit(), count: 1 << Self.codeCacheBits)
  }

  typealias P = RecordPlan

  /// A row the long way, every field decoded through the plan.
  mutating func add(_ row: inout CSVRow) {
    remember(row)
    // Matched by the file's own bytes, which the fast path compares with (and which outlive the row).
    let idBytes = row.rawKey(P.student)
    if lastStudent < 0 || !bytesEqual(lastID, idBytes) {
      guard let s = students.find(row.key(P.student)) else {
        unknown.append((row.line, row.text(P.student)))
        lastStudent = -1
        return
      }
      lastStudent = s
      lastID = idBytes
    }
    let student = lastStudent
    let kind = row.mapped(P.kind, plan.kindMap)
    let grade = row.grade(P.score, plan.scale)
    let (course, isNew) = courseIndex.intern(row.key(P.code))
    if isNew {
      let credits = row.hundredths(P.credits, max: 100_000)
      courses.append(
        State.Course(
          code: row.text(P.code),
          name: row.text(P.name),
          type: row.text(P.type),
          practical: row.bool(P.practical, plan.practicalMap),
          credits: credits
        )
      )
      rememberCourse(row)
    }
    let term = internTerm(row)
    if term > Int(UInt8.max) { row.problem(P.term, "a term (there are more than 256 different terms)") }
    guard !row.bad, let kind, let grade else { return }
    out.append(
      State.Record(
        student: Int32(truncatingIfNeeded: student),
        course: Int32(truncatingIfNeeded: course),
        line: Int32(clamping: row.line),
        term: UInt8(truncatingIfNeeded: term),
        kind: State.RecordKind(rawValue: kind) ?? .regular,
        grade: grade
      )
    )
  }

  /// The term's number: its column, or its columns joined with `-` (学年 2015-2016 + 学期 1 →
  /// 2015-2016-1).
  private mutating func internTerm(_ row: CSVRow) -> Int {
    guard !plan.termJoins.isEmpty else {
      return terms.intern(row.key(P.term)).index
    }
    var key = termKey
    termKey = []
    key.removeAll(keepingCapacity: true)
    for (k, position) in plan.termJoins.enumerated() {
      if k > 0 { key.append(0x2D) }
      let f = row.field(position: position)
      if f.escaped {
        key += Array(CSVScanner.string(row.p, f, trimmed: true).utf8)
      } else {
        key += trimmingSpaces(row.bytes(f))
      }
    }
    let term = key.withUnsafeBufferPointer { terms.intern($0).index }
    termKey = key
    return term
  }

  /// Keeps the bytes of the row's `.same` segments, for the next row's `fastRow`.
  private mutating func remember(_ row: CSVRow) {
    guard let segments = plan.segments else { return }
    var position = 0
    for s in segments {
      let n = width(s)
      if case .same(_, let m) = s, m < memo.count {
        let fs = (position..<(position + n)).map { row.rawField(position: $0) }
        if let first = fs.first, let last = fs.last, !fs.contains(where: { $0.escaped }) {
          memo[m] = (first.start, last.end - first.start)
        } else {
          memo[m] = (0, -1)
        }
      }
      position += n
    }
  }

  /// Keeps the new course's columns for `fastRow`, when they sit in the row unquoted.
  private mutating func rememberCourse(_ row: CSVRow) {
    let start = spanBytes.count
    var valid = false
    if let segments = plan.segments, let base = row.raw.baseAddress {
      var position = 0
      for s in segments {
        let n = width(s)
        if case .course = s {
          let fs = (position..<(position + n)).map { row.rawField(position: $0) }
          if let first = fs.first, let last = fs.last, !fs.contains(where: { $0.escaped }), first.start <= last.end {
            spanBytes.append(contentsOf: UnsafeBufferPointer(start: base + first.start, count: last.end - first.start))
            valid = true
          }
        }
        position += n
      }
    }
    spans.append((start, valid ? spanBytes.count - start : -1))
  }

  /// How many columns a segment covers.
  @inline(__always)
  func width(_ s: RecordPlan.Segment) -> Int {
    switch s {
    case .same(let n, _), .course(let n): return n
    case .student, .code, .termPart, .kind, .score: return 1
    }
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
    var termMap = [UInt8](repeating: 0, count: later.terms.count)
    for i in 0..<later.terms.count {
      termMap[i] = UInt8(truncatingIfNeeded: terms.intern(later.terms.string(i)).index)
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
  var terms: [UInt8]
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
