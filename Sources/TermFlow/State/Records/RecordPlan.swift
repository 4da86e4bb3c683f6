/// How one records file is read, from its table's plan and its header: the decoders of the fields
/// and, for `RecordChunk.fastRow`, the row as a list of segments in file order.
final class RecordPlan: @unchecked Sendable {
  /// A stretch of a row, in file order. Together the segments cover every column.
  enum Segment: Equatable {
    /// The student id: must be the previous row's.
    case student
    /// Columns no field reads (or that repeat per student): must repeat the previous row's bytes.
    case same(fields: Int, memo: Int)
    case code
    /// The course's own columns (name, type, practical, credits): must repeat its first row's bytes.
    case course(fields: Int)
    /// A term, or one part of a joined term.
    case termPart(Int)
    case kind
    case score
  }

  let kindMap: ValueMap
  let practicalMap: ValueMap?
  let scale: GradeScale
  /// Positions of the columns joined into the term (empty when it is one column).
  let termJoins: [Int]
  /// Nil when the header does not allow the fast path (a column feeding two fields).
  let segments: [Segment]?
  /// How many `.same` segments there are.
  let memos: Int
  let width: Int

  /// A kind's (or a term's) text as two little-endian words and its length, for a masked compare in
  /// `fastRow`.
  struct KindKey {
    var lo: UInt64
    var hi: UInt64
    var loMask: UInt64
    var hiMask: UInt64
    var count: Int
    var value: UInt8

    /// The key for a text of 1 to 16 bytes that a field can hold unquoted and untrimmed (no quote,
    /// comma or line end in it, no space at either end); nil for any other, which the long way reads.
    init?(_ key: [UInt8], value: UInt8) {
      guard (1...16).contains(key.count), let first = key.first, let last = key.last,
        !key.contains(where: { $0 == 0x22 || $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }),
        first != 0x20, first != 0x09, last != 0x20, last != 0x09
      else { return nil }
      var lo: UInt64 = 0, hi: UInt64 = 0
      for (k, b) in key.enumerated() {
        if k < 8 { lo |= UInt64(b) << UInt64(8 * k) } else { hi |= UInt64(b) << UInt64(8 * (k - 8)) }
      }
      let c = key.count
      self.lo = lo
      self.hi = hi
      loMask = c >= 8 ? ~0 : (1 << UInt64(8 * c)) &- 1
      hiMask = c >= 16 ? ~0 : c <= 8 ? 0 : (1 << UInt64(8 * (c - 8))) &- 1
      count = c
      self.value = value
    }

    /// Whether the 16 bytes loaded as `lo` and `hi` start with this key.
    @inline(__always)
    func matches(_ lo: UInt64, _ hi: UInt64) -> Bool { lo & loMask == self.lo && hi & hiMask == self.hi }
  }

  /// A segment as the fast path reads it: four bytes, no payload to unpack.
  struct Op {
    /// `codeCourse` and `kindScore` are two segments that sit side by side, taken in one step.
    enum Code: UInt8 {
      case student, same, code, course, termPart, kind, score, codeCourse, kindScore, termKindScore, studentCodeCourse
    }
    var code: Code
    /// `.same`: its memo; `.termPart`: which part.
    var index: UInt8
    /// `.same`: how many columns it covers.
    var fields: UInt8 = 1
  }
  /// The kind map's texts of 1 to 16 bytes (a longer one is left to `add`).
  let kindKeys: [KindKey]
  /// `segments` and `kindKeys` again, in memory the fast path reads on every row without reference
  /// counting (immutable after init, which is what makes the class safe to share between threads).
  let rowSegments: UnsafeMutableBufferPointer<Op>
  let rowKinds: UnsafeMutableBufferPointer<KindKey>
  /// The scale's texts (优秀, 缺考 …) as masked keys, each with the grade it stands for (`value`
  /// indexes `rowGrades`), read like the kinds.
  let rowScoreKeys: UnsafeMutableBufferPointer<KindKey>
  let rowGrades: UnsafeMutableBufferPointer<GradeScale.Grade>
  /// Whether a score of digits can be read without the scale's texts: none of them starts with a
  /// digit or a point.
  let plainScores: Bool

  /// Field slots of the records table, in `TableKind.records.fields` order.
  static let student = 0, code = 1, name = 2, type = 3, practical = 4, credits = 5, term = 6, kind = 7, score = 8

  /// Whether the file is read in place as GB18030 (else it is UTF-8).
  let gb18030: Bool
  /// The scale the fast path reads scores with: `scale`, its texts in the file's own encoding.
  let rowScale: GradeScale
  /// The scale's numbers, read on every row without copying the scale.
  let passAt: Int, low: Int, high: Int

  /// `gb18030`: the file is read in place as GB18030, so the fast path compares the maps' and scale's
  /// texts in that encoding.
  init(_ table: TablePlan, _ header: CSVTable.Header, gb18030: Bool = false) {
    self.gb18030 = gb18030
    kindMap = table.column(.kind)?.map ?? ValueMap(entries: [], origin: "")
    practicalMap = table.column(.practical)?.map
    scale = table.column(.score)?.scale ?? GradeScale(origin: "")
    func fileBytes(_ key: [UInt8]) -> [UInt8]? { gb18030 ? GB18030.encode(String(decoding: key, as: UTF8.self)) : key }
    var rowScale = scale
    // A text with no GB18030 form can never be in the file; it is simply not looked for.
    rowScale.entries = scale.entries.compactMap { e in
      fileBytes(e.key).map { GradeScale.Entry(key: $0, meaning: e.meaning) }
    }
    self.rowScale = rowScale
    // Each key's value is its grade's place in `rowGrades`.
    var scoreKeys: [KindKey] = [], grades: [GradeScale.Grade] = []
    for e in rowScale.entries where grades.count < 256 {
      guard let key = KindKey(e.key, value: UInt8(truncatingIfNeeded: grades.count)) else { continue }
      scoreKeys.append(key)
      grades.append(rowScale.grade(e.meaning))
    }
    rowScoreKeys = .allocate(capacity: scoreKeys.count)
    _ = rowScoreKeys.initialize(from: scoreKeys)
    rowGrades = .allocate(capacity: grades.count)
    _ = rowGrades.initialize(from: grades)
    passAt = scale.passAt
    low = scale.low
    high = scale.high
    termJoins = header.joins.indices.contains(Self.term) ? header.joins[Self.term] : []
    kindKeys = kindMap.entries.compactMap { e in fileBytes(e.key).flatMap { KindKey($0, value: e.value) } }
    plainScores = !scale.entries.contains { e in e.key.first.map { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E } ?? false }
    width = header.width
    enum Role: Equatable {
      case none, student, code, course
      case term(Int)
      case kind, score
    }
    var roles = [Role](repeating: .none, count: header.width)
    var clash = false
    func assign(_ position: Int, _ role: Role) {
      guard position < roles.count else { return }
      if roles[position] != .none { clash = true }
      roles[position] = role
    }
    let index = header.index
    func at(_ slot: Int) -> Int { slot < index.count ? index[slot] : Int.max }
    assign(at(Self.student), .student)
    assign(at(Self.code), .code)
    for slot in [Self.name, Self.type, Self.practical, Self.credits] where at(slot) < roles.count {
      // A course column before the code cannot be checked against the course: it must repeat.
      assign(at(slot), at(slot) > at(Self.code) ? .course : .none)
    }
    if termJoins.isEmpty {
      assign(at(Self.term), .term(0))
    } else {
      for (k, p) in termJoins.enumerated() { assign(p, .term(k)) }
    }
    assign(at(Self.kind), .kind)
    assign(at(Self.score), .score)
    var segments: [Segment] = []
    var memos = 0
    var sawCourse = false
    for role in roles {
      switch role {
      case .none:
        if case .same(let n, let m)? = segments.last {
          segments[segments.count - 1] = .same(fields: n + 1, memo: m)
        } else {
          segments.append(.same(fields: 1, memo: memos))
          memos += 1
        }
      case .course:
        if case .course(let n)? = segments.last {
          segments[segments.count - 1] = .course(fields: n + 1)
        } else if sawCourse {
          // Only one stretch of course columns is remembered; a second one must repeat.
          segments.append(.same(fields: 1, memo: memos))
          memos += 1
        } else {
          segments.append(.course(fields: 1))
          sawCourse = true
        }
      case .student: segments.append(.student)
      case .code: segments.append(.code)
      case .term(let k): segments.append(.termPart(k))
      case .kind: segments.append(.kind)
      case .score: segments.append(.score)
      }
    }
    // A field another column may decide is read the long way, which asks that column first.
    if header.overrides != nil { clash = true }
    self.segments = clash ? nil : segments
    self.memos = memos
    var ops = segments.map { s -> Op in
      switch s {
      case .student: return Op(code: .student, index: 0)
      case .same(let n, let m):
        return Op(code: .same, index: UInt8(truncatingIfNeeded: m), fields: UInt8(truncatingIfNeeded: n))
      case .code: return Op(code: .code, index: 0)
      case .course: return Op(code: .course, index: 0)
      case .termPart(let k): return Op(code: .termPart, index: UInt8(truncatingIfNeeded: k))
      case .kind: return Op(code: .kind, index: 0)
      case .score: return Op(code: .score, index: 0)
      }
    }
    // Neighbours fused: one dispatch and one separator check fewer per row.
    var k = 0
    while k + 1 < ops.count {
      switch (ops[k].code, ops[k + 1].code) {
      case (.code, .course):
        ops[k].code = .codeCourse
        ops.remove(at: k + 1)
      case (.kind, .score):
        ops[k].code = .kindScore
        ops.remove(at: k + 1)
      default: break
      }
      k += 1
    }
    // A one-column term, then the kind and score (the reference layout's row end); the student, then
    // the course (its start): one step each.
    k = 0
    while k + 1 < ops.count {
      if ops[k].code == .termPart, termJoins.isEmpty, ops[k + 1].code == .kindScore {
        ops[k].code = .termKindScore
        ops.remove(at: k + 1)
      } else if ops[k].code == .student, ops[k + 1].code == .codeCourse {
        ops[k].code = .studentCodeCourse
        ops.remove(at: k + 1)
      }
      k += 1
    }
    // More than 255 repeated stretches (or term parts) cannot be numbered in a byte: no fast path then.
    let fits =
      memos < 256 && termJoins.count < 256
      && !segments.contains { if case .same(let n, _) = $0 { return n > 255 } else { return false } }
    rowSegments = .allocate(capacity: clash || !fits ? 0 : ops.count)
    if !clash, fits { _ = rowSegments.initialize(from: ops) }
    rowKinds = .allocate(capacity: kindKeys.count)
    _ = rowKinds.initialize(from: kindKeys)
  }

  deinit {
    rowSegments.deallocate()
    rowKinds.deallocate()
    rowScoreKeys.deallocate()
    rowGrades.deallocate()
  }
}
