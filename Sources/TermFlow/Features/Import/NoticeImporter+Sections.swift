/// Owners for dated sentences that name none, read from what the notice says around them: the other
/// lines of their section (`三、报名安排` … `2、报名方式：学生进入教务系统…`), else, for work students do
/// (报名, 选课, 缴费), the audience the notice declares (`二、报名对象：在校生`) or addresses (`各位同学：`);
/// for other work, the office the notice is addressed to (`各学院：`).
/// Such an owner is marked in the draft as guessed, with where it came from.
extension NoticeImporter {
  /// Keeps the line in its section's text and reads the audience from it.
  mutating func noteSection(_ line: String, item: NoticeItem) {
    if item.level == 0 {
      sectionTexts.append("")
    }
    sectionTexts[sectionTexts.count - 1] += line + "。"
    if awaitingAudience {
      awaitingAudience = false
      if audience == nil { audience = NoticeClauses.actingOffice(in: line) }
      return
    }
    guard let r = NoticeRules.audienceWords.lazy.compactMap({ item.text.range(of: $0) }).first,
      item.text.distance(from: item.text.startIndex, to: r.lowerBound) <= 6
    else { return }
    let content = item.text[r.upperBound...].drop { "：: ".contains($0) }
    if content.isEmpty {
      awaitingAudience = true
    } else if audience == nil {
      audience = NoticeClauses.actingOffice(in: String(content))
    }
  }

  /// The students the notice names doing a student's work the step speaks of, wherever it does so
  /// (`网上报名阶段：…` and elsewhere `学生网上报名路径`): the one role, or nil when none or several.
  static func doer(of step: String, in text: String) -> String? {
    // How often each student role is named doing it: the students are one doer however named (学生,
    // 本科生), the most named the name.
    var found: [String: Int] = [:]
    for work in NoticeRules.studentWork where step.contains(work) {
      var from = text.startIndex
      while let r = text.range(of: work, range: from..<text.endIndex) {
        let lead = text[..<r.lowerBound].suffix(4).split(whereSeparator: { !NoticeClauses.isNameCharacter($0) }).last
        if let lead, let role = NoticeRules.studentRoles.first(where: { lead.hasPrefix($0) }) {
          found[role, default: 0] += 1
        }
        from = r.upperBound
      }
      // `…的学生可申请部分课程自修`: the students a clause doing the work has act.
      for clause in text.split(whereSeparator: { "。；;，,".contains($0) }) where clause.contains(work) {
        if let o = NoticeClauses.actingOffice(in: String(clause)),
          let role = NoticeRules.studentRoles.first(where: { o.hasSuffix($0) })
        {
          found[role, default: 0] += 1
        }
      }
    }
    // Named as often one way as another, it is not said which: no guess.
    let top = found.values.max() ?? 0
    let most = found.filter { $0.value == top }.map(\.key)
    return most.count == 1 ? most.first : nil
  }

  /// Gives each step that names no office its section's acting office, else the audience for a
  /// student's work, else the office the notice is addressed to (`各学院：`) for other work; marked as
  /// guessed, with where it came from.
  mutating func settleSectionOwners() {
    let to = draft.header.first { $0.label == "主送" }?.text
    // The first of those addressed (`各学院、中心：` → 各学院).
    let first = to.map { String($0.prefix { !"、，,和及与/".contains($0) }) }
    let addressee = first.flatMap {
      NoticeClauses.actingOffice(in: $0) ?? NoticeClauses.owner(atStartOf: Substring($0))
    }
    let toStudents = to.map { t in NoticeRules.studentRoles.contains { t.contains($0) } } ?? false
    // `各学院及研究生任课教师：`: the teachers addressed, for a teacher's work.
    let teachers = to.flatMap { t in
      t.split(whereSeparator: { "、，,和及与/".contains($0) }).map(String.init)
        .first { a in NoticeRules.teacherRoles.contains { a.hasSuffix($0) } }
    }
    for k in draft.items.indices {
      guard case .step(var s) = draft.items[k], s.owner == nil, !s.paying else { continue }
      let section = sectionTexts.indices.contains(s.section) ? sectionTexts[s.section] : ""
      // A section's heading says the work of items that do not (`一、线上申请开放时间` … `1.自修：…`).
      let about = s.title + s.source.joined() + section.prefix(24)
      let studentWork = NoticeRules.studentWork.contains { about.contains($0) }
      // `做好新学期学生的报到注册工作(3月5日前)`: work an office is told to see done is the addressee's,
      // whoever the work is for.
      if NoticeRules.overseeingVerbs.contains(where: { s.title.hasPrefix($0) }), !toStudents, let o = addressee {
        (s.owner, s.ownerGuess) = (o, .addressee)
      } else if s.section > 0, let o = NoticeClauses.actingOffice(in: section) {
        (s.owner, s.ownerGuess) = (o, .section)
      } else if let o = Self.sharing(s.title, doings) {
        (s.owner, s.ownerGuess) = (o, .elsewhere)
      } else if studentWork, let o = audience ?? (toStudents ? addressee : nil) {
        (s.owner, s.ownerGuess) = (o, .audience)
      } else if studentWork, let o = Self.doer(of: about, in: sectionTexts.joined()) {
        (s.owner, s.ownerGuess) = (o, .elsewhere)
      } else if let o = teachers, NoticeRules.isTeacherWork(s.title + s.source.joined()) {
        (s.owner, s.ownerGuess) = (o, .addressee)
      } else if !studentWork || toStudents, let o = addressee {
        // Students register and pay; an office addressed is not made to.
        (s.owner, s.ownerGuess) = (o, .addressee)
      } else if NoticeRules.isTeacherWork(s.title + s.source.joined()) {
        // `所有课程须在…以前在研究生管理系统中录入成绩`: grades are entered by those who teach.
        (s.owner, s.ownerGuess) = ("任课教师", .work)
      }
      draft.items[k] = .step(s)
    }
  }
}
