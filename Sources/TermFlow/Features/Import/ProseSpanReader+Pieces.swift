extension ProseSpanReader {
  // MARK: - Dates

  /// `2019年3月4日`, `3月4日`, `3月4号`, `二〇一九年三月四日`, `2019-03-04`, `2019.3.4`, `2019/3/4`,
  /// `元月5日` (a day range inside one month, `3月2-6日`, is `dayRange`).
  func date(at i: Int) -> (ProsePoint, Int)? {
    let p = i
    // ISO-like with a four-digit year, or Taiwan's three-digit one (`109/3/20` is 2020年3月20日).
    if let (y0, a) = number(at: p, chinese: false), a - p == 4 || a - p == 3 && NoticeRules.rocYears.contains(y0),
      a < c.count,
      "-./".contains(c[a])
    {
      let y = a - p == 3 ? NoticeRules.rocEpoch + y0 : y0
      let sep = c[a]
      if let (m, b) = number(at: a + 1, chinese: false), b < c.count, c[b] == sep,
        let (d, e) = number(at: b + 1, chinese: false),
        (1...12).contains(m), (1...31).contains(d), !(e < c.count && isDigit(c[e]))
      {
        return (ProsePoint(year: y, month: m, day: d), e)
      }
      return nil
    }
    guard let (year, month, q) = monthHead(at: p) else { return nil }
    // `5月底`: the month's last day (February's needs its year).
    if q < c.count, c[q] == "底", month != 2 || year != nil {
      return (ProsePoint(year: year, month: month, day: CivilDate.daysIn(year: year ?? 2001, month: month)), q + 1)
    }
    guard let (d, e) = number(at: q, chinese: true), (1...31).contains(d) else { return nil }
    let r = skipSpaces(e)
    guard r < c.count else { return nil }
    if c[r] == "日" || c[r] == "号" { return (ProsePoint(year: year, month: month, day: d), r + 1) }
    return nil
  }

  /// `11.25`, `03.8`: a month and day with a dot, as tables print them. `standalone`: read only where
  /// nothing else can be meant, a range of two (`11.25—12.01`) or a cell holding the date alone
  /// (`02.23`, `02.24(暂定)`); `3.5学分` and `2.50元` are numbers.
  /// `5/20(一)`: with a slash, read only where its weekday follows in brackets or it starts a range of
  /// two (`5/21-5/23`); `1/2` is a half;
  /// `03-04 08:00`: with a hyphen, only two digits each and a clock time after, as systems print it.
  /// `slashed`: the end of a range whose start was written with slashes (`2025/2/15-2/16`), which is
  /// read without a weekday.
  func monthDot(at i: Int, standalone: Bool, slashed: Bool = false) -> (ProsePoint, Int)? {
    guard i == 0 || !(isDigit(c[i - 1]) || c[i - 1] == "." || c[i - 1] == "/"),
      let (m, a) = number(at: i, chinese: false), a - i <= 2, (1...12).contains(m), a + 1 < c.count,
      ".-/".contains(c[a]),
      let (d, e) = number(at: a + 1, chinese: false), (1...31).contains(d),
      !(e < c.count && (isDigit(c[e]) || c[e] == "." || c[e] == "/"))
    else { return nil }
    let point = ProsePoint(year: nil, month: m, day: d)
    if c[a] == "/" {
      // `(上期)5/21-5/23;6/3-6/4`: a range of two, where no word runs into it, is dates too, as Taiwan's
      // notices print them (`占1/2-2/3` is a share).
      let ranged =
        (i == 0 || !NoticeClauses.isNameCharacter(c[i - 1]))
        && connector(at: e).flatMap { monthDot(at: skipSpaces($0), standalone: false, slashed: true) } != nil
      guard slashed || ranged || bracketedWeek(at: e)?.1 != nil || slashLed(at: i) else { return nil }
      return (point, e)
    }
    if c[a] == "-" {
      guard i == 0 || c[i - 1] != "-", a - i == 2, e - a - 1 == 2, e < c.count, c[e] == " ", let (_, t) = time(at: e),
        c[e..<t].contains(":")
      else { return nil }
      return (point, e)
    }
    guard standalone else { return (point, e) }
    if let q = connector(at: e), let (_, f) = monthDot(at: skipSpaces(q), standalone: false) {
      // `6.8-6.14 第15周`: days of one digit, where the range stands alone in its cell or before its week.
      let rest = c[f...].drop { $0 == " " }
      let week = rest.prefix { isDigit($0) }
      if e - a - 1 == 2 || rest.isEmpty || rest.first == "|" || rest.first == "第"
        || !week.isEmpty && rest.dropFirst(week.count).first == "周"
      {
        return (point, e)
      }
    }
    guard e - a - 1 == 2 else { return nil }
    let rest = c[e...].drop { $0 == " " }
    let alone = c[..<i].allSatisfy { $0 == " " } && (rest.isEmpty || "(（".contains(rest.first ?? " "))
    return alone ? (point, e) : nil
  }

  /// `於9/3完成`, `於9/9、9/17完成`: a day with a slash that 于 leads to, or listed after one that it
  /// leads to, is a date (`學分數1/3` is a share).
  func slashLed(at i: Int) -> Bool {
    var k = i - 1
    while k >= 0 {
      if c[k] == "于" { return true }
      guard c[k] == "、" else { return false }
      // The listed day before the mark: one or two digits, a slash, one or two digits.
      var j = k - 1
      var digits = 0
      while j >= 0, isDigit(c[j]), digits < 3 { (j, digits) = (j - 1, digits + 1) }
      guard (1...2).contains(digits), j >= 0, c[j] == "/" else { return false }
      j -= 1
      digits = 0
      while j >= 0, isDigit(c[j]), digits < 3 { (j, digits) = (j - 1, digits + 1) }
      guard (1...2).contains(digits) else { return false }
      k = j
    }
    return false
  }

  /// `6日`, `29号` after a range's connector: the start's month (and year) go on; a smaller day than the
  /// start's is in the next month.
  func dayAlone(at i: Int, from: ProsePoint) -> (ProsePoint, Int)? {
    guard let m = from.month, let (d, e) = number(at: i, chinese: true), (1...31).contains(d) else { return nil }
    let r = skipSpaces(e)
    guard r < c.count, c[r] == "日" || c[r] == "号" else { return nil }
    var month = m
    var year = from.year
    if let start = from.day, d < start {
      month = m == 12 ? 1 : m + 1
      if m == 12 { year = year.map { $0 + 1 } }
    }
    return (ProsePoint(year: year, month: month, day: d), r + 1)
  }

  /// `(第一周星期六、第二周星期天)`, `（第二周星期一至星期六）` after a range: the weeks and weekdays of its
  /// days, read in order (a later item without its week is in the one before), and where the bracket ends.
  func bracketedWeekList(at i: Int) -> ([(week: Int?, weekday: Int?)], Int)? {
    var p = skipSpaces(i)
    guard p < c.count, c[p] == "（" || c[p] == "(" else { return nil }
    p += 1
    var items: [(week: Int?, weekday: Int?)] = []
    while let (w, wd, e) = bracketedWeek(at: p), e > p {
      items.append((w ?? items.last?.week, wd))
      p = skipSpaces(e)
      if p < c.count, "、，,".contains(c[p]) {
        p += 1
      } else if let q = connector(at: p) {
        p = q
      } else {
        break
      }
    }
    guard p < c.count, c[p] == "）" || c[p] == ")" else { return nil }
    return (items, p + 1)
  }

  func bracketedWeek(at i: Int) -> (Int?, Int?, Int)? {
    var p = skipSpaces(i)
    guard p < c.count else { return nil }
    let open = c[p] == "（" || c[p] == "("
    if open { p = skipSpaces(p + 1) }
    var week: Int?
    if p < c.count, c[p] == "第" || isDigit(c[p]) {
      let s = c[p] == "第" ? p + 1 : p
      if let (w, e0) = number(at: s, chinese: c[p] == "第"), case let e = word(at: e0, ["教学"]) ?? e0, e < c.count,
        c[e] == "周"
      {
        week = w
        p = e + 1
      }
    }
    var weekday: Int?
    // `9月3日(本周四)`: this week's day, which says no more than the date.
    if week == nil, open, p < c.count, c[p] == "本" { p += 1 }
    if let (d, e) = weekdayWord(at: p) {
      weekday = d
      p = e
    } else if open, week == nil, p + 1 < c.count, ")）".contains(c[p + 1]), let s = c[p].unicodeScalars.first,
      let d = ChineseNumerals.weekday(s)
    {
      // `6月4日(三)`: the weekday alone in its bracket, as Taiwan's notices print it.
      weekday = d
      p += 1
    }
    guard week != nil || weekday != nil else { return nil }
    if open {
      p = skipSpaces(p)
      guard p < c.count, c[p] == "）" || c[p] == ")" else { return nil }
      p += 1
    }
    return (week, weekday, p)
  }

  /// `星期五`, `周五`, `礼拜五` → 5.
  func weekdayWord(at i: Int) -> (Int, Int)? {
    for w in ["星期", "礼拜", "周"] {
      guard let e = word(at: i, [w]), e < c.count, let s = c[e].unicodeScalars.first,
        let d = ChineseNumerals.weekday(s)
      else { continue }
      return (d, e + 1)
    }
    return nil
  }

  // MARK: - Pieces

  /// A range's connector: a run of dashes of any kind (`-`, `－`, `—`, `——`, `---`, `─`), `~`, `～`,
  /// `至`, `到`, `—至`, with spaces.
  func connector(at i: Int) -> Int? {
    let p = skipSpaces(i)
    guard p < c.count else { return nil }
    if Self.dashes.contains(c[p]) {
      var q = p
      while q < c.count, q - p < 4, Self.dashes.contains(c[q]) { q += 1 }
      if let e2 = word(at: q, ["至"]) { q = e2 }
      return q
    }
    for w in ["~", "～", "〜", "至", "到"] {
      guard var e = word(at: p, [w]) else { continue }
      // `5月17日至—5月20日`: a dash typed after the word as well.
      while e < c.count, e - p < 4, Self.dashes.contains(c[e]) { e += 1 }
      return e
    }
    return nil
  }

  /// Dashes pages print between a range's ends: hyphen, minus, en and em dashes, the horizontal bar
  /// and the box-drawing line some editors paste.
  static let dashes: Set<Character> = ["-", "－", "—", "–", "―", "─", "‐", "‑", "‒", "━"]

  /// A number in ASCII or fullwidth digits (at most 4), or, where `chinese`, in numerals (`十六`).
  func number(at i: Int, chinese: Bool) -> (Int, Int)? {
    var p = i
    var v = 0
    while p < c.count, p - i < 4, let d = digit(c[p]) {
      v = v * 10 + d
      p += 1
    }
    if p > i { return (p < c.count && digit(c[p]) != nil) ? nil : (v, p) }
    guard chinese else { return nil }
    var s = ""
    while p < c.count, p - i < 3, let u = c[p].unicodeScalars.first, c[p] != "〇", c[p] != "零",
      ChineseNumerals.value(of: u) != nil
    {
      s.unicodeScalars.append(u)
      p += 1
    }
    guard !s.isEmpty, let n = ChineseNumerals.parse(s) else { return nil }
    return (n, p)
  }

  /// A year: four digits, or four numerals digit by digit (`二〇一九`), or two digits (`09年`).
  func yearNumber(at i: Int) -> (Int, Int)? {
    if let (y, e) = number(at: i, chinese: false) {
      if e - i == 4 { return (y, e) }
      if e - i == 2 { return (2000 + y, e) }
      // Taiwan's notices count years from 1912 (民国): `111年06月25日` is 2022; three digits name no
      // other year a notice would print.
      if e - i == 3, NoticeRules.rocYears.contains(y) { return (NoticeRules.rocEpoch + y, e) }
      return nil
    }
    var y = 0
    var p = i
    // `二O二一年`, `二00九年`: a signature's year typed with a letter O or a digit for its 〇.
    while p < c.count, p - i < 4, let u = c[p].unicodeScalars.first,
      let v = p > i && Self.typedZeros.contains(u.value) ? 0 : ChineseNumerals.value(of: u), v < 10
    {
      y = y * 10 + v
      p += 1
    }
    return p - i == 4 ? (y, p) : nil
  }

  /// The letters and digits a year in Chinese numerals may be typed with for its 〇 (O, o, Ｏ, 0, ０).
  static let typedZeros: [UInt32] = [0x4F, 0x6F, 0xFF2F, 0x30, 0xFF10]

  func digit(_ ch: Character) -> Int? {
    guard let u = ch.unicodeScalars.first, ch.unicodeScalars.count == 1 else { return nil }
    if ("0"..."9").contains(u) { return Int(u.value - 0x30) }
    if ("０"..."９").contains(u) { return Int(u.value - 0xFF10) }
    return nil
  }

  func isDigit(_ ch: Character) -> Bool { digit(ch) != nil }

  func skipSpaces(_ i: Int) -> Int {
    var p = i
    while p < c.count, c[p] == " " || c[p] == "\u{3000}" || c[p] == "\t" || c[p] == "\u{00A0}" { p += 1 }
    return p
  }

  /// The end of the first of `words` that starts at `i`, or nil.
  func word(at i: Int, _ words: [String]) -> Int? {
    for w in words {
      let wc = Array(w)
      guard i + wc.count <= c.count else { continue }
      if c[i..<i + wc.count].elementsEqual(wc) { return i + wc.count }
    }
    return nil
  }

  /// `第18周星期一至第19周星期一(6月20日-27日)`: two week days, then the dates of both in one bracket;
  /// nil unless all of it is there (the end week's day alone is `rangeEnd`'s).
  func weekDaysThenDates(after p: Int, week: Int, weekday: Int) -> (ProsePoint, ProsePoint?, Int)? {
    guard let b = connector(at: p) else { return nil }
    var q = skipSpaces(b)
    let di = q < c.count && c[q] == "第"
    if di { q += 1 }
    guard let (n, e) = number(at: q, chinese: di), e < c.count, c[e] == "周", n >= week, n <= 30,
      let (endDay, e2) = weekdayWord(at: e + 1)
    else { return nil }
    let r = skipSpaces(e2)
    guard r < c.count, c[r] == "（" || c[r] == "(", let (a, to, e3) = bracketedDates(at: r), let z = to else {
      return nil
    }
    return (
      ProsePoint(year: a.year, month: a.month, day: a.day, week: week, weekday: weekday, time: a.time),
      ProsePoint(year: z.year, month: z.month, day: z.day, week: n, weekday: endDay, time: z.time), e3
    )
  }

  /// `02月21`: a month and a day without 日 (and no digit after it), as a range's end.
  func monthAndDay(at i: Int) -> (ProsePoint, Int)? {
    guard let (year, month, q) = monthHead(at: i), let (d, e) = number(at: q, chinese: false), (1...31).contains(d),
      !(e < c.count && (isDigit(c[e]) || c[e] == "日" || c[e] == "号"))
    else { return nil }
    return (ProsePoint(year: year, month: month, day: d), e)
  }

  /// `2019年3月`, `3月`, `元月`: the year and month before a day, and where the day starts.
  func monthHead(at i: Int) -> (Int?, Int, Int)? {
    var p = i
    var year: Int?
    if let (y, a0) = yearNumber(at: p), case let a = skipSpaces(a0), a < c.count, c[a] == "年" {
      year = y
      p = skipSpaces(a + 1)
    }
    var month: Int
    var a: Int
    if p + 1 < c.count, c[p] == "元", c[p + 1] == "月" {
      (month, a) = (1, p + 1)
    } else {
      guard let (m, e) = number(at: p, chinese: true) else { return nil }
      (month, a) = (m, skipSpaces(e))
    }
    guard (1...12).contains(month), a < c.count, c[a] == "月" else { return nil }
    return (year, month, skipSpaces(a + 1))
  }

  /// Whether the date ending at `p` was written with slashes (`2025/2/15`), so that its range's end
  /// may be too (`-2/16`).
  func slashedBefore(_ p: Int) -> Bool {
    var k = p - 1
    while k >= 0, isDigit(c[k]) { k -= 1 }
    return k >= 0 && k < p - 1 && c[k] == "/"
  }
}
