/// `timeline --format md`: the notice regenerated in its own phrasing — numbered steps such as
/// "9月16日（第2周星期日）前，开课学院完成期初补考成绩录入工作。" — ready to paste into next term's notice.
enum NoticeMarkdown {
  static func render(_ t: Timeline, steps: [ScheduledStep]) -> String {
    var out = "# \(t.workflowTitle ?? t.workflowName ?? t.termName)\n\n"
    out += "学期：\(t.termName)"
    if let w = t.calendar.weekOneMonday { out += "（第1周星期一为\(w.year)年\(w.chineseMonthDay)）" }
    out += "\n\n"
    for (i, s) in steps.enumerated() {
      out += "\(i + 1). " + sentence(s, t) + "\n"
      for r in s.requirements { out += "   - 要求：\(r)\n" }
      if !s.exempt.isEmpty { out += "   - \(s.exempt.joined(separator: "、"))免缴\n" }
      for p in s.paymentTerms { out += "   - \(p)\n" }
      for n in s.notes { out += "   - 注：\(n)\n" }
    }
    return out
  }

  /// One step as a sentence: when, who, what, ending in 。.
  static func sentence(_ s: ScheduledStep, _ t: Timeline) -> String {
    let owner = t.ownerName(s.owner)
    let title = trimmed(s.title)
    var what: String
    if s.kind == .payment {
      what = title + (owner.isEmpty ? "" : "（\(owner)）")
      if let fee = s.fee { what += "，收费标准\(fee)" }
      let channels = s.channels.map { c in
        c.name + (c.audiences.isEmpty ? "" : "（\(c.audiences.joined(separator: "、"))）")
      }
      if !channels.isEmpty { what += "，缴费渠道：" + channels.joined(separator: "；") }
    } else {
      // "财务处对账" already names its owner; "完成…工作" needs one.
      what = title.hasPrefix(owner) || s.owner.map({ title.hasPrefix($0) }) == true ? title : owner + title
    }
    // Forms the title does not already name are spelled out, as the notices do: 报送《…》至教务处.
    for (form, to) in s.deliveries where !s.title.contains(form) && !s.title.contains("报送") {
      what += "，报送《\(form)》" + (to.map { "至\(t.ownerName($0))" } ?? "")
    }
    return when(s, t.calendar).map { "\($0)，\(what)。" } ?? "随后，\(what)。"
  }

  /// `9月16日（第2周星期日）前` for a due, `9月26日（第4周星期三）` for a single day, `A至B前` for a range.
  static func when(_ s: ScheduledStep, _ cal: TermCalendar) -> String? {
    func day(_ m: Moment) -> String {
      var text = m.date.chineseMonthDay + (TimelineText.weekPhrase(m.date, cal).map { "（\($0)）" } ?? "")
      if let minute = m.minute { text += String(Moment(date: m.date, minute: minute).iso.suffix(5)) }
      return text
    }
    switch (s.start, s.due) {
    case (let a?, let b?) where a.date != b.date: return "\(day(a))至\(day(b))" + (s.kind == .payment ? "" : "前")
    case (let a?, let b?) where a.date == b.date && a.minute == nil: return day(b)
    case (_, let b?): return day(b) + "前"
    case (let a?, nil): return day(a) + "起"
    default: return nil
    }
  }

  private static func trimmed(_ s: String) -> String {
    var s = s
    while let last = s.last, "。；;.".contains(last) { s.removeLast() }
    return s
  }
}
