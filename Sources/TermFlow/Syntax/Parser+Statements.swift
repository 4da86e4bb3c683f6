/// Statements of step, payment, rule and policy blocks.
extension Parser {
  mutating func parseStatement() throws -> Statement {
    let start = current.range.start
    guard current.kind == .identifier else {
      throw fail("expected a statement", code: SyntaxDiagnostics.unknownStatement)
    }
    let keyword = advance().text
    let kind: Statement.Kind
    switch keyword {
    case "title": kind = .title(try expectString("the title"))
    case "note", "text": kind = .note(try expectString("the note"))
    case "owner": kind = .owner(try expectName("the owner"))
    case "audience": kind = .audience(try parseNameList("an audience"))
    case "require": kind = .require(try expectString("what is required"))
    case "deliver":
      let form = try expectString("the form or document delivered")
      kind = .deliver(form: form, to: accept("to") ? try expectName("whom it goes to") : nil)
    case "start": kind = .start(try parseDateExpr())
    case "due", "on":
      let from = try parseDateExpr(list: true)
      if current.kind == .rangeWord || current.kind == .dotdot {
        let word = advance().text
        var to = try parseRangeEnd(after: from)
        if word != ".." { to.joinedBy = word }
        kind = .span(keyword: keyword, from: from, to: to)
      } else {
        kind = keyword == "due" ? .due(from) : .on(from)
      }
    case "after": kind = .after(try parseStepList())
    case "postpone":
      _ = try expectWord("to", "after 'postpone'")
      _ = try expectWord("next", "in 'postpone to next working day'")
      _ = try expectWord("working", "in 'postpone to next working day'")
      _ = try expectWord("day", "in 'postpone to next working day'")
      kind = .postponeToWorkingDay
    case "allow":
      _ = try expectWord("day", "in 'allow day off'")
      _ = try expectWord("off", "in 'allow day off'")
      kind = .allowDayOff
    case "window":
      let from = try parseDateExpr()
      if current.kind == .rangeWord {
        let word = advance().text
        var to = try parseRangeEnd(after: from)
        to.joinedBy = word
        kind = .window(from: from, to: to)
      } else {
        _ = try expect(.dotdot, "'..' between the window's first and last day")
        kind = .window(from: from, to: try parseDateExpr())
      }
    case "channel":
      let name = try expectString("the channel's name")
      kind = .channel(name: name, audiences: accept("for") ? try parseNameList("an audience") : [])
    case "fee":
      let amount = try parseAmount()
      let upTo = accept(.dotdot) ? try parseAmount() : nil
      _ = try expectWord("per", "after the fee amount (as in: fee 80 per credit)")
      guard current.kind == .identifier, let unit = FeeUnit(rawValue: current.text) else {
        throw fail("expected 'credit', 'course' or 'order' after 'per'")
      }
      _ = advance()
      var types: [StringLit] = []
      if isWord("for") {
        _ = advance()
        types.append(try expectString("a course type (as in: for \"专业必修课\")"))
        while accept(.comma) { types.append(try expectString("a course type")) }
      }
      kind = .fee(Fee(amount: amount, upTo: upTo, per: unit, courseTypes: types))
    case "first":
      _ = try expectWord("retake", "in 'first retake free'")
      _ = try expectWord("free", "in 'first retake free'")
      kind = .firstRetakeFree
    case "exempt": kind = .exempt(try parseNameList("an audience"))
    case "batch":
      _ = try expectWord("at", "in 'batch at most N courses'")
      _ = try expectWord("most", "in 'batch at most N courses'")
      let n = try expectInt("the most courses one order may hold")
      guard accept("courses") || accept("course") else { throw fail("expected 'courses'") }
      kind = .batchLimit(n)
    case "limit":
      let n = try expectInt("the most courses one student may apply for")
      guard accept("courses") || accept("course") else {
        throw fail("expected 'courses' (as in: limit 5 courses per student)")
      }
      _ = try expectWord("per", "in 'limit N courses per student'")
      _ = try expectWord("student", "in 'limit N courses per student'")
      kind = .courseLimit(n)
    case "release", "repay":
      _ = try expectWord("after", "after '\(keyword)'")
      let d = try parseDuration()
      kind = keyword == "release" ? .releaseAfter(d) : .repayAfter(d)
    case "sync":
      _ = try expectWord("lag", "after 'sync'")
      let normal = try parseDuration()
      var off: Duration?, then: Duration?
      while accept(.comma) || isWord("off-hours") || isWord("then") {
        if accept("then") {
          then = try parseDuration()
        } else {
          _ = try expectWord(
            "off-hours",
            "or 'then' (as in: sync lag 30 minutes, off-hours 2 working days, then 2 days)"
          )
          off = try parseDuration()
        }
      }
      kind = .syncLag(normal: normal, offHours: off, then: then)
    case "clear":
      _ = try expectWord("unpaid", "in 'clear unpaid registrations'")
      _ = try expectWord("registrations", "in 'clear unpaid registrations'")
      var by: Name?
      if isWord("by") {
        _ = advance()
        by = try expectName("the owner who clears them")
      }
      kind = .clearUnpaid(by: by)
    case "for":
      let names = try parseNameList("a subject (student, course, registration, order)")
      var payment: Name?
      if isWord("of") {
        _ = advance()
        payment = try expectName("the payment the rule reads")
      }
      kind = .forEach(names, of: payment)
    case "let":
      let name = try expectName("the name to bind")
      guard current.kind == .op, current.text == "=" || current.text == "==" else { throw fail("expected '='") }
      _ = advance()
      kind = .letBinding(name: name, value: try parseExpr())
    case "when": kind = .when(try parseExpr())
    case "warn", "error":
      let message = try expectString("the message")
      kind = .outcome(
        Outcome(kind: keyword == "warn" ? .warn : .error, owner: nil, message: message, condition: try parseCondition())
      )
    case "task":
      let owner = try expectName("the owner who gets the task")
      let message = try expectString("what the task is")
      kind = .outcome(Outcome(kind: .task, owner: owner, message: message, condition: try parseCondition()))
    case "notify":
      let owner = try expectName("whom to notify")
      kind = .notify(owner: owner, before: accept("before") ? try expectName("the step it must precede") : nil)
    default:
      index -= 1
      throw fail("unknown statement '\(keyword)'", code: SyntaxDiagnostics.unknownStatement)
    }
    return Statement(kind: kind, range: SourceRange(start, previousEnd))
  }

  private mutating func parseCondition() throws -> Expr? {
    accept("when") ? try parseExpr() : nil
  }

  /// `after A, bukao/补考成绩录入`: steps, each of this workflow or, as `WORKFLOW/STEP`, of another
  /// workflow of the term (the file `WORKFLOW.flow` beside this one).
  mutating func parseStepList() throws -> [Name] {
    var names: [Name] = []
    repeat {
      var n = try expectName("a step")
      if current.kind == .op, current.text == "/", peek().kind == .identifier {
        _ = advance()
        let step = advance()
        n = Name(text: n.text + "/" + step.text, range: SourceRange(n.range.start, step.range.end))
      }
      names.append(n)
    } while accept(.comma)
    return names
  }

  mutating func parseNameList(_ what: String) throws -> [Name] {
    var names = [try expectName(what)]
    while accept(.comma) { names.append(try expectName(what)) }
    return names
  }

  /// `80`, `80.5`, `80.50` → cents.
  private mutating func parseAmount() throws -> Decimal2 {
    guard current.kind == .number else { throw fail("expected an amount such as 80 or 80.50") }
    let t = advance()
    let parts = t.text.split(separator: ".", omittingEmptySubsequences: false)
    guard let whole = Int(parts[0]), whole < 100_000_000 else { throw fail("expected an amount such as 80 or 80.50") }
    var cents = whole * 100
    if parts.count == 2 {
      let frac = String(parts[1])
      guard frac.count <= 2, let f = Int(frac) else {
        sink.report(SyntaxDiagnostics.amountDecimals, at: t.range)
        throw Failure()
      }
      cents += frac.count == 1 ? f * 10 : f
    }
    return Decimal2(cents: cents)
  }
}
