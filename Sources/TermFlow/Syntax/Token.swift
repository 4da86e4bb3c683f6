/// One lexical token. `text` is the token's source text (for strings, the decoded value).
struct Token: Sendable {
  enum Kind: Equatable, Sendable {
    case identifier
    case string
    /// Digits with optional decimals: `80`, `1.5`.
    case number
    /// Digits joined by dashes: `2018-09-16`, `2018-2019-1`.
    case dashed
    /// `17:00`, `24:00`.
    case time
    /// A Chinese date phrase, lexed whole: `9月16日`, `2018年9月16日（第2周星期日）`, `第2周周日`.
    case chineseDate
    /// The word joining a range of dates as notices write it: 到, 至, —, ～ (right after a date or time).
    case rangeWord
    /// A day alone after a range word: the `28日` of `9月26日至28日`.
    case dayOnly
    case lbrace, rbrace, lparen, rparen, comma, semicolon, dotdot, dot
    /// Comparison and arithmetic operators: `>= <= == != > < + - * /`.
    case op
    /// Something the lexer already reported; the parser skips it quietly.
    case invalid
    case eof
  }

  var kind: Kind
  var text: String
  var range: SourceRange
  /// True when the token is the first on its line; statements end at a line start.
  var atLineStart: Bool
}

/// A `#` comment, kept so that `fmt` can put it back.
struct Comment: Sendable {
  var text: String
  var range: SourceRange
  /// True when code precedes the comment on its line.
  var trailing: Bool
}
