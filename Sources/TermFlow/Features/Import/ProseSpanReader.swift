/// Reads the date phrases of notices as they are printed, whatever the school: `3月2-6日`,
/// `4月1日-4月16日`, `2019年3月4日12:00——2019年3月9日9:00`, `3月4日0时至3月8日24时`, `12月28日~1月8日`,
/// `第3-5周（3月11日-29日）`, `18周--19周（6月24日--7月5日）`, `6月14日（16周星期五）`, `2019-03-04`,
/// `二〇一九年三月四日`, times in words (`下午6点`, `中午12点前`, `23时30分`), and the edges 前/截止/后/起.
/// Every form is a rule about the shape of the text, not about one notice's wording.
struct ProseSpanReader {
  let c: [Character]
  /// The notice's days written out in full, which settle digits a copy ran together that could be
  /// two dates (`118日` is 1月18日 in a notice posted on 2020年1月2日).
  let near: [ProsePoint]

  init(_ text: String, near: [ProsePoint] = []) {
    c = Array(text)
    self.near = near
  }

  static func spans(in text: String, near: [ProsePoint] = []) -> [ProseSpan] {
    ProseSpanReader(text, near: near).all()
  }

  func all() -> [ProseSpan] {
    var out: [ProseSpan] = []
    var i = 0
    while i < c.count {
      if i > 0, isDigit(c[i - 1]) || c[i - 1].isLetter && c[i - 1].isASCII {
        i += 1
        continue
      }
      guard let s = span(at: i) ?? listedRange(at: i, after: out.last) ?? clauseDay(at: i, after: out.last) else {
        i += 1
        continue
      }
      // `12月16日—12月27日:16周—17周`: a date and the weeks printed beside it are one span, the
      // weeks the dates' own (as in `9月16日（第2周星期日）`).
      // `2025年4月21日-5月9日(第9-11周)`: so are the weeks in brackets after it.
      // `3月6日(星期二)至3月9日(星期五)(2017-2018学年第二学期校历第1教学周,单周)`: and a week named
      // inside the bracket that follows the dates.
      if let last = out.last, last.from.hasDate, last.from.week == nil, s.from.week != nil, !s.from.hasDate,
        last.upper <= s.lower,
        s.lower - last.upper <= 2 && c[last.upper..<s.lower].allSatisfy({ ":：，, (（".contains($0) })
          || s.lower - last.upper <= 24 && "(（".contains(c[last.upper])
            && !c[last.upper..<s.lower].contains(where: { ")）。；;".contains($0) }),
        last.to != nil || s.to == nil || s.to?.week == s.from.week
      {
        var joined = last
        joined.from.week = s.from.week
        joined.to?.week = s.to?.week ?? s.from.week
        joined.upper = s.upper
        // The bracket closes with the span (`…第1教学周,单周)`: what is left in it says no more).
        if c[last.upper..<s.lower].contains(where: { "(（".contains($0) }),
          let close = c[s.upper..<min(c.count, s.upper + 8)].firstIndex(where: { ")）".contains($0) }),
          !c[s.upper..<close].contains(where: { "(（。；;".contains($0) })
        {
          joined.upper = close + 1
        }
        if joined.edge == .none { joined.edge = s.edge }
        out[out.count - 1] = joined
      } else if let last = out.last, !last.from.hasDate, last.from.week != nil, s.from.hasDate, s.from.week == nil,
        last.upper <= s.lower, s.lower - last.upper <= 1, c[last.upper..<s.lower].allSatisfy({ " :：".contains($0) }),
        (last.to == nil) == (s.to == nil)
      {
        // `第11-12周5月2日—5月13日`: the weeks, then their dates.
        var joined = s
        joined.lower = last.lower
        joined.from.week = last.from.week
        joined.to?.week = last.to?.week
        out[out.count - 1] = joined
      } else if let last = out.last, last.edge == .after, last.to == nil, s.edge == .before, s.to == nil,
        !s.sinceNow, last.upper <= s.lower, s.lower - last.upper <= 10,
        Self.onlyJoins(String(c[last.upper..<s.lower]))
      {
        // `从4月28日开始,截止时间为5月24日17:00`, `11月13日8时开放,12月9日8时关闭`: an opening day and
        // the close it names are one window.
        var joined = last
        joined.to = s.from
        joined.edge = .none
        joined.upper = s.upper
        out[out.count - 1] = joined
      } else {
        if let last = out.last, let shared = sharing(last, s) { out[out.count - 1] = shared }
        out.append(s)
      }
      i = max(s.upper, i + 1)
    }
    return out
  }

  /// Whether the words between an opening day and a closing one only join them (`,截止时间为`, `,`):
  /// `3月1日起报名,3月5日前缴费` names two works.
  static func onlyJoins(_ between: String) -> Bool {
    var rest = between
    for w in ["截止时间为", "截止时间", "截止日期", "截止", "截至", "至", "到"] { rest = rest.replacingOccurrences(of: w, with: "") }
    return rest.allSatisfy { "，,:： ".contains($0) }
  }

  /// `10月12、13日报到,14至15日入学教育`: days that open a clause of the sentence a dated clause is in,
  /// in the month of its last day.
  func clauseDay(at i: Int, after last: ProseSpan?) -> ProseSpan? {
    guard let last, last.upper < i, i > 0, "，,".contains(c[i - 1]),
      !c[last.upper..<i].contains(where: { "。；;\n".contains($0) })
    else { return nil }
    let prev = last.to ?? last.from
    guard prev.hasDate, let (from, e) = dayAlone(at: i, from: prev) else {
      // `14至15日`: the range's first day has no 日 of its own.
      guard prev.hasDate, let (d, a) = number(at: i, chinese: false), let q = connector(at: a),
        let (to, e) = dayAlone(at: skipSpaces(q), from: prev), let m = to.month, (1...31).contains(d), d < (to.day ?? 0)
      else { return nil }
      return ProseSpan(from: ProsePoint(year: to.year, month: m, day: d), to: to, lower: i, upper: e)
    }
    if let (to, q) = rangeEnd(after: e, from: from) { return ProseSpan(from: from, to: to, lower: i, upper: q) }
    return ProseSpan(from: from, lower: i, upper: e)
  }

  /// `7月1日-3日、8日-10日`: a range of days after a range, across `、`, in the month of the one before.
  func listedRange(at i: Int, after last: ProseSpan?) -> ProseSpan? {
    guard let last, let prevTo = last.to, last.upper <= i,
      c[last.upper..<i].allSatisfy({ $0 == "、" || $0 == " " || $0 == "，" }),
      c[last.upper..<i].contains("、"),
      let (from, e) = dayAlone(at: i, from: prevTo), let (to, q) = rangeEnd(after: e, from: from)
    else { return nil }
    return ProseSpan(from: from, to: to, lower: i, upper: q)
  }

  // MARK: - A span: a point, a range to another point, an edge

  func span(at i: Int) -> ProseSpan? {
    guard let (from, first, p) = weekFirst(at: i) ?? dateFirst(at: i) ?? weekdayDate(at: i).map({ ($0.0, nil, $0.1) })
    else { return nil }
    var to = first
    var end = p
    if to == nil, let (t, q) = rangeEnd(after: p, from: from) {
      to = t
      end = q
    } else if to == nil, let q = connector(at: p), q < c.count, isDigit(c[skipSpaces(q)]) {
      // `202584日至8724時`: a range whose end is there but cannot be read is not read at all.
      return nil
    }
    // A list of days (`3月8日、9日`, `2025年9月12日、14日`): the step runs from the first to the last, as
    // the language reads a list. A range is not a list's first item: what follows it is another span.
    var listed = to == nil
    while listed, to == nil || to?.day != nil, let (t, q) = listItem(after: end, last: to ?? from) {
      // `3月8日、9日-10日`: the list ends where a range starts.
      if rangeEnd(after: q, from: t) != nil { break }
      to = t
      end = q
      listed = true
    }
    var weeks: [(week: Int?, weekday: Int?)] = []
    if to != nil, let (ws, e) = bracketedWeekList(at: end) { (weeks, end) = (ws, e) }
    // `202371312:0083012:00`: digits run on from the date with nothing between; what joins them was lost.
    // (`2026年1月17日2024级…`: a date that ends in 日 is whole, whatever follows it.)
    if end < c.count, isDigit(c[end]), isDigit(c[end - 1]), from.hasDate { return nil }
    // `2014年12月31日到2015年1月10日内及11日白天内`: the day after the range's end, joined on.
    if let last = to, let d = last.day, let j = word(at: skipSpaces(word(at: end, ["内"]) ?? end), ["及"]),
      let (next, e) = dayAlone(at: skipSpaces(j), from: last), next.day == d + 1
    {
      to = next
      end = word(at: e, ["白天内", "内"]) ?? e
    }
    var s = ProseSpan(from: from, to: to, lower: i, upper: end)
    if let last = to, weeks.count == 2, from.week == nil, last.week == nil {
      s.weeksAside = zip([from, last], weeks).map { p, w in
        var p = p
        (p.week, p.weekday) = w
        return p
      }
    }
    // `5月底完成考核`, `第4周末完成`: by the month's or the week's end.
    if to == nil, end > 1, c[end - 1] == "底" || c[end - 1] == "末" && c[end - 2] == "周" { s.edge = .before }
    // An edge: 前/之前/以前/止 make a due, 后/以后/之后/起/开始 a start (only on a single day); a date in
    // brackets after its weekday (`周五(9月22日)前`) takes the edge after the bracket.
    var q = skipSpaces(end)
    // `3月24日下午开始`, `5月10日上午前`: a part of the day between the date and its edge.
    if to == nil, let p = word(at: q, NoticeRules.dayParts) { q = p }
    // `(即8月23日)，学校再划一次款`: a bracket that says which day a phrase means closes with the date,
    // and what follows it is the work; `考试的时间(9月17日)，…` dates the words before it.
    let restated = i > 1 && c[i - 1] == "即" && "(（".contains(c[i - 2])
    if q < c.count, c[q] == ")" || c[q] == "）", restated || i > 0 && "(（".contains(c[i - 1]) {
      q = skipSpaces(q + 1)
      if restated { s.upper = q }
    }
    // `5月26日(含)前`: the day itself included.
    if let n = word(at: q, ["(含)", "（含）"]), word(at: skipSpaces(n), ["之前", "以前", "前", "为止", "止"]) != nil {
      q = skipSpaces(n)
    }
    // `6月13日-15日前往教务科`: 前往 and 前来 go somewhere; they are no deadline.
    let goes = word(at: q, ["前往", "前来"]) != nil
    if to == nil {
      // `将于2020年1月3日结束`: ends by that day; `3月5日结束后` is after it.
      let ends = word(at: q, ["结束"]).flatMap { e in word(at: e, ["后", "以后", "之后"]) == nil ? e : nil }
      if let n = goes ? ends : word(at: q, ["之前", "以前", "前", "为止", "止", "关闭"]) ?? ends {
        s.edge = .before
        s.upper = n
      } else if let n = word(
        at: q,
        ["（含）之后", "(含)之后", "之后", "以后", "后", "起", "开始", "开放", "开通", "结束后", "结束以后", "结束之后"]
      ) {
        s.edge = .after
        s.upper = n
      } else if let k = connector(at: q), let n = word(at: skipSpaces(k), NoticeRules.undatedEnds) {
        // `2016年9月1日-考试`, `9月1日至开学前`: until a day the notice does not give, an open start.
        s.edge = .after
        s.upper = word(at: n, ["之前", "以前", "前", "为止", "止", "结束"]) ?? n
      } else if let n = word(at: q, ["下班前", "中午下班前", "下午下班前", "上午下班前"]) {
        // The office's closing time is the school's own: the day is read, the hour left to the draft's TODO.
        s.edge = .before
        s.upper = n
      }
    } else if !goes, let n = word(at: q, ["之前", "以前", "前", "止"]) {
      s.upper = n
    }
    // `第16周内(12月21日前)`: the bracket the edge stood in closes after it.
    if s.upper < c.count, ")）".contains(c[s.upper]),
      c[i..<s.upper].filter({ "(（".contains($0) }).count > c[i..<s.upper].filter({ ")）".contains($0) }).count
    {
      s.upper += 1
    }
    // Words before it: 截止/截至/最迟/不晚于 make a due; 即日起至 an open start.
    var before = Substring(String(c[max(0, i - 8)..<i]))
    if let cut = before.lastIndex(where: { "，,。；;".contains($0) }) { before = before[before.index(after: cut)...] }
    while let last = before.last, " ：:为是于在到至".contains(last) { before = before.dropLast() }
    // `最晚安排在16周(6月28日)`: at the latest, with its verb between.
    let latest = ["最晚", "最迟"].contains { w in before.range(of: w).map { before[$0.upperBound...].count <= 2 } ?? false }
    // `成績繳交截止日為113年1月21日`: the day a label names.
    for w in ["时间", "日期", "日"] where before.hasSuffix(w) {
      before = before.dropLast(w.count)
      break
    }
    let lead = String(c[max(0, i - 6)..<i])
    // `课程结束后至2019年8月2日`: until a day, with no day before it in the range, is a due.
    let untilAlone = lead.hasSuffix("至") && !(i >= 2 && (c[i - 2] == "日" || c[i - 2] == "号" || isDigit(c[i - 2])))
    if to == nil, s.edge == .none,
      untilAlone || latest || NoticeRules.closingLabels.contains(where: { before.hasSuffix($0) })
    {
      s.edge = .before
    }
    // `系统开放时间:2月24日17:00`: what opens then stays open.
    if to == nil, s.edge == .none, NoticeRules.openingLabels.contains(where: { before.hasSuffix($0) }) {
      s.edge = .after
    }
    if to == nil,
      ["即日起至", "即日起到", "即日起—", "即日起-", "即日起~", "即日至", "即日起至至"].contains(where: {
        lead.hasSuffix($0)
      })
    {
      s.sinceNow = true
      s.edge = .before
    }
    // `第18周周二(6月20日)：成绩提交工作截止`: a day whose clause says that something closes on it.
    if to == nil, s.edge == .none {
      let clause = c[q...].prefix { !"，,。；;".contains($0) }.prefix(40)
      if clause.count < 40, String(clause).trimmingCharacters(in: .whitespaces).hasSuffix("截止") { s.edge = .before }
    }
    return s
  }

  /// The next day of a list after `、`: a date, or a day alone in the last one's month.
  func listItem(after end: Int, last: ProsePoint) -> (ProsePoint, Int)? {
    // `2 月 11 日(周六) 、2 月 12 日(周日)`: a page that spaces its dates out spaces their list too.
    let p = skipSpaces(end) < c.count && c[skipSpaces(end)] == "、" ? skipSpaces(end) : end
    // `9月11日(星期六)或12日(星期日)`: either day, so the step spans both.
    guard p < c.count, "、或，,和及".contains(c[p]), last.day != nil else { return nil }
    let q = skipSpaces(p + 1)
    // `6月27日和28日两天`: a day alone after 和 is the list's; `7月30日和8月19日` are two days, each its own.
    let joined = "和及".contains(c[p])
    guard var (d, e) = (joined ? nil : date(at: q)) ?? dayAlone(at: q, from: last) else { return nil }
    // `6月8日(周三),9日(周四)`: after a comma, only a day printed as the one before it (with its
    // weekday) goes on the list; `3月1日起报名,3月5日前缴费` names two works.
    if ",，".contains(c[p]) {
      guard p > 0, ")）".contains(c[p - 1]), d.year == nil, d.month == last.month, q < c.count, c[q].isNumber,
        date(at: q) == nil, bracketedWeek(at: e) != nil
      else { return nil }
    }
    if d.year == nil { d.year = last.year }
    if let (t, e2) = time(at: e) {
      d.time = t
      e = e2
    }
    return (d, e)
  }

  /// A date, its printed week and weekday, and a time: `2019年3月4日（星期一）12:00`, `3月2-6日`.
  func dateFirst(at i: Int) -> (ProsePoint, ProsePoint?, Int)? {
    var to: ProsePoint?
    var a: ProsePoint
    var p: Int
    // The readers of digits a copy ran together start only at a digit: tried at every place of every
    // sentence, they are skipped where none is.
    let digits = i < c.count && digit(c[i]) != nil
    if let (x, y, e) = dayRange(at: i) ?? dayWithoutRi(at: i) ?? (digits ? compactDayRange(at: i) : nil)
      ?? (digits ? compactWindow(at: i) : nil) ?? wholeMonth(at: i)
    {
      (a, to, p) = (x, y, e)
    } else if let (x, e) = date(at: i) ?? (digits ? compactDate(at: i) : nil) ?? monthDot(at: i, standalone: true)
      ?? (digits ? monthDayLostRi(at: i) ?? spacedMonthDay(at: i) : nil)
    {
      (a, p) = (x, e)
    } else {
      return nil
    }
    if let (w, wd, e) = bracketedWeek(at: p) {
      if to == nil {
        a.week = w
        a.weekday = wd
      }
      p = e
    }
    // A timestamp (`2021-11-01 14:46:48`) records a moment; it sets no one a date.
    if let (_, e) = time(at: p), e < c.count, c[e] == ":" || c[e] == "：" { return nil }
    if to == nil, let (t1, t2, e) = partOfDayHours(at: p) {
      var end = a
      (a.time, end.time) = (t1, t2)
      return (a, end, e)
    }
    // `长清湖校区,9月21日,9:00-12:00,文昌楼312室`: the day's hours may follow a comma.
    let comma = p < c.count && ",，".contains(c[p]) && to == nil ? p + 1 : p
    if let (t, e) = clock(at: p) ?? (comma > p ? time(at: comma) : nil) {
      if to == nil { a.time = t } else { to?.time = t }
      p = e
      // `2016年10月31日16:00(第八周周一)之前`: the week may follow the time.
      if to == nil, a.week == nil, a.weekday == nil, p < c.count, "(（".contains(c[p]),
        let (w, wd, e2) = bracketedWeek(at: p)
      {
        (a.week, a.weekday, p) = (w, wd, e2)
      }
    }
    return (a, to, p)
  }

  /// `3月2-6日`, `7月1日-3日` is not this (that is a date and a day alone): a month, two days joined.
  func dayRange(at i: Int) -> (ProsePoint, ProsePoint, Int)? {
    // `7月16、17日`: two days listed before one 日 run from the first to the last, as a list does.
    guard let (year, month, q) = monthHead(at: i), let (d1, e) = number(at: q, chinese: true), (1...31).contains(d1),
      let b = connector(at: e) ?? (e < c.count && c[e] == "、" ? e + 1 : nil),
      let (d2, f) = number(at: skipSpaces(b), chinese: true), (1...31).contains(d2), d2 > d1
    else { return nil }
    let r = skipSpaces(f)
    guard r < c.count, c[r] == "日" || c[r] == "号" else { return nil }
    return (ProsePoint(year: year, month: month, day: d1), ProsePoint(year: year, month: month, day: d2), r + 1)
  }

  /// `9月21-9月24日`: a range whose first day lost its 日, the second a whole date; `01月18至02月21`:
  /// both ends without 日, read only as such a pair of month and day.
  func dayWithoutRi(at i: Int) -> (ProsePoint, ProsePoint, Int)? {
    guard let (year, month, q) = monthHead(at: i), let (d1, e) = number(at: q, chinese: false), (1...31).contains(d1),
      let b = connector(at: skipSpaces(e)),
      let (end, f) = date(at: skipSpaces(b)) ?? monthAndDay(at: skipSpaces(b)), end.month != nil
    else { return nil }
    var to = end
    if to.year == nil { to.year = year.flatMap { y in (to.month ?? 0) < month ? y + 1 : y } }
    return (ProsePoint(year: year, month: month, day: d1), to, f)
  }

  /// The end of a range after `p`: a connector, then a date, a day alone, a week, or a time alone.
  func rangeEnd(after p: Int, from: ProsePoint) -> (ProsePoint, Int)? {
    // `从12月29日开始至1月11日结束`: the start's 开始 (or 起) before the connector.
    var p = skipSpaces(p)
    if let n = word(at: p, ["开始", "起"]), connector(at: skipSpaces(n)) != nil { p = skipSpaces(n) }
    // `9月17日上午~9月21日`: a part of the first day, no hour to keep.
    if let n = word(at: p, NoticeRules.dayParts), connector(at: skipSpaces(n)) != nil {
      p = skipSpaces(n)
    }
    guard let q0 = connector(at: p) else { return nil }
    let q = skipSpaces(q0)
    guard q < c.count else { return nil }
    if var (b, e) = date(at: q) ?? compactDate(at: q, after: from) ?? dayAlone(at: q, from: from)
      ?? monthDot(at: q, standalone: false, slashed: slashedBefore(p)) ?? weekdayDate(at: q) ?? monthAndDay(at: q)
    {
      if let (w, wd, e2) = bracketedWeek(at: e) {
        b.week = w
        b.weekday = wd
        e = e2
      }
      if let (t, e2) = clock(at: e) {
        b.time = t
        e = e2
      }
      if b.year == nil { b.year = from.year.flatMap { y in (b.month ?? 0) < (from.month ?? 0) ? y + 1 : y } }
      return (b, e)
    }
    if let (w, _, e) = weekFirst(at: q), w.week != nil {
      return (w, e)
    }
    if let (t0, e) = time(at: q), from.hasDate {
      var t = t0
      var b = from
      b.week = nil
      b.weekday = nil
      // `5月16日下午4:00—5:30`: an hour of the same afternoon, earlier on the clock than the start.
      if let start = from.time, start.hour >= 12, t.hour < 12, t.hour + 12 > start.hour, t.hour + 12 <= 24 {
        t.hour += 12
      }
      b.time = t
      return (b, e)
    }
    return nil
  }
}
