/// A span as the language writes it. The draft keeps a notice's phrase where the language reads it as
/// written (`9月16日（第2周星期日）前`, `9月26日到9月28日`); any other form is written in the one form
/// every date takes (`3月2日`, `2019年3月4日 12:00`, `第2周星期一`), the notice's own words staying in
/// the `# 原文:` line above. So a draft always parses, whatever the notice printed.
enum SpanPhrases {
  /// The date lines of a step: `on`, `due`, or `start` and `due`.
  static func stepLines(_ s: ProseSpan) -> [(keyword: String, phrase: String)] {
    if let to = s.to {
      return [("start", point(s.from)), ("due", point(to))]
    }
    switch s.edge {
    case .before: return [("due", point(s.from))]
    case .after: return [("start", point(s.from))]
    case .none: return [("on", point(s.from))]
    }
  }

  /// A payment's window: `A至B [time]` (one day: `A至A`); nil for a week without its dates.
  static func window(_ s: ProseSpan) -> String? {
    let to = s.to ?? s.from
    guard s.from.hasDate, to.hasDate else { return nil }
    var from = s.from
    from.time = nil
    return point(from) + "至" + point(to)
  }

  /// One day as the language reads it: the date (with its year when printed, or when a range's end
  /// crosses into the next year), the week printed beside it, a time on the 24-hour clock.
  static func point(_ p: ProsePoint) -> String {
    var out = ""
    if let m = p.month, let d = p.day {
      if let y = p.year { out += "\(y)年" }
      out += "\(m)月\(d)日"
      if let w = p.week, let wd = p.weekday { out += "（第\(w)周\(ChineseNumerals.weekdayName(wd))）" }
    } else if let w = p.week {
      out += "第\(w)周\(ChineseNumerals.weekdayName(p.weekday ?? 1))"
    }
    if let t = p.time { out += " " + t.clock }
    return out
  }

  /// The Monday of week 1 that a point printed with its week implies, or nil.
  static func weekOne(_ p: ProsePoint, defaultYear: Int?) -> CivilDate? {
    guard let m = p.month, let d = p.day, let w = p.week, w >= 1, let y = p.year ?? defaultYear,
      let date = CivilDate(year: y, month: m, day: d)
    else { return nil }
    // A week printed without its weekday (第3-5周（3月11日-29日）) still names the week the date is in;
    // a weekday the date does not fall on says the year is another (or the notice is wrong): no Monday.
    if let wd = p.weekday, wd != date.weekday { return nil }
    return date.adding(days: -(date.weekday - 1) - (w - 1) * 7)
  }
}
