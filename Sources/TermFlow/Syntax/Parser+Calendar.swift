/// Term blocks and everything dated: date phrases, date expressions, times and durations.
extension Parser {
  static let englishWeekdays: [String: Int] = [
    "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7,
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
  ]

  /// Numbers a workflow may write, checked where they are read: past these, date arithmetic would
  /// overflow (a week of 2e18). They are wide on purpose: the checks that know the term (a week past
  /// the term's last, a due more than ten years away) report the sensible cases, with their reasons.
  static let maxWeek = 10_000
  static let maxDays = 100_000
  static let maxDuration = 100_000

  /// The range of the token just consumed.
  var previousRange: SourceRange { index > 0 ? tokens[min(index, tokens.count) - 1].range : SourceRange(0, 0) }

  mutating func parseTerm(start: Int) throws -> TermDecl {
    guard current.kind == .identifier || current.kind == .dashed || current.kind == .number else {
      throw fail("expected the term's name, such as 2018-2019-1")
    }
    let nameTok = advance()
    let name = Name(text: nameTok.text, range: nameTok.range)
    let open = try expect(.lbrace, "'{' to open the term '\(name.text)'")
    var items: [TermItem] = []
    while current.kind != .rbrace, current.kind != .eof {
      let before = index
      do {
        let itemStart = current.range.start
        let kind = try parseTermItem()
        try endStatement()
        items.append(TermItem(kind: kind, range: SourceRange(itemStart, lastContentEnd)))
      } catch {
        synchronize()
        if index == before, current.kind != .rbrace, current.kind != .eof { _ = advance() }
      }
    }
    try closeBlock(open: open, what: "term '\(name.text)'")
    return TermDecl(name: name, items: items, range: SourceRange(start, previousEnd))
  }

  /// End of the last token that is not a `;`, so a statement's range excludes its terminator.
  var lastContentEnd: Int {
    var i = min(index, tokens.count) - 1
    while i > 0, tokens[i].kind == .semicolon { i -= 1 }
    return i >= 0 ? tokens[i].range.end : 0
  }

  private mutating func parseTermItem() throws -> TermItem.Kind {
    guard current.kind == .identifier else {
      throw fail("expected a term statement", code: SyntaxDiagnostics.unknownStatement)
    }
    switch current.text {
    case "week":
      _ = advance()
      let n = try expectInt("the week number")
      if n != 1 {
        sink.report(SyntaxDiagnostics.termAnchoredByWeekOne(n), at: tokens[index - 1].range)
      }
      _ = try expectWord("starts", "after 'week 1'")
      return .weekOneStarts(try parseDatePhrase())
    case "weeks":
      _ = advance()
      return .weeks(try expectInt("the number of teaching weeks"))
    case "opens":
      _ = advance()
      return .opens(try parseDatePhrase())
    case "closes":
      _ = advance()
      return .closes(try parseDatePhrase())
    case "holidays":
      _ = advance()
      if accept("official") { return .holidays(official: true) }
      if accept("none") { return .holidays(official: false) }
      throw fail("expected 'official' or 'none' after 'holidays'")
    case "holiday", "break":
      let isBreak = current.text == "break"
      _ = advance()
      let name = try expectName("the \(isBreak ? "break" : "holiday")'s name")
      let from = try parseDatePhrase()
      let to = accept(.dotdot) ? try parseDatePhrase() : nil
      return isBreak ? .schoolBreak(name: name, from: from, to: to) : .holiday(name: name, from: from, to: to)
    case "workday":
      _ = advance()
      let date = try parseDatePhrase()
      let name = current.kind == .identifier && !current.atLineStart ? try expectName("a name") : nil
      return .workday(date: date, name: name)
    case "swap":
      _ = advance()
      let date = try parseDatePhrase()
      _ = try expectWord("runs", "after the swapped date (as in: swap 2025-09-27 runs week 4 tue)")
      let runs = try parseDatePhrase()
      guard case .week(let ref) = runs.kind else {
        sink.report(SyntaxDiagnostics.swapNeedsWeekday, at: runs.range)
        throw Failure()
      }
      return .swap(date: date, runs: ref, runsRange: runs.range)
    case "working":
      _ = advance()
      _ = try expectWord("hours", "after 'working'")
      let from = try parseTime()
      _ = try expect(.dotdot, "'..' between the two times")
      return .workingHours(from: from, to: try parseTime())
    case "exam":
      _ = advance()
      _ = try expectWord("weeks", "after 'exam' (as in: exam weeks 19 .. 20)")
      let from = try expectInt("the first exam week")
      let to = accept(.dotdot) ? try expectInt("the last exam week") : from
      return .examWeeks(from: from, to: to)
    case "owner":
      _ = advance()
      _ = try expectWord("load", "after 'owner' in a term (as in: owner load 5 per week)")
      let n = try expectInt("the most deadlines an office should have in a week")
      _ = try expectWord("per", "after the number (as in: owner load 5 per week)")
      _ = try expectWord("week", "after 'per'")
      return .ownerLoad(n)
    default:
      throw fail(
        "expected a term statement (week, weeks, opens, closes, holidays, holiday, break, workday, swap, working hours, exam weeks, owner load)",
        code: SyntaxDiagnostics.unknownStatement
      )
    }
  }

  // MARK: - Date phrases

  /// `list`: whether a list of days (`3月29日、30日`) may stand here (after on or due).
  mutating func parseDatePhrase(list: Bool = false) throws -> DatePhrase {
    let t = current
    switch t.kind {
    case .dashed:
      _ = advance()
      let parts = t.text.split(separator: "-").map { Int($0) }
      guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2], y >= 1000 else {
        sink.report(SyntaxDiagnostics.notAFullDate(t.text), at: t.range)
        throw Failure()
      }
      return DatePhrase(kind: .calendar(year: y, month: m, day: d, stated: nil), literal: t.text, range: t.range)
    case .chineseDate:
      _ = advance()
      if t.text.contains("、") {
        guard let kinds = Parser.parseChineseDateList(t.text), let first = kinds.first else {
          sink.report(
            SyntaxDiagnostics.notAListOfDays(t.text),
            at: t.range
          )
          throw Failure()
        }
        guard list else {
          sink.report(SyntaxDiagnostics.listOfDaysMisplaced(t.text), at: t.range)
          // Read as its first day, so the statement stands and nothing else is reported for it.
          return DatePhrase(kind: first, literal: t.text, range: t.range)
        }
        return DatePhrase(kind: first, more: Array(kinds.dropFirst()), literal: t.text, range: t.range)
      }
      guard let kind = Parser.parseChineseDate(t.text) else {
        sink.report(
          SyntaxDiagnostics.notADate(t.text, maxWeek: Parser.maxWeek),
          at: t.range
        )
        throw Failure()
      }
      return DatePhrase(kind: kind, literal: t.text, range: t.range)
    case .identifier where t.text == "week":
      _ = advance()
      let n = try expectInt("the teaching week number")
      guard (0...Parser.maxWeek).contains(n) else { throw fail("expected a teaching week up to \(Parser.maxWeek)") }
      guard current.kind == .identifier, let wd = Parser.englishWeekdays[current.text.lowercased()] else {
        throw fail("expected a weekday (mon, tue, wed, thu, fri, sat, sun)")
      }
      let day = advance()
      return DatePhrase(
        kind: .week(WeekRef(week: n, weekday: wd)),
        literal: "week \(n) \(day.text)",
        range: SourceRange(t.range.start, day.range.end)
      )
    default:
      throw fail("expected a date (2018-09-16, 9月16日, 2018年9月16日, week 2 sun or 第2周星期日)")
    }
  }

  // MARK: - Date expressions, times, durations

  /// A date phrase or `N [working] days after STEP`, then an optional time (`24:00` or `at 17:00`).
  mutating func parseDateExpr(list: Bool = false) throws -> DateExpr {
    let start = current.range.start
    var kind: DateExpr.Kind
    if current.kind == .number {
      let digits = current.text, numberRange = current.range
      let amount = try expectInt("a number of days")
      // `915日`: a date with its 月 dropped, not a number of days.
      if isWord("日") || isWord("号") {
        sink.report(
          SyntaxDiagnostics.dayWithoutMonth(
            digits + current.text,
            readings: Parser.monthDayReadings(digits).map { "\($0.month)月\($0.day)日" }
          ),
          at: numberRange.union(current.range)
        )
        throw Failure()
      }
      guard amount <= Parser.maxDays else {
        sink.report(SyntaxDiagnostics.daysAfterTooMany(Parser.maxDays), at: previousRange)
        throw Failure()
      }
      let working = accept("working")
      guard accept("days") || accept("day") else { throw fail("expected 'days' or 'working days'") }
      _ = try expectWord("after", "in a relative date (as in: 7 working days after 报名截止)")
      kind = .relative(amount: amount, workingDays: working, anchor: try expectName("the step it counts from"))
    } else {
      kind = .phrase(try parseDatePhrase(list: list))
    }
    var time: TimeOfDay?
    if current.kind == .time || isWord("at") {
      _ = accept("at")
      time = try parseTime()
    }
    // `前` ("by"): the notices' way of writing a due; it changes nothing but is kept.
    let before = isWord("前")
    if before { _ = advance() }
    return DateExpr(kind: kind, time: time, range: SourceRange(start, previousEnd), before: before)
  }

  /// The end of `9月26日到9月28日` or `9月26日至28日`: a whole date, or a day (`28日`) in the start's
  /// month and year.
  mutating func parseRangeEnd(after from: DateExpr) throws -> DateExpr {
    guard current.kind == .dayOnly else { return try parseDateExpr() }
    let t = advance()
    guard case .phrase(let p) = from.kind, case .calendar(let year, let month, _, _) = p.kind,
      let day = Int(t.text.dropLast())
    else {
      sink.report(SyntaxDiagnostics.rangeDayWithoutMonth(t.text), at: t.range)
      throw Failure()
    }
    let phrase = DatePhrase(
      kind: .calendar(year: year, month: month, day: day, stated: nil),
      literal: t.text,
      range: t.range
    )
    var time: TimeOfDay?
    if current.kind == .time { time = try parseTime() }
    let before = isWord("前")
    if before { _ = advance() }
    return DateExpr(kind: .phrase(phrase), time: time, range: SourceRange(t.range.start, previousEnd), before: before)
  }

  mutating func parseTime() throws -> TimeOfDay {
    guard current.kind == .time else { throw fail("expected a time of day such as 17:00") }
    let t = advance()
    if let words = Parser.chineseTime(t.text) {
      guard (0...24).contains(words.hour), (0...59).contains(words.minute), words.hour < 24 || words.minute == 0 else {
        sink.report(SyntaxDiagnostics.notATime(t.text), at: t.range)
        throw Failure()
      }
      return TimeOfDay(hour: words.hour, minute: words.minute, range: t.range, literal: t.text)
    }
    let parts = t.text.split(separator: ":").map { Int($0) ?? -1 }
    guard parts.count == 2, (0...24).contains(parts[0]), (0...59).contains(parts[1]), parts[0] < 24 || parts[1] == 0
    else {
      sink.report(SyntaxDiagnostics.notATime(t.text), at: t.range)
      throw Failure()
    }
    return TimeOfDay(hour: parts[0], minute: parts[1], range: t.range)
  }

  mutating func parseDuration() throws -> Duration {
    let start = current.range.start
    if isWord("next") {
      _ = advance()
      _ = try expectWord("working", "in 'next working day'")
      _ = try expectWord("day", "in 'next working day'")
      return Duration(amount: 1, unit: .nextWorkingDay, range: SourceRange(start, previousEnd))
    }
    if isWord("下一个工作日") {
      _ = advance()
      return Duration(amount: 1, unit: .nextWorkingDay, range: SourceRange(start, previousEnd))
    }
    let amount = try durationAmount()
    var upTo: Int?
    if accept(.dotdot) {
      let hi = try durationAmount()
      guard hi > amount else {
        sink.report(SyntaxDiagnostics.durationRangeBackwards, at: previousRange)
        throw Failure()
      }
      upTo = hi
    }
    let unit: Duration.Unit
    switch current.kind == .identifier ? current.text : "" {
    case "minute", "minutes", "min", "分钟": unit = .minutes
    case "hour", "hours", "小时": unit = .hours
    case "day", "days", "天": unit = .days
    case "working":
      _ = advance()
      if isWord("hours") || isWord("hour") {
        unit = .workingHours
      } else {
        guard isWord("days") || isWord("day") else { throw fail("expected 'days' or 'hours' after 'working'") }
        unit = .workingDays
      }
    case "工作日": unit = .workingDays
    case "工作小时": unit = .workingHours
    default: throw fail("expected a unit (minutes, hours, days, working hours, working days)")
    }
    _ = advance()
    return Duration(amount: amount, unit: unit, range: SourceRange(start, previousEnd), upTo: upTo)
  }

  private mutating func durationAmount() throws -> Int {
    let amount = try expectInt("a length of time")
    guard amount <= Parser.maxDuration else {
      sink.report(SyntaxDiagnostics.durationTooLong(Parser.maxDuration), at: previousRange)
      throw Failure()
    }
    return amount
  }
}
