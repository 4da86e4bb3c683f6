/// The clock a day's work is set to: its hour in digits or words, and the part of the day around it.
extension ProseSpanReader {
  /// `12:00`, `12：00`, `下午6点`, `中午12点`, `0时`, `24时`, `23时30分`, `17点半`, `上午8:30`;
  func time(at i: Int) -> (ProseTime, Int)? {
    var p = skipSpaces(i)
    var shift = 0
    var worded = false
    for (w, h) in [("上午", 0), ("早上", 0), ("凌晨", 0), ("中午", 0), ("下午", 12), ("晚上", 12), ("傍晚", 12), ("早", 0), ("晚", 12)]
    {
      if let e = word(at: p, [w]) {
        // `周一上午 08:00-10:00`, as a table's cells are joined.
        p = skipSpaces(e)
        shift = h
        worded = true
        break
      }
    }
    // `下午1700前`: a part of the day before four digits is a clock that lost its colon.
    if worded, let (n, a) = number(at: p, chinese: false), a - p == 4, n / 100 <= 24, n % 100 < 60 {
      let hour = n / 100 + (shift == 12 && n / 100 >= 1 && n / 100 < 12 ? 12 : 0)
      guard hour < 24 || hour == 24 && n % 100 == 0 else { return nil }
      return (ProseTime(hour: hour, minute: n % 100), a)
    }
    guard let (h, a) = number(at: p, chinese: worded), h <= 24 else { return nil }
    var minute = 0
    var e = a
    if a < c.count, c[a] == ":" || c[a] == "：" {
      guard let (m, b) = number(at: a + 1, chinese: false), b - a - 1 == 2, m < 60 else { return nil }
      minute = m
      e = b
      // `09:00 时至`, `23:00时`, `12:00点前`: the clock's hour word said again.
      let w = skipSpaces(b)
      if w < c.count, c[w] == "时" || c[w] == "点", w + 1 >= c.count || c[w + 1] != "间" { e = w + 1 }
    } else if a < c.count, c[a] == "点" || c[a] == "时" {
      e = a + 1
      if e < c.count, c[e] == "半" {
        minute = 30
        e += 1
      } else if let (m, b) = number(at: e, chinese: true), b < c.count, c[b] == "分", m < 60 {
        minute = m
        e = b + 1
      }
    } else {
      return nil
    }
    var hour = h
    if shift == 12, hour >= 1, hour < 12 { hour += 12 }
    // `2024/12/30 02:00 PM`, as bilingual pages print a clock: 12 PM is noon, 12 AM midnight.
    if !worded, let (half, f) = meridiem(at: e), (1...12).contains(h) {
      hour = h % 12 + half
      e = f
    }
    guard hour < 24 || hour == 24 && minute == 0 else { return nil }
    return (ProseTime(hour: hour, minute: minute), e)
  }

  /// `PM`, `p.m.` after a clock (spaces before it allowed): the hours it adds, and where it ends.
  func meridiem(at i: Int) -> (Int, Int)? {
    let p = skipSpaces(i)
    for (w, half) in [("P.M.", 12), ("PM", 12), ("A.M.", 0), ("AM", 0)] {
      let n = w.count
      guard p + n <= c.count, String(c[p..<p + n]).uppercased() == w else { continue }
      if p + n < c.count, c[p + n].isASCII, c[p + n].isLetter { continue }
      return (half, p + n)
    }
    return nil
  }

  /// A time of day, or one in brackets after its date (`2019年9月10日(11:00)—9月18日(17:00)`).
  func clock(at i: Int) -> (ProseTime, Int)? {
    if let t = time(at: i) { return t }
    let p = skipSpaces(i)
    guard p < c.count, "(（".contains(c[p]), let (t, e) = time(at: p + 1), e < c.count, ")）".contains(c[e]) else {
      return nil
    }
    return (t, e + 1)
  }
}
