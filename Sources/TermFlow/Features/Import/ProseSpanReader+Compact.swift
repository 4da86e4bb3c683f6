/// Dates a copy ran together when it lost the characters between their digits (`915日`, `621前`,
/// `3712:00前`): read only where the digits can be one date.
extension ProseSpanReader {
  /// A date whose 年 and 月 a page lost in copying, its digits run together before 日: `915日` (9月15日),
  /// `1215日`, `2025331日` (2025年3月31日), `20171220日`. Read only where the digits split into one real
  /// month and day (`111日` could be 1月11日 or 11月1日: not read) and never from two digits alone
  /// (`15日` is a day of the month). Not before 号: `〔2018〕216号` is a document's number.
  /// After a range's start (`20191229日开始至111日结束`), of two readings the one within half a year
  /// after the start is the end (1月11日, not 11月1日).
  /// A copy may lose the 日 too: `621前`, `2010610前`, `35—37日`, `~223,` after a start, and before a
  /// time the hour's digits run on (`3712:00前` is 3月7日12:00前, `9714:30` 9月7日14:30).
  func compactDate(at i: Int, after start: ProsePoint? = nil) -> (ProsePoint, Int)? {
    var p = i
    var digits = ""
    while p < c.count, let d = digit(c[p]), digits.count < 9 {
      digits += String(d)
      p += 1
    }
    let r = skipSpaces(p)
    if r < c.count, c[r] == "日" {
      guard !(p < c.count && digit(c[p]) != nil) else { return nil }
      // A count of days (`45日内`) is no date.
      if digits.count == 2, r + 1 < c.count, c[r + 1] == "内" { return nil }
      return compactReading(digits, after: start).map { ($0, r + 1) }
    }
    // Lost its 日 as well: two digits that could be a day are one (`17-`, `12:00`), and digits after a
    // time's colon or a number's point are its minutes or decimals (`13:45-15:45`).
    guard digits.count >= 3 || (Int(digits) ?? 0) > 31,
      start != nil || i < 2 || !(":：.．/".contains(c[i - 1]) && digit(c[i - 2]) != nil)
    else { return nil }
    if p + 2 < c.count, ":：".contains(c[p]), digit(c[p + 1]) != nil, digit(c[p + 2]) != nil {
      // The hour is the last one or two digits: of the splits, the one that leaves one date.
      let splits = [2, 1].compactMap { h -> (ProsePoint, Int)? in
        guard digits.count > h + 1, let hour = Int(digits.suffix(h)), hour <= 24,
          let point = compactReading(String(digits.dropLast(h)), after: start)
        else { return nil }
        return (point, p - h)
      }
      // `20201300:00` is 2020年1月3日 00:00 or 1月30日 0:00: the one the notice's days lie near.
      if splits.count > 1, case let kept = nearest(splits.map(\.0)), kept.count == 1,
        let split = splits.first(where: { $0.0.month == kept[0].month && $0.0.day == kept[0].day })
      {
        return (kept[0], split.1)
      }
      return splits.count == 1 ? splits[0] : nil
    }
    let rest = c[p...]
    guard
      NoticeRules.lostDayFollowers.contains(where: { rest.starts(with: $0) })
        || start != nil && (rest.isEmpty || NoticeRules.lostDayEnds.contains(where: { rest.starts(with: $0) }))
    else { return nil }
    return compactReading(digits, after: start).map { ($0, p) }
  }

  /// Whether `text` has a run of three digits or more right before a date's word or an edge, or of
  /// five and more before a connector or a colon (`118日`, `2019125前`, `2014115~121`, `20201300:00`):
  /// the only places the notice's own days are needed to read a date.
  static func mayRunTogether(_ text: String) -> Bool {
    var run = 0
    for u in text.unicodeScalars {
      if ("0"..."9").contains(u) {
        run += 1
        continue
      }
      if run >= 3, "日号前后起至到止".unicodeScalars.contains(u) { return true }
      // Five digits and more before a connector or a time's colon; `2019-09-03` and `14:30` are not so.
      if run >= 5, "-—~～:：".unicodeScalars.contains(u) { return true }
      run = 0
    }
    return false
  }

  /// `202382910:0020239516:00`: a window whose two ends each lost their 年, 月 and 日, and the connector
  /// between them too (2023年8月29日10:00—2023年9月5日16:00). Read where one way of splitting both runs
  /// of digits puts the end after the start within half a year: `202111310:00111110:00` is 11月3日 10:00
  /// to 11月11日 10:00 (1月13日 is ten months before its end).
  func compactWindow(at i: Int) -> (ProsePoint, ProsePoint, Int)? {
    guard let (starts, p) = timedReadings(at: i), let (ends, e) = timedReadings(at: p) else {
      return yearPairWindow(at: i)
    }
    var pairs: [(ProsePoint, ProsePoint)] = []
    for a in starts {
      for var b in ends {
        if b.year == nil { b.year = a.year.map { y in (b.month ?? 0) < (a.month ?? 0) ? y + 1 : y } }
        guard let ahead = Self.daysAhead(a, b), let t0 = a.time, let t1 = b.time else { continue }
        if (1...183).contains(ahead) || ahead == 0 && (t1.hour, t1.minute) > (t0.hour, t0.minute) {
          pairs.append((a, b))
        }
      }
    }
    // `2014115~121` in a notice posted on 2013-12-31: 1月15日 to 1月21日, not 11月5日 to 12月1日.
    var firsts: [ProsePoint] = []
    for (a, _) in pairs where !firsts.contains(a) { firsts.append(a) }
    if firsts.count > 1, case let kept = nearest(firsts), kept.count == 1 {
      pairs = pairs.filter { $0.0.month == kept[0].month && $0.0.day == kept[0].day }.map { (kept[0], $0.1) }
    }
    guard pairs.count == 1, let (a, b) = pairs.first else { return nil }
    return (a, b, e)
  }

  /// Of the days a run of digits can be, the one the notice's full dates lie near: within a month of
  /// one of them, every other reading at least twice as far and a week further; all of them when no
  /// reading stands out so.
  func nearest(_ readings: [ProsePoint]) -> [ProsePoint] {
    func dayOfYear(_ p: ProsePoint) -> Int? {
      guard let m = p.month, let d = p.day, (1...12).contains(m) else { return nil }
      return Self.daysIn.prefix(m - 1).reduce(0, +) + d
    }
    func distance(_ r: ProsePoint) -> Int {
      guard let a = dayOfYear(r) else { return Int.max }
      return near.compactMap { n -> Int? in
        guard let b = dayOfYear(n) else { return nil }
        if let y0 = r.year, let y1 = n.year { return abs((y0 - y1) * 366 + a - b) }
        return min(abs(a - b), 366 - abs(a - b))
      }.min() ?? Int.max
    }
    let ranked = readings.map { ($0, distance($0)) }.sorted { $0.1 < $1.1 }
    guard let (best, d) = ranked.first, d <= 31,
      ranked.dropFirst().allSatisfy({ $0.1 >= 2 * d && $0.1 >= d + 7 })
    else {
      return readings
    }
    var chosen = best
    chosen.nearest = true
    return [chosen]
  }

  /// `20111230201216`: two dates that each open with their year, run together with nothing left
  /// between them (2011年12月30日至2012年1月6日). Read where one cut of the run gives two such dates, the
  /// second after the first within half a year.
  private func yearPairWindow(at i: Int) -> (ProsePoint, ProsePoint, Int)? {
    var p = i
    var digits: [Character] = []
    while p < c.count, let d = digit(c[p]), digits.count <= 16 {
      digits.append(Character(String(d)))
      p += 1
    }
    guard (12...16).contains(digits.count), p == c.count || !isDigit(c[p]) else { return nil }
    func dates(_ run: ArraySlice<Character>) -> [ProsePoint] {
      guard run.count >= 6, let y = Int(String(run.prefix(4))), (1990...2100).contains(y) else { return [] }
      return Parser.monthDayReadings(String(run.dropFirst(4))).filter { $0.day <= Self.daysIn[$0.month - 1] }.map {
        var point = ProsePoint(year: y, month: $0.month, day: $0.day)
        point.rejoined = true
        return point
      }
    }
    var pairs: [(ProsePoint, ProsePoint)] = []
    for cut in 6...(digits.count - 6) {
      for a in dates(digits[..<cut]) {
        for b in dates(digits[cut...]) where Self.daysAhead(a, b).map({ (1...183).contains($0) }) == true {
          pairs.append((a, b))
        }
      }
    }
    guard pairs.count == 1, let (a, b) = pairs.first else { return nil }
    return (a, b, p)
  }

  /// Each day and hour a run of digits before a time's colon and two digits can be (`202111310:00`:
  /// 2021年1月13日 10:00 or 2021年11月3日 10:00), and where its minutes end.
  private func timedReadings(at i: Int) -> ([ProsePoint], Int)? {
    var p = i
    var digits = ""
    while p < c.count, let d = digit(c[p]), digits.count < 10 {
      digits += String(d)
      p += 1
    }
    guard p + 2 < c.count, ":：".contains(c[p]), let m1 = digit(c[p + 1]), let m2 = digit(c[p + 2]), m1 < 6 else {
      return nil
    }
    var out: [ProsePoint] = []
    for h in [1, 2] where digits.count > h + 2 {
      guard let hour = Int(digits.suffix(h)), hour < 24 || hour == 24 && m1 + m2 == 0 else { continue }
      var day = String(digits.dropLast(h))
      var year: Int?
      if day.count >= 6, let y = Int(day.prefix(4)), (1990...2100).contains(y) {
        year = y
        day = String(day.dropFirst(4))
      }
      for r in Parser.monthDayReadings(day) where r.day <= Self.daysIn[r.month - 1] {
        var point = ProsePoint(year: year, month: r.month, day: r.day)
        point.time = ProseTime(hour: hour, minute: m1 * 10 + m2)
        point.rejoined = true
        out.append(point)
      }
    }
    return out.isEmpty ? nil : (out, p + 3)
  }

  /// Days from `a` to `b`, counting months of 31 days: enough to order two days and tell a fortnight
  /// from half a year.
  static func daysAhead(_ a: ProsePoint, _ b: ProsePoint) -> Int? {
    guard let m0 = a.month, let d0 = a.day, let m1 = b.month, let d1 = b.day else { return nil }
    let years = (b.year ?? a.year ?? 0) - (a.year ?? b.year ?? 0)
    return (years * 12 + m1 - m0) * 31 + d1 - d0
  }

  /// The one date a run of digits that lost its 年, 月 and 日 can be: a year before the month and day
  /// where there are six digits and more.
  func compactReading(_ digits: String, after start: ProsePoint?) -> ProsePoint? {
    var year: Int?
    var monthDay = digits
    if digits.count >= 6, let y = Int(digits.prefix(4)), (1990...2100).contains(y) {
      year = y
      monthDay = String(digits.dropFirst(4))
    } else if digits.count > 4 || digits.count == 2 && (Int(digits) ?? 0) <= 31 || digits.count < 2 {
      // Two digits are a day of the month unless no month has that many days (`99日`: 9月9日).
      return nil
    }
    // `1131` is no 11月31日.
    var readings = Parser.monthDayReadings(monthDay).filter { $0.day <= Self.daysIn[$0.month - 1] }
    if readings.count > 1, let m0 = start?.month, let d0 = start?.day {
      // Days after the start, counting months of 31 days: enough to tell half a year from two weeks.
      readings = readings.filter { r in
        let ahead = ((r.month - m0 + 12) % 12) * 31 + r.day - d0
        return ahead > 0 && ahead <= 183
      }
    }
    var points = readings.map { ProsePoint(year: year, month: $0.month, day: $0.day) }
    if points.count > 1 { points = nearest(points) }
    guard points.count == 1, var point = points.first else { return nil }
    point.rejoined = true
    return point
  }

  /// The most days each month has (29 in February: the year may be unknown).
  static let daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

  /// `6月10前`, `9月17各教学单位…`, `5月22将…`: a month and a day whose 日 a copy lost, before words that
  /// are no unit the number could count (`3月12人` is no date).
  func monthDayLostRi(at i: Int) -> (ProsePoint, Int)? {
    guard i == 0 || c[i - 1] != "第", let (year, month, q) = monthHead(at: i),
      let (d, e) = number(at: q, chinese: false), (1...31).contains(d), e - q <= 2, e < c.count
    else { return nil }
    let next = c[e]
    guard !isDigit(next), !NoticeRules.lostDayUnits.contains(next),
      next.unicodeScalars.first.map({ $0.value >= 0x4E00 }) == true || "，,、。；;(（ ".contains(next)
    else { return nil }
    var point = ProsePoint(year: year, month: month, day: d)
    point.rejoined = true
    return (point, e)
  }

  /// `9 15 日前`, `9 18 —— 9 月 19 日`: a month and a day a copy left a space between for its 月; read
  /// before 日, or before a range to a date of that month or the next.
  func spacedMonthDay(at i: Int) -> (ProsePoint, Int)? {
    guard let (m, a) = number(at: i, chinese: false), a - i <= 2, (1...12).contains(m), a < c.count, c[a] == " ",
      case let q = skipSpaces(a), let (d, e) = number(at: q, chinese: false), e - q <= 2, (1...31).contains(d)
    else { return nil }
    let r = skipSpaces(e)
    var end = e
    if r < c.count, c[r] == "日" {
      end = r + 1
    } else {
      guard let b = connector(at: r), let (to, _) = date(at: skipSpaces(b)), let tm = to.month,
        tm == m || tm == m % 12 + 1
      else { return nil }
    }
    var point = ProsePoint(month: m, day: d)
    point.rejoined = true
    return (point, end)
  }

  /// `911-15日`: a compact start that lost its 月, and a day it runs to; read where one split of the
  /// start's digits gives a day before the end's.
  func compactDayRange(at i: Int) -> (ProsePoint, ProsePoint, Int)? {
    var p = i
    var digits = ""
    while p < c.count, let d = digit(c[p]), digits.count < 5 {
      digits += String(d)
      p += 1
    }
    guard (3...4).contains(digits.count), let b = connector(at: p),
      let (d2, e) = number(at: skipSpaces(b), chinese: false),
      (1...31).contains(d2), e < c.count, c[e] == "日"
    else { return nil }
    let readings = Parser.monthDayReadings(digits).filter { $0.day < d2 }
    guard readings.count == 1, let r = readings.first else { return nil }
    return (ProsePoint(month: r.month, day: r.day), ProsePoint(month: r.month, day: d2), e + 1)
  }
}
