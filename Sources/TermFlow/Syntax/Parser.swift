/// Hand-written recursive-descent parser. On an error it reports once, skips to the next token that
/// starts a line (panic mode), and goes on, so one run reports every independent error.
struct Parser {
  /// Thrown inside a statement to unwind to the statement loop, which then synchronizes.
  struct Failure: Error {}

  var tokens: [Token]
  var index = 0
  let sink: DiagnosticSink
  let file: SourceFile
  /// Parenthesis depth inside an expression; inside parentheses a line break does not end it.
  var parenDepth = 0
  /// How deep the expression being parsed nests (parentheses, `not`, calls, filters, and each operator
  /// of a chain, which nests the tree one level more); see `Parser.maxExpressionDepth`.
  var exprDepth = 0
  /// Past this depth an expression is refused with one located error: every pass over expressions
  /// (checking, printing, evaluating) recurses on the tree, and the stack is finite.
  static let maxExpressionDepth = 200

  static let declarationKeywords: Set<String> = [
    "workflow", "term", "owner", "audience", "contact", "step", "payment", "rule", "policy", "table", "values",
    "grades", "use", "notice",
  ]

  /// Parses a whole file. Never fails: problems go to `sink`.
  static func parse(_ file: SourceFile, sink: DiagnosticSink) -> Workflow {
    let (tokens, comments) = Lexer.tokenize(file, sink: sink)
    var parser = Parser(tokens: tokens, sink: sink, file: file)
    var decls: [Decl] = []
    if tokens.count == 1, file.invalidUTF8Offset == nil {
      sink.report(
        SyntaxDiagnostics.emptyWorkflow,
        at: SourceRange(0, 0)
      )
    }
    while parser.current.kind != .eof {
      if let d = parser.parseDeclaration() { decls.append(d) }
    }
    return Workflow(decls: decls, comments: comments, range: SourceRange(0, file.bytes.count))
  }

  // MARK: - Token cursor

  var current: Token { tokens[min(index, tokens.count - 1)] }
  var previousEnd: Int { index > 0 ? tokens[min(index, tokens.count) - 1].range.end : 0 }

  func peek(_ n: Int = 1) -> Token { tokens[min(index + n, tokens.count - 1)] }

  mutating func advance() -> Token {
    let t = current
    if index < tokens.count - 1 { index += 1 }
    return t
  }

  func isWord(_ w: String) -> Bool { current.kind == .identifier && current.text == w }

  mutating func accept(_ w: String) -> Bool {
    guard isWord(w) else { return false }
    _ = advance()
    return true
  }

  mutating func accept(_ k: Token.Kind) -> Bool {
    guard current.kind == k else { return false }
    _ = advance()
    return true
  }

  mutating func expectWord(_ w: String, _ context: String) throws -> Token {
    guard isWord(w) else { throw fail("expected '\(w)' \(context)") }
    return advance()
  }

  mutating func expect(_ k: Token.Kind, _ what: String) throws -> Token {
    guard current.kind == k else { throw fail("expected \(what)") }
    return advance()
  }

  mutating func expectName(_ what: String) throws -> Name {
    guard current.kind == .identifier else { throw fail("expected \(what)") }
    let t = advance()
    return Name(text: t.text, range: t.range)
  }

  mutating func expectString(_ what: String) throws -> StringLit {
    guard current.kind == .string else { throw fail("expected \(what) (a quoted string)") }
    let t = advance()
    return StringLit(value: t.text, range: t.range)
  }

  mutating func expectInt(_ what: String) throws -> Int {
    guard current.kind == .number, let n = Int(current.text) else { throw fail("expected \(what) (a whole number)") }
    _ = advance()
    return n
  }

  /// Reports "expected …, found …" at the current token and returns the failure to throw. An
  /// `.invalid` token was already reported by the lexer, so it stays quiet then.
  func fail(_ message: String, code: DiagnosticCode = SyntaxDiagnostics.expected) -> Failure {
    if current.kind != .invalid {
      sink.report(SyntaxDiagnostics.found(message, describe(current), code: code), at: current.range)
    }
    return Failure()
  }

  func describe(_ t: Token) -> String {
    switch t.kind {
    case .eof: return "end of file"
    case .string: return "a string"
    case .identifier, .number, .dashed, .time, .chineseDate, .op: return "'\(t.text)'"
    case .invalid: return "an invalid token"
    default: return "'\(t.text)'"
    }
  }

  /// True where a statement may end: `;`, `}`, end of file or a new line.
  var atStatementEnd: Bool {
    current.kind == .semicolon || current.kind == .rbrace || current.kind == .eof || current.atLineStart
  }

  mutating func endStatement() throws {
    if accept(.semicolon) { return }
    guard atStatementEnd else { throw fail("expected the end of the statement (a new line or ';')") }
  }

  /// Panic mode: skip to the next token that starts a line, or to a `}` / `;`.
  mutating func synchronize() {
    if current.kind != .eof, current.kind != .rbrace { _ = advance() }
    while current.kind != .eof, !current.atLineStart, current.kind != .rbrace {
      if current.kind == .semicolon {
        _ = advance()
        return
      }
      _ = advance()
    }
  }

  // MARK: - Declarations

  mutating func parseDeclaration() -> Decl? {
    let start = current.range.start
    do {
      guard current.kind == .identifier, Parser.declarationKeywords.contains(current.text) else {
        if current.kind != .invalid {
          sink.report(
            SyntaxDiagnostics.unknownDeclaration(found: describe(current), keywords: Array(Parser.declarationKeywords)),
            at: current.range
          )
        }
        throw Failure()
      }
      let keyword = advance().text
      switch keyword {
      case "workflow":
        let name = try expectName("the workflow's name")
        let title = current.kind == .string ? try expectString("a title") : nil
        try endStatement()
        return .workflow(name: name, title: title, range: SourceRange(start, previousEnd))
      case "owner", "audience":
        let name = try expectName("the \(keyword)'s name")
        let title = current.kind == .string ? try expectString("a display name") : nil
        try endStatement()
        let r = SourceRange(start, previousEnd)
        return keyword == "owner"
          ? .owner(name: name, title: title, range: r) : .audience(name: name, title: title, range: r)
      case "contact":
        let name = try expectName("the contact's name")
        let value = try expectString("the phone number or address")
        let purpose = current.kind == .string ? try expectString("what to call about") : nil
        try endStatement()
        return .contact(name: name, value: value, purpose: purpose, range: SourceRange(start, previousEnd))
      case "term":
        return .term(try parseTerm(start: start))
      case "use":
        let path = try expectString("the file to use (as in: use \"school.flow\")")
        try endStatement()
        return .use(path: path, range: SourceRange(start, previousEnd))
      case "table": return .table(try parseTable(start: start))
      case "values": return .values(try parseValues(start: start))
      case "grades": return .grades(try parseGrades(start: start))
      case "notice": return .notice(try parseNotice(start: start))
      default:
        let block = try parseBlock(keyword: keyword, start: start)
        switch keyword {
        case "step": return .step(block)
        case "payment": return .payment(block)
        case "rule": return .rule(block)
        default: return .policy(block)
        }
      }
    } catch {
      synchronize()
      // A stray `}` at top level would otherwise stop the loop from moving.
      if current.kind == .rbrace, current.range.start >= start { _ = advance() }
      return nil
    }
  }

  /// `NAME { statement* }` for step, payment, rule and policy.
  mutating func parseBlock(keyword: String, start: Int) throws -> Block {
    let name = try expectName("the \(keyword)'s name")
    let open = try expect(.lbrace, "'{' to open the \(keyword) '\(name.text)'")
    var items: [Statement] = []
    while current.kind != .rbrace, current.kind != .eof {
      if let s = parseStatementRecovering() { items.append(s) }
    }
    try closeBlock(open: open, what: "\(keyword) '\(name.text)'")
    return Block(name: name, items: items, range: SourceRange(start, previousEnd))
  }

  mutating func closeBlock(open: Token, what: String) throws {
    guard current.kind == .rbrace else {
      sink.report(
        SyntaxDiagnostics.blockNotClosed(what, openAt: open.range),
        at: current.range
      )
      throw Failure()
    }
    _ = advance()
  }

  mutating func parseStatementRecovering() -> Statement? {
    let before = index
    parenDepth = 0
    exprDepth = 0
    do {
      let s = try parseStatement()
      try endStatement()
      return s
    } catch {
      // A failure on the statement's last token leaves the next statement's first one current: keep it.
      if index > before, current.atLineStart || current.kind == .rbrace || current.kind == .eof { return nil }
      synchronize()
      if index == before, current.kind != .rbrace, current.kind != .eof { _ = advance() }
      return nil
    }
  }
}
