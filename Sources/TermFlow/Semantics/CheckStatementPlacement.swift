/// Which statements may stand in which block, which may stand only once, and what each block needs.
enum CheckStatementPlacement {
  enum BlockKind: String { case step, payment, rule, policy }

  static func run(_ w: Workflow, _ symbols: SymbolTable, _ sink: DiagnosticSink) {
    var firstNotice: SourceRange?
    for d in w.decls {
      switch d {
      case .step(let b): check(b, .step, sink)
      case .payment(let b): check(b, .payment, sink)
      case .rule(let b): check(b, .rule, sink)
      case .policy(let b): check(b, .policy, sink)
      case .notice(let n): checkNotice(n, first: &firstNotice, sink)
      case .workflow, .term, .owner, .audience, .contact, .table, .values, .grades, .use: break
      }
    }
  }

  /// One notice block; in it, attachments and copies may repeat, the rest stand once.
  private static func checkNotice(_ n: NoticeDecl, first: inout SourceRange?, _ sink: DiagnosticSink) {
    if let f = first {
      sink.report(
        SemanticsDiagnostics.secondNotice(first: f),
        at: SourceRange(n.range.start, n.range.start + 6)
      )
      return
    }
    first = n.range
    var seen: [String: SourceRange] = [:]
    for i in n.items {
      let word = StatementPrinter.noticeItem(i).prefix { $0 != " " }
      guard word != "attachment", word != "copy" else { continue }
      if let earlier = seen[String(word)] {
        sink.report(
          SemanticsDiagnostics.noticeSaysTwice(String(word), first: earlier),
          at: i.range
        )
      } else {
        seen[String(word)] = i.range
      }
    }
  }

  /// The statement's keyword, whether it may repeat, and the blocks it belongs to.
  static func describe(_ k: Statement.Kind) -> (keyword: String, repeatable: Bool, allowed: Set<BlockKind>) {
    switch k {
    case .title: return ("title", false, [.step, .payment, .rule, .policy])
    case .note: return ("note", true, [.step, .payment, .rule, .policy])
    case .owner: return ("owner", false, [.step, .payment, .policy])
    case .audience: return ("audience", false, [.step, .payment, .policy])
    case .deliver: return ("deliver", true, [.step, .policy])
    case .require: return ("require", true, [.step, .policy])
    case .start: return ("start", false, [.step])
    case .due: return ("due", false, [.step, .rule])
    case .on: return ("on", false, [.step])
    case .span(let k, _, _): return (k, false, [.step])
    case .after: return ("after", true, [.step, .payment])
    case .postponeToWorkingDay: return ("postpone", false, [.step, .payment])
    case .allowDayOff: return ("allow day off", false, [.step, .payment])
    case .window: return ("window", false, [.payment])
    case .channel: return ("channel", true, [.payment])
    case .fee: return ("fee", true, [.payment])
    case .firstRetakeFree: return ("first retake free", false, [.payment])
    case .exempt: return ("exempt", true, [.payment])
    case .batchLimit: return ("batch", false, [.payment])
    case .courseLimit: return ("limit", false, [.payment])
    case .releaseAfter: return ("release", false, [.payment])
    case .repayAfter: return ("repay", false, [.payment])
    case .syncLag: return ("sync", false, [.payment])
    case .clearUnpaid: return ("clear", false, [.payment])
    case .forEach: return ("for", false, [.rule])
    case .letBinding: return ("let", true, [.rule])
    case .when: return ("when", false, [.rule])
    case .outcome(let o): return (o.kind.rawValue, true, [.rule])
    case .notify: return ("notify", true, [.rule])
    }
  }

  private static func check(_ b: Block, _ kind: BlockKind, _ sink: DiagnosticSink) {
    var seen: [String: SourceRange] = [:]
    var hasOwner = false, hasDate = false, hasAfter = false, hasWindow = false, hasOutcome = false, hasFor = false
    for s in b.items {
      let (keyword, repeatable, allowed) = describe(s.kind)
      guard allowed.contains(kind) else {
        sink.report(
          SemanticsDiagnostics.statementMisplaced(keyword, in: kind.rawValue, allowed: allowed.map(\.rawValue)),
          at: s.range
        )
        continue
      }
      if !repeatable, let first = seen[keyword] {
        sink.report(
          SemanticsDiagnostics.statementTwice(kind.rawValue, block: b.name.text, keyword: keyword, first: first),
          at: s.range
        )
      }
      seen[keyword] = seen[keyword] ?? s.range
      switch s.kind {
      case .owner: hasOwner = true
      case .start, .due, .on, .span: hasDate = true
      case .after: hasAfter = true
      case .window: hasWindow = true
      case .outcome: hasOutcome = true
      case .forEach: hasFor = true
      default: break
      }
    }
    if seen["on"] != nil, let due = seen["due"] ?? seen["start"] {
      sink.report(SemanticsDiagnostics.onSetsBoth, at: due)
    }
    switch kind {
    case .step, .policy:
      if !hasOwner {
        sink.report(
          SemanticsDiagnostics.noOwner(kind.rawValue, name: b.name.text),
          at: b.name.range
        )
      }
      if kind == .step, !hasDate, !hasAfter {
        sink.report(SemanticsDiagnostics.undated(step: b.name.text), at: b.name.range)
      }
    case .payment:
      if !hasWindow {
        sink.report(
          SemanticsDiagnostics.noWindow(payment: b.name.text),
          at: b.name.range
        )
      }
    case .rule:
      if !hasOutcome {
        sink.report(SemanticsDiagnostics.ruleWithoutOutcome(b.name.text), at: b.name.range)
      }
      if !hasFor {
        sink.report(
          SemanticsDiagnostics.ruleWithoutSubject(b.name.text),
          at: b.name.range
        )
      }
    }
  }
}
