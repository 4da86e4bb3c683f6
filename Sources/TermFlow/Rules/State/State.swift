/// The academic state a workflow's rules run against, loaded from the four CSV exports. Rows are
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
    var line: Int32
    var term: UInt16
    var kind: RecordKind
    /// -1 for an absence (an empty score).
    var score: Int8
    var passed: Bool { score >= 60 }
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
    var line: Int32
  }

  enum PaymentEvent: String { case created, paid, released }

  struct Order {
    var id: String
    var student: Int32
    var courses: [Int32]
    /// In hundredths, as created.
    var amount: Int
    var created: Int?
    var paid: Int?
    var released: Int?
    /// The amount of the paid event, if any.
    var paidAmount: Int?
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
  var studentIndex = Interner(capacity: 1024)
  var courseIndex = Interner(capacity: 512)
  /// The latest time any file mentions: the moment the export was taken, the default `--today`.
  var latestTime: Int?

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
