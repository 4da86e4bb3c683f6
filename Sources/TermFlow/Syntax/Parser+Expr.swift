/// Rule expressions: precedence climbing over `or`, `and`, `not`, comparisons and arithmetic, with
/// calls (`count(…)`) and filters (`records where …`) as primaries.
extension Parser {
  mutating func parseExpr() throws -> Expr { try parseBinary(minPrecedence: 1) }

  /// One level deeper, or the one error that says the expression is too deep.
  private mutating func enter() throws {
    exprDepth += 1
    guard exprDepth <= Parser.maxExpressionDepth else {
      sink.report(SyntaxDiagnostics.nestedTooDeep(Parser.maxExpressionDepth), at: current.range)
      throw Failure()
    }
  }

  private mutating func binaryOperator() -> BinaryOp? {
    // Outside parentheses a new line ends the expression.
    if current.atLineStart, parenDepth == 0 { return nil }
    switch current.kind {
    case .identifier where current.text == "and": return .and
    case .identifier where current.text == "or": return .or
    case .op where current.text == "=":
      // A lone '=' in a condition is almost always a typo for '=='.
      sink.report(SyntaxDiagnostics.singleEquals, at: current.range)
      return .eq
    case .op: return BinaryOp(rawValue: current.text)
    default: return nil
    }
  }

  private mutating func parseBinary(minPrecedence: Int) throws -> Expr {
    let depth = exprDepth
    defer { exprDepth = depth }
    try enter()
    var lhs = try parseUnary()
    while let op = binaryOperator(), op.precedence >= minPrecedence {
      _ = advance()
      // Each operator of a chain (`a and b and c …`) puts the tree one level deeper.
      try enter()
      let rhs = try parseBinary(minPrecedence: op.precedence + 1)
      lhs = Expr(kind: .binary(op: op, lhs: lhs, rhs: rhs), range: lhs.range.union(rhs.range))
    }
    return lhs
  }

  private mutating func parseUnary() throws -> Expr {
    if isWord("not") {
      let depth = exprDepth
      defer { exprDepth = depth }
      try enter()
      let start = advance().range.start
      let inner = try parseUnary()
      return Expr(kind: .not(inner), range: SourceRange(start, inner.range.end))
    }
    return try parsePrimary()
  }

  private mutating func parsePrimary() throws -> Expr {
    let t = current
    switch t.kind {
    case .number:
      _ = advance()
      guard let n = Int(t.text) else {
        sink.report(SyntaxDiagnostics.ruleNumberNotWhole, at: t.range)
        throw Failure()
      }
      return Expr(kind: .number(n), range: t.range)
    case .string:
      _ = advance()
      return Expr(kind: .string(t.text), range: t.range)
    case .lparen:
      _ = advance()
      parenDepth += 1
      defer { parenDepth -= 1 }
      let inner = try parseExpr()
      _ = try expect(.rparen, "')'")
      return Expr(kind: inner.kind, range: SourceRange(t.range.start, previousEnd))
    case .identifier where !["and", "or", "where"].contains(t.text):
      _ = advance()
      var expr: Expr
      if current.kind == .lparen, !current.atLineStart {
        _ = advance()
        parenDepth += 1
        var args: [Expr] = []
        if current.kind != .rparen {
          args.append(try parseExpr())
          while accept(.comma) { args.append(try parseExpr()) }
        }
        _ = try expect(.rparen, "')' to close the call to \(t.text)")
        parenDepth -= 1
        expr = Expr(
          kind: .call(name: Name(text: t.text, range: t.range), args: args),
          range: SourceRange(t.range.start, previousEnd)
        )
      } else {
        expr = Expr(kind: .name(t.text), range: t.range)
      }
      if isWord("where"), !current.atLineStart || parenDepth > 0 {
        _ = advance()
        let predicate = try parseExpr()
        expr = Expr(kind: .filter(collection: expr, predicate: predicate), range: expr.range.union(predicate.range))
      }
      return expr
    default:
      throw fail("expected an expression")
    }
  }
}
