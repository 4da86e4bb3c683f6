/// Dates read from a week or a weekday printed first: `第3-5周（3月11日-29日）`, `周五(10月9日)`.
extension ProseSpanReader {
  /// `第3-5周（3月11日-29日）`, `18周--19周（…）`, `第16周星期五（6月14日）`, `第2-3周`.
  func weekFirst(at i: Int) -> (ProsePoint, ProsePoint?, Int)? {
    // `2017年11月第一周周六` counts the month's weeks, `下学期第25周` the next term's: not read.
    if c[..<i].last(where: { $0 != " " }) == "月" { return nil }
    var p = i
    let hasDi = c[p] == "第"
    if hasDi { p += 1 }
    guard let (w1, a) = number(at: p, chinese: hasDi), a < c.count, w1 <= 30 else { return nil }
    p = a
    // `第十二教学周周三`: a teaching week is the term's week.
    if let e = word(at: p, ["教学周"]) { p = e - 1 }
    var w2: Int?
    if c[p] != "周" {
      // 第3-5周, 3-5周
      guard let b = connector(at: p) else { return nil }
      var q = b
      if q < c.count, c[q] == "第" { q += 1 }
      guard let (n, e) = number(at: q, chinese: hasDi), e < c.count, c[e] == "周", n >= w1, n <= 30 else { return nil }
      w2 = n
      p = e + 1
    } else {
      p += 1
      guard hasDi || !(p < c.count && c[p] == "年") else { return nil }
      // 18周--19周; `第十周起至第十二周止`
      let from = word(at: p, ["起"]).flatMap { connector(at: $0) } ?? connector(at: p)
      if let b = from {
        var q = b
        if q < c.count, c[q] == "第" { q += 1 }
        if let (n, e) = number(at: q, chinese: hasDi), e < c.count, c[e] == "周", n >= w1, n <= 30 {
          w2 = n
          p = word(at: e + 1, ["止"]) ?? e + 1
        }
      }
    }
    // (Looked at only once a week is read here: the reader tries every place of every sentence.)
    let lead = String(c[max(0, i - 8)..<i]).split(whereSeparator: { "，,。；;".contains($0) }).last ?? ""
    if NoticeRules.otherTerms.contains(where: { lead.contains($0) }) { return nil }
    // A weekday: 星期五, 周五.
    var weekday: Int?
    if w2 == nil, let (d, e) = weekdayWord(at: p) {
      weekday = d
      p = e
    }
    // `第4周末完成`: by the week's end (its Sunday); `第6周初`: early in the week, the week itself.
    if w2 == nil, weekday == nil, hasDi, p < c.count, c[p - 1] == "周", c[p] == "末" || c[p] == "初" {
      if c[p] == "末" { return (ProsePoint(week: w1, weekday: 7), nil, p + 1) }
      p += 1
    }
    if let wd = weekday, let both = weekDaysThenDates(after: p, week: w1, weekday: wd) { return both }
    // Without 第, a bare number and 周 must be followed by a date in brackets or a weekday to be a week.
    var from = ProsePoint(week: w1, weekday: weekday ?? (w2 != nil ? 1 : nil))
    var to: ProsePoint? = w2.map { ProsePoint(week: $0, weekday: 7) }
    var q = skipSpaces(p)
    // `第16周内(12月21日前)`: within the week, by the day in brackets.
    if q + 1 < c.count, c[q] == "内", "(（".contains(c[q + 1]) { q += 1 }
    if q < c.count, c[q] == ":" || c[q] == "：" || weekday != nil && (c[q] == "," || c[q] == "，"),
      let (a, e) = date(at: skipSpaces(q + 1))
    {
      // `第一周:9月5日至9月8日`: the week, then its dates; `18周周二,6月20日`: the day, then its date.
      var from = a
      from.week = w1
      from.weekday = weekday
      var end = e
      if let (t, e2) = time(at: end) {
        from.time = t
        end = e2
      }
      if let (b, e2) = rangeEnd(after: end, from: from) { return (from, b, e2) }
      return (from, nil, end)
    }
    if q < c.count, c[q] == "（" || c[q] == "(" {
      if let (a, b, e) = bracketedDates(at: q) {
        from = ProsePoint(year: a.year, month: a.month, day: a.day, week: w1, weekday: weekday, time: a.time)
        if let b {
          to = ProsePoint(year: b.year, month: b.month, day: b.day, week: w2 ?? w1, weekday: nil, time: b.time)
        } else {
          to = nil
        }
        // The weeks printed with a range say which weeks, not which weekday.
        if w2 != nil || b != nil { from.weekday = weekday }
        // `开学至第3周(9月5日—9月23日)`: one week and days running past a week are that week's end.
        if w2 == nil, let b, let m0 = a.month, let d0 = a.day, let m1 = b.month, let d1 = b.day,
          ((m1 - m0 + 12) % 12) * 31 + d1 - d0 > 6
        {
          from.week = nil
        }
        q = e
        // `18周周二(6月20日)24:00前`: the day's time after its bracket.
        if to == nil, from.time == nil, let (t, e2) = time(at: q) {
          from.time = t
          q = e2
        }
        return (from, to, q)
      }
    }
    // `于11周进行`: a bare week number is a week where a preposition introduces it.
    let introduced = i > 0 && (c[i - 1] == "于" || c[i - 1] == "在")
    guard hasDi || weekday != nil || w2 != nil || introduced else { return nil }
    if w2 == nil, weekday == nil {
      // 第2周 alone: the whole week.
      from.weekday = 1
      to = ProsePoint(week: w1, weekday: 7)
    }
    // `第19周周三18:00前`, `考试结束(第19周周三)18:00前`: the day's hour, after it or after the bracket the
    // day stands in.
    if weekday != nil {
      let r = i > 0 && "(（".contains(c[i - 1]) && p < c.count && ")）".contains(c[p]) ? p + 1 : p
      // (Hours to another, `第二周周二上午11:00---12:00`, are read as the day's hours elsewhere.)
      if let (t, e) = clock(at: r), connector(at: skipSpaces(e)) == nil {
        from.time = t
        p = e
      }
    }
    return (from, to, p)
  }

  /// `（3月11日-29日）`, `(6月14日)`, `（11月6日）`: the dates inside brackets after a week.
  func bracketedDates(at i: Int) -> (ProsePoint, ProsePoint?, Int)? {
    var p = skipSpaces(i + 1)
    // `第一周（即9月2日—9月6日）`: 即 (that is) before the dates.
    if p < c.count, c[p] == "即" { p = skipSpaces(p + 1) }
    // `第十二周(5月13-19日)`: a range of days inside one month.
    if let (a, b, e) = dayRange(at: p) {
      let q = skipSpaces(e)
      if q < c.count, c[q] == "）" || c[q] == ")" { return (a, b, q + 1) }
      if q == c.count { return (a, b, q) }
    }
    guard let (a, e) = date(at: p) else { return nil }
    var from = a
    p = e
    // `(113年11月18日(一)~113年12月08日(日)23:59止)`: the day's own weekday in brackets inside.
    if let (_, weekday, e2) = bracketedWeek(at: p), let weekday {
      from.weekday = weekday
      p = e2
    }
    if let (t, e2) = time(at: p) {
      from.time = t
      p = e2
    }
    var to: ProsePoint?
    if let (b, e2) = rangeEnd(after: p, from: from) {
      to = b
      p = e2
    }
    p = skipSpaces(p)
    // `(…~113年12月08日(日)23:59止)`: the close's own 止.
    if let n = word(at: p, ["为止", "止"]) { p = skipSpaces(n) }
    // A bracket the copy lost the close of, at the end of the line, closes there.
    if p == c.count { return (from, to, p) }
    // `(12月21日前)`: the due's edge inside the bracket, read where the span reads edges.
    if to == nil, let n = word(at: p, ["之前", "以前", "前"]), n < c.count, ")）".contains(c[n]) { return (from, nil, p) }
    guard c[p] == "）" || c[p] == ")" else { return nil }
    return (from, to, p + 1)
  }

  /// `周五(10月9日)`, `星期一（10月12日）上午12:00`: a weekday, then its date in brackets, and the time
  /// after the bracket.
  func weekdayDate(at i: Int) -> (ProsePoint, Int)? {
    guard let (weekday, e) = weekdayWord(at: i), case let q = skipSpaces(e), q < c.count, "(（".contains(c[q]),
      let (a, b, end) = bracketedDates(at: q), b == nil
    else { return nil }
    var point = a
    point.weekday = weekday
    var stop = end
    if point.time == nil, let (t, e2) = time(at: stop) {
      point.time = t
      stop = e2
    }
    return (point, stop)
  }
}
