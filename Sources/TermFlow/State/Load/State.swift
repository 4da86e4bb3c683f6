/// The academic state a workflow's rules run against, loaded from the exports (five tables). Rows are
/// kept compact (indices, not strings) so that a 30,000-student export fits in less memory than its
/// files; every row remembers its line for `explain`.
struct State {
  struct Student {
    var id: String
    var name: String
    var college: String
    var major: String
    var grade: String
    var onCampus: Bool
    var veteran: Bool
    var line: Int32
  }

  struct Course {
    var code: String
    var name: String
    var type: String
    var practical: Bool
    /// Credits in hundredths: 1.5 → 150.
    var credits: Int
  }

  enum RecordKind: UInt8 { case regular, makeup, retake }

  /// 16 bytes: a 30,000-student export has over a million of these.
  struct Record {
    var student: Int32
    var course: Int32
    /// The row's line; for a table read from several files, counted on from the files before it
    /// (`State.location` turns it back into file and line).
    var line: Int32
    var term: UInt8
    /// The kind (two bits), then passed, absent and attempt (one bit each).
    var flags: UInt8
    /// In tenths of a point; -1 when the grade has no number (an absence, 合格, 缓考).
    var score: Int16

    init(student: Int32, course: Int32, line: Int32, term: UInt8, kind: RecordKind, grade: GradeScale.Grade) {
      self.student = student
      self.course = course
      self.line = line
      self.term = term
      flags = kind.rawValue | (grade.passed ? 4 : 0) | (grade.absent ? 8 : 0) | (grade.attempt ? 16 : 0)
      score = grade.score
    }

    var kind: RecordKind { RecordKind(rawValue: flags & 3) ?? .regular }
    var passed: Bool { flags & 4 != 0 }
    var absent: Bool { flags & 8 != 0 }
    /// False for a grade that does not count as sitting the exam (缓考).
    var attempt: Bool { flags & 16 != 0 }
  }

  /// What a student's records say about one course.
  struct Pair {
    var student: Int32
    var course: Int32
    var failedRetakes: Int32 = 0
    var retakes: Int32 = 0
    var taken = false
    var passed = false
    var makeupTaken = false
    var makeupFailed = false
  }

  struct Registration {
    var student: Int32
    var course: Int32
    var registeredAt: String
    /// `registeredAt` in seconds since 1970-01-01 (civil time).
    var at: Int
    var line: Int32
  }

  /// `refunded`: the money went back, so the order is no longer paid from then. `failed`: a payment
  /// was tried and did not go through; the order stays created (kept for `explain`).
  enum PaymentEvent: String { case created, paid, released, charged, refunded, failed }

  /// A bill's states as a finance system shows them: 待缴费 → 缴费中 → 已完成; a cancelled payment
  /// goes back to 待缴费; an invoice is taken after.
  enum BillEvent: UInt8 {
    case pending, paying, paid, cancelled, invoiced
    static let names = ["pending", "paying", "paid", "cancelled", "invoiced"]
    var name: String { State.BillEvent.names[Int(rawValue)] }
  }

  /// A tuition bill (not a course order): its events in time order.
  struct Bill {
    var id: String
    var student: Int32
    var item: String
    var amount: Int
    var events: [(event: BillEvent, time: Int)]
    var lines: [Int32]

    func last(_ e: BillEvent) -> Int? { events.last { $0.event == e }?.time }
    func count(_ e: BillEvent) -> Int { events.reduce(0) { $0 + ($1.event == e ? 1 : 0) } }
    /// The state the bill is in: its latest event's (events are kept in time order).
    var status: BillEvent? { events.last?.event }
  }

  struct Order {
    var id: String
    var student: Int32
    var courses: [Int32]
    /// In hundredths, as created.
    var amount: Int
    var created: Int?
    var paid: Int?
    var released: Int?
    /// The bank took the money; the academic system shows it as paid only after the sync lag.
    var charged: Int?
    /// The amount of the paid event, if any.
    var paidAmount: Int?
    var refunded: Int?
    var failed: Int?
    /// The payment a refund undid (set when refunds are settled, for `explain`).
    var refundedPayment: Int?
    var lines: [Int32]
  }

  var students: [Student] = []
  var courses: [Course] = []
  var terms: [String] = []
  /// In file order.
  var records: [Record] = []
  /// Record indices grouped by student, when the file does not already list each student's rows
  /// together; empty when it does (the common case), and then `recordRange` indexes `records`.
  var recordOrder: [Int32] = []
  /// For student s, its records are at `recordRange[2s]..<recordRange[2s + 1]` (of `recordOrder`, or of
  /// `records` when that is empty).
  var recordRange: [Int32] = []
  var pairs: [Pair] = []
  /// For student s, its pairs are `pairs[pairStart[s]..<pairStart[s + 1]]`, in the order its records
  /// first name each course.
  var pairStart: [Int32] = []
  var registrations: [Registration] = []
  var orders: [Order] = []
  var bills: [Bill] = []
  /// Per table, the files it was read from and the line each starts after (see `Record.line`).
  var sources: [TableKind: [(file: String, base: Int)]] = [:]
  /// Each file's rows that are not data (a title, blank lines, totals, footers), in the order read:
  /// left out of the tables, and said in the run's report.
  var leftOut: [(file: String, rows: NonDataRows)] = []
  var studentIndex = Interner(capacity: 1024)
  var courseIndex = Interner(capacity: 512)
  /// The latest time any file mentions: the moment the export was taken, the default `--today`.
  var latestTime: Int?

  /// `成绩/机械学院.csv:42` for a row's stored line.
  func location(_ table: TableKind, _ line: Int32) -> String {
    let files = sources[table] ?? []
    let at = files.last { $0.base < Int(line) } ?? files.first
    guard let at else { return "\(table.defaultFile):\(line)" }
    return "\(at.file):\(Int(line) - at.base)"
  }

  /// The pair for (student, course), if the student has records of it. A student has a few dozen
  /// pairs, so a scan is as quick as a search would be.
  func pair(_ student: Int32, _ course: Int32) -> Int? {
    let s = Int(student)
    guard s >= 0, s + 1 < pairStart.count else { return nil }
    var k = Int(pairStart[s])
    let end = Int(pairStart[s + 1])
    while k < end {
      if pairs[k].course == course { return k }
      k += 1
    }
    return nil
  }

  /// The student's record indices, in file order.
  func records(ofStudent student: Int) -> [Int] {
    guard student >= 0, 2 * student + 1 < recordRange.count else { return [] }
    let range = Int(recordRange[2 * student])..<Int(recordRange[2 * student + 1])
    return recordOrder.isEmpty ? Array(range) : range.map { Int(recordOrder[$0]) }
  }

  /// The record indices of one pair, in file order.
  func records(ofPair p: Pair) -> [Int] {
    records(ofStudent: Int(p.student)).filter { records[$0].course == p.course }
  }
}
