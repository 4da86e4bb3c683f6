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
    if kind == .pair {
      let pairs = evaluator.ctx.state.pairs
      switch f {
      case .failedRetakes: return range.map { Double(pairs[$0].failedRetakes) }
      case .passed: return range.map { pairs[$0].passed ? 1 : 0 }
      case .taken: return range.map { pairs[$0].taken ? 1 : 0 }
      case .makeupTaken: return range.map { pairs[$0].makeupTaken ? 1 : 0 }
      case .makeupFailed: return range.map { pairs[$0].makeupFailed ? 1 : 0 }
      default: break
      }
    }
    let ctx = evaluator.ctx
    return range.map { ctx.value(f, of: Subject(kind: kind, index: $0)).number }
  }

  /// Whether the field's value is a number or a truth value for this kind of subject.
  static func isScalar(_ f: Field, _ kind: SubjectKind) -> Bool {
    switch f {
    case .studentID, .name, .college, .major, .grade, .courseCode, .courseName, .courseType, .registeredAt, .term, .kind, .orderID,
      .records, .registrations, .orders:
      return false
    default:
      return true
    }
  }
}
