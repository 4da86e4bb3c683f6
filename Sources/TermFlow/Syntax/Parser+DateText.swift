import Foundation

/// The texts inside a date token, decoded: Chinese dates and week phrases as notices write them,
/// numbers in fullwidth digits or numerals, times in words. Pure functions of the token's text.
extension Parser {
  /// The ways a run of digits reads as month and day (`915` → 9月15日; `1112` → 11月12日, `111` →
  /// 1月11日 or 11月1日), keeping only real months and days.
  static func monthDayReadings(_ digits: String) -> [(month: Int, day: Int)] {
    guard digits.count >= 2, digits.count <= 4, digits.allSatisfy(\.isASCII) else { return [] }
    var out: [(month: Int, day: Int)] = []
    for split in 1..<digits.count {
      guard let m = Int(digits.prefix(split)), let d = Int(digits.dropFirst(split)),
        digits.dropFirst(split).first != "0" || d == 0
      else { continue }
      if (1...12).contains(m), (1...31).contains(d) { out.append((m, d)) }
    }
    return out
  }

  /// A number in a date as notices write it: `16`, `１６` (fullwidth), `十六`; a year digit by digit
  /// (`二〇一八`).
  static func dateNumber(_ s: Substring, year: Bool = false) -> Int? {
    var ascii = ""
    for c in s.unicodeScalars {
      if ("０"..."９").contains(c), let d = Unicode.Scalar(c.value - 0xFF10 + 0x30) {
        ascii.unicodeScalars.append(d)
      } else if year, let v = ChineseNumerals.value(of: c), v < 10, let d = Unicode.Scalar(0x30 + UInt32(v)) {
        ascii.unicodeScalars.append(d)
      } else {
        ascii.unicodeScalars.append(c)
      }
    }
    guard ascii.count <= 6 else { return nil }
    return Int(ascii) ?? (year ? nil : ChineseNumerals.parse(ascii))
  }

  /// `下午5点` → 17:00, `上午8:30` → 8:30, `下午5点半` → 17:30, `中午12点` → 12:00; nil for `17:00`.
  static func chineseTime(_ text: String) -> (hour: Int, minute: Int)? {
    let afternoon = text.hasPrefix("下午") || text.hasPrefix("晚上")
    guard afternoon || text.hasPrefix("上午") || text.hasPrefix("中午") else { return nil }
    let rest = text.dropFirst(2)
    var hour = 0, minute = 0
    if let colon = rest.firstIndex(of: ":") {
      guard let h = Int(rest[..<colon]), let m = Int(rest[rest.index(after: colon)...]) else { return nil }
      (hour, minute) = (h, m)
    } else {
      guard let dian = rest.firstIndex(of: "点"), let h = Int(rest[..<dian]) else { return nil }
      hour = h
      let after = rest[rest.index(after: dian)...]
      if after == "半" {
        minute = 30
      } else if after.hasSuffix("分"), let m = Int(after.dropLast()) {
        minute = m
      } else if !after.isEmpty {
        return nil
      }
    }
    // 下午5点 is 17:00; 下午12点 and 晚上12点 stay as written (noon, midnight as 24:00 is not meant here).
    if afternoon, hour >= 1, hour < 12 { hour += 12 }
    return (hour, minute)
  }

  /// Decodes a `.chineseDate` token's text. The lexer already checked its shape.
  static func parseChineseDate(_ text: String) -> DatePhrase.Kind? {
    if text.hasPrefix("第") {
      // Week first, the date in parentheses after it: 第八周周二（11月6日）, cross-checked like the other order.
      guard let open = text.firstIndex(where: { $0 == "（" || $0 == "(" }) else {
        return parseWeekPhrase(text).map { .week($0) }
      }
      let week = text[..<open].trimmingCharacters(in: .whitespaces)
      let inner = text[text.index(after: open)...].dropLast()
      guard let ref = parseWeekPhrase(week), case .calendar(let y, let m, let d, nil)? = parseChineseDate(String(inner))
      else { return nil }
      return .calendar(year: y, month: m, day: d, stated: ref)
    }
    var year: Int?
    var rest = Substring(text)
    if let y = rest.firstIndex(of: "年") {
      year = Self.dateNumber(rest[..<y], year: true)
      guard year != nil else { return nil }
      rest = rest[rest.index(after: y)...]
    }
    guard let mi = rest.firstIndex(of: "月"), let month = Self.dateNumber(rest[..<mi]) else { return nil }
    rest = rest[rest.index(after: mi)...]
    guard let di = rest.firstIndex(where: { $0 == "日" || $0 == "号" }), let day = Self.dateNumber(rest[..<di]) else {
      return nil
    }
    rest = rest[rest.index(after: di)...]
    var stated: WeekRef?
    if let w = rest.firstIndex(of: "第") {
      let inner = rest[w...].dropLast()  // drop the closing parenthesis
      guard let ref = parseWeekPhrase(String(inner)) else { return nil }
      stated = ref
    }
    return .calendar(year: year, month: month, day: day, stated: stated)
  }

  /// `第2周星期日`, `第三周周四`, `第2周礼拜日` → WeekRef.
  static func parseWeekPhrase(_ text: String) -> WeekRef? {
    let scalars = Array(text.unicodeScalars)
    guard scalars.first == "第", let zhou = scalars.firstIndex(of: "周"), zhou > 1 else { return nil }
    let number = String(String.UnicodeScalarView(scalars[1..<zhou]))
    guard let week = dateNumber(Substring(number)), (0...maxWeek).contains(week), let last = scalars.last,
      let wd = ChineseNumerals.weekday(last)
    else {
      return nil
    }
    return WeekRef(week: week, weekday: wd)
  }

  /// A list of days as notices write them (`3月29日、30日`, `第6周周三、周四（3月29日、3月30日）`,
  /// `3月29日、30日（第6周周三、周四）`): each later item takes the week, year or month it leaves out
  /// from the one before; a week list and a date list are paired in order. Nil when the two lists
  /// differ in length or an item is not a day. A text with no 、 is one day.
  static func parseChineseDateList(_ text: String) -> [DatePhrase.Kind]? {
    guard text.contains("、") else { return parseChineseDate(text).map { [$0] } }
    let open = text.firstIndex { $0 == "（" || $0 == "(" }
    let outside = String(open.map { text[..<$0] } ?? text[...]).trimmingCharacters(in: .whitespaces)
    let inside = open.map { String(text[text.index(after: $0)...].dropLast()) }
    let weekFirst = text.hasPrefix("第")
    let weekText = weekFirst ? outside : inside
    let dateText = weekFirst ? inside : outside
    var weeks: [WeekRef]?
    if let weekText {
      guard let w = weekList(weekText) else { return nil }
      weeks = w
    }
    var dates: [(year: Int?, month: Int, day: Int)]?
    if let dateText {
      guard let d = dateList(dateText) else { return nil }
      dates = d
    }
    switch (weeks, dates) {
    case (let w?, let d?):
      guard w.count == d.count else { return nil }
      return zip(w, d).map { .calendar(year: $1.year, month: $1.month, day: $1.day, stated: $0) }
    case (let w?, nil): return w.map { .week($0) }
    case (nil, let d?): return d.map { .calendar(year: $0.year, month: $0.month, day: $0.day, stated: nil) }
    default: return nil
    }
  }

  private static func weekList(_ text: String) -> [WeekRef]? {
    var out: [WeekRef] = []
    for item in text.split(separator: "、") {
      if item.hasPrefix("第") {
        guard let ref = parseWeekPhrase(String(item)) else { return nil }
        out.append(ref)
      } else {
        guard let last = out.last, let c = item.unicodeScalars.last, let wd = ChineseNumerals.weekday(c),
          ["周", "星期", "礼拜"].contains(String(item.dropLast()))
        else { return nil }
        out.append(WeekRef(week: last.week, weekday: wd))
      }
    }
    return out.isEmpty ? nil : out
  }

  private static func dateList(_ text: String) -> [(year: Int?, month: Int, day: Int)]? {
    var out: [(year: Int?, month: Int, day: Int)] = []
    for item in text.split(separator: "、") {
      if item.contains("月") {
        guard case .calendar(let y, let m, let d, nil)? = parseChineseDate(String(item)) else { return nil }
        out.append((y ?? out.last?.year, m, d))
      } else {
        guard let last = out.last, let unit = item.last, unit == "日" || unit == "号",
          let d = dateNumber(item.dropLast())
        else { return nil }
        out.append((last.year, last.month, d))
      }
    }
    return out.isEmpty ? nil : out
  }
}
