/// The payment windows a notice's dated sentences give, as the draft holds them.
extension NoticeImporter {
  /// Whether the clause a date ends names a time of paying, however long its sentence
  /// (`学生要对…存入银行卡中(…),统一划扣时间定在2016年3月27日-31日`), or a time of registering in a sentence
  /// that says registering is paid for as it is made (`…进行报名及缴费,报名时间为:…`).
  static func paysBefore(_ before: String) -> Bool {
    let sentence = before.split(separator: "。", omittingEmptySubsequences: false).last ?? ""
    var named = sentence.split(omittingEmptySubsequences: false, whereSeparator: { "，,；;".contains($0) }).last ?? ""
    while let w = ["定在", "定于", "安排在", "安排于", "为", "是", "在", "于", ":", "：", " "].first(where: { named.hasSuffix($0) }) {
      named = named.dropLast(w.count)
    }
    guard NoticeRules.timeLabels.contains(where: { named.hasSuffix($0) }) else { return false }
    return NoticeRules.saysPaying(String(named))
      || named.contains("报名") && NoticeRules.registersAndPays(String(sentence))
  }

  /// The clause of `text` that pays at the time of the work dated before it: on its day
  /// (`可于当日前往财务部门办理补、退款手续`) or on the spot (`现场与教材供应商进行费用结算`), not said of a way
  /// no longer taken (`不再受理现场缴费`); nil where none does.
  static func paysThen(_ text: String) -> String? {
    text.split(whereSeparator: { "，,；;。".contains($0) }).first { clause in
      guard let r = NoticeRules.thenWords.lazy.compactMap({ clause.range(of: $0) }).first,
        !NoticeRules.negations.contains(where: { clause.contains($0) })
      else { return false }
      let rest = String(clause[r.upperBound...])
      return NoticeRules.saysPaying(rest) || paysSplit(rest) || NoticeRules.settlingWords.contains { rest.contains($0) }
    }.map(String.init)
  }

  /// `二、缴费细则` … `2.时间:20111230201216`: a date labelled only as a time, under a heading that names
  /// paying, is the window to pay in.
  static func paysUnder(label: String, headings: [String?]) -> Bool {
    // `九、暑修繳費時間及地點` … `(一)現場時間:5月14日…`: a time said only by the way one pays is as bare
    // (its label read as the way alone: 现场).
    let mode = NoticeRules.payingModes.first { label.hasPrefix($0) }
    let rest = String(label.dropFirst(mode?.count ?? 0))
    let bare = NoticeRules.timeLabels.contains(rest) || mode != nil && rest.isEmpty
    return bare && headings.contains { $0.map(NoticeRules.saysPaying) == true }
  }

  /// `缴费时间：即日起至7月10日`: a window from the notice's own day, known once its date is read.
  mutating func appendOpenPayment(_ sp: ProseSpan, title: String, source: [String]) {
    var step = NoticeDraft.Step(
      name: NoticeClauses.feeName(in: itemText) ?? "缴费",
      title: title,
      owner: nil,
      dates: SpanPhrases.stepLines(sp),
      source: source
    )
    step.sinceNow = sp.to ?? sp.from
    step.paying = true
    draft.items.append(.step(step))
  }

  /// A payment window; its owner is the office its sentence names at the date (`9月7日计财处…`), else
  /// the paying office the item names, else the issuer (a guess, marked). Students pay; they do not own
  /// the window.
  mutating func appendPayment(
    window: String,
    source: [String],
    named: String? = nil,
    namedHere: Bool = true,
    days: [ProsePoint] = [],
    schedule: String? = nil,
    why: (phrase: String, values: [String])? = nil
  ) {
    let offices = itemOffices.filter { o in NoticeRules.payingOffices.contains { o.hasSuffix($0) } }
    let office = named.flatMap { n in NoticeRules.studentRoles.contains { n.contains($0) } ? nil : n }
    draft.items.append(
      .payment(
        .init(
          name: NoticeClauses.feeName(in: itemText) ?? "缴费",
          owner: office ?? offices.last ?? draft.issuer,
          ownerGuessed: office == nil || !namedHere,
          window: window,
          source: source,
          days: days,
          schedule: schedule,
          why: why
        )
      )
    )
  }
}
