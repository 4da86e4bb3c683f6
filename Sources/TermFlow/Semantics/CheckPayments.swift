/// Values in payment blocks that must make sense: a positive fee, a batch limit of at least one,
/// waits that are not zero. And rules that read payments name the one they read: with two payment
/// blocks, no rule silently reads the first.
enum CheckPayments {
  static func run(_ w: Workflow, _ symbols: SymbolTable, _ sink: DiagnosticSink) {
    checkTerms(w, sink)
    let payments = w.decls.compactMap { d -> String? in
      if case .payment(let b) = d { return b.name.text } else { return nil }
    }
    for d in w.decls {
      guard case .rule(let b) = d else { continue }
      for case .forEach(let names, let of) in b.items.map(\.kind) {
        if let of {
          guard !payments.contains(of.text) else { continue }
          sink.report(SemanticsDiagnostics.unknownPayment(name: of.text, payments: payments), at: of.range)
        } else if payments.count > 1, let first = names.first, let last = names.last,
          ["order", "registration", "bill"].contains(RuleVocabulary.subject(for: names.map(\.text)) ?? "")
        {
          sink.report(
            SemanticsDiagnostics.whichPayment(rule: b.name.text, payments: payments, subject: names.map(\.text)),
            at: first.range.union(last.range)
          )
        }
      }
    }
  }

  private static func checkTerms(_ w: Workflow, _ sink: DiagnosticSink) {
    for d in w.decls {
      guard case .payment(let b) = d else { continue }
      var feeFor: [String: SourceRange] = [:]
      for s in b.items {
        switch s.kind {
        case .fee(let f):
          if f.amount.cents <= 0 { sink.report(SemanticsDiagnostics.feeOfNothing, at: s.range) }
          if let hi = f.upTo, hi.cents <= f.amount.cents {
            sink.report(SemanticsDiagnostics.feeRangeBackwards, at: s.range)
          }
          // One line per course type, and one for every other course.
          for key in f.courseTypes.isEmpty ? [""] : f.courseTypes.map(\.value) {
            if let first = feeFor[key] {
              sink.report(
                SemanticsDiagnostics.secondFee(for: key, first: first),
                at: s.range
              )
            } else {
              feeFor[key] = s.range
            }
          }
        case .batchLimit(let n) where n < 1:
          sink.report(SemanticsDiagnostics.batchOfNone, at: s.range)
        case .courseLimit(let n) where n < 1:
          sink.report(SemanticsDiagnostics.courseLimitOfNone, at: s.range)
        case .releaseAfter(let d), .repayAfter(let d):
          if d.amount <= 0 { sink.report(SemanticsDiagnostics.waitOfNothing, at: d.range) }
        default: break
        }
      }
    }
  }
}
