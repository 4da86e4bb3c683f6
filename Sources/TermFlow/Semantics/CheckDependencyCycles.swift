/// Steps may not depend on themselves, directly or through others (`after` and relative dates).
enum CheckDependencyCycles {
  /// Each schedulable's dependencies with the range of the reference, in source order.
  static func edges(_ w: Workflow) -> [String: [(String, SourceRange)]] {
    var edges: [String: [(String, SourceRange)]] = [:]
    for d in w.decls {
      switch d {
      case .step(let b), .payment(let b): edges[b.name.text, default: []] += dependencies(of: b)
      default: break
      }
    }
    return edges
  }

  static func dependencies(of b: Block) -> [(String, SourceRange)] {
    var out: [(String, SourceRange)] = []
    for s in b.items {
      switch s.kind {
      case .after(let ns): out += ns.map { ($0.text, $0.range) }
      case .start(let e), .due(let e), .on(let e):
        if case .relative(_, _, let a) = e.kind { out.append((a.text, a.range)) }
      case .window(let a, let z), .span(_, let a, let z):
        for e in [a, z] { if case .relative(_, _, let n) = e.kind { out.append((n.text, n.range)) } }
      default: break
      }
    }
    return out
  }

  static func run(_ w: Workflow, _ symbols: SymbolTable, _ sink: DiagnosticSink) {
    let graph = edges(w)
    var state: [String: Int] = [:]  // 1 = on the stack, 2 = done
    var stack: [String] = []
    var reported = Set<String>()

    func visit(_ node: String) {
      state[node] = 1
      stack.append(node)
      for (next, range) in graph[node] ?? [] where graph[next] != nil {
        if state[next] == 1 {
          let cycle = Array(stack[(stack.lastIndex(of: next) ?? 0)...]) + [next]
          let key = Set(cycle).sorted().joined(separator: ",")
          if reported.insert(key).inserted {
            sink.report(
              SemanticsDiagnostics.cycle(cycle),
              at: range
            )
          }
        } else if state[next] == nil {
          visit(next)
        }
      }
      stack.removeLast()
      state[node] = 2
    }
    // Declaration order keeps the reported edge stable.
    for d in w.decls {
      switch d {
      case .step(let b), .payment(let b): if state[b.name.text] == nil { visit(b.name.text) }
      default: break
      }
    }
  }
}
