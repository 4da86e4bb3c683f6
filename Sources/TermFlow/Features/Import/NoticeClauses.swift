import Foundation

/// The small readings `import` makes of one clause of a notice: the office that is its subject, the
/// forms it hands over and to whom, phone numbers, and a step name made from a title. Every word it
/// looks for comes from `NoticeRules`.
enum NoticeClauses {
  /// The office named at the start of `text` (after an opener such as 由 or 请), or nil.
  static func owner(atStartOf text: Substring) -> String? {
    var t = text.drop { " ，,、：:".contains($0) }
    // `上午学生…`: the part of the day a clause opens with says when, not who.
    if let part = NoticeRules.dayParts.first(where: { t.hasPrefix($0) }) { t = t.dropFirst(part.count) }
    // `…前将本单位研究生《考核表》报送`: what 将 or 把 leads to is handled, not the one who handles it.
    if t.hasPrefix("将") || t.hasPrefix("把") { return nil }
    // `各培养单位组织`: a group 各 addresses keeps its 各, where it holds no other office's name (`各学院凭
    // 财务处…` runs past its own); its own kind is no other (`各位同学`); after an opener too
    // (`请各位老师按照…`).
    func eachGroup(_ t: Substring) -> String? {
      guard t.hasPrefix("各"), let group = addressedGroup(Array(t.prefix(26))), t.hasPrefix(group),
        !group.contains("、"), case let rest = group.dropFirst(),
        NoticeRules.knownOwners.contains(String(rest))
          || !NoticeRules.knownOwners.contains(where: {
            rest.contains($0) && !(rest.hasSuffix($0) && rest.count <= $0.count + 1)
          })
      else { return nil }
      return group
    }
    if let group = eachGroup(t) { return group }
    if let those = thoseWho(t) { return those }
    for o in NoticeRules.clauseOpeners
    where t.hasPrefix(o) && !NoticeRules.knownOwners.contains(where: { t.hasPrefix($0) })
      && !NoticeRules.namesOfOpeners.contains(where: { t.hasPrefix($0) })
    {
      t = t.dropFirst(o.count)
      if let group = eachGroup(t) { return group }
    }
    if let group = gradeGroupOrOthers(ArraySlice(t.prefix(NoticeRules.ownerMaxLength + 8))) { return group.name }
    if let known = NoticeRules.knownOwnersLongestFirst.first(where: { t.hasPrefix($0) }) {
      // `研究生的成绩…`: whose things they are, not who acts (`任课教师成绩录入时` is teachers entering).
      return NoticeRules.isStudentRole(known) && possesses(ArraySlice(t.dropFirst(known.count).prefix(16)))
        ? nil : known
    }
    if let actor = subjectOnly(at: t) { return actor }
    guard !NoticeRules.stops(ArraySlice(t)) else { return nil }
    let chars = Array(t.prefix(NoticeRules.ownerMaxLength))
    for end in stride(from: 3, through: chars.count, by: 1) {
      let name = String(chars[0..<end])
      guard chars[0..<end].allSatisfy(isNameCharacter) else { return nil }
      // `学校督导将抽查各院部`: a verb inside ends the name before any office suffix it reaches; the
      // name is the words before the verb when they end in a known role (学校督导).
      if NoticeRules.stops(chars[(end - 1)...]) {
        let before = String(chars[0..<(end - 1)])
        return NoticeRules.knownOwners.contains(where: { before.hasSuffix($0) }) ? before : nil
      }
      // `考试科目`, `教务处理`: the suffix begins a word of its own, not an office's name.
      let word = end < chars.count ? String(chars[(end - 1)...(end)]) : ""
      if NoticeRules.ownerSuffixes.contains(where: { name.hasSuffix($0) }),
        !NoticeRules.notOffices.contains(where: { name.hasSuffix($0) }), !NoticeRules.suffixWords.contains(word)
      {
        // `整理汇总交本科生院教务处`: a name that hands to an office it ends with is a verb phrase.
        let handsOn = NoticeRules.knownOwners.contains { o in
          name.hasSuffix(o) && NoticeRules.recipientMarkers.contains { name.dropLast(o.count).contains($0) }
        }
        // `本学期末各学院须…`: the words before a group (各) say when, not who.
        if !handsOn, let each = name.firstIndex(of: "各"), each != name.startIndex, name[each...].count >= 3 {
          return String(name[each...])
        }
        return handsOn ? nil : name
      }
    }
    return nil
  }

  /// Whether the words after a role make it the owner of a thing (`成绩`, `的`, `管理系统`), past an
  /// aside in brackets (`(含留学生)的`).
  static func possesses(_ rest: ArraySlice<Character>) -> Bool {
    let owned = rest[(asideEnd(rest) ?? rest.startIndex)...]
    return NoticeRules.possessedNouns.contains { owned.starts(with: $0) }
  }

  /// Where an aside in brackets that opens `rest` ends (`(含留学生)`), or nil.
  static func asideEnd(_ rest: ArraySlice<Character>) -> Int? {
    guard let open = rest.first, "(（".contains(open) else { return nil }
    return rest.prefix(12).firstIndex(where: { ")）".contains($0) }).map { $0 + 1 }
  }

  /// `学校将于…`, `银行代扣…`: an actor named only as the subject of what follows it.
  static func subjectOnly(at t: Substring) -> String? {
    NoticeRules.subjectOnlyOwners.first { o in
      t.hasPrefix(o) && NoticeRules.subjectVerbs.contains { t.dropFirst(o.count).hasPrefix($0) }
    }
  }

  /// Every office named anywhere in `text`, in order: known names and suffix names after a verb.
  static func offices(in text: String) -> [String] {
    var out: [String] = []
    let chars = Array(text)
    var i = 0
    while i < chars.count {
      if let o = NoticeRules.knownOwnersByFirst[chars[i]]?
        .first(where: { i + $0.count <= chars.count && chars[i..<i + $0.count].elementsEqual($0) })
      {
        out.append(String(o))
        i += o.count
      } else {
        i += 1
      }
    }
    return out
  }

  /// `text` with every 《form name》 left out.
  static func withoutForms(_ text: String, quotes: Bool = false) -> String {
    quotes ? outside(text, open: ["《", "“"], close: ["》", "”"]) : outside(text, open: ["《"], close: ["》"])
  }

  /// `text` less what stands between the marks that open and close a part of it, nested or not.
  static func outside(_ text: String, open: Set<Character>, close: Set<Character>) -> String {
    var depth = 0
    return text.filter { ch in
      if open.contains(ch) {
        depth += 1
      } else if close.contains(ch) {
        depth = max(0, depth - 1)
      } else {
        return depth == 0
      }
      return false
    }
  }

  /// The forms in 《》 and the office each is handed to (`将《表》报送教务处`).
  static func deliverables(in text: String) -> [(form: String, to: String?)] {
    var out: [(String, String?)] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "《"), let close = rest[open...].firstIndex(of: "》") {
      let form = String(rest[rest.index(after: open)..<close])
      var after = rest[rest.index(after: close)...]
      var to: String?
      if let verb = NoticeRules.deliverVerbs.first(where: { after.hasPrefix($0) }) {
        after = after.dropFirst(verb.count)
        to = owner(atStartOf: after)
      }
      let lead = rest[..<open].suffix(6)
      let referred = NoticeRules.formReferences.contains { w in
        lead.range(of: w).map { !lead[$0.upperBound...].contains(where: { "，,；;。".contains($0) }) } == true
      }
      if !form.isEmpty, !referred { out.append((form, to)) }
      rest = rest[rest.index(after: close)...]
    }
    return out
  }

  /// The fee a text names just before 缴费 (`《重新学习费缴费汇总表》` → 重新学习费), for a payment's name.
  static func feeName(in text: String) -> String? {
    guard let r = text.range(of: "费缴费") else { return nil }
    let name = String(text[..<text.index(after: r.lowerBound)].reversed().prefix { isNameCharacter($0) }.reversed())
    return name.count >= 3 ? identifier(name, fallback: "缴费") : nil
  }

  /// A step's name from its title or form: `完成期初补考成绩录入工作` → 期初补考成绩录入.
  static func stepName(title: String, form: String?, school: String?) -> String {
    if var f = form {
      if let s = school, f.hasPrefix(s), f.count > s.count + 1 { f = String(f.dropFirst(s.count)) }
      return identifier(f, fallback: "步骤")
    }
    var t = Substring(title.prefix { !"，,。；;（(".contains($0) })
    if let r = t.range(of: "完成", options: .backwards), t[r.upperBound...].count >= 2 { t = t[r.upperBound...] }
    var changed = true
    while changed {
      changed = false
      for p in NoticeRules.nameDropPrefixes where t.hasPrefix(p) && t.count > p.count + 1 {
        t = t.dropFirst(p.count)
        changed = true
      }
      for s in NoticeRules.nameDropSuffixes where t.hasSuffix(s) && t.count > s.count + 1 {
        t = t.dropLast(s.count)
        changed = true
      }
    }
    return identifier(String(t), fallback: "步骤")
  }

  /// `text` as a name the lexer reads as one identifier: letters and digits only, not opening with a
  /// digit, a week phrase (第…) or a time in words, at most `NoticeRules.nameMaxLength` characters.
  static func identifier(_ text: String, fallback: String) -> String {
    var s = String(text.filter { isNameCharacter($0) || $0.isASCII && $0.isNumber }.prefix(NoticeRules.nameMaxLength))
    let risky = ["第", "上午", "中午", "下午", "晚上"]
    if s.first?.isNumber == true || risky.contains(where: { s.hasPrefix($0) }) || s.isEmpty {
      s = fallback + s
    }
    if let c = s.unicodeScalars.first, Lexer.isDateDigit(c) { s = fallback + s }
    return s
  }

  static func isNameCharacter(_ c: Character) -> Bool {
    guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
    return s.properties.isAlphabetic && !Lexer.isCJKPunctuation(s)
  }

  /// The office acting in `text`: a known office or role not right after a word that makes it the one
  /// handed to or asked (`交教务处`, `向开课学院`); the first such, or nil. Never made from a verb phrase.
  static func actingOffice(in written: String) -> String? {
    // A role in a document's title (`《…研究生课程考核工作的说明》`, `“2019届学生毕业清考试卷”`) does
    // not act.
    let text = withoutForms(written, quotes: true)
    let chars = Array(text)
    if let group = addressedGroup(chars) ?? eachUnit(in: text) { return group }
    let known = NoticeRules.knownOwnersByFirst
    var i = 0, handedTo = -1
    while i < chars.count {
      if NoticeRules.subjectOnlyFirsts.contains(chars[i]),
        let actor = subjectOnly(at: Substring(String(chars[i...].prefix(8)))),
        !NoticeRules.recipientMarkers.contains(where: { String(chars[max(0, i - 2)..<i]).hasSuffix($0) })
      {
        return actor
      }
      if chars[i].isNumber, i == 0 || !chars[i - 1].isNumber, let group = gradeGroup(chars[i...]) {
        let before = String(chars[max(0, i - 2)..<i])
        if !NoticeRules.recipientMarkers.contains(where: { before.hasSuffix($0) }) {
          return before.hasSuffix(NoticeRules.gradesExcept) ? NoticeRules.gradesExcept + group.name : group.name
        }
        i += group.length
        continue
      }
      guard let candidates = known[chars[i]],
        let o = candidates.first(where: { i + $0.count <= chars.count && chars[i..<i + $0.count].elementsEqual($0) })
      else {
        i += 1
        continue
      }
      let before = String(chars[max(0, i - 2)..<i])
      // An office right after the one handed to is part of its name (`报教务处教务科`); one right after
      // another names the unit within it (`学校教务处`, `学院教务办`): the inner one acts.
      let inner = known[chars[min(i + o.count, chars.count - 1)]]?.first {
        i + o.count + $0.count <= chars.count && chars[(i + o.count)..<(i + o.count + $0.count)].elementsEqual($0)
      }
      // `交给自考办徐老师`: a teacher named by surname is a person to go to, not the teachers.
      let surnamed =
        NoticeRules.teacherRoles.contains(String(o)) && i >= 1 && NoticeRules.surnames.contains(chars[i - 1])
      let handed =
        i == handedTo || surnamed || NoticeRules.recipientMarkers.contains(where: { before.hasSuffix($0) })
      // `研究生成绩…录入`, `学生的平时成绩`, `研究生管理系统`, `研究生(含留学生)的`: whose things they
      // are, not who acts.
      let owns = possesses(chars[(i + o.count)...])
      if !handed, inner == nil, !owns { return String(o) }
      i += o.count
      // Its aside names no one either (`研究生(含留学生)的`).
      if owns, i < chars.count, let end = asideEnd(chars[i...]) { i = end }
      // The unit within an office handed to is handed to as well; the one within an acting office acts.
      if handed { handedTo = i }
    }
    return nil
  }

  /// `以系为单位统一领回`: each unit of that kind acts (各系).
  static func eachUnit(in text: String) -> String? {
    guard let r = text.range(of: "为单位"), let open = text[..<r.lowerBound].range(of: "以", options: .backwards)
    else { return nil }
    let kind = String(text[open.upperBound..<r.lowerBound])
    return NoticeRules.unitKinds.contains(kind) ? "各" + kind : nil
  }

  /// `各教学院(部)`, `各系、部`, `各承担单位`: 各 and a kind of unit addresses every one of them, so it is
  /// the group acting wherever it stands (unless handed to: `交各学院`). The longest such name.
  static func addressedGroup(_ chars: [Character]) -> String? {
    var i = 0
    while i < chars.count {
      defer { i += 1 }
      guard chars[i] == "各" else { continue }
      let before = String(chars[max(0, i - 2)..<i])
      // `按照各年级…`: the groups the work goes by do not act.
      if NoticeRules.groupNotActingMarkers.contains(where: { before.hasSuffix($0) }) { continue }
      var best: Int?
      var j = i + 1
      // A verb ends the name (`各教学单位组织学生…`: 各教学单位).
      while j < chars.count, j - i <= 24, isNameCharacter(chars[j]) || "（）()、".contains(chars[j]),
        !NoticeRules.stops(chars[j...])
      {
        j += 1
        let name = String(chars[i..<j])
        guard NoticeRules.groupSuffixes.contains(where: { name.hasSuffix($0) }) else { continue }
        // `各开设辅修课程、双专业、双学位的教学单位`: a long name is a kind of unit its 的 clause
        // picks out; each such unit (各教学单位) acts.
        if j - i <= 11 || name.contains("的") { best = j }
      }
      // `各院` and `各系` are groups in two characters; `各部分`, `各科目` are none.
      guard let b = best, b - i >= 3 || b - i == 2 && "院系".contains(chars[i + 1]) else { continue }
      // `各毕业班的班长`: the people of each unit its 的 names act, one in each (各班长).
      if let de = chars[i..<b].lastIndex(of: "的"), b - de > 2 {
        return "各" + String(chars[(de + 1)..<b])
      }
      return String(chars[i..<b])
    }
    return nil
  }

  /// What the words before a date name (`专业课考试时间定于` → 专业课考试): its clause's label once
  /// the words leading to the date are dropped, or nil.
  static let modalWords = [
    "原则上", "最迟", "最晚", "拟", "预计", "务必", "必须", "需要", "应当", "应", "须", "需", "要", "均", "都", "一律", "统一",
  ]
  static func whatBefore(_ before: String) -> String? {
    var t = Substring(before.split(whereSeparator: { "，,；;。".contains($0) }).last ?? "")
    if let w = NoticeRules.dateLeads.first(where: { t.hasSuffix($0) }) { t = t.dropLast(w.count) }
    // `成绩录入最迟应于…完成`: how firmly it is asked for is not what is done.
    while let w = modalWords.first(where: { t.hasSuffix($0) }) { t = t.dropLast(w.count) }
    return label(String(t))
  }

  /// What a label before a date names (`报名时间：` → 报名, `一、补考安排` → 补考安排), or nil when it
  /// names nothing.
  /// `text` less the aside in brackets it ends with (`缴费日期:(上期)` → 缴费日期:).
  static func withoutTrailingAside(_ text: String) -> String {
    let t = text.trimmingCharacters(in: .whitespaces)
    guard let last = t.last, ")）".contains(last), let open = t.lastIndex(where: { "(（".contains($0) }) else { return t }
    return String(t[..<open])
  }

  /// `text` less its asides in brackets (`(上期)` → nothing).
  static func withoutAsides(_ text: String) -> String { outside(text, open: ["(", "（"], close: [")", "）"]) }

  static func label(_ text: String) -> String? {
    var t = Substring(text.trimmingCharacters(in: .whitespaces))
    let item = NoticeItem(String(t))
    if item.level != nil { t = Substring(item.text) }
    // `成绩录入时间：课程结束后至`: what a time label names, whatever the words after it.
    for w in ["时间：", "时间:", "日期：", "日期:"] {
      if let r = t.range(of: w), t[..<r.lowerBound].filter(isNameCharacter).count >= 2 {
        t = t[..<r.lowerBound]
        break
      }
    }
    // `缴款期间:即日起至`: from the notice's own day, no label of its own.
    for w in ["即日起至", "即日起到", "即日至", "即日起", "自即日"] where t.hasSuffix(w) {
      t = t.dropLast(w.count)
      break
    }
    while let last = t.last, "：:，,、（(为是于在 ".contains(last) { t = t.dropLast() }
    // `考试时间为:笔试`: a label under a label is the one that names the date.
    if let colon = t.lastIndex(where: { "：:".contains($0) }), case let rest = t[t.index(after: colon)...],
      rest.filter(isNameCharacter).count >= 2, !rest.contains(where: { "，,；;。".contains($0) })
    {
      t = rest
    }
    for w in ["时间安排", "具体时间", "时间", "日期", "时段", "安排如下"] where t.hasSuffix(w) && t.count > w.count {
      t = t.dropLast(w.count)
      break
    }
    let name = t.filter(isNameCharacter)
    return name.count >= 2 && name.count <= 32 ? String(t) : nil
  }
}
