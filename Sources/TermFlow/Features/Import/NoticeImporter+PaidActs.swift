/// Windows a notice pays in without calling them so: the registering or confirming it says is paid for
/// as it is done.
extension NoticeImporter {
  /// Where the notice says an act is paid for as it is done (`第二步：缴费`, `確認報名並繳納報名費`,
  /// `网上报名、网上缴费`, `完成在线支付报名费`) and gives no window of paying, the one window of that act
  /// (`现场确认时间：6月19日-6月21日`) is the window to pay in. Only where the notice names money (a fee or a
  /// sum in 元). The payment says so, quoting the notice.
  mutating func settlePaysAsItRegisters(_ text: String) {
    guard !draft.items.contains(where: { if case .payment = $0 { true } else { false } }),
      let (acts, phrase) = Self.paidAct(in: text)
    else { return }
    for act in acts {
      let windows = draft.items.indices.filter { k in
        guard case .step(let s) = draft.items[k] else { return false }
        return (s.name.contains(act) || s.title.contains(act)) && s.days.count == 2 && s.days.allSatisfy(\.hasDate)
      }
      guard windows.count <= 1 else { return }
      guard let k = windows.first, case .step(let s) = draft.items[k],
        let window = SpanPhrases.window(ProseSpan(from: s.days[0], to: s.days[1], lower: 0, upper: 0))
      else { continue }
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
      p.why = ("TODO: the window of %1, which the notice pays for as it is done (%2)", [act, phrase])
      draft.items[k] = .payment(p)
      return
    }
  }

  /// Whether the text names a sum of money (`120元`, `70 元`).
  static func namesMoney(_ text: String) -> Bool {
    let chars = Array(text)
    return chars.indices.dropFirst().contains { k in
      chars[k] == "元" && chars[..<k].last(where: { $0 != " " }).map { $0.isASCII && $0.isNumber } == true
    }
  }

  /// The acts the notice pays for as they are done, the one nearest the paying first, and the words
  /// that say so; nil where it says none. A clause that says what is not done (`不包括代为网上缴费`) says
  /// nothing of it.
  static func paidAct(in text: String) -> (acts: [String], phrase: String)? {
    if let step = payingStep(in: text) { return (["报名"], step) }
    let clauses = text.split(whereSeparator: { "。；;，,\n".contains($0) })
    for clause in clauses where !NoticeRules.negations.contains(where: { clause.contains($0) }) {
      // `确认报名并缴纳报名费`, `网上报名、网上缴费`: the act joined to paying, before it.
      if let r = NoticeRules.joinedPaying.lazy.compactMap({ clause.range(of: $0) }).first {
        let before = clause[..<r.lowerBound]
        let acts = NoticeRules.paidActs.compactMap { a in
          before.range(of: a, options: .backwards).map { (a, $0.lowerBound) }
        }
        .sorted { $0.1 > $1.1 }.map(\.0)
        if !acts.isEmpty { return (acts, String(clause)) }
      }
      // `上网报名,…完成在线支付报名费`: the registration's fee paid.
      if NoticeRules.registrationFeePaid.contains(where: { clause.contains($0) }) { return (["报名"], String(clause)) }
    }
    return nil
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
}
