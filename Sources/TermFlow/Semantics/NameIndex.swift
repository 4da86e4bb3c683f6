/// Where each declared name is defined and where it is used, for the editor's go-to-definition, find
/// references, outline and hover. Namespaces as `check` has them: steps and payments share one (an
/// `after` may name either); owners, audiences, rules, policies and contacts each have their own.
struct NameIndex {
  enum Space: String, Sendable { case step, owner, audience, rule, policy, contact }

  struct Symbol {
    var space: Space
    /// `step`, `payment`, `owner`, … as the file's keyword says.
    var keyword: String
    var name: Name
    /// The whole declaration.
    var range: SourceRange
  }

  struct Use {
    var space: Space
    var name: Name
  }

  var symbols: [Symbol] = []
  var uses: [Use] = []
  /// Rule expressions' field names with the rule's subject, for hover.
  var fields: [(name: String, range: SourceRange, subject: String?)] = []

  init(_ w: Workflow) {
    for d in w.decls {
      switch d {
      case .owner(let n, _, let r): symbols.append(Symbol(space: .owner, keyword: "owner", name: n, range: r))
      case .audience(let n, _, let r): symbols.append(Symbol(space: .audience, keyword: "audience", name: n, range: r))
      case .contact(let n, _, _, let r): symbols.append(Symbol(space: .contact, keyword: "contact", name: n, range: r))
      case .step(let b): block(b, .step, "step")
      case .payment(let b): block(b, .step, "payment")
      case .rule(let b): block(b, .rule, "rule")
      case .policy(let b): block(b, .policy, "policy")
      default: break
      }
    }
  }

  private mutating func block(_ b: Block, _ space: Space, _ keyword: String) {
    symbols.append(Symbol(space: space, keyword: keyword, name: b.name, range: b.range))
    var subject: String?
    for s in b.items {
      switch s.kind {
      case .owner(let n): uses.append(Use(space: .owner, name: n))
      case .deliver(_, let to?): uses.append(Use(space: .owner, name: to))
      case .clearUnpaid(let by?): uses.append(Use(space: .owner, name: by))
      case .audience(let ns), .exempt(let ns), .channel(_, let ns): uses += ns.map { Use(space: .audience, name: $0) }
      case .after(let ns): uses += ns.map { Use(space: .step, name: $0) }
      case .notify(let o, let before):
        uses.append(Use(space: .owner, name: o))
        if let before { uses.append(Use(space: .step, name: before)) }
      case .outcome(let o):
        if let owner = o.owner { uses.append(Use(space: .owner, name: owner)) }
        if let c = o.condition { expr(c, subject) }
      case .forEach(let names, let payment):
        subject = RuleVocabulary.subject(for: names.map(\.text))
        if let payment { uses.append(Use(space: .step, name: payment)) }
      case .when(let e), .letBinding(_, let e): expr(e, subject)
      case .start(let e), .due(let e), .on(let e): date(e)
      case .window(let a, let z), .span(_, let a, let z):
        date(a)
        date(z)
      default: break
      }
    }
  }

  private mutating func date(_ e: DateExpr) {
    if case .relative(_, _, let anchor) = e.kind { uses.append(Use(space: .step, name: anchor)) }
  }

  /// Field names in an expression (iteratively: an expression may nest 200 levels).
  private mutating func expr(_ root: Expr, _ subject: String?) {
    var stack = [root]
    while let e = stack.popLast() {
      switch e.kind {
      case .name(let n): fields.append((n, e.range, subject))
      case .call(_, let args): stack += args
      case .filter(let c, let p): stack += [c, p]
      case .not(let x): stack.append(x)
      case .binary(_, let l, let r): stack += [l, r]
      default: break
      }
    }
  }

  /// The declaration or use at `offset`: its namespace and name.
  func name(at offset: Int) -> (space: Space, name: String)? {
    if let s = symbols.first(where: { $0.name.range.contains(offset) || $0.name.range.end == offset }) {
      return (s.space, s.name.text)
    }
    if let u = uses.first(where: { $0.name.range.contains(offset) || $0.name.range.end == offset }) {
      return (u.space, u.name.text)
    }
    return nil
  }

  func definition(_ space: Space, _ name: String) -> Symbol? {
    symbols.first { $0.space == space && $0.name.text == name }
  }

  /// Every place the name is written: its declaration first, then its uses in file order.
  func references(_ space: Space, _ name: String) -> [SourceRange] {
    let decl = symbols.filter { $0.space == space && $0.name.text == name }.map(\.name.range)
    let used = uses.filter { $0.space == space && $0.name.text == name }.map(\.name.range).sorted()
    return decl + used
  }
}
