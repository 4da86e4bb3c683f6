/// Rule subjects, names and types: every name must be a field of the rule's subject, a `let`, or a
/// constant; `and`/`or`/`not` take yes/no values; comparisons compare like with like.
enum CheckRuleExpressions {
  typealias T = RuleVocabulary.ValueType

  static func run(_ w: Workflow, _ symbols: SymbolTable, _ sink: DiagnosticSink) {
    for d in w.decls {
      guard case .rule(let b) = d else { continue }
      var subject: String?
      var lets: [String: T] = [:]
      for s in b.items {
        switch s.kind {
        case .forEach(let names, _):
          subject = RuleVocabulary.subject(for: names.map(\.text))
          if subject == nil, let first = names.first, let last = names.last {
            sink.report(
              SemanticsDiagnostics.unknownSubject(names.map(\.text)),
              at: first.range.union(last.range)
            )
          }
        case .letBinding(let n, let v):
          guard let subject else { continue }
          lets[n.text] = infer(v, scopes: [subject], lets: lets, sink: sink)
        case .when(let e):
          guard let subject else { continue }
          expect(.bool, e, scopes: [subject], lets: lets, sink: sink)
        case .outcome(let o):
          guard let subject, let c = o.condition else { continue }
          expect(.bool, c, scopes: [subject], lets: lets, sink: sink)
        default: break
        }
      }
    }
  }

  private static func expect(_ t: T, _ e: Expr, scopes: [String], lets: [String: T], sink: DiagnosticSink) {
    guard let got = infer(e, scopes: scopes, lets: lets, sink: sink), got != t else { return }
    sink.report(SemanticsDiagnostics.typeExpected("\(t)", expr: ExprPrinter.print(e), got: "\(got)"), at: e.range)
  }

  /// The expression's type, or nil when an error inside it was already reported.
  static func infer(_ e: Expr, scopes: [String], lets: [String: T], sink: DiagnosticSink) -> T? {
    switch e.kind {
    case .number: return .number
    case .string: return .text
    case .name(let n):
      for scope in scopes.reversed() {
        if let t = RuleVocabulary.subjects[scope]?[n] { return t }
      }
      if let t = lets[n] ?? RuleVocabulary.constants[n] { return t }
      let known =
        scopes.flatMap { RuleVocabulary.subjects[$0]?.keys.map { $0 } ?? [] } + lets.keys
        + RuleVocabulary.constants.keys
      sink.report(
        SemanticsDiagnostics.unknownName(name: n, subject: scopes.last ?? "?", known: Set(known)),
        at: e.range
      )
      return nil
    case .call(let name, let args):
      guard let f = RuleVocabulary.functions[name.text] else {
        sink.report(
          SemanticsDiagnostics.unknownFunction(name: name.text, functions: RuleVocabulary.functions.keys),
          at: name.range
        )
        return nil
      }
      guard args.count == f.arity else {
        sink.report(SemanticsDiagnostics.functionArity(name.text, takes: f.arity, given: args.count), at: e.range)
        return nil
      }
      for a in args {
        guard let t = infer(a, scopes: scopes, lets: lets, sink: sink) else { continue }
        if case .collection = t { continue }
        sink.report(
          SemanticsDiagnostics.argumentNotCollection(function: name.text, argument: ExprPrinter.print(a), type: "\(t)"),
          at: a.range
        )
      }
      return f.result
    case .filter(let c, let p):
      guard let t = infer(c, scopes: scopes, lets: lets, sink: sink) else { return nil }
      guard case .collection(let element) = t else {
        sink.report(SemanticsDiagnostics.notACollection(ExprPrinter.print(c), type: "\(t)"), at: c.range)
        return nil
      }
      expect(.bool, p, scopes: scopes + [element], lets: lets, sink: sink)
      return t
    case .not(let inner):
      expect(.bool, inner, scopes: scopes, lets: lets, sink: sink)
      return .bool
    case .binary(let op, let l, let r):
      switch op {
      case .and, .or:
        expect(.bool, l, scopes: scopes, lets: lets, sink: sink)
        expect(.bool, r, scopes: scopes, lets: lets, sink: sink)
        return .bool
      case .add, .sub, .mul, .div:
        expect(.number, l, scopes: scopes, lets: lets, sink: sink)
        expect(.number, r, scopes: scopes, lets: lets, sink: sink)
        return .number
      case .lt, .le, .gt, .ge:
        expect(.number, l, scopes: scopes, lets: lets, sink: sink)
        expect(.number, r, scopes: scopes, lets: lets, sink: sink)
        return .bool
      case .eq, .ne:
        let lt = infer(l, scopes: scopes, lets: lets, sink: sink)
        let rt = infer(r, scopes: scopes, lets: lets, sink: sink)
        if let lt, let rt, lt != rt {
          sink.report(SemanticsDiagnostics.cannotCompare("\(lt)", "\(rt)"), at: e.range)
        }
        return .bool
      }
    }
  }
}
