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

  /// `shared`: the owners, audiences and contacts of a term file the workflow uses (checked in
  /// their own file), known here as if declared.
  static func check(_ w: Workflow, sink: DiagnosticSink, shared: [Decl] = []) -> SymbolTable {
    let symbols = Resolver.resolve(w, sink: sink, shared: shared)
    for stage in stages { stage.run(w, symbols, sink) }
    return symbols
  }
}
