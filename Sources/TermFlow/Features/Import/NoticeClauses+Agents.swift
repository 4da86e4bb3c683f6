/// Who a notice says does which work, read from its sentences wherever they stand.
extension NoticeClauses {
  /// `校考由教务处统筹安排`: each work the text says an office does (由, not 由于), as (校考, 教务处);
  /// with `topics` false, also the doers named with no work before them (`，由课程开设单位…`).
  static func agents(in text: String, topics: Bool = true) -> [(topic: String, agent: String)] {
    var out: [(String, String)] = []
    var from = text.startIndex
    while let r = text.range(of: "由", range: from..<text.endIndex) {
      from = r.upperBound
      let lead = text[..<r.lowerBound]
      let topic = String(lead.reversed().prefix { isNameCharacter($0) }.reversed())
      guard topic.count >= (topics ? 2 : 0), topic.count <= 8, !text[r.upperBound...].hasPrefix("于"),
        let agent = owner(atStartOf: text[r.upperBound...].prefix(NoticeRules.ownerMaxLength))
      else { continue }
      out.append((topic, agent))
      // `重修考试、本学期期末考试由课程承担系部…`: each work listed before it is the agent's too.
      var rest = lead.dropLast(topic.count)
      while topics, let joiner = rest.last, joiner == "、" {
        let more = String(rest.dropLast().reversed().prefix { isNameCharacter($0) }.reversed())
        guard (2...8).contains(more.count) else { break }
        out.append((more, agent))
        rest = rest.dropLast(more.count + 1)
      }
    }
    return out
  }

  /// `双学士学位专业所属学院在…阶段登录…，设置辅修招收方案`: each undated sentence that opens with its doer,
  /// as (the rest of the sentence, the doer); the work a dated line names in other words (`招收方案设置`).
  static func doings(in sentences: [String]) -> [(topic: String, agent: String)] {
    sentences.compactMap { s in
      let t = Substring(NoticeItem(s).text)
      guard ProseSpanReader.spans(in: String(t)).isEmpty, let agent = owner(atStartOf: t) else { return nil }
      return (String(t.dropFirst(agent.count).prefix(60)), agent)
    }
  }

  /// `欲重補修者:請於…`, `凡开学两周内未注册者,…`: those a clause opens by picking out (欲/凡 … 者),
  /// where a colon, a comma or 请 ends the phrase, are its doers, named as the notice names them.
  static func thoseWho(_ t: Substring) -> String? {
    guard t.hasPrefix("欲") || t.hasPrefix("凡"), let end = t.prefix(16).firstIndex(of: "者") else { return nil }
    let after = t[t.index(after: end)...]
    let phrase = t[..<t.index(after: end)]
    guard after.isEmpty || "：:，,请".contains(after.first ?? " "),
      phrase.dropFirst().allSatisfy({ isNameCharacter($0) || "()（）".contains($0) })
    else { return nil }
    return String(phrase)
  }

  /// The role a clause opens with, after an opener (`请答辩秘书`, `由各班级负责人`): a name of at most eight
  /// characters, nothing but a name, ending as a role does; nil where it opens with none.
  static func role(atStartOf clause: String) -> String? {
    var t = Substring(clause)
    if let o = ["请", "由"].first(where: { t.hasPrefix($0) }) { t = t.dropFirst(o.count) }
    let name = t.prefix(8).prefix(while: isNameCharacter)
    return NoticeRules.roleSuffixes.lazy.compactMap { r in name.range(of: r).map { String(name[..<$0.upperBound]) } }
      .first { $0.count > 2 }
  }
}
