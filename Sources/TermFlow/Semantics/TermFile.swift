/// A term file (`use "term.flow"`): the term block and the offices, audiences and contacts that every
/// workflow of the term shares, written once. Its declarations are checked and reported in its own
/// file; a workflow that uses it knows them as if declared, and its own declarations come first.
enum TermFile {
  struct Shared {
    /// Owners, audiences and contacts, in the order the used files give them.
    var names: [Decl] = []
    /// The first used file's term, with the sink of the file that declares it.
    var term: (TermDecl, DiagnosticSink)?
  }

  static func shared(_ used: [(Workflow, DiagnosticSink)]) -> Shared {
    var out = Shared()
    for (w, sink) in used {
      for d in w.decls {
        switch d {
        case .owner, .audience, .contact: out.names.append(d)
        case .term(let t):
          if let first = out.term {
            sink.report(SemanticsDiagnostics.secondUsedTerm(firstIn: first.1.file), at: t.name.range)
          } else {
            out.term = (t, sink)
          }
        default: break
        }
      }
    }
    return out
  }
}
