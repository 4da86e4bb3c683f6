/// Periods a notice names whole: a month (`于2016年6月`), a part of a day with its hours.
extension ProseSpanReader {
  /// `于2016年6月批阅`, `在2017年6月将实习报告…`: a whole month, read only with its year and after 于/在
  /// (without its year only where the work is set for it: `暂定10月进行`),
  /// or opening its clause before a comma or a range (`4、2026年2月,完成…定稿评审`, `2025年11月-2026年1月,
  /// 完成…撰写`), since a month alone more often names people (`2016年9月入学的学生`) than a time to act.
  /// A third of a month (`四月下旬`, `6月中旬(具体时间待定)`) is a guess at days, not a window: not read.
  func wholeMonth(at i: Int) -> (ProsePoint, ProsePoint, Int)? {
    guard let (printed, month, q) = monthHead(at: i), q < c.count, !isDigit(c[q]),
      // `5月底`, `6月初`, `8月上旬` are days of their own.
      !"日号底初中末上下".contains(c[q])
    else { return nil }
    let lead = c[..<i].last(where: { $0 != " " })
    // A month without its year only where the work is set for it (`暂定10月进行`, `定于11月`).
    guard let year = printed ?? (lead == "定" || lead == "于" ? 2001 : nil) else { return nil }
    let opens = lead.map { "，,。；;：:、.．)）".contains($0) } ?? true
    let e = word(at: q, ["份"]) ?? q
    let from = ProsePoint(year: year, month: month, day: 1)
    if opens, let k = connector(at: e), let (y2, m2, q2) = monthHead(at: skipSpaces(k)), q2 < c.count,
      !"日号底初中末上下".contains(c[q2]), !isDigit(c[q2])
    {
      let y = y2 ?? (m2 < month ? year + 1 : year)
      let last = CivilDate.daysIn(year: y, month: m2)
      return (from, ProsePoint(year: y, month: m2, day: last), word(at: q2, ["份"]) ?? q2)
    }
    guard lead == "于" || lead == "在" || lead == "定" || opens && ",，".contains(c[e]) else { return nil }
    // (February's last day needs its year.)
    guard printed != nil || month != 2 else { return nil }
    let to = ProsePoint(year: printed, month: month, day: CivilDate.daysIn(year: year, month: month))
    return (ProsePoint(year: printed, month: month, day: 1), to, e)
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
