/// The `calendar` command's outputs: a CSV or JSON row a day, an ICS of days off, or a `cal`-like grid.
enum CalendarReport {
  static func csv(_ days: [CivilDate], _ cal: TermCalendar) -> String {
    var out = "date,weekday,week,kind,name\n"
    for d in days {
      let info = cal.info(d)
      out +=
        "\(d),\(CivilDate.englishWeekdays[d.weekday - 1]),\(week(d, cal)),\(info.kind.rawValue),\(CSVWriter.field(info.name))\n"
    }
    return out
  }

  static func json(_ days: [CivilDate], _ cal: TermCalendar, title: String) -> String {
    let rows: [JSONValue] = days.map { d in
      let info = cal.info(d)
      let w = week(d, cal)
      return .object([
        ("date", .string(d.description)), ("weekday", .string(CivilDate.englishWeekdays[d.weekday - 1])),
        ("week", w.isEmpty ? .null : .int(Int(w) ?? 0)), ("kind", .string(info.kind.rawValue)),
        ("name", .string(info.name)),
      ])
    }
    return JSONValue.object([("calendar", .string(title)), ("days", .array(rows))]).render() + "\n"
  }

  /// Days that are not plain workdays or weekends, as all-day events.
  static func ics(_ days: [CivilDate], _ cal: TermCalendar, title: String) -> String {
    let events = days.compactMap { d -> ICSWriter.Event? in
      let info = cal.info(d)
      guard info.kind != .workday, info.kind != .weekend else { return nil }
      return ICSWriter.Event(
        uid: "\(ICSWriter.compact(d))-\(info.kind.rawValue)@termflow",
        summary: info.name.isEmpty ? info.kind.rawValue : info.name,
        description: info.kind.rawValue,
        firstDay: d,
        lastDay: d,
        endMinute: nil
      )
    }
    return ICSWriter.render(
      calendarName: title,
      stamp: cal.weekOneMonday ?? days.first ?? CivilDate(dayNumber: 0),
      events: events
    )
  }

  /// A month grid like `cal`, Monday first, with the teaching week at the left of each row.
  /// Marks: `*` day off (holiday or break), `+` make-up workday or swap, plain weekend and workday.
  static func grid(_ days: [CivilDate], _ cal: TermCalendar, lang: Language = .en) -> String {
    guard let first = days.first, let last = days.last else { return "" }
    var out = ""
    var monthStart = CivilDate(year: first.year, month: first.month, day: 1) ?? first
    var named: [(CivilDate, DayInfo)] = []
    while monthStart <= last {
      let (y, m, _) = monthStart.components
      out += lang == .zh ? "\(y)年\(m)月\n" : "\(Self.months[(m - 1) % 12]) \(y)\n"
      // Each day is four cells, its number right-aligned in the middle two; the weekday sits above it.
      let weekdays = lang == .zh ? ["一", "二", "三", "四", "五", "六", "日"] : ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
      out += DisplayWidth.pad(lang == .zh ? "周" : "wk", to: 5) + weekdays.map { " \($0)" }.joined(separator: " ") + "\n"
      var rowStart = monthStart.adding(days: 1 - monthStart.weekday)
      let monthEnd = monthStart.adding(days: CivilDate.daysIn(year: y, month: m) - 1)
      while rowStart <= monthEnd {
        let weekDay = (0..<7).map { rowStart.adding(days: $0) }.first { $0.month == m && $0 >= first && $0 <= last }
        guard weekDay != nil else {
          rowStart = rowStart.adding(days: 7)
          continue
        }
        let label = weekDay.map { week($0, cal) } ?? ""
        var row = DisplayWidth.pad(
          label.isEmpty ? "" : String(repeating: " ", count: max(0, 3 - label.count)) + label,
          to: 5
        )
        for i in 0..<7 {
          let d = rowStart.adding(days: i)
          guard d.month == m, d >= first, d <= last else { row += "    "; continue }
          let info = cal.info(d)
          let mark: String
          switch info.kind {
          case .holiday, .schoolBreak: mark = "*"
          case .makeupWorkday: mark = "+"
          case .weekend, .workday: mark = " "
          }
          if !info.name.isEmpty, info.kind != .workday, info.kind != .weekend { named.append((d, info)) }
          row += (d.day < 10 ? "  " : " ") + "\(d.day)" + mark
        }
        while row.hasSuffix(" ") { row.removeLast() }
        out += row + "\n"
        rowStart = rowStart.adding(days: 7)
      }
      out += "\n"
      monthStart = monthEnd.adding(days: 1)
    }
    out += lang("* day off (holiday, school break)  + make-up workday, swapped day") + "\n"
    for (d, info) in named { out += "  \(d) \(lang(info.kind.rawValue)) \(info.name)\n" }
    return out
  }

  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  /// The teaching week as the CSV prints it: empty outside the term or with no term.
  static func week(_ d: CivilDate, _ cal: TermCalendar) -> String {
    guard let span = cal.span, span.contains(d), let ref = cal.weekRef(of: d) else { return "" }
    return String(ref.week)
  }
}
