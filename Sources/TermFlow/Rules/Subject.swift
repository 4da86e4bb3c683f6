/// What a rule is about, and one instance of it: an index into the state's rows of that kind.
enum SubjectKind: String, Sendable {
  case student, course
  case pair = "student-course"
  case registration, record, order, bill

  init?(vocabularyName: String) {
    switch vocabularyName {
    case "student": self = .student
    case "course": self = .course
    case "student-course": self = .pair
    case "registration": self = .registration
    case "record": self = .record
    case "order": self = .order
    case "bill": self = .bill
    default: return nil
    }
  }
}

struct Subject: Hashable {
  var kind: SubjectKind
  var index: Int
}

/// A rule expression's value.
enum Value {
  case bool(Bool)
  case number(Double)
  case text(String)
  case list(SubjectKind, [Int])

  var truth: Bool {
    switch self {
    case .bool(let b): return b
    case .number(let n): return n != 0
    case .text(let s): return !s.isEmpty
    case .list(_, let xs): return !xs.isEmpty
    }
  }

  var number: Double {
    switch self {
    case .number(let n): return n
    case .bool(let b): return b ? 1 : 0
    case .list(_, let xs): return Double(xs.count)
    case .text(let s): return Double(s) ?? 0
    }
  }

  /// As `explain` prints it.
  var display: String {
    switch self {
    case .bool(let b): return b ? "true" : "false"
    case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
    case .text(let s): return "'\(s)'"
    case .list(let k, let xs): return "\(xs.count) \(k.rawValue)\(xs.count == 1 ? "" : "s")"
    }
  }

  static func equal(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.text(let x), .text(let y)): return x == y
    case (.bool(let x), .bool(let y)): return x == y
    default: return a.number == b.number
    }
  }
}
