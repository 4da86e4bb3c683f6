/// Runs the semantic checks in a fixed, named order (as OPA's compiler stages). Each stage appends to
/// the sink and none stops the others, so one run reports every independent problem.
enum Checker {
  typealias Stage = (name: String, run: @Sendable (Workflow, SymbolTable, DiagnosticSink) -> Void)

  static let stages: [Stage] = [
    ("statement-placement", CheckStatementPlacement.run),
    ("references", CheckReferences.run),
    ("dependency-cycles", CheckDependencyCycles.run),
    ("payments", CheckPayments.run),
    ("rule-expressions", CheckRuleExpressions.run),
  ]

  static func check(_ w: Workflow, sink: DiagnosticSink) -> SymbolTable {
    let symbols = Resolver.resolve(w, sink: sink)
    for stage in stages { stage.run(w, symbols, sink) }
    return symbols
  }
}
