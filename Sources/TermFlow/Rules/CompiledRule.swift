/// A rule expression with every name resolved: to a field of the subject (or of a filtered element),
/// to a `let`, or to a constant. Names were checked by `check`; one that slips through is `unknown`
/// and evaluates as false, never a trap.
indirect enum Compiled {
  case constant(Value)
  /// A field of the subject at this depth of the scope stack (0 = the rule's subject).
  case field(Field, depth: Int)
  case letSlot(Int)
  case count(Compiled)
  case any(Compiled)
  case none(Compiled)
  case filter(Compiled, element: SubjectKind, predicate: Compiled)
  case not(Compiled)
  case binary(BinaryOp, Compiled, Compiled)
  case unknown

  /// The rule subject's own fields this expression reads, for `explain`.
  var subjectFields: [Field] {
    switch self {
    case .field(let f, 0): return [f]
    case .count(let c), .any(let c), .none(let c), .not(let c): return c.subjectFields
    case .filter(let c, _, let p): return c.subjectFields + p.subjectFields
    case .binary(_, let a, let b): return a.subjectFields + b.subjectFields
    default: return []
    }
  }
}

/// A rule ready to run: its subject, lets, guard, outcomes, and where its tasks go and when.
struct CompiledRule {
  struct Outcome {
    var kind: TermFlow.Outcome.Kind
    var owner: String?
    var message: String
    var condition: Compiled?
    var conditionText: String
    var line: Int
  }

  var id: String
  var subject: SubjectKind
  var lets: [(name: String, value: Compiled)]
  var guardExpr: Compiled?
  var guardText: String
  var outcomes: [Outcome]
  /// `notify OWNER before STEP`: each warning also becomes a task for OWNER, due when STEP is.
  var notify: [(owner: String, due: Moment?)]
  var due: Moment?
  var line: Int
  /// The payment block whose terms the rule reads (`for order of 重修费`, or the only one).
  var payment: String?

  /// Compiles every rule of the workflow whose subject is known.
  /// `defaultPayment`: what a rule that names no payment reads (the workflow's first payment block).
  static func compile(
    _ w: Workflow,
    file: SourceFile,
    timeline: Timeline?,
    terms: PaymentTerms,
    defaultPayment: String? = nil
  ) -> [CompiledRule] {
    var rules: [CompiledRule] = []
    for d in w.decls {
      guard case .rule(let b) = d else { continue }
      var subjectName: String?
      var lets: [(String, Compiled)] = []
      var guardExpr: Compiled?
      var guardText = ""
      var outcomes: [Outcome] = []
      var notify: [(String, Moment?)] = []
      var payment: String?
      for s in b.items {
        switch s.kind {
        case .forEach(let names, let of):
          subjectName = RuleVocabulary.subject(for: names.map(\.text))
          payment = of?.text
        case .letBinding(let n, let v):
          guard let subjectName else { continue }
          lets.append((n.text, compile(v, scopes: [subjectName], lets: lets.map(\.0), terms: terms)))
        case .when(let e):
          guard let subjectName else { continue }
          guardExpr = compile(e, scopes: [subjectName], lets: lets.map(\.0), terms: terms)
          guardText = ExprPrinter.print(e)
        case .outcome(let o):
          guard let subjectName else { continue }
          outcomes.append(
            Outcome(
              kind: o.kind,
              owner: o.owner?.text,
              message: o.message.value,
              condition: o.condition.map { compile($0, scopes: [subjectName], lets: lets.map(\.0), terms: terms) },
              conditionText: o.condition.map(ExprPrinter.print) ?? "",
              line: file.location(of: s.range.start).line
            )
          )
        case .notify(let owner, let before):
          let step = before.flatMap { name in timeline?.steps.first { $0.id == name.text } }
          notify.append((owner.text, step.flatMap { $0.due ?? $0.start }))
        default: break
        }
      }
      guard let subjectName, let subject = SubjectKind(vocabularyName: subjectName) else { continue }
      rules.append(
        CompiledRule(
          id: b.name.text,
          subject: subject,
          lets: lets,
          guardExpr: guardExpr,
          guardText: guardText,
          outcomes: outcomes,
          notify: notify,
          due: timeline?.ruleDues[b.name.text],
          line: file.location(of: b.range.start).line,
          payment: payment ?? defaultPayment
        )
      )
    }
    return rules
  }

  static func compile(_ e: Expr, scopes: [String], lets: [String], terms: PaymentTerms) -> Compiled {
    switch e.kind {
    case .number(let n): return .constant(.number(Double(n)))
    case .string(let s): return .constant(.text(s))
    case .name(let n):
      for (depth, scope) in scopes.enumerated().reversed() {
        if RuleVocabulary.subjects[scope]?[n] != nil, let f = Field(rawValue: n) { return .field(f, depth: depth) }
      }
      if let slot = lets.lastIndex(of: n) { return .letSlot(slot) }
      switch n {
      case "true": return .constant(.bool(true))
      case "false": return .constant(.bool(false))
      case "regular", "makeup", "retake": return .constant(.text(n))
      case "batch-limit": return .constant(.number(Double(terms.batchLimit ?? Int.max / 2)))
      case "window-closed": return .field(.windowClosed, depth: 0)
      case "course-limit": return .constant(.number(Double(terms.courseLimit ?? Int.max / 2)))
      default: return .unknown
      }
    case .call(let name, let args):
      guard let arg = args.first else { return .unknown }
      let c = compile(arg, scopes: scopes, lets: lets, terms: terms)
      switch name.text {
      case "count": return .count(c)
      case "any": return .any(c)
      case "none": return .none(c)
      default: return .unknown
      }
    case .filter(let collection, let predicate):
      guard case .collection(let element)? = elementType(collection, scopes: scopes),
        let kind = SubjectKind(vocabularyName: element)
      else { return .unknown }
      return .filter(
        compile(collection, scopes: scopes, lets: lets, terms: terms),
        element: kind,
        predicate: compile(predicate, scopes: scopes + [element], lets: lets, terms: terms)
      )
    case .not(let inner): return .not(compile(inner, scopes: scopes, lets: lets, terms: terms))
    case .binary(let op, let l, let r):
      return .binary(
        op,
        compile(l, scopes: scopes, lets: lets, terms: terms),
        compile(r, scopes: scopes, lets: lets, terms: terms)
      )
    }
  }

  /// The collection type of a filter's source, looked up the way the checker types it.
  private static func elementType(_ e: Expr, scopes: [String]) -> RuleVocabulary.ValueType? {
    switch e.kind {
    case .name(let n):
      for scope in scopes.reversed() { if let t = RuleVocabulary.subjects[scope]?[n] { return t } }
      return nil
    case .filter(let c, _): return elementType(c, scopes: scopes)
    default: return nil
    }
  }
}
