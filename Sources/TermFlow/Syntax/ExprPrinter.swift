/// Prints an expression in canonical source form, with the fewest parentheses that keep its meaning.
/// Used by `fmt`, the AST dumper and messages.
enum ExprPrinter {
  static func print(_ e: Expr) -> String { render(e, parentPrecedence: 0) }

  private static func render(_ e: Expr, parentPrecedence: Int) -> String {
    switch e.kind {
    case .number(let n): return String(n)
    case .string(let s): return quote(s)
    case .name(let n): return n
    case .call(let name, let args):
      return "\(name.text)(\(args.map { render($0, parentPrecedence: 0) }.joined(separator: ", ")))"
    case .filter(let c, let p):
      let s = "\(render(c, parentPrecedence: 9)) where \(render(p, parentPrecedence: 0))"
      return parentPrecedence > 0 ? "(\(s))" : s
    case .not(let inner): return "not " + render(inner, parentPrecedence: 6)
    case .binary(let op, let l, let r):
      let s =
        "\(render(l, parentPrecedence: op.precedence)) \(op.rawValue) \(render(r, parentPrecedence: op.precedence + 1))"
      return op.precedence < parentPrecedence ? "(\(s))" : s
    }
  }

  /// A string literal with `"` and `\` escaped.
  static func quote(_ s: String) -> String {
    var out = "\""
    for c in s.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(c)
      }
    }
    return out + "\""
  }
}
