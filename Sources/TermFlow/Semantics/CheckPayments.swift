/// Values in payment blocks that must make sense: a positive fee, a batch limit of at least one,
/// waits that are not zero.
enum CheckPayments {
  static func run(_ w: Workflow, _ symbols: SymbolTable, _ sink: DiagnosticSink) {
    for d in w.decls {
      guard case .payment(let b) = d else { continue }
      for s in b.items {
        switch s.kind {
        case .fee(let amount, _) where amount.cents <= 0:
          sink.error(SemanticsDiagnostics.badValue, "a fee must be more than 0", s.range)
        case .batchLimit(let n) where n < 1:
          sink.error(SemanticsDiagnostics.badValue, "a batch holds at least 1 course", s.range)
        case .releaseAfter(let d), .repayAfter(let d):
          if d.amount <= 0 { sink.error(SemanticsDiagnostics.badValue, "a wait must be longer than 0", d.range) }
        default: break
        }
      }
    }
  }
}
