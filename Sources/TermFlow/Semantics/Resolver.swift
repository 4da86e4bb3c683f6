/// Collects declarations into a `SymbolTable`, reporting a name declared twice in one namespace.
enum Resolver {
  static func resolve(_ w: Workflow, sink: DiagnosticSink, shared: [Decl] = []) -> SymbolTable {
    var t = SymbolTable()
    func declare(_ name: Name, _ kind: String, _ table: inout [String: Name]) {
      if let first = table[name.text] {
        sink.report(
          SemanticsDiagnostics.declaredTwice(kind, name: name.text, first: first.range),
          at: name.range
        )
      } else {
        table[name.text] = name
      }
    }
    for d in w.decls {
      switch d {
      case .workflow(let n, _, _):
        if let first = t.workflowName {
          sink.report(
            SemanticsDiagnostics.secondWorkflow(first: first.range),
            at: n.range
          )
        } else {
          t.workflowName = n
        }
      case .term(let term): t.terms.append(term)
      case .owner(let n, _, _): declare(n, "owner", &t.owners)
      case .audience(let n, _, _): declare(n, "audience", &t.audiences)
      case .contact(let n, _, _, _): declare(n, "contact", &t.contacts)
      case .step(let b): declare(b.name, "step", &t.schedulables)
      case .payment(let b): declare(b.name, "step", &t.schedulables)
      case .rule(let b): declare(b.name, "rule", &t.rules)
      case .policy(let b): declare(b.name, "policy", &t.policies)
      // The layout compiler resolves its own names (they may come from a used file).
      case .table, .values, .grades, .use, .notice: break
      }
    }
    // A term file's people, where this workflow does not name its own.
    for d in shared {
      switch d {
      case .owner(let n, _, _) where t.owners[n.text] == nil: t.owners[n.text] = n
      case .audience(let n, _, _) where t.audiences[n.text] == nil: t.audiences[n.text] = n
      case .contact(let n, _, _, _) where t.contacts[n.text] == nil: t.contacts[n.text] = n
      default: break
      }
    }
    // A file of layout declarations only (a school's shared `use` file), a term file, or a workflow
    // whose term a term file gives, needs no term block of its own.
    let layoutOnly = w.decls.allSatisfy { d in
      switch d {
      case .table, .values, .grades, .use, .owner, .audience, .contact: return true
      default: return false
      }
    }
    let termShared = shared.contains { if case .term = $0 { true } else { false } }
    if t.terms.isEmpty, !w.decls.isEmpty, !layoutOnly, !termShared {
      sink.report(
        SemanticsDiagnostics.noTerm,
        at: w.decls.first.map { SourceRange($0.range.start, $0.range.start) }
      )
    }
    for extra in t.terms.dropFirst() {
      sink.report(
        SemanticsDiagnostics.secondTerm(first: t.terms.first?.name.range),
        at: extra.name.range
      )
    }
    return t
  }
}
