/// What the words around a date say of it, before it becomes a step: whether it defines the
/// calendar, picks out people, pays, or names its doer elsewhere in the notice.
extension NoticeImporter {
  /// `2月6日-11日记为第0周`, `2月12日-7月14日为原校历安排第1-22周`: dates the sentence says are
  /// weeks define the calendar (their pairs are read for week 1); neither is work.
  static func calendarDefinitions(_ spans: [ProseSpan], _ chars: [Character]) -> Set<Int> {
    var out = Set<Int>()
    for k in spans.indices.dropFirst() where !spans[k].from.hasDate && spans[k - 1].from.hasDate {
      let between = String(chars[min(spans[k - 1].upper, spans[k].lower)..<spans[k].lower])
      guard ["为", "记为", "即为", "是"].contains(where: { between.hasPrefix($0) }),
        !between.contains(where: { "，,；;。".contains($0) })
      else { continue }
      out.formUnion([k - 1, k])
    }
    return out
  }

  /// Whether the clause around a date is a phrase naming people by what they have not done by then
  /// (`在8月30日前成功存款…失败的同学`, `1月15日前未完成的学院`): it ends in 的 and a role or a
  /// kind of unit, and says 未, 没有 or 失败.
  static func picksOutWho(before: String, after: String) -> Bool {
    // A label before the date (`3、取消未缴费学生:3月23日…`) names the work, not those it picks out.
    let labelled = before.trimmingCharacters(in: .whitespaces).last.map { "：:".contains($0) } ?? false
    let head = labelled ? "" : before.split(whereSeparator: { "，,；;：:".contains($0) }).last.map(String.init) ?? before
    let tail = String(after.prefix { !"，,；;。：:".contains($0) })
    guard pickedOut(tail) != nil else { return false }
    // `3月23日取消未缴费的学生`: a verb before those it picks out is the day's work.
    return NoticeRules.notDoneWords.contains { head.contains($0) || tail.hasPrefix($0) }
  }

  /// `9月4日正式上课`, `第2周(2月27日)起正常按课表上课`, `开课时间:9月15日`, `暑假(9周):7月3日~9月3日`,
  /// `201976日至201991日为暑假时间`, `本学期定于7月5日结束`: the term's own days, no one's work.
  /// `2月26日为112学年度第2学期开学日`: the words after a date that make it the term's first day.
  static func opensTerm(_ clause: Substring) -> Bool {
    let what = clause.trimmingCharacters(in: .whitespaces)
    return (what.hasPrefix("为") || what.hasPrefix("是")) && (what.hasSuffix("开学日") || what.hasSuffix("开学"))
  }

  /// `本校于112年1月20日(星期五)起,即进入春节假期`: a day from which the next clause says a holiday runs is
  /// the calendar's, not work.
  static func startsHoliday(_ rawAfter: String) -> Bool {
    let clauses = rawAfter.split(omittingEmptySubsequences: false, whereSeparator: { "，,；;。".contains($0) })
    guard clauses.count > 1, ["", "起", "开始"].contains(clauses[0].trimmingCharacters(in: .whitespaces)) else {
      return false
    }
    var next = clauses[1].drop { " 即将便就".contains($0) }
    for w in ["进入", "开始", "放"] where next.hasPrefix(w) { next = next.dropFirst(w.count) }
    let period = next.prefix { !"时期".contains($0) }
    return NoticeRules.calendarPeriods.contains { $0 != "上班" && (period.hasSuffix($0) || next.hasSuffix($0)) }
  }

  /// `教務處註冊組敬啟112.1.4`: the words that close a letter, before the date on its line, sign it.
  static func signsOff(_ before: String) -> Bool {
    let t = before.trimmingCharacters(in: .whitespaces)
    return ["敬启", "谨启", "敬上", "谨上", "敬白"].contains { t.hasSuffix($0) }
  }

  /// The term's first day, where the notice calls a Monday so: week 1 (a point of week 1, Monday, for
  /// the term's reading of week 1). Nil for any other day, or one whose weekday cannot be told.
  static func firstDayOfTerm(_ p: ProsePoint) -> ProsePoint? {
    let monday =
      p.weekday == 1
      || p.weekday == nil
        && p.year.flatMap { y in CivilDate(year: y, month: p.month ?? 0, day: p.day ?? 0) }?.weekday == 1
    guard p.hasDate, p.week == nil, monday else { return nil }
    var first = p
    (first.week, first.weekday) = (1, 1)
    return first
  }

  static func calendarsOwn(_ before: String, _ clause: Substring) -> Bool {
    let what = clause.trimmingCharacters(in: .whitespaces)
    let period = String(what.drop { "为是".contains($0) }.prefix { !"时期".contains($0) })
    // `上班时间` after a date is office hours; only in a 周历's list is 上班 a period.
    if NoticeRules.calendarPeriods.contains(where: { $0 != "上班" && period.hasSuffix($0) }) { return true }
    if opensTerm(clause) { return true }
    let named = calendarLabel(before)
    if what.isEmpty || ["结束", "开始"].contains(what),
      NoticeRules.calendarPeriods.contains(named) || NoticeRules.termSpans.contains(where: { named.hasSuffix($0) })
    {
      return true
    }
    // `本学期必修课上课至6月15日`: how long classes run is the calendar's too.
    if what.isEmpty, before.hasSuffix("至"), NoticeRules.classesBegin.contains(where: { named.hasSuffix($0) }) {
      return true
    }
    if what.isEmpty, let label = NoticeClauses.label(before) { return NoticeRules.classesBegin.contains(label) }
    return what.count <= 10 && NoticeRules.classesBegin.contains { what.hasSuffix($0) }
      && NoticeClauses.actingOffice(in: what) == nil
  }

  /// What the words before a date name it, bare: `其中:上班(2周):` is 上班, `夏季学期的实施时间为` is
  /// 夏季学期的实施, `本学期定于` is 本学期.
  static func calendarLabel(_ before: String) -> String {
    var t = Substring(before.split(whereSeparator: { "，,；;。".contains($0) }).last ?? "")
    while let last = t.last, "：: ".contains(last) { t = t.dropLast() }
    if let w = NoticeRules.dateLeads.first(where: { t.hasSuffix($0) }) { t = t.dropLast(w.count) }
    if t.hasSuffix("至") { t = t.dropLast() }
    if let colon = t.lastIndex(where: { "：:".contains($0) }) { t = t[t.index(after: colon)...] }
    if t.last.map({ ")）".contains($0) }) == true, let open = t.lastIndex(where: { "(（".contains($0) }) {
      t = t[..<open]
    }
    if t.hasSuffix("时间") { t = t.dropLast(2) }
    return String(t)
  }

  /// `由教务处统一安排考试的公共课程见下表`, `各学院按下表安排补考`: the office a sentence that points to
  /// the table below names as doing its work.
  static func tableAgent(_ sentence: String) -> String? {
    guard NoticeRules.tableBelow.contains(where: { sentence.contains($0) }) else { return nil }
    return NoticeClauses.agents(in: sentence, topics: false).first?.agent
      ?? NoticeClauses.owner(atStartOf: pastTimeAdverb(sentence))
  }

  /// `在此期间，考生登录…`: the words after a time adverb that opens a sentence, whose subject acts then.
  /// `经教务处确认重修名单后,各课程承担学院…`: past a clause that says after what (…后, 之后, 以后), too.
  static func pastTimeAdverb(_ sentence: String) -> Substring {
    if let comma = sentence.firstIndex(where: { "，,".contains($0) }),
      sentence.distance(from: sentence.startIndex, to: comma) <= 20,
      sentence[..<comma].hasSuffix("后")
    {
      return sentence[sentence.index(after: comma)...].drop { " ".contains($0) }
    }
    guard let a = NoticeRules.timeAdverbs.first(where: { sentence.hasPrefix($0) }) else { return Substring(sentence) }
    return sentence.dropFirst(a.count).drop { "，, ".contains($0) }
  }

  /// The words after a part of the day that opens them and the punctuation after it (`上午,上机考试`).
  static func droppingDayPart(_ text: String) -> String {
    var t = Substring(text)
    // `下午和晚上(…)`: parts of the day joined.
    while let w = NoticeRules.dayParts.first(where: { t.hasPrefix($0) }) {
      t = t.dropFirst(w.count)
      if let j = ["和", "及", "、"].first(where: { t.hasPrefix($0) }),
        NoticeRules.dayParts.contains(where: { t.dropFirst(j.count).hasPrefix($0) })
      {
        t = t.dropFirst(j.count)
      }
    }
    return t.count == text.count ? text : String(t.drop { "，,、 ".contains($0) })
  }

  /// `5月20日后,为第一批确认无误的学生退费`: the people a clause after the date opens with 为 on are
  /// those the work is done for, not its doers (but `9月1日为各学院报名时间` says whose time the day is).
  static func forWhom(_ after: Substring) -> Bool {
    let clause = after.prefix { !"，,；;。".contains($0) }
    return clause.hasPrefix("为") && !NoticeRules.timeLabels.contains { clause.hasSuffix($0) }
  }

  /// `1.5月26日-5月30日` over `学籍科、教学科根据…进行初审。`: a numbered item that is only its dates
  /// and the sentence under it saying what is done then are one line.
  static func joiningDatedItems(_ lines: [String]) -> [String] {
    var out: [String] = []
    var i = 0
    while i < lines.count {
      let item = NoticeItem(lines[i])
      let spans = ProseSpanReader.spans(in: item.text)
      if item.level != nil, !spans.isEmpty, wordsOutside(Array(item.text), spans) == 0, i + 1 < lines.count,
        case let below = lines[i + 1], !below.isEmpty, NoticeItem(below).level == nil,
        ProseSpanReader.spans(in: below).isEmpty, !NoticeRules.isChrome(below),
        below.filter(NoticeClauses.isNameCharacter).count >= 4
      {
        out.append(lines[i] + "，" + below)
        i += 2
        continue
      }
      out.append(lines[i])
      i += 1
    }
    return out
  }

  /// The office the notice says does what a clause's label names (`校考考试时间为` → 校考 → 教务处).
  func agent(of clause: String) -> String? {
    guard let label = NoticeClauses.label(clause) else { return nil }
    if let a = agents.first(where: { label.hasPrefix($0.topic) }) { return a.agent }
    return Self.sharing(label, agents)
  }

  /// `非学位论文线上答辩时间：…` and `线上答辩方式由指导老师进行组织`: the one agent whose work shares
  /// four characters and more with the label, most of the shorter's.
  static func sharing(_ label: String, _ pairs: [(topic: String, agent: String)]) -> String? {
    let sharing = Set(
      pairs.filter { shared(label, $0.topic) >= max(4, (min(label.count, $0.topic.count) + 1) / 2) }.map(\.agent)
    )
    return sharing.count == 1 ? sharing.first : nil
  }

  /// The longest run of characters two names share.
  static func shared(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
    var best = 0
    var row = Array(repeating: 0, count: y.count + 1)
    for i in x.indices {
      var next = Array(repeating: 0, count: y.count + 1)
      for j in y.indices where x[i] == y[j] {
        next[j + 1] = row[j] + 1
        best = max(best, next[j + 1])
      }
      row = next
    }
    return best
  }

  /// `划一次款`, `扣两次款`: a payment verb and its object with at most a count between them.
  static func paysSplit(_ text: String) -> Bool {
    let chars = Array(text)
    return NoticeRules.paymentSplitWords.contains { w in
      chars.indices.contains { k in
        guard chars[k...].starts(with: w.verb) else { return false }
        let between = chars[(k + w.verb.count)..<min(chars.count, k + w.verb.count + w.within)]
        let reach = between.prefix { !"，,；;。、".contains($0) }
        return reach.contains(w.object) && !NoticeRules.notDoneWords.contains { String(chars[..<k]).hasSuffix($0) }
      }
    }
  }

  /// `未能…缴费失败的同学，请于9月2日以后…`: the people a clause picks out (同学) are the subject of
  /// the clause that follows it.
  static func pickedOut(_ clause: String?) -> String? {
    guard let clause, let de = clause.lastIndex(of: "的") else { return nil }
    let who = clause[clause.index(after: de)...]
    guard (1...4).contains(who.count), NoticeRules.groupSuffixes.contains(where: { who.hasSuffix($0) }) else {
      return nil
    }
    return String(who)
  }

  /// The tasks a table row's work cell lists: each dated one read as a sentence; the others, on the
  /// row's dates, a step per doer (the office a task opens with, else the row's), its first task the
  /// title and the rest notes. Conditions (`若…`) and the words before the first number are no tasks.
  mutating func readTasks(_ pieces: [String], row sp: ProseSpan, owner: String?, line: String) {
    var source = [line]
    var byDoer: [(doer: String?, on: ProseSpan?, tasks: [String])] = []
    for piece in pieces {
      let item = NoticeItem(piece)
      guard item.level != nil, !NoticeRules.conditionLeads.contains(where: { item.text.hasPrefix($0) }) else {
        continue
      }
      if !spans(in: item.text).isEmpty, readDated(item.text, line: line, first: !source.isEmpty) {
        source = []
        continue
      }
      let task = String(item.text.prefix { !"；;".contains($0) })
      // `周一各学院统计…`: the day within the row's week leads; the office follows it.
      let weekday = ProseSpanReader(task).weekdayWord(at: 0)
      let lead = weekday.map { task.dropFirst($0.1) } ?? Substring(task)
      let doer = NoticeClauses.owner(atStartOf: lead) ?? NoticeClauses.actingOffice(in: task) ?? owner
      let on = weekday.flatMap { Self.day($0.0, ofWeek: sp) }
      if on == nil, let k = byDoer.firstIndex(where: { $0.doer == doer && $0.on == nil }) {
        byDoer[k].tasks.append(task)
      } else {
        byDoer.append((doer, on, [task]))
      }
    }
    for (doer, on, tasks) in byDoer {
      guard let title = tasks.first else { continue }
      appendRowStep(title: title, owner: doer, on: on ?? sp, source: source, notes: Array(tasks.dropFirst()))
      source = []
    }
  }

  /// The day `weekday` (1 = Monday) of a row dated by one teaching week: its seven days printed with
  /// the week (`6.8-6.14 第15周`), or the week alone; nil for any other span.
  static func day(_ weekday: Int, ofWeek sp: ProseSpan) -> ProseSpan? {
    guard let to = sp.to, let week = sp.from.week ?? to.week, sp.edge == .none else { return nil }
    var one = sp
    one.to = nil
    guard sp.from.hasDate else {
      guard !to.hasDate, sp.from.week == to.week else { return nil }
      one.from.weekday = weekday
      return one
    }
    guard let m = sp.from.month, let d = sp.from.day, let tm = to.month, let td = to.day else { return nil }
    let length = CivilDate.daysIn(year: sp.from.year ?? 2001, month: m)
    guard (tm == m ? td - d : td + length - d) == 6 else { return nil }
    let day = d + weekday - 1
    one.from = ProsePoint(
      year: sp.from.year,
      month: day > length ? m % 12 + 1 : m,
      day: day > length ? day - length : day,
      week: week,
      weekday: weekday
    )
    return one
  }

  /// A step a table row makes on its date cell's days.
  mutating func appendRowStep(title: String, owner: String?, on sp: ProseSpan, source: [String], notes: [String] = []) {
    var step = NoticeDraft.Step(
      name: NoticeClauses.stepName(title: title, form: nil, school: school),
      title: title,
      owner: owner,
      dates: SpanPhrases.stepLines(sp),
      source: source
    )
    step.notes = notes
    step.days = sp.ends
    step.fromTable = true
    draft.items.append(.step(step))
  }
}

extension NoticeImporter {
  /// `登录成绩截止日:毕业班:1月15日 23:59 非毕业班:1月17日 23:59`: days listed under a label that says
  /// they close something, each behind a label of its own, are dues. Walks back from the `k`th span past
  /// such labels and the days listed before it to the label they are under.
  static func closesUnderLabel(_ chars: [Character], _ spans: [ProseSpan], _ k: Int) -> Bool {
    guard spans.indices.contains(k) else { return false }
    var end = spans[k].lower
    var j = k
    while true {
      while end > 0, chars[end - 1] == " " { end -= 1 }
      // A label of its own (`非毕业班:`), short.
      if end > 0, ":：".contains(chars[end - 1]) {
        let name = chars[..<(end - 1)].reversed().prefix { NoticeClauses.isNameCharacter($0) }
        if (1...6).contains(name.count), end - 1 - name.count > 0,
          case let before = chars[end - 2 - name.count], ":： ".contains(before) || before.isNumber
        {
          end -= name.count + 1
          continue
        }
      }
      // A day listed before it under the same label.
      if j > 0, spans[j - 1].upper == end || chars[spans[j - 1].upper..<end].allSatisfy({ $0 == " " }) {
        j -= 1
        end = spans[j].lower
        continue
      }
      break
    }
    return end < spans[k].lower && NoticeRules.namesClosing(String(chars[..<end]))
  }

  /// `开学日为107年2月26日(一),请于开学日前完成注册缴费`: a day the sentence names (`…日为`), then dates
  /// work before by that name, is the work's due.
  static func dueByItsName(_ chars: [Character], _ sp: ProseSpan, after start: Int) -> Bool {
    var e = sp.lower
    while e > start, "为是：: ".contains(chars[e - 1]) { e -= 1 }
    guard e < sp.lower, e > start, chars[e - 1] == "日" else { return false }
    var b = e - 1
    while b > start, e - b < 3, NoticeClauses.isNameCharacter(chars[b - 1]) { b -= 1 }
    guard e - b >= 2, sp.upper < chars.count else { return false }
    let name = String(chars[b..<e])
    let rest = String(chars[sp.upper...].prefix { $0 != "。" })
    // `在注册日前一天(即8月23日)`: a day counted back from it is another day.
    return ["前", "之前", "以前"].contains { w in
      rest.ranges(of: name + w).contains { r in
        !(rest[r.upperBound...].first.map { $0.isNumber || "一两几".contains($0) } ?? false)
      }
    }
  }
}
