/// A rule expression, with its range.
struct Expr: Sendable {
  var kind: ExprKind
  var range: SourceRange
}

indirect enum ExprKind: Sendable {
  case number(Int)
  case string(String)
  /// A name: a field of the rule's subject, a `let`, or a constant such as `retake`.
  case name(String)
  /// `count(records where failed)`
  case call(name: Name, args: [Expr])
  /// `records where kind == retake`
  case filter(collection: Expr, predicate: Expr)
  case not(Expr)
  case binary(op: BinaryOp, lhs: Expr, rhs: Expr)
}

enum BinaryOp: String, Sendable {
  case and, or
  case eq = "=="
  case ne = "!="
  case lt = "<"
  case le = "<="
  case gt = ">"
  case ge = ">="
  case add = "+"
  case sub = "-"
  case mul = "*"
  case div = "/"

  /// Binding power: higher binds tighter.
  var precedence: Int {
    switch self {
    case .or: return 1
    case .and: return 2
    case .eq, .ne, .lt, .le, .gt, .ge: return 3
    case .add, .sub: return 4
    case .mul, .div: return 5
    }
  }
}
