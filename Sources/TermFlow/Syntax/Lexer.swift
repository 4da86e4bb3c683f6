/// Turns a `SourceFile` into tokens and comments. Never fails: bad characters become `.invalid`
/// tokens after a diagnostic, so the parser can go on and find further errors.
struct Lexer {
  let bytes: [UInt8]
  let sink: DiagnosticSink
  var pos = 0
  private var sawCodeOnLine = false
  private(set) var tokens: [Token] = []
  private(set) var comments: [Comment] = []

  private let invalid: Bool

  init(file: SourceFile, sink: DiagnosticSink) {
    self.bytes = file.bytes
    self.sink = sink
    invalid = file.invalidUTF8Offset != nil
    if let bad = file.invalidUTF8Offset {
      sink.report(
        SyntaxDiagnostics.notText,
        at: SourceRange(bad, bad + 1)
      )
    }
  }

  /// A lexer over a piece of prose at `at`, for `import`'s date finding; its diagnostics are dropped.
  init(bytes: [UInt8], at: Int) {
    self.bytes = bytes
    self.sink = DiagnosticSink(file: "")
    self.pos = at
    invalid = false
  }

  static func tokenize(_ file: SourceFile, sink: DiagnosticSink) -> (tokens: [Token], comments: [Comment]) {
    var lexer = Lexer(file: file, sink: sink)
    lexer.run()
    return (lexer.tokens, lexer.comments)
  }

  private mutating func run() {
    // A BOM is a legitimate way for Windows editors to save UTF-8.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { pos = 3 }
    // Text in an unknown encoding would lex as a cascade of unexpected characters: the one error
    // above is the root cause, and nothing is read.
    if invalid { pos = bytes.count }
    while true {
      skipSpace()
      guard pos < bytes.count else { break }
      let start = pos
      let atLineStart = !sawCodeOnLine
      let scalar = peekScalar()
      if scalar == "#" {
        lexComment()
        continue
      }
      sawCodeOnLine = true
      var kind = lexOne(scalar)
      // Every token consumes input; if a path ever failed to, skip a byte rather than loop.
      if pos == start {
        pos += 1
        kind = .invalid
      }
      let text = kind == .string ? stringValue : String(decoding: bytes[start..<pos], as: UTF8.self)
      tokens.append(Token(kind: kind, text: text, range: SourceRange(start, pos), atLineStart: atLineStart))
    }
    tokens.append(Token(kind: .eof, text: "", range: SourceRange(bytes.count, bytes.count), atLineStart: true))
  }

  private var stringValue = ""

  private mutating func lexOne(_ c: Unicode.Scalar) -> Token.Kind {
    let start = pos
    switch c {
    case "{": pos += 1; return .lbrace
    case "}": pos += 1; return .rbrace
    case "(", "（": advanceScalar(); return .lparen
    case ")", "）": advanceScalar(); return .rparen
    case ",", "，": advanceScalar(); return .comma
    case ";", "；": advanceScalar(); return .semicolon
    case ".":
      pos += 1
      if peekScalar() == "." { pos += 1; return .dotdot }
      return .dot
    case ">", "<", "=", "!":
      pos += 1
      if peekScalar() == "=" { pos += 1; return .op }
      if c == "!" {
        sink.report(SyntaxDiagnostics.bangWithoutEquals, at: SourceRange(start, pos))
        return .invalid
      }
      return .op
    case "+", "-", "*", "/": pos += 1; return .op
    case "\"", "“", "”": return lexString(open: c)
    case _
    where Lexer.rangeWords.contains(c) && (tokens.last?.kind == .chineseDate || tokens.last?.kind == .time)
      && (isDigit(at: pos + String(c).utf8.count)
        || bytes[min(bytes.count, pos + String(c).utf8.count)...].starts(with: "第".utf8)):
      advanceScalar()
      return .rangeWord
    case "0"..."9" where tokens.last?.kind == .rangeWord && looksLikeDayOnly():
      skipDigits()
      advanceScalar()
      return .dayOnly
    case "0"..."9": return lexNumberOrDate()
    case _ where !("0"..."9").contains(c) && Lexer.isDateDigit(c) && looksLikeNumeralDate():
      return lexChineseDate(start: start) ? .chineseDate : .invalid
    // One `where` for all four (a `where` after a list of patterns guards only the last).
    case _ where (c == "上" || c == "中" || c == "下" || c == "晚") && lexChineseTime():
      return .time
    case "第" where looksLikeWeekPhrase():
      guard lexWeekPhrase(start: start) else { return .invalid }
      lexWeekListTail()
      return lexBracketedDate(start: start) ? .chineseDate : .invalid
    default:
      if isIdentifierStart(c) { return lexIdentifier() }
      advanceScalar()
      sink.report(SyntaxDiagnostics.unexpected(c.escaped(asASCII: false)), at: SourceRange(start, pos))
      return .invalid
    }
  }

  // MARK: - Whitespace and comments

  private mutating func skipSpace() {
    while pos < bytes.count {
      switch bytes[pos] {
      case 0x20, 0x09, 0x0D: pos += 1
      case 0x0A: pos += 1; sawCodeOnLine = false
      case 0xE3 where pos + 2 < bytes.count && bytes[pos + 1] == 0x80 && bytes[pos + 2] == 0x80:
        pos += 3  // U+3000 IDEOGRAPHIC SPACE, common in Chinese text
      default: return
      }
    }
  }

  private mutating func lexComment() {
    let start = pos
    while pos < bytes.count, bytes[pos] != 0x0A { pos += 1 }
    var end = pos
    while end > start, bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 { end -= 1 }
    comments.append(
      Comment(
        text: String(decoding: bytes[start..<end], as: UTF8.self),
        range: SourceRange(start, end),
        trailing: sawCodeOnLine
      )
    )
  }

  // MARK: - Strings

  private mutating func lexString(open: Unicode.Scalar) -> Token.Kind {
    let start = pos
    advanceScalar()
    var value = ""
    while pos < bytes.count {
      // A run of plain text (no quote, backslash, newline or closing curly quote) is taken whole.
      let run = pos
      while pos < bytes.count, bytes[pos] != 0x22, bytes[pos] != 0x5C, bytes[pos] != 0x0A, bytes[pos] != 0xE2 {
        pos += 1
      }
      if pos > run { value += String(decoding: bytes[run..<pos], as: UTF8.self) }
      guard pos < bytes.count else { break }
      let c = peekScalar()
      if c == "\n" { break }
      if c == "\"" || (open != "\"" && (c == "”" || c == "“")) {
        advanceScalar()
        stringValue = value
        return .string
      }
      if c == "\\" {
        advanceScalar()
        let escStart = pos - 1
        guard pos < bytes.count else { break }
        let e = peekScalar()
        advanceScalar()
        switch e {
        case "n": value.append("\n")
        case "t": value.append("\t")
        case "\"": value.append("\"")
        case "\\": value.append("\\")
        default:
          sink.report(SyntaxDiagnostics.unknownEscape("\(e)"), at: SourceRange(escStart, pos))
        }
        continue
      }
      value.unicodeScalars.append(c)
      advanceScalar()
    }
    sink.report(
      SyntaxDiagnostics.unterminated,
      at: SourceRange(start, pos)
    )
    stringValue = value
    return .invalid
  }

  // MARK: - Identifiers

  private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
    c == "_" || (c.properties.isAlphabetic && !Lexer.isCJKPunctuation(c))
  }

  private mutating func lexIdentifier() -> Token.Kind {
    while pos < bytes.count {
      // ASCII letters, digits and `_` without decoding a scalar (most of a workflow's identifiers).
      let b = bytes[pos]
      if b < 0x80, (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39 || b == 0x5F {
        pos += 1
        continue
      }
      let c = peekScalar()
      if isIdentifierStart(c) || ("0"..."9").contains(c) {
        advanceScalar()
      } else if c == "-" {
        // A dash joins words (second-failure, on-campus) but never ends an identifier.
        var p = pos + 1
        guard let next = Lexer.decodeScalar(bytes, &p), isIdentifierStart(next) || ("0"..."9").contains(next) else {
          break
        }
        pos += 1
      } else {
        break
      }
    }
    return .identifier
  }

  // MARK: - Scalar helpers

  func peekScalar() -> Unicode.Scalar {
    var p = pos
    return Lexer.decodeScalar(bytes, &p) ?? "\u{FFFD}"
  }

  /// Moves past one scalar exactly as `peekScalar` decoded it, so the two never disagree.
  mutating func advanceScalar() {
    var p = pos
    _ = Lexer.decodeScalar(bytes, &p)
    pos = max(pos + 1, p)
  }

  mutating func skipDigits() { while pos < bytes.count, bytes[pos] >= 0x30, bytes[pos] <= 0x39 { pos += 1 } }

  func isDigit(at p: Int) -> Bool { p < bytes.count && bytes[p] >= 0x30 && bytes[p] <= 0x39 }

  func isSpaceOrPunct(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case " ", "\n", "\t", "\r", "{", "}", "(", ")", ",", ";", "（", "）", "，", "；", "#", "\"": return true
    default: return false
    }
  }

  static func isCJKPunctuation(_ c: Unicode.Scalar) -> Bool {
    (0x3000...0x303F).contains(c.value) || (0xFF00...0xFF0F).contains(c.value) || (0xFF1A...0xFF20).contains(c.value)
  }

  /// Decodes one scalar at `p` and advances `p`; nil at the end. A malformed or overlong sequence is
  /// U+FFFD and advances one byte, so a bad byte can never pass for ASCII (C0 B2 is not "2").
  static func decodeScalar(_ bytes: [UInt8], _ p: inout Int) -> Unicode.Scalar? {
    guard p < bytes.count else { return nil }
    let b0 = bytes[p]
    if b0 < 0x80 {
      p += 1
      return Unicode.Scalar(b0)
    }
    let n: Int
    let minimum: UInt32
    var v: UInt32
    switch b0 {
    case 0xC2...0xDF: (n, minimum, v) = (2, 0x80, UInt32(b0 & 0x1F))
    case 0xE0...0xEF: (n, minimum, v) = (3, 0x800, UInt32(b0 & 0x0F))
    case 0xF0...0xF4: (n, minimum, v) = (4, 0x10000, UInt32(b0 & 0x07))
    default:
      p += 1
      return "\u{FFFD}"
    }
    guard p + n <= bytes.count else {
      p += 1
      return "\u{FFFD}"
    }
    for k in 1..<n {
      let c = bytes[p + k]
      guard c & 0xC0 == 0x80 else {
        p += 1
        return "\u{FFFD}"
      }
      v = (v << 6) | UInt32(c & 0x3F)
    }
    guard v >= minimum, let scalar = Unicode.Scalar(v) else {
      p += 1
      return "\u{FFFD}"
    }
    p += n
    return scalar
  }
}
