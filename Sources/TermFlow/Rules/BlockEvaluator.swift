/// Evaluates a rule's guard and conditions over a block of subjects at a time, one node of the
/// expression for the whole block, instead of walking the expression tree once per subject. A rule
/// over a million student-course pairs then costs a few tight loops per node, not a million tree walks.
///
/// Only numbers and truth values go through blocks (a truth value is 1 or 0, which is how `Value`
/// compares and counts them); a node that needs text or lists is evaluated per subject by the tree
/// walker, so every expression gives exactly the result `Evaluator.eval` would.
struct BlockEvaluator {
  let evaluator: Evaluator
  let kind: SubjectKind
  let range: Range<Int>
  /// For a block of registrations, each one's pair (-1 for none), found once for all its fields.
  private let registrationPairs: [Int]

  init(evaluator: Evaluator, kind: SubjectKind, range: Range<Int>) {
    self.evaluator = evaluator
    self.kind = kind
    self.range = range
    let state = evaluator.ctx.state
    registrationPairs =
      kind == .registration && range.upperBound <= state.registrations.count
      ? range.map { state.pair(state.registrations[$0].student, state.registrations[$0].course) ?? -1 } : []
  }

  static let width = 2048

  /// The node's values for the block, or nil when they are not numbers or truth values.
  func values(_ c: Compiled) -> [Double]? {
    switch c {
    case .constant(let v):
      switch v {
      case .bool, .number: return Array(repeating: v.number, count: range.count)
      case .text, .list: return nil
      }
    case .field(let f, 0): return field(f)
    case .field, .letSlot, .filter: return nil
    case .unknown: return Array(repeating: 0, count: range.count)
    case .count, .any, .none: return perSubject(c)
    case .not(let inner):
      guard var a = values(inner) else { return perSubject(c) }
      for i in a.indices { a[i] = a[i] != 0 ? 0 : 1 }
      return a
    case .binary(let op, let l, let r):
      guard var a = values(l), let b = values(r) else { return perSubject(c) }
      b.withUnsafeBufferPointer { b in
        a.withUnsafeMutableBufferPointer { a in
          switch op {
          case .and: for i in a.indices { a[i] = a[i] != 0 && b[i] != 0 ? 1 : 0 }
          case .or: for i in a.indices { a[i] = a[i] != 0 || b[i] != 0 ? 1 : 0 }
          case .eq: for i in a.indices { a[i] = a[i] == b[i] ? 1 : 0 }
          case .ne: for i in a.indices { a[i] = a[i] != b[i] ? 1 : 0 }
          case .lt: for i in a.indices { a[i] = a[i] < b[i] ? 1 : 0 }
          case .le: for i in a.indices { a[i] = a[i] <= b[i] ? 1 : 0 }
          case .gt: for i in a.indices { a[i] = a[i] > b[i] ? 1 : 0 }
          case .ge: for i in a.indices { a[i] = a[i] >= b[i] ? 1 : 0 }
          case .add: for i in a.indices { a[i] += b[i] }
          case .sub: for i in a.indices { a[i] -= b[i] }
          case .mul: for i in a.indices { a[i] *= b[i] }
          case .div: for i in a.indices { a[i] = b[i] == 0 ? 0 : a[i] / b[i] }
          default: for i in a.indices { a[i] = 0 }
          }
        }
      }
      return a
    }
  }

  /// The node evaluated per subject (its value is always a number or a truth value).
  private func perSubject(_ c: Compiled) -> [Double] {
    range.map { evaluator.eval(c, Evaluator.Scopes(subject: Subject(kind: kind, index: $0)), []).number }
  }

  /// A field of each subject; a pair's counts straight from the pairs, any other scalar field through
  /// `RuleContext.value`.
  private func field(_ f: Field) -> [Double]? {
    guard Self.isScalar(f, kind) else { return nil }
    let state = evaluator.ctx.state
    if kind == .pair, range.upperBound <= state.pairs.count {
      // One loop per field, so each is a plain load and convert.
      let values: [Double]? = state.pairs.withUnsafeBufferPointer { all in
        let pairs = UnsafeBufferPointer(rebasing: all[range])
        switch f {
        case .failedRetakes: return pairs.map { Double($0.failedRetakes) }
        case .passed: return pairs.map { $0.passed ? 1 : 0 }
        case .taken: return pairs.map { $0.taken ? 1 : 0 }
        case .makeupTaken: return pairs.map { $0.makeupTaken ? 1 : 0 }
        case .makeupFailed: return pairs.map { $0.makeupFailed ? 1 : 0 }
        default: return nil
        }
      }
      if let values { return values }
    }
    if kind == .registration, registrationPairs.count == range.count {
      // No pair (no records of the course) reads as false and zero, as `RuleContext.value` does.
      func fromPair(_ value: (State.Pair) -> Double) -> [Double] {
        registrationPairs.map { $0 >= 0 && $0 < state.pairs.count ? value(state.pairs[$0]) : 0 }
      }
      switch f {
      case .failedRetakes: return fromPair { Double($0.failedRetakes) }
      case .passed: return fromPair { $0.passed ? 1 : 0 }
      case .taken: return fromPair { $0.taken ? 1 : 0 }
      case .makeupTaken: return fromPair { $0.makeupTaken ? 1 : 0 }
      case .makeupFailed: return fromPair { $0.makeupFailed ? 1 : 0 }
      default: break
      }
    }
    let ctx = evaluator.ctx
    return range.map { ctx.value(f, of: Subject(kind: kind, index: $0)).number }
  }

  /// Whether the field's value is a number or a truth value for this kind of subject.
  static func isScalar(_ f: Field, _ kind: SubjectKind) -> Bool {
    switch f {
    case .studentID, .name, .college, .major, .grade, .courseCode, .courseName, .courseType, .registeredAt, .term,
      .kind, .orderID, .paidAt, .syncedBy, .billID, .item, .status,
      .records, .registrations, .orders:
      return false
    default:
      return true
    }
  }
}
