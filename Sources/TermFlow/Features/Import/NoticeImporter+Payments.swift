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

  /// `四、报名程序 … 第一步：报名。… 第二步：缴费。`: where paying is a step of the registering its
  /// procedure spells out, and the notice gives a fee but no other window, the one registration window
  /// is the window to pay in. The payment says so, naming the step.
  mutating func settlePaysAsItRegisters(_ text: String) {
    guard !draft.items.contains(where: { if case .payment = $0 { true } else { false } }),
      let step = Self.payingStep(in: text)
    else { return }
    let registrations = draft.items.indices.filter { k in
      guard case .step(let s) = draft.items[k] else { return false }
      return s.name.hasPrefix("报名") && s.days.count == 2 && s.days.allSatisfy(\.hasDate)
    }
    guard registrations.count == 1, let k = registrations.first, case .step(let s) = draft.items[k],
      let window = SpanPhrases.window(ProseSpan(from: s.days[0], to: s.days[1], lower: 0, upper: 0))
    else { return }
    // Students pay; they do not own the window: the office that registers them does, where named.
    let office =
      s.ownerGuess == nil
      ? s.owner.flatMap { o in NoticeRules.studentRoles.contains { o.contains($0) } ? nil : o } : nil
    var p = NoticeDraft.Payment(
      name: "缴费",
      owner: office ?? draft.issuer,
      ownerGuessed: office == nil,
      window: window,
      source: s.source,
      days: s.days
    )
    p.line = s.line
    p.why = ("TODO: the registration's window: the notice pays as a step of registering (%1)", step)
    draft.items[k] = .payment(p)
  }

  /// The line of a registration procedure whose step is paying (`第二步:缴费。`), under a heading that
  /// names that procedure (`四、报名程序及操作步骤`), or nil.
  static func payingStep(in text: String) -> String? {
    var procedure = false
    for raw in text.split(separator: "\n") {
      let line = raw.trimmingCharacters(in: .whitespaces)
      let item = NoticeItem(line)
      guard let level = item.level else { continue }
      let words = item.text.prefix { !"。，,；;".contains($0) }
      if level == 0 {
        procedure = words.contains("报名") && ["程序", "流程", "步骤", "操作"].contains { words.contains($0) }
        continue
      }
      let step = words.drop { " :：".contains($0) }
      if procedure,
        ["缴费", "交费", "网上缴费", "在线缴费", "网上支付", "支付"].contains(where: { w in
          step.hasPrefix(w) && step.dropFirst(w.count).allSatisfy { " :：".contains($0) }
        })
      {
        return line.prefix { !"。，,".contains($0) }.description
      }
    }
    return nil
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
    schedule: String? = nil
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
          schedule: schedule
        )
      )
    )
  }
}
