/// The lexer's and parser's diagnostics: their codes (documented in docs/diagnostics.md) and, one
/// constructor per message in alphabetical order, what each says.
enum SyntaxDiagnostics {
  static let badDate: DiagnosticCode = "syntax.bad-date"
  static let badEscape: DiagnosticCode = "syntax.bad-escape"
  static let badTime: DiagnosticCode = "syntax.bad-time"
  static let emptyFile: DiagnosticCode = "syntax.empty-file"
  static let expected: DiagnosticCode = "syntax.expected"
  static let tooComplex: DiagnosticCode = "syntax.too-complex"
  static let invalidUTF8: DiagnosticCode = "syntax.invalid-utf8"
  static let unclosedBlock: DiagnosticCode = "syntax.unclosed-block"
  static let unexpectedCharacter: DiagnosticCode = "syntax.unexpected-character"
  static let unknownDeclaration: DiagnosticCode = "syntax.unknown-declaration"
  static let unknownStatement: DiagnosticCode = "syntax.unknown-statement"
  static let unterminatedString: DiagnosticCode = "syntax.unterminated-string"
  // FileIO reports it before a file is read, in its own words, so it has no constructor here.
  static let fileTooLarge: DiagnosticCode = "syntax.file-too-large"

  /// The part of a week phrase (`第2周星期日`) that fails.
  enum WeekPart {
    /// The week number has no 周 after it.
    case noZhou
    /// The week has no weekday after it.
    case noWeekday
    /// The character after 星期 or 周 is no weekday.
    case notAWeekday(String)
  }

  /// An amount with three or more decimals.
  static var amountDecimals: DiagnosticMessage { .error(expected, "an amount has at most two decimals") }

  /// A lone `!`.
  static var bangWithoutEquals: DiagnosticMessage {
    .error(unexpectedCharacter, "'!' must be followed by '=' (write != or use not)")
  }

  /// A `{` (at `openAt`) that reaches the end of the file; `what` names the block (`step '报名'`).
  static func blockNotClosed(_ what: String, openAt: SourceRange) -> DiagnosticMessage {
    .error(
      unclosedBlock,
      "expected '}' to close the \(what), found end of file",
      notes: [Diagnostic.Note("the block opens here", openAt)]
    )
  }

  /// A `(…)` week after a date with no `)`.
  static var dateWeekNotClosed: DiagnosticMessage {
    .error(badDate, "the week after the date is not closed: the parenthesis opened here has no match")
  }

  /// A relative date past `Parser.maxDays`.
  static func daysAfterTooMany(_ max: Int) -> DiagnosticMessage { .error(expected, "at most \(max) days after a step") }

  /// `915日`: digits and a 日 with the 月 left out; `readings` are the dates it could mean (`9月15日`).
  static func dayWithoutMonth(_ literal: String, readings: [String]) -> DiagnosticMessage {
    .error(
      badDate,
      "'\(literal)' is not a date: the 月 is missing",
      notes: readings.isEmpty ? [] : [Diagnostic.Note("did you mean " + readings.joined(separator: " or ") + "?")]
    )
  }

  /// A duration range whose upper bound is not above its lower.
  static var durationRangeBackwards: DiagnosticMessage {
    .error(expected, "a range of time goes from the shorter to the longer (as in: 1 .. 2 working days)")
  }

  /// A duration past `Parser.maxDuration`.
  static func durationTooLong(_ max: Int) -> DiagnosticMessage {
    .error(expected, "a length of time is at most \(max) (of any unit)")
  }

  /// A file with no tokens.
  static var emptyWorkflow: DiagnosticMessage {
    .error(
      emptyFile,
      "the workflow file is empty",
      notes: [Diagnostic.Note("a workflow needs at least a term block; see docs/language.md")]
    )
  }

  /// `message` (`expected a step name`) where the parser found `found` (`end of file`); `code` is
  /// `expected` unless the parser knows better (an unknown statement).
  static func found(_ message: String, _ found: String, code: DiagnosticCode = expected) -> DiagnosticMessage {
    .error(code, "\(message), found \(found)")
  }

  /// A list of days anywhere but after `on` or `due`.
  static func listOfDaysMisplaced(_ literal: String) -> DiagnosticMessage {
    .error(badDate, "a list of days ('\(literal)') is written only after on or due")
  }

  /// A date-shaped token that is no date.
  static func malformedDate(_ literal: String) -> DiagnosticMessage {
    .error(
      badDate,
      "malformed date '\(literal)'",
      notes: [Diagnostic.Note("write 9月16日, 2018年9月16日, 2018-09-16 or 第2周星期日")]
    )
  }

  /// An expression deeper than `Parser.maxExpressionDepth`.
  static func nestedTooDeep(_ max: Int) -> DiagnosticMessage {
    .error(
      tooComplex,
      "this expression nests more than \(max) levels (parentheses, 'not' and chained operators count); split it with 'let'"
    )
  }

  /// A month and day out of range (`13月1日`), or a week past `maxWeek`.
  static func notADate(_ literal: String, maxWeek: Int) -> DiagnosticMessage {
    .error(
      badDate,
      "'\(literal)' is not a date",
      notes: [
        Diagnostic.Note("a month runs from 1 to 12, a day from 1 to 31; a teaching week number is at most \(maxWeek)")
      ]
    )
  }

  /// A dashed date that does not parse.
  static func notAFullDate(_ literal: String) -> DiagnosticMessage {
    .error(badDate, "'\(literal)' is not a date (write YYYY-MM-DD)")
  }

  /// A list of days whose weeks and dates do not pair up.
  static func notAListOfDays(_ literal: String) -> DiagnosticMessage {
    .error(
      badDate,
      "'\(literal)' is not a list of days",
      notes: [Diagnostic.Note("a list pairs its weeks and dates in order, as in 第6周周三、周四（3月29日、3月30日）")]
    )
  }

  /// A week phrase that fails in `part`.
  static func notATeachingDay(_ literal: String, _ part: WeekPart) -> DiagnosticMessage {
    let (why, how) =
      switch part {
      case .noZhou: ("the week number needs 周 after it", "as in 第2周星期日")
      case .noWeekday: ("the week has no weekday", "write 星期一 … 星期日 or 周一 … 周日 after the week")
      case .notAWeekday(let day): ("'\(day)' is not a weekday", "a weekday is 一 to 六, 日 or 天")
      }
    return .error(badDate, "'\(literal)' is not a teaching day: \(why)", notes: [Diagnostic.Note(how)])
  }

  /// A time of day outside 00:00 to 24:00.
  static func notATime(_ literal: String) -> DiagnosticMessage {
    .error(badTime, "'\(literal)' is not a time of day (00:00 to 24:00)")
  }

  /// A file that is neither UTF-8 nor GB18030.
  static var notText: DiagnosticMessage {
    .error(
      invalidUTF8,
      "the file is neither UTF-8 nor GB18030 text (first bad byte here)",
      notes: [Diagnostic.Note("save it as UTF-8; nothing after this is read")]
    )
  }

  /// A day in a range with no 月 to inherit.
  static func rangeDayWithoutMonth(_ literal: String) -> DiagnosticMessage {
    .error(badDate, "'\(literal)' needs a month: the range starts with no 月 to take it from")
  }

  /// A decimal in a rule.
  static var ruleNumberNotWhole: DiagnosticMessage { .error(expected, "rule numbers are whole numbers") }

  /// A lone `=` in a condition.
  static var singleEquals: DiagnosticMessage {
    .error(expected, "use '==' to compare; '=' only binds a name in 'let'")
  }

  /// A swap whose `runs` is not a teaching week and weekday.
  static var swapNeedsWeekday: DiagnosticMessage {
    .error(badDate, "a swap runs a teaching week and weekday, such as 'week 4 tue'")
  }

  /// `week N starts` with N other than 1.
  static func termAnchoredByWeekOne(_ n: Int) -> DiagnosticMessage {
    .error(expected, "a term is anchored by week 1, not week \(n)")
  }

  /// `17:` or `17` where a time needs minutes.
  static var timeNeedsMinutes: DiagnosticMessage { .error(badTime, "a time of day needs minutes, as in 17:00") }

  /// A character that starts no token (escaped as Swift would print it).
  static func unexpected(_ character: String) -> DiagnosticMessage {
    .error(unexpectedCharacter, "unexpected character '\(character)'")
  }

  /// A top-level word that is no declaration; `keywords` are those there are.
  static func unknownDeclaration(found: String, keywords: [String]) -> DiagnosticMessage {
    .error(unknownDeclaration, "expected a declaration (\(keywords.sorted().joined(separator: ", "))), found \(found)")
  }

  /// An escape other than `\"`, `\\`, `\n`, `\t`.
  static func unknownEscape(_ e: String) -> DiagnosticMessage {
    .error(badEscape, "unknown escape '\\\(e)' in string (use \\\", \\\\, \\n or \\t)")
  }

  /// A string not closed on its line.
  static var unterminated: DiagnosticMessage {
    .error(
      unterminatedString,
      "unterminated string",
      notes: [Diagnostic.Note("a string must close on the line where it opens")]
    )
  }

  /// A `values { … }` of `field` (opened at `openAt`) with no `}`.
  static func valuesNotClosed(field: String, openAt: SourceRange) -> DiagnosticMessage {
    .error(
      unclosedBlock,
      "expected '}' to close the values of '\(field)'",
      notes: [Diagnostic.Note("the values open here", openAt)]
    )
  }

  /// `(…)` date after a week with no `)`.
  static var weekDateNotClosed: DiagnosticMessage {
    .error(badDate, "the date after the week is not closed: the parenthesis opened here has no match")
  }
}
