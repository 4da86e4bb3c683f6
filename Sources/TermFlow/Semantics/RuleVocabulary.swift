/// The names a rule may use, by subject. This is the contract between `check` and the rule evaluator:
/// every name here is one the evaluator computes from the state CSVs (see docs/language.md, "Rules").
enum RuleVocabulary {
  indirect enum ValueType: Equatable, CustomStringConvertible {
    case bool, number, text
    /// A collection whose elements have the named subject's fields.
    case collection(String)
    var description: String {
      switch self {
      case .bool: return "a yes/no value"
      case .number: return "a number"
      case .text: return "text"
      case .collection(let of): return "a collection of \(of)s"
      }
    }
  }

  private static let studentFields: [String: ValueType] = [
    "student-id": .text, "name": .text, "college": .text, "major": .text, "grade": .text,
    "on-campus": .bool, "veteran": .bool,
  ]
  private static let courseFields: [String: ValueType] = [
    "course-code": .text, "course-name": .text, "course-type": .text, "practical": .bool, "credits": .number,
  ]

  /// Fields of each subject. A subject of two names (`student, course`) has both sets plus the pair's.
  static let subjects: [String: [String: ValueType]] = [
    "student": studentFields.merging([
      "records": .collection("record"), "registrations": .collection("registration"),
      "orders": .collection("order"), "registered-courses": .number,
    ]) { a, _ in a },
    "course": courseFields.merging([
      "registrations": .collection("registration"),
      "paid-registrations": .number, "registered": .number,
    ]) { a, _ in a },
    "student-course": studentFields.merging(courseFields) { a, _ in a }.merging([
      "records": .collection("record"), "taken": .bool, "passed": .bool, "failed-retakes": .number,
      "makeup-taken": .bool, "makeup-failed": .bool, "registered": .bool,
    ]) { a, _ in a },
    "registration": studentFields.merging(courseFields) { a, _ in a }.merging([
      "records": .collection("record"), "taken": .bool, "passed": .bool, "makeup-taken": .bool, "makeup-failed": .bool,
      "paid": .bool, "exempt": .bool, "registered-at": .text, "paid-times": .number, "paid-late": .bool,
      "paid-at": .text,
      "charged": .bool, "registered-courses": .number,
    ]) { a, _ in a },
    "record": courseFields.merging([
      "student-id": .text, "term": .text, "kind": .text, "score": .number, "absent": .bool, "failed": .bool,
      "passed": .bool,
    ]) { a, _ in a },
    "bill": studentFields.merging([
      "bill-id": .text, "item": .text, "amount": .number, "status": .text, "paying": .bool, "stuck": .bool,
      "paid": .bool,
      "paid-late": .bool, "paid-at": .text, "paid-times": .number, "cancelled-times": .number, "invoiced": .bool,
    ]) { a, _ in a },
    "order": [
      "order-id": .text, "student-id": .text, "course-count": .number, "amount": .number, "expected-amount": .number,
      "paid": .bool, "released": .bool, "stuck": .bool, "early-release": .bool, "early-repay": .bool,
      "paid-late": .bool, "paid-at": .text, "charged": .bool, "pending-sync": .bool, "sync-delayed": .bool,
      "sync-overdue": .bool,
      "synced-by": .text,
      "expected-max": .number, "amount-mismatch": .bool,
      "veteran": .bool,
    ],
  ]

  /// Constants usable anywhere: record kinds and truth values.
  static let constants: [String: ValueType] = [
    "regular": .text, "makeup": .text, "retake": .text, "true": .bool, "false": .bool,
    "batch-limit": .number, "course-limit": .number, "window-closed": .bool,
  ]

  /// `for` lists that name a subject.
  static func subject(for names: [String]) -> String? {
    switch names {
    case ["student"]: return "student"
    case ["course"]: return "course"
    case ["registration"]: return "registration"
    case ["order"]: return "order"
    case ["bill"]: return "bill"
    case ["record"]: return "record"
    case ["student", "course"], ["course", "student"]: return "student-course"
    default: return nil
    }
  }

  /// Functions: name → (argument count, result type). The first argument is always a collection.
  static let functions: [String: (arity: Int, result: ValueType)] = [
    "count": (1, .number), "any": (1, .bool), "none": (1, .bool),
  ]
}
