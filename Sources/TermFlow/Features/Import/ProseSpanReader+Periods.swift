/// Periods a notice names whole: a month (`于2016年6月`), a part of a day with its hours.
extension ProseSpanReader {
  /// `于2016年6月批阅`, `在2017年6月将实习报告…`: a whole month, read only with its year and after 于/在
  /// (without its year only where the work is set for it: `暂定10月进行`),
  /// or opening its clause before a comma (`4、2026年2月,完成…定稿评审`), since a month alone more often
  /// names people (`2016年9月入学的学生`) than a time to act. Months joined as a range or a list of
  /// months in a row (`2025年11月-2026年1月,完成…撰写`, `定于10月-11月进行`, `新校区:10月、11月的每周一`)
  /// are the time from the first's first day to the last's last, with their year or without.
  /// A third of a month (`四月下旬`, `6月中旬(具体时间待定)`) is a guess at days, not a window: not read.
  func wholeMonth(at i: Int) -> (ProsePoint, ProsePoint, Int)? {
    guard let (printed, month, q, e) = monthAlone(at: i), q < c.count else { return nil }
    let lead = c[..<i].last(where: { $0 != " " })
    let set = lead == "定" || lead == "于"
    let opens = lead.map { "，,。；;：:、.．)）".contains($0) } ?? true
    let from = ProsePoint(year: printed, month: month, day: 1)
    if opens || set || lead == "在", let (last, end) = lastMonth(after: e, from: (printed, month)) {
      // (February's last day needs its year.)
      guard last.year != nil || last.month != 2 else { return nil }
      let days = CivilDate.daysIn(year: last.year ?? 2001, month: last.month)
      return (from, ProsePoint(year: last.year, month: last.month, day: days), end)
    }
    // A month without its year only where the work is set for it (`暂定10月进行`, `定于11月`).
    guard printed != nil || set else { return nil }
    guard set || lead == "在" || opens && e < c.count && ",，".contains(c[e]) else { return nil }
    guard printed != nil || month != 2 else { return nil }
    let to = ProsePoint(year: printed, month: month, day: CivilDate.daysIn(year: printed ?? 2001, month: month))
    return (from, to, e)
  }

  /// A month with no day after it (`5月底`, `6月初`, `8月上旬` are days of their own): its year where
  /// printed, the month, where its 月 ends and where it ends past a 份.
  private func monthAlone(at i: Int) -> (Int?, Int, Int, Int)? {
    guard let (year, month, q) = monthHead(at: i), q >= c.count || !"日号底初中末上下".contains(c[q]) && !isDigit(c[q])
    else { return nil }
    return (year, month, q, word(at: q, ["份"]) ?? q)
  }

  /// The last month of a range (`-2026年1月`, `至11月`) or of a list of months in a row (`、11月、12月`)
  /// that goes on from `first`'s at `e`, its year where printed or carried over, and where it ends.
  private func lastMonth(after e: Int, from first: (year: Int?, month: Int)) -> ((year: Int?, month: Int), Int)? {
    func head(_ k: Int) -> ((year: Int?, month: Int), Int)? {
      monthAlone(at: skipSpaces(k)).map { y, m, _, end in ((y, m), end) }
    }
    func carried(_ m: (year: Int?, month: Int), after p: (year: Int?, month: Int)) -> (year: Int?, month: Int) {
      (m.year ?? p.year.map { m.month < p.month ? $0 + 1 : $0 }, m.month)
    }
    if let k = connector(at: e), let (m, end) = head(k) { return (carried(m, after: first), end) }
    var last: ((year: Int?, month: Int), Int)?
    var p = e
    var previous = first
    while p < c.count, c[p] == "、", let (m, end) = head(p + 1), m.month == previous.month % 12 + 1 {
      previous = carried(m, after: previous)
      last = (previous, end)
      p = end
    }
    return last
  }
}

extension ProseSpanReader {
  /// `2012年1月4日下午 (2:30—4:30)`: a part of the day, then its hours in brackets, on the 12-hour clock
  /// the part says.
  func partOfDayHours(at i: Int) -> (ProseTime, ProseTime, Int)? {
    var p = skipSpaces(i)
    guard let part = NoticeRules.dayParts.first(where: { word(at: p, [$0]) != nil }) else { return nil }
    p = skipSpaces(p + part.count)
    guard p < c.count, "(（".contains(c[p]), let (a, e) = time(at: p + 1), let q = connector(at: e),
      let (b, f) = time(at: skipSpaces(q)), f < c.count, ")）".contains(c[f])
    else { return nil }
    let afternoon = ["下午", "晚上"].contains(part)
    func shifted(_ t: ProseTime) -> ProseTime {
      afternoon && t.hour < 12 ? ProseTime(hour: t.hour + 12, minute: t.minute) : t
    }
    return (shifted(a), shifted(b), f + 1)
  }

  /// `11月25日/12月9日上午11:30之前`: a day offered as the alternative to the next shares its hour
  /// and edge; nil where `last` is no such day.
  func sharing(_ last: ProseSpan, _ next: ProseSpan) -> ProseSpan? {
    guard last.to == nil, next.to == nil, last.from.time == nil, last.edge == .none, last.upper + 1 == next.lower,
      c[last.upper] == "/"
    else { return nil }
    var shared = last
    shared.from.time = next.from.time
    shared.edge = next.edge
    return shared
  }
}
