/// The names a rule may use, by subject. This is the contract between `check` and the rule evaluator:
/// every name here is one the evaluator computes from the state CSVs (see docs/language.md, "Rules").
/// The names, their types and meanings are written once, in `table` (RuleVocabulary+Table.swift).
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

  /// Fields of each subject, from `table`. A subject of two names (`student, course`) has both sets
  /// plus the pair's.
  static let subjects: [String: [String: ValueType]] = table.reduce(into: [:]) { out, row in
    for s in row.subjects { out[s, default: [:]][row.name] = row.type }
  }

  /// Constants usable anywhere (record kinds, truth values, a payment's limits), from `table`.
  static let constants: [String: ValueType] = Dictionary(
    table.filter(\.subjects.isEmpty).map { ($0.name, $0.type) },
    uniquingKeysWith: { a, _ in a }
  )

  /// What a field (of `subject`) or a constant means, in a line: the editor's hover and completion.
  static func meaning(_ name: String, subject: String?) -> String? {
    let rows = table.lazy.filter { $0.name == name }
    if let s = subject, let row = rows.first(where: { $0.subjects.contains(s) }) { return row.meaning }
    return rows.first(where: \.subjects.isEmpty)?.meaning ?? rows.first?.meaning
  }

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
