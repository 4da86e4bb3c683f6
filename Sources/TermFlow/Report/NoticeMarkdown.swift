/// `timeline --format md`: the notice regenerated in its own phrasing — numbered steps such as
/// "9月16日（第2周星期日）前，开课学院完成期初补考成绩录入工作。" — ready to paste into next term's notice.
enum NoticeMarkdown {
  static func render(_ t: Timeline, steps: [ScheduledStep]) -> String {
    let n = NoticeText(t, steps: steps)
    var out = ""
    if let issuer = n.issuer { out += "**\(issuer)文件**\n\n" }
    if let number = n.number { out += "\(number)\n\n" }
    out += "# \(n.title)\n\n"
    out += n.termLine + "\n\n"
    if let to = n.to { out += "\(to)：\n\n" }
    if let p = n.preamble { out += "\(p)\n\n" }
    for (i, item) in n.items.enumerated() {
      out += "\(i + 1). " + item.text + "\n"
      for d in item.details { out += "   - \(d)\n" }
    }
    if !n.otherMatters.isEmpty {
      out += "\(n.items.count + 1). 其他事项\n"
      for (i, m) in n.otherMatters.enumerated() { out += "   （\(i + 1)）\(m)\n" }
    }
    if !n.attachments.isEmpty {
      out += "\n" + n.attachments.enumerated().map { "附件\($0.offset + 1)：\($0.element)" }.joined(separator: "\n") + "\n"
    }
    if n.signedBy != nil || n.signedOn != nil {
      out += "\n" + [n.signedBy, n.signedOn].compactMap { $0 }.joined(separator: "\n") + "\n"
    }
    if !n.copies.isEmpty { out += "\n抄送：\(n.copies.joined(separator: "、"))\n" }
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
    // Every form and every recipient is said, as the notices do: 报送《…》至教务处.
    what += deliveries(s.deliveries, already: what, t)
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

  /// `，报送《表》至教务处` for each form the text does not name, `至教务处` after one it names without
  /// its recipient.
  static func deliveries(_ ds: [(form: String, to: String?)], already text: String, _ t: Timeline) -> String {
    var out = ""
    for (form, to) in ds {
      let recipient = to.map { t.ownerName($0) }
      if text.contains(form) || out.contains(form) {
        guard let r = recipient, !(text + out).contains("《\(form)》至\(r)"), !(text + out).hasSuffix(r) else { continue }
        out += (text + out).hasSuffix("》") ? "至\(r)" : "，《\(form)》报送至\(r)"
      } else {
        out += "，报送《\(form)》" + (recipient.map { "至\($0)" } ?? "")
      }
    }
    return out
  }
}

/// A notice's text, as `timeline --format md` and `--format docx` both print it: the frame the
/// workflow's `notice` block gives, the numbered dated items, the policies under 其他事项.
struct NoticeText {
  var issuer: String?
  var number: String?
  var title: String
  var termLine: String
  var to: String?
  var preamble: String?
  var items: [(text: String, details: [String])] = []
  var otherMatters: [String] = []
  var attachments: [String] = []
  var signedBy: String?
  var signedOn: String?
  var copies: [String] = []

  init(_ t: Timeline, steps: [ScheduledStep]) {
    let frame = t.notice
    issuer = frame?.issuer
    number = frame?.number
    to = frame?.to
    preamble = frame?.preamble
    attachments = frame?.attachments ?? []
    signedBy = frame?.signedBy
    signedOn = frame?.signedOn
    copies = frame?.copies ?? []
    title = t.workflowTitle ?? t.workflowName ?? t.termName
    termLine = "学期：\(t.termName)"
    if let w = t.calendar.weekOneMonday { termLine += "（第1周星期一为\(w.year)年\(w.chineseMonthDay)）" }
    for s in steps {
      var details: [String] = []
      for r in s.requirements { details.append("要求：\(r)") }
      if !s.exempt.isEmpty { details.append("\(s.exempt.joined(separator: "、"))免缴") }
      details += s.paymentTerms.map(\.noticeWording)
      for n in s.notes { details.append("注：\(n)") }
      items.append((NoticeMarkdown.sentence(s, t), details))
    }
    for p in t.policies {
      let owner = p.owner.map { t.ownerName($0) } ?? ""
      var text = (owner.isEmpty ? "" : owner + "：") + p.notes.map(Self.trimmed).joined(separator: "；")
      if !p.requirements.isEmpty { text += "；要求：" + p.requirements.map(Self.trimmed).joined(separator: "；") }
      text += NoticeMarkdown.deliveries(p.deliveries, already: text, t)
      otherMatters.append(text + "。")
    }
  }

  private static func trimmed(_ s: String) -> String {
    var s = s
    while let last = s.last, "。；;.".contains(last) { s.removeLast() }
    return s
  }
}
