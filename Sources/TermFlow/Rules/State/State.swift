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

  struct Record {
    var student: Int32
    var course: Int32
    var term: Int32
    var kind: RecordKind
    /// -1 for an absence (an empty score).
    var score: Int16
    var line: Int32
    var passed: Bool { score >= 60 }
  }

  /// What a student's records say about one course.
  struct Pair {
    var student: Int32
    var course: Int32
    /// Indices into `records`, in file order.
    var records: Range<Int32>
    var taken = false
    var passed = false
    var failedRetakes: Int32 = 0
    var retakes: Int32 = 0
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
  /// Sorted by student, then course; `recordOrder` lists record indices in that order.
  var records: [Record] = []
  var recordOrder: [Int32] = []
  var pairs: [Pair] = []
  /// For student s, its pairs are `pairs[pairStart[s]..<pairStart[s + 1]]`, sorted by course.
  var pairStart: [Int32] = []
  var registrations: [Registration] = []
  var orders: [Order] = []
  var studentIndex = Interner(capacity: 1024)
  var courseIndex = Interner(capacity: 512)
  /// The latest time any file mentions: the moment the export was taken, the default `--today`.
  var latestTime: Int?

  /// The pair for (student, course), if the student has records of it.
  func pair(_ student: Int32, _ course: Int32) -> Int? {
    let s = Int(student)
    guard s >= 0, s + 1 < pairStart.count else { return nil }
    var lo = Int(pairStart[s]), hi = Int(pairStart[s + 1])
    while lo < hi {
      let mid = (lo + hi) / 2
      if pairs[mid].course < course { lo = mid + 1 } else { hi = mid }
    }
    return lo < Int(pairStart[s + 1]) && pairs[lo].course == course ? lo : nil
  }
}
