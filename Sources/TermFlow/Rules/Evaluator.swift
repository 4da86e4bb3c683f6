import Dispatch

/// Runs compiled rules over the state: every subject of each rule's kind, its guard, then each
/// outcome. Pure: the same state and `today` give the same findings.
struct Evaluator {
  let ctx: RuleContext
  let today: Int

  /// The scope stack: the rule's subject, then one element per enclosing `where`.
  struct Scopes {
    var subject: Subject
    var inner: [Subject] = []
    func at(_ depth: Int) -> Subject {
      depth == 0 ? subject : (depth - 1 < inner.count ? inner[depth - 1] : subject)
    }
  }

  func eval(_ c: Compiled, _ scopes: Scopes, _ lets: [Value]) -> Value {
    switch c {
    case .constant(let v): return v
    case .field(let f, let depth): return ctx.value(f, of: scopes.at(depth))
    case .letSlot(let i): return i < lets.count ? lets[i] : .bool(false)
    case .count(let inner): return .number(Double(items(inner, scopes, lets).count))
    case .any(let inner): return .bool(!items(inner, scopes, lets).isEmpty)
    case .none(let inner): return .bool(items(inner, scopes, lets).isEmpty)
    case .filter(let source, let element, let predicate):
      let kept = items(source, scopes, lets).filter { x in
        var s = scopes
        s.inner.append(Subject(kind: element, index: x))
        return eval(predicate, s, lets).truth
      }
      return .list(element, kept)
    case .not(let inner): return .bool(!eval(inner, scopes, lets).truth)
    case .binary(let op, let l, let r):
      switch op {
      case .and: return .bool(eval(l, scopes, lets).truth && eval(r, scopes, lets).truth)
      case .or: return .bool(eval(l, scopes, lets).truth || eval(r, scopes, lets).truth)
      case .eq: return .bool(Value.equal(eval(l, scopes, lets), eval(r, scopes, lets)))
      case .ne: return .bool(!Value.equal(eval(l, scopes, lets), eval(r, scopes, lets)))
      default: break
      }
      let a = eval(l, scopes, lets).number, b = eval(r, scopes, lets).number
      switch op {
      case .lt: return .bool(a < b)
      case .le: return .bool(a <= b)
      case .gt: return .bool(a > b)
      case .ge: return .bool(a >= b)
      case .add: return .number(a + b)
      case .sub: return .number(a - b)
      case .mul: return .number(a * b)
      case .div: return .number(b == 0 ? 0 : a / b)
      default: return .bool(false)
      }
    case .unknown: return .bool(false)
    }
  }

  private func items(_ c: Compiled, _ scopes: Scopes, _ lets: [Value]) -> [Int] {
    if case .list(_, let xs) = eval(c, scopes, lets) { return xs }
    return []
  }

  func count(_ kind: SubjectKind) -> Int {
    switch kind {
    case .student: return ctx.state.students.count
    case .course: return ctx.state.courses.count
    case .pair: return ctx.state.pairs.count
    case .registration: return ctx.state.registrations.count
    case .record: return ctx.state.records.count
    case .order: return ctx.state.orders.count
    case .bill: return ctx.state.bills.count
    }
  }

  func lets(_ rule: CompiledRule, _ scopes: Scopes) -> [Value] {
    var values: [Value] = []
    for l in rule.lets { values.append(eval(l.value, scopes, values)) }
    return values
  }

  /// Subjects per piece of work: a rule over a million pairs is cut in pieces that run on every core.
  static let piece = 1 << 16

  /// Every rule over every subject. The work is cut into pieces (a rule and a range of its subjects)
  /// that run in parallel, each into its own list; the lists are joined in rule and subject order,
  /// so the findings are exactly those of one pass.
  func run(_ rules: [CompiledRule]) -> [Finding] {
    var pieces: [(rule: Int, range: Range<Int>)] = []
    for (r, rule) in rules.enumerated() {
      let total = count(rule.subject)
      // A rule with lets keeps the per-subject walk, in one piece: a let may hold text or a list.
      guard rule.lets.isEmpty else {
        pieces.append((r, 0..<total))
        continue
      }
      var lo = 0
      repeat {
        pieces.append((r, lo..<min(lo + Self.piece, total)))
        lo += Self.piece
      } while lo < total
    }
    let results = PieceResults(count: pieces.count)
    let shared = Unchecked((self, rules, pieces))
    DispatchQueue.concurrentPerform(iterations: pieces.count) { k in
      let (evaluator, rules, pieces) = shared.value
      let (r, range) = pieces[k]
      var found: [Finding] = []
      if rules[r].lets.isEmpty {
        evaluator.runBlocks(rules[r], range, &found)
      } else {
        evaluator.runPerSubject(rules[r], &found)
      }
      results.set(k, found)
    }
    return results.joined()
  }

  fileprivate func runBlocks(_ rule: CompiledRule, _ range: Range<Int>, _ findings: inout [Finding]) {
    var lo = range.lowerBound
    while lo < range.upperBound {
      let block = BlockEvaluator(
        evaluator: self,
        kind: rule.subject,
        range: lo..<min(lo + BlockEvaluator.width, range.upperBound)
      )
      let size = block.range.count
      func truths(_ c: Compiled) -> [Double] {
        block.values(c)
          ?? block.range.map { eval(c, Scopes(subject: Subject(kind: rule.subject, index: $0)), []).truth ? 1 : 0 }
      }
      let guardValues = rule.guardExpr.map(truths) ?? Array(repeating: 1, count: size)
      // One flat array, outcome after outcome, so the subject loop below touches no nested arrays.
      var fired = [Double](repeating: 1, count: size * rule.outcomes.count)
      for (o, outcome) in rule.outcomes.enumerated() {
        guard let c = outcome.condition else { continue }
        let values = truths(c)
        for k in 0..<size { fired[o * size + k] = values[k] }
      }
      for k in 0..<size where guardValues[k] != 0 {
        for o in 0..<rule.outcomes.count where fired[o * size + k] != 0 {
          Finding.make(
            rule,
            rule.outcomes[o],
            Subject(kind: rule.subject, index: block.range.lowerBound + k),
            ctx,
            today: today,
            into: &findings
          )
        }
      }
      lo = block.range.upperBound
    }
  }

  fileprivate func runPerSubject(_ rule: CompiledRule, _ findings: inout [Finding]) {
    // Hoisted out of the subject loop: a million subjects must not copy outcomes a million times.
    let conditions = rule.outcomes.map(\.condition)
    let guardExpr = rule.guardExpr
    for i in 0..<count(rule.subject) {
      let subject = Subject(kind: rule.subject, index: i)
      let scopes = Scopes(subject: subject)
      let values = lets(rule, scopes)
      if let g = guardExpr, !eval(g, scopes, values).truth { continue }
      for k in 0..<conditions.count {
        if let c = conditions[k], !eval(c, scopes, values).truth { continue }
        Finding.make(rule, rule.outcomes[k], subject, ctx, today: today, into: &findings)
      }
    }
  }
}

/// Each piece's findings, written by the thread that ran it into its own slot.
private final class PieceResults: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<[Finding]>

  init(count: Int) { slots = .allocate(capacity: count); slots.initialize(repeating: []) }
  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func set(_ k: Int, _ findings: [Finding]) { slots[k] = findings }

  func joined() -> [Finding] {
    var all: [Finding] = []
    all.reserveCapacity(slots.reduce(0) { $0 + $1.count })
    for f in slots { all += f }
    return all
  }
}
