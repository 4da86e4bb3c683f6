/// Every owner, audience and step a statement names must be declared.
enum CheckReferences {
  static func run(_ w: Workflow, _ symbols: SymbolTable, _ sink: DiagnosticSink) {
    let r = Reporter(symbols: symbols, sink: sink)
    for d in w.decls {
      switch d {
      case .step(let b), .payment(let b), .rule(let b), .policy(let b):
        for s in b.items { r.statement(s) }
      case .workflow, .term, .owner, .audience, .contact, .table, .values, .grades, .use, .notice: break
      }
    }
  }

  private struct Reporter {
    let symbols: SymbolTable
    let sink: DiagnosticSink

    func statement(_ s: Statement) {
      switch s.kind {
      case .owner(let n): owner(n)
      case .deliver(_, let to): if let to { owner(to) }
      case .notify(let o, let before):
        owner(o)
        if let before { step(before) }
      case .outcome(let o): if let n = o.owner { owner(n) }
      case .clearUnpaid(let by): if let by { owner(by) }
      case .audience(let ns), .exempt(let ns): ns.forEach(audience)
      case .channel(_, let ns): ns.forEach(audience)
      case .after(let ns): ns.forEach(step)
      case .start(let e), .due(let e), .on(let e): dateExpr(e)
      case .window(let a, let b), .span(_, let a, let b):
        dateExpr(a)
        dateExpr(b)
      case .title, .note, .require, .postponeToWorkingDay, .allowDayOff, .fee, .firstRetakeFree, .batchLimit,
        .courseLimit, .releaseAfter,
        .repayAfter, .syncLag, .forEach, .letBinding, .when:
        break
      }
    }

    func dateExpr(_ e: DateExpr) {
      if case .relative(_, _, let anchor) = e.kind { step(anchor) }
    }

    func owner(_ n: Name) {
      guard symbols.owners[n.text] == nil else { return }
      sink.report(
        SemanticsDiagnostics.unknownOwner(name: n.text, known: symbols.owners.keys),
        at: n.range
      )
    }

    func audience(_ n: Name) {
      guard symbols.audiences[n.text] == nil else { return }
      sink.report(
        SemanticsDiagnostics.unknownAudience(name: n.text, known: symbols.audiences.keys),
        at: n.range
      )
    }

    func step(_ n: Name) {
      // Another workflow's step (`bukao/补考成绩录入`) is found, or not, when the term is read.
      guard symbols.schedulables[n.text] == nil, !n.text.contains("/") else { return }
      sink.report(
        SemanticsDiagnostics.unknownStep(name: n.text, known: symbols.schedulables.keys),
        at: n.range
      )
    }
  }
}
