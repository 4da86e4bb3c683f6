/// The term a draft runs in: its id, week 1 and extent, from what the notice prints.
extension NoticeImporter {
  /// The fees and channels the notice prints, on its payments; with no payment, a TODO each.
  mutating func settleFees(_ text: String) {
    let fees = NoticeFee.all(in: text).map(\.statement)
    var channels: [String] = []
    let chars = Array(text)
    for platform in NoticeRules.paymentPlatforms {
      var from = text.startIndex
      while let r = text.range(of: platform, range: from..<text.endIndex) {
        let end = text.distance(from: text.startIndex, to: r.lowerBound)
        var start = end
        while start > 0, end - start < 4, NoticeClauses.isNameCharacter(chars[start - 1]) { start -= 1 }
        var lead = Substring(String(chars[start..<end]))
        // `点击支付按钮后会直接链接到支付平台`: a verb that leads there ends what names the platform.
        if let r = ["链接到", "跳转到", "转到", "链接至", "跳转至", "进入", "登录", "登陆"].compactMap({
          lead.range(of: $0, options: .backwards)
        }).max(by: { $0.upperBound < $1.upperBound }) {
          lead = lead[r.upperBound...]
        }
        while let v = ["进入", "登录", "登陆", "通过", "使用", "点击", "在", "到", "经", "如", "请", "为", "是", "用"].first(where: {
          lead.hasPrefix($0)
        }) {
          lead = lead.dropFirst(v.count)
        }
        // One channel once: `统一支付平台` said again after `校园统一支付平台` is the same one.
        let name = String(lead) + platform
        if !channels.contains(where: { $0.hasSuffix(name) }) {
          channels.removeAll { name.hasSuffix($0) }
          channels.append(name)
        }
        from = r.upperBound
      }
    }
    // A channel named where the notice says paying (`使用支付宝或微信支付`), not a page's own links
    // (`微信搜索"考试吧"获取更多考试资讯`).
    let named = NoticeRules.paymentChannels.filter { text.contains($0) }
    let paying =
      named.isEmpty
      ? []
      : text.split(whereSeparator: { "。；;\n".contains($0) }).filter { s in
        named.contains { s.contains($0) }
          && (NoticeRules.saysPaying(String(s)) || Self.paysSplit(String(s)) || s.contains("付"))
      }
    for c in NoticeRules.paymentChannels
    where paying.contains(where: { $0.contains(c) }) && !channels.contains(where: { $0.contains(c) }) {
      channels.append(c)
    }
    if !fees.isEmpty || Self.namesMoney(text) { settlePaysAsItRegisters(text) }
    var any = false
    for (k, item) in draft.items.enumerated() {
      guard case .payment(var p) = item else { continue }
      // One fee line without `for` per payment: the others are the office's to place (by course type).
      p.fees = fees.prefix(1) + fees.dropFirst().map { "# TODO: \($0): for which courses?" }
      p.channels = channels
      draft.items[k] = .payment(p)
      any = true
    }
    if !any { draft.looseFees = fees }
  }

  /// `即日起至7月10日`: from the notice's own day (its posting line's or its signature's) to the due.
  /// Without that day the item keeps its due alone, and a payment stays a step: a window needs both ends.
  mutating func settleSinceNow() {
    for (k, item) in draft.items.enumerated() {
      guard case .step(var step) = item, let due = step.sinceNow else { continue }
      guard let day = noticeDay else { continue }
      let span = ProseSpan(from: day, to: due, lower: 0, upper: 0)
      if step.paying, let window = SpanPhrases.window(span) {
        let offices = itemOffices.filter { o in NoticeRules.payingOffices.contains { o.hasSuffix($0) } }
        draft.items[k] = .payment(
          .init(
            name: step.name,
            owner: offices.last ?? draft.issuer,
            ownerGuessed: true,
            window: window,
            source: step.source
          )
        )
      } else {
        step.dates = SpanPhrases.stepLines(span)
        draft.items[k] = .step(step)
      }
      stepPoints.append(day)
    }
  }

  /// Widens the term to the notice's own dates: `opens` on the first when it is before week 1 (a
  /// registration in the last term's final weeks), more weeks when the last is after week 20 (grades
  /// due in the holidays), up to the 30 a term may have, and past those `closes` on the last (a year's
  /// plan). Years are read as `check` reads them: the printed one, or the one nearest the term's weeks.
  mutating func fitTerm() {
    guard let w = draft.weekOne else { return }
    let span = w...w.adding(days: 20 * 7 - 1)
    func resolve(_ p: ProsePoint) -> CivilDate? {
      guard let m = p.month, let d = p.day else { return nil }
      if let y = p.year { return CivilDate(year: y, month: m, day: d) }
      let options = [w.year - 1, w.year, w.year + 1].compactMap { CivilDate(year: $0, month: m, day: d) }
      func distance(_ x: CivilDate) -> Int {
        span.contains(x) ? 0 : x < w ? w.dayNumber - x.dayNumber : x.dayNumber - span.upperBound.dayNumber
      }
      return options.min { distance($0) < distance($1) }
    }
    let days = stepPoints.compactMap(resolve)
    // A date over a year after week 1 (a re-defence next spring, a misprinted year) is refused by
    // `check`; it does not keep the term from closing on the plan's other dates.
    guard let last = days.filter({ $0.dayNumber - w.dayNumber <= 366 }).max() else { return }
    // A date over 200 days before week 1 is a typo or another term's: `check` says so, the term is not
    // stretched to it; it does not keep the term from opening on the notice's other early dates.
    if let first = days.filter({ $0 < w && w.dayNumber - $0.dayNumber <= 200 }).min() { draft.opens = first }
    let needed = (last.dayNumber - w.dayNumber) / 7 + 1
    if needed > 20, needed <= 30 {
      draft.weeks = needed
    } else if needed > 30, last.dayNumber - w.dayNumber <= 366 {
      // A plan for the year (a thesis defended next term): the term closes on its last date.
      draft.closes = last
    }
  }

  /// The term a notice's dates are all in when every one of them is out of the season of the term it
  /// names and has its year (printed, or within half a year of the day it was signed); else nil. July
  /// is between terms: a notice dated then (fees for the autumn) runs in the term it names.
  func datedTerm(outOf a: AcademicYear, near: (Int) -> Int?) -> String? {
    let dated = points.filter(\.hasDate)
    guard a.semester != 3, let first = dated.first, let m = first.month,
      dated.allSatisfy({ a.outOfSeason($0.month ?? 0) && $0.month != 7 }), let y = first.year ?? near(m)
    else { return nil }
    return AcademicYear.term(ofYear: y, month: m)
  }

  /// Term and week 1: from the caller, else from what the notice prints: the term (`2024-2025-1学期`,
  /// `2024-2025学年第一学期`, `2023年秋季学期`), and week 1 from its date/week pairs (`9月16日（第2周星期日）`,
  /// `第3-5周（3月11日-29日）`). Pairs that disagree are listed; week 1 is taken only when most agree,
  /// and the ones that do not are named.
  mutating func settleTerm(term: String?, weekOne: CivilDate?, text: String) {
    // A notice that prints two years in a row and no term (`2013-12-04`, `2014年1月1日—寒假前`) spans
    // an autumn term's new year: its autumn months are the first year's.
    let years = Set(points.compactMap(\.year))
    let spanned = years.count == 2 && years.max() == years.min().map { $0 + 1 } ? years.min() : nil
    // Of several terms the title names (the grades of one, the 补考 of the next), the one whose season
    // holds every date the notice prints (a date's printed year must be the term's).
    func holds(_ a: AcademicYear, _ p: ProsePoint) -> Bool {
      guard let m = p.month, let sem = a.semester else { return false }
      let season = sem == 3 ? (7...8).contains(m) : AcademicYear.semester(ofMonth: m) == sem
      return season && p.year.map { $0 == a.year(ofMonth: m) } != false
    }
    let dated = points.filter(\.hasDate)
    let titled = AcademicYear.all(in: draft.title ?? "")
    let inSeason = titled.count > 1 && !dated.isEmpty ? titled.first { a in dated.allSatisfy { holds(a, $0) } } : nil
    // The term the office gives (`--term 2021-2022-1`) places the dates the notice prints without a year.
    let academic =
      term.flatMap { AcademicYear(in: $0) } ?? inSeason ?? titled.first ?? AcademicYear(in: text)
      ?? spanned.map { AcademicYear(first: $0) }
    let printedYear = points.compactMap(\.year).max() ?? postedYear
    // Dates printed without a year take the academic year's (or the printed one); where the pairs then
    // disagree and a year either side makes them all agree (a notice of the next term that names the
    // last one: `2023—2024—2学期成绩公布后，…第一周（即9月2日—9月6日）`), that year is theirs.
    let weekPoints = points.filter { $0.week != nil }
    // A date the notice prints without its year is within half a year of the day it was signed or
    // posted (`2022—2023学年第一学期教材征订…5月2日—5月13日` signed 2022年5月2日), where it names that day.
    func nearNoticeDay(_ m: Int) -> Int? {
      guard let d = noticeDay, let y = d.year, let dm = d.month else { return nil }
      let ahead = m - dm
      return ahead > 6 ? y - 1 : ahead < -6 ? y + 1 : y
    }
    // A term the notice names whose season its dates are not in is either the one it plans for (`保证
    // 下学期课程教学正常运行`: the dates in the term before) or the one whose work it finishes (补考 of
    // last spring's courses: the dates in the autumn after). Only its words tell which; without them, a
    // year printed or the day it was signed, the year is not guessed.
    let plans = NoticeRules.nextTermWords.contains { text.contains($0) }
    var unsure = false
    func yearOf(month m: Int) -> Int? {
      if let y = nearNoticeDay(m) { return y }
      guard let a = academic else { return nil }
      guard a.outOfSeason(m), printedYear == nil else { return a.year(ofMonth: m) }
      // The term before (planned for); a year on, the term after, unless the weekdays it prints tell.
      unsure = !plans
      return a.first
    }
    func year(_ p: ProsePoint, shift: Int) -> Int? {
      p.year ?? (p.month.flatMap { m in yearOf(month: m) } ?? printedYear).map { $0 + shift }
    }
    func pairs(shift: Int) -> [(CivilDate, String)] {
      weekPoints.compactMap { p in
        SpanPhrases.weekOne(p, defaultYear: year(p, shift: shift)).map { ($0, SpanPhrases.point(p)) }
      }
    }
    func agree(_ ms: [(CivilDate, String)]) -> Bool { Set(ms.map(\.0)).count == 1 }
    // A year either side wins where more of the printed weekdays fall on their dates, or where its
    // pairs agree and this year's do not.
    var mondays = pairs(shift: 0)
    var shifted = 0
    // Where the notice may plan a term or finish one, its printed weekdays must pick the year.
    let undecided = unsure && pairs(shift: 1).count == mondays.count
    if undecided { mondays = [] }
    for shift in [1, -1] where !undecided {
      let other = pairs(shift: shift)
      if other.count > mondays.count
        || other.count == mondays.count && other.count >= 2 && !agree(mondays) && agree(other)
      {
        mondays = other
        shifted = shift
      }
    }
    if let weekOne {
      draft.weekOne = weekOne
      draft.weekNote.append(("week 1 as given: %1", ["\(weekOne)"]))
    } else if let first = mondays.first {
      var counts: [CivilDate: Int] = [:]
      for (m, _) in mondays { counts[m, default: 0] += 1 }
      let best = counts.max { a, b in a.value < b.value || a.value == b.value && a.key > b.key } ?? (first.0, 1)
      if best.value == mondays.count {
        draft.weekOne = best.key
        draft.weekNote.append(
          (
            mondays.count == 1
              ? "week 1 inferred from the notice's one date/week pair: %2"
              : "week 1 inferred from the notice's %1 date/week pairs, which agree: %2",
            ["\(mondays.count)", "\(best.key)"]
          )
        )
      } else if best.value * 2 > mondays.count, best.value >= 2 {
        draft.weekOne = best.key
        draft.weekNote.append(
          (
            "week 1 inferred from %1 of the notice's %2 date/week pairs: %3",
            ["\(best.value)", "\(mondays.count)", "\(best.key)"]
          )
        )
        for (d, text) in mondays where d != best.key {
          draft.weekNote.append(("TODO: %1 puts week 1 on %2: the notice's date and week disagree", [text, "\(d)"]))
        }
      } else {
        draft.weekNote.append(
          ("TODO: the notice's date/week pairs disagree on week 1, so none is guessed (give --week1):", [])
        )
        for (d, text) in mondays { draft.weekNote.append(("  %1 puts week 1 on %2", [text, "\(d)"])) }
      }
    } else if undecided, let a = academic {
      draft.weekNote.append(
        (
          "TODO: the notice names term %1 but dates its weeks outside it and prints no year: give --week1 (and --term)",
          ["\(a.first)-\(a.first + 1)-\(a.semester ?? 0)"]
        )
      )
    } else if let p = weekPoints.first(where: { $0.hasDate && ($0.week ?? 0) >= 1 })
      ?? weekPoints.first(where: \.hasDate)
    {
      // `8月30日-9月3日(第一周)` in a notice that prints no year: the pair is there, its year is not;
      // a week 0 before week 1 places nothing, so a numbered week is named first.
      draft.weekNote.append(
        (
          "TODO: the notice prints %1 with its week but no year to place it in: give --term (or --week1)",
          [SpanPhrases.point(p)]
        )
      )
    } else {
      draft.weekNote.append(("TODO: the notice prints no date with its week; give --week1 (and --term)", []))
    }
    // A pair whose weekday its date does not fall on places no week 1; the draft names it, as the
    // notice is wrong on one of the two (`3月1日(第2周星期六)`: 2020-03-01 is a Sunday).
    for p in weekPoints where !undecided && !mondays.isEmpty {
      guard let wd = p.weekday, let m = p.month, let d = p.day, let y = year(p, shift: shifted),
        let date = CivilDate(year: y, month: m, day: d), date.weekday != wd
      else { continue }
      draft.weekNote.append(
        (
          "TODO: the notice prints %1, but %2 is a %3: its date and weekday disagree",
          [SpanPhrases.point(p), "\(date)", ChineseNumerals.weekdayName(date.weekday)]
        )
      )
    }
    if let term {
      draft.term = term
    } else if let a = academic, let sem = a.semester ?? draft.weekOne.map({ $0.month >= 8 ? 1 : 2 }) {
      draft.term = "\(a.first)-\(a.first + 1)-\(sem)"
      // `2025-2026学年第二学期教学任务落实工作…至12月19日(第14周周五)`: the term a notice plans for is
      // not the one its dated weeks are in.
      if let w = draft.weekOne, sem != 3, (w.month >= 8 ? 1 : 2) != sem {
        let dated = AcademicYear.term(openedBy: w)
        draft.weekNote.append(
          ("the notice prints term %1, the one it plans for; its dated weeks are in %2", [draft.term ?? "", dated])
        )
        draft.term = dated
      } else if draft.weekOne == nil, let dated = datedTerm(outOf: a, near: nearNoticeDay) {
        // `2024-2025学年第二学期选课…12月20日`: with every date the notice prints (its year known) out of
        // the named term's season, the draft runs in the term the dates are in.
        draft.weekNote.append(
          ("the notice prints term %1, which it plans or finishes; its dates are all in %2", [draft.term ?? "", dated])
        )
        draft.term = dated
      }
    } else if let w = draft.weekOne {
      draft.term = AcademicYear.term(openedBy: w)
    } else if let first = points.first(where: { $0.month != nil }), let m = first.month,
      let y = first.year ?? printedYear
    {
      // The first date the notice names, in its year or the one printed: autumn from August to January.
      draft.term = AcademicYear.term(ofYear: y, month: m)
      draft.weekNote.append(
        ("TODO: term %1 guessed from the notice's dates; the notice does not print it", [draft.term ?? ""])
      )
    }
  }
}
