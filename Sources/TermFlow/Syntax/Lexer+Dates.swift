/// The lexer's numbers, ISO dates, times and Chinese date phrases (`9月16日（第2周星期日）`,
/// `第八周周二（11月6日）`): each is one token, so the parser sees a date whole.
extension Lexer {

  /// A date written in fullwidth digits or Chinese numerals (`９月１６日`, `二〇一八年九月十六日`,
  /// `九月十六日`): the whole of `[年]月日` must follow, so a name that starts with a numeral
  /// (`二级学院`) stays a name.
  func looksLikeNumeralDate() -> Bool {
    var p = pos
    func digits() -> Bool {
      let from = p
      while p < bytes.count {
        var q = p
        guard let c = Lexer.decodeScalar(bytes, &q), Lexer.isDateDigit(c) else { break }
        p = q
      }
      return p > from
    }
    func expect(_ chars: Set<Unicode.Scalar>) -> Bool {
      var q = p
      guard let c = Lexer.decodeScalar(bytes, &q), chars.contains(c) else { return false }
      p = q
      return true
    }
    guard digits() else { return false }
    if expect(["年"]) { guard digits() else { return false } }
    return expect(["月"]) && digits() && expect(["日", "号"])
  }

  /// The words that join a range of dates: 9月26日到9月28日, 9月26日至28日, 9月26日—28日.
  static let rangeWords: Set<Unicode.Scalar> = ["到", "至", "—", "～", "~"]

  /// Digits then 日 (or 号) and no 月: a day alone, as after 至 in 9月26日至28日.
  func looksLikeDayOnly() -> Bool {
    var p = pos
    while p < bytes.count, bytes[p] >= 0x30, bytes[p] <= 0x39 { p += 1 }
    guard p > pos, let c = Lexer.decodeScalar(bytes, &p) else { return false }
    return c == "日" || c == "号"
  }

  /// ASCII and fullwidth digits, and the Chinese numerals a date is written in.
  static func isDateDigit(_ c: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(c) || ("０"..."９").contains(c) || ChineseNumerals.value(of: c) != nil
  }

  mutating func skipDateDigits() {
    while pos < bytes.count {
      var p = pos
      guard let c = Lexer.decodeScalar(bytes, &p), Lexer.isDateDigit(c) else { return }
      pos = p
    }
  }

  /// A time as notices write it in words: 上午/中午/下午/晚上, then `8:30`, `5点`, `5点半` or `5点30分`.
  /// Consumed only when the whole phrase is there (else `下` starts a name); the parser reads it.
  mutating func lexChineseTime() -> Bool {
    let save = pos
    for prefix in ["上午", "中午", "下午", "晚上"] where bytes[pos...].starts(with: prefix.utf8) {
      pos += prefix.utf8.count
      let h = pos
      skipDigits()
      guard pos > h else { break }
      if pos < bytes.count, bytes[pos] == 0x3A {
        pos += 1
        let m = pos
        skipDigits()
        if pos > m { return true }
        break
      }
      guard peekScalar() == "点" else { break }
      advanceScalar()
      if peekScalar() == "半" {
        advanceScalar()
      } else if isDigit(at: pos) {
        let m = pos
        skipDigits()
        guard peekScalar() == "分", pos > m else {
          pos = m
          return true
        }
        advanceScalar()
      }
      return true
    }
    pos = save
    return false
  }

  mutating func lexNumberOrDate() -> Token.Kind {
    let start = pos
    skipDigits()
    let c = peekScalar()
    if c == "年" || c == "月" {
      pos = start
      return lexChineseDate(start: start) ? .chineseDate : .invalid
    }
    if c == ":" {
      pos += 1
      let m = pos
      skipDigits()
      if pos == m {
        sink.report(SyntaxDiagnostics.timeNeedsMinutes, at: SourceRange(start, pos))
        return .invalid
      }
      return .time
    }
    if c == "-", isDigit(at: pos + 1) {
      while peekScalar() == "-", isDigit(at: pos + 1) {
        pos += 1
        skipDigits()
      }
      return .dashed
    }
    if c == ".", isDigit(at: pos + 1) {
      pos += 1
      skipDigits()
    }
    return .number
  }

  /// `(\d+年)?\d+月\d+日` followed by an optional `（第N周星期X）`; the whole thing is one token.
  mutating func lexChineseDate(start: Int) -> Bool {
    skipDateDigits()
    if peekScalar() == "年" {
      advanceScalar()
      let m = pos
      skipDateDigits()
      guard pos > m, peekScalar() == "月" else { return malformedDate(start) }
    }
    guard peekScalar() == "月" else { return malformedDate(start) }
    advanceScalar()
    let d = pos
    skipDateDigits()
    guard pos > d else { return malformedDate(start) }
    guard peekScalar() == "日" || peekScalar() == "号" else { return malformedDate(start) }
    advanceScalar()
    lexDateListTail()
    // An optional week in parentheses, full- or half-width: 9月16日（第2周星期日）.
    let save = pos
    var look = pos
    while look < bytes.count, bytes[look] == 0x20 { look += 1 }
    pos = look
    let open = peekScalar()
    if open == "（" || open == "(" {
      let openAt = pos
      advanceScalar()
      if peekScalar() == "第", looksLikeWeekPhrase() {
        let weekStart = pos
        guard lexWeekPhrase(start: weekStart) else { return false }
        lexWeekListTail()
        let close = peekScalar()
        guard close == "）" || close == ")" else {
          sink.report(SyntaxDiagnostics.dateWeekNotClosed, at: SourceRange(openAt, pos))
          return false
        }
        advanceScalar()
        return true
      }
    }
    pos = save
    return true
  }

  /// After a week phrase, the date it names in parentheses, full- or half-width: 第八周周二（11月6日）.
  /// False (after an error saying which part failed) when the parentheses hold no good date.
  mutating func lexBracketedDate(start: Int) -> Bool {
    let save = pos
    while pos < bytes.count, bytes[pos] == 0x20 { pos += 1 }
    let open = peekScalar()
    guard open == "（" || open == "(" else {
      pos = save
      return true
    }
    let openAt = pos
    advanceScalar()
    guard isDigit(at: pos) else {
      pos = save
      return true
    }
    let dateStart = pos
    guard lexChineseDate(start: dateStart) else { return false }
    let close = peekScalar()
    guard close == "）" || close == ")" else {
      sink.report(SyntaxDiagnostics.weekDateNotClosed, at: SourceRange(openAt, pos))
      return false
    }
    advanceScalar()
    return true
  }

  /// A week phrase that fails in one part: the message says which.
  private mutating func badWeekPart(_ start: Int, _ part: SyntaxDiagnostics.WeekPart) -> Bool {
    sink.report(
      SyntaxDiagnostics.notATeachingDay(String(decoding: bytes[start..<min(pos, bytes.count)], as: UTF8.self), part),
      at: SourceRange(start, min(pos, bytes.count))
    )
    return false
  }

  private mutating func malformedDate(_ start: Int) -> Bool {
    while pos < bytes.count, !isSpaceOrPunct(peekScalar()) { advanceScalar() }
    sink.report(
      SyntaxDiagnostics.malformedDate(String(decoding: bytes[start..<pos], as: UTF8.self)),
      at: SourceRange(start, pos)
    )
    return false
  }

  /// The rest of a list of dates: `、30日` or `、3月30日` (each taking what it leaves out from the one before).
  mutating func lexDateListTail() {
    while peekScalar() == "、" {
      let save = pos
      advanceScalar()
      let d = pos
      skipDateDigits()
      if pos > d, peekScalar() == "年" {
        advanceScalar()
        skipDateDigits()
      }
      if pos > d, peekScalar() == "月" {
        advanceScalar()
        skipDateDigits()
      }
      guard pos > d, peekScalar() == "日" || peekScalar() == "号" else {
        pos = save
        return
      }
      advanceScalar()
    }
  }

  /// The rest of a list of teaching days: `、周四`, `、星期四` (the same week) or `、第7周周一`.
  mutating func lexWeekListTail() {
    while peekScalar() == "、" {
      let save = pos
      advanceScalar()
      if peekScalar() == "第" {
        advanceScalar()
        let n = pos
        while Lexer.isDateDigit(peekScalar()) { advanceScalar() }
        guard pos > n, peekScalar() == "周" else {
          pos = save
          return
        }
        advanceScalar()
      }
      guard skipWeekdayWord() else {
        pos = save
        return
      }
    }
  }

  /// `周四`, `星期四`, `礼拜四` (or 日/天): consumed when whole.
  private mutating func skipWeekdayWord() -> Bool {
    let save = pos
    for word in ["星期", "礼拜", "周"] where bytes[pos...].starts(with: word.utf8) {
      pos += word.utf8.count
      if ChineseNumerals.weekday(peekScalar()) != nil {
        advanceScalar()
        return true
      }
      break
    }
    pos = save
    return false
  }

  func looksLikeWeekPhrase() -> Bool {
    // 第 then a digit (ASCII or fullwidth) or a Chinese numeral.
    var p = pos + 3
    guard p < bytes.count else { return false }
    let s = Lexer.decodeScalar(bytes, &p)
    return s.map(Lexer.isDateDigit) ?? false
  }

  /// `第N周星期X` or `第N周周X` (N in Arabic or Chinese numerals).
  mutating func lexWeekPhrase(start: Int) -> Bool {
    advanceScalar()  // 第
    while pos < bytes.count {
      guard Lexer.isDateDigit(peekScalar()) else { break }
      advanceScalar()
    }
    guard peekScalar() == "周" else {
      return badWeekPart(start, .noZhou)
    }
    advanceScalar()
    if peekScalar() == "星" {
      advanceScalar()
      guard peekScalar() == "期" else { return malformedDate(start) }
      advanceScalar()
    } else if peekScalar() == "周" || peekScalar() == "礼" {
      if peekScalar() == "礼" {
        advanceScalar()
        guard peekScalar() == "拜" else { return malformedDate(start) }
      }
      advanceScalar()
    } else {
      return badWeekPart(start, .noWeekday)
    }
    let day = peekScalar()
    guard ChineseNumerals.weekday(day) != nil else {
      if pos < bytes.count, day != "（", day != "(", day != " ", day != "\n" { advanceScalar() }
      return badWeekPart(start, .notAWeekday("\(day)"))
    }
    advanceScalar()
    return true
  }
}
