/// The dated sentences and table rows of a notice: each date a step (or a payment window), its
/// owner and title read around it.
extension NoticeImporter {
  /// A sentence with a date becomes a step per date it names, or a payment window; false when it has no
  /// usable date.
  /// `next`: the sentence after it in the same item, whose opening office acts on this one's date
  /// (`考试时间定于3月9日。各学院根据…安排`).
  mutating func readDated(_ sentence: String, line: String, first: Bool, next: String? = nil) -> Bool {
    let spans = Self.openedThenClosed(Array(sentence), spans(in: sentence))
    guard !spans.isEmpty else { return false }
    for sp in spans { points += sp.points }
    let chars = Array(sentence)
    defer { if !draft.items.isEmpty { stepPoints += spans.flatMap(\.ends) } }
    // A line that is only a date is a signature's, unless a heading just above says what it dates.
    let bare = Self.isOnlyDates(chars, spans)
    // A signature's date stands alone; `时间：3月15- 22日` and `2012年7月12日换证` say what they date.
    // (Not a later sentence of a line: `…两个阶段2016年9月5日~2017年元月13日;2017年2月14日~5月27日。`.)
    if bare && first && heading == nil && Self.wordsOutside(chars, spans) == 0 {
      if let d = spans.first?.from, d.year != nil, d.hasDate { noticeDay = d }
      return false
    }
    // Two lines holding only a date, one under the other (a table's start and end cells copied one per
    // line), are one range: the second closes the step the first made.
    if bare, spans.count == 1, let sp = spans.first, sp.to == nil, let prev = previousBare, prev.heading == heading,
      prev.span.to == nil, case .step(var step) = draft.items[prev.index]
    {
      var range = prev.span
      range.to = sp.from
      range.edge = .none
      step.dates = SpanPhrases.stepLines(range)
      step.source.append(line)
      draft.items[prev.index] = .step(step)
      return true
    }
    var source = first ? [line] : []
    var made = false
    // The item's subject, named in an earlier sentence (`学生……。报名时间：3月2-6日`): looked for once.
    var itemOffice: String??
    func subject() -> String? {
      if let known = itemOffice { return known }
      // `(1)2020级本科…申请。` `(2)学生需登录…报名。报名系统开放时间为…`: an earlier sentence of the line
      // that opens with its doer comes before the item's first office.
      let earlier = lineText.dropLast(lineText.isEmpty ? 0 : sentence.count + 1).split(separator: "。").reversed()
      let found =
        earlier.lazy.compactMap { s -> String? in
          let t = NoticeItem(String(s)).text
          return NoticeClauses.owner(atStartOf: Substring(t)).flatMap { o in NoticeClauses.actingOffice(in: t) ?? o }
        }.first
        ?? NoticeClauses.actingOffice(in: itemText).map { NoticeClauses.itemSubject($0, in: itemText) }
      itemOffice = .some(found)
      return found
    }
    let calendar = Self.calendarDefinitions(spans, chars)
    // The owner read for the sentence's last day: a day offered beside it (`11月25日/12月9日`) is its.
    var lastOwner: (owner: String?, fromContext: Bool)?
    for (k, read) in spans.enumerated() where !calendar.contains(k) {
      var sp = read
      if sp.to == nil, sp.edge == .none, Self.closesUnderLabel(chars, spans, k) { sp.edge = .before }
      if sp.to == nil, sp.edge == .none, Self.dueByItsName(chars, sp, after: k > 0 ? spans[k - 1].upper : 0) {
        sp.edge = .before
      }
      // `9.研究生院准备…开始时间` above a line holding only its day: what starts then stays open.
      if bare, sp.to == nil, sp.edge == .none, let h = heading {
        if NoticeRules.openingLabels.contains(where: h.hasSuffix) { sp.edge = .after }
        if NoticeRules.closingLabels.contains(where: h.hasSuffix) { sp.edge = .before }
      }
      let clauseEnd = k + 1 < spans.count ? spans[k + 1].lower : chars.count
      var after = NoticeClauses.withoutNextGrades(Substring(String(chars[min(sp.upper, clauseEnd)..<clauseEnd])))
      while !after.hasPrefix("前往"), let w = NoticeRules.afterDate.first(where: { after.hasPrefix($0) }) {
        after = after.dropFirst(w.count)
      }
      // `笔试:9月17日上午,上机考试:…`: the part of the day after the last date is that date's.
      let beforeStart = k > 0 ? spans[k - 1].upper : 0
      let before = Self.droppingDayPart(String(chars[beforeStart..<sp.lower]))
      // `9月8日20点前未在教务系统报名的同学，…`: a date that picks out whom the sentence speaks of is
      // no work of its own.
      let rawAfter = String(chars[min(sp.upper, clauseEnd)..<clauseEnd])
      if Self.picksOutWho(before: before, after: rawAfter) { continue }
      // A file's name (`2014年8月21日扣划名单(老生).xls`) or what stands on a day (`截止1210日还有部分学生
      // 未缴交`) dates no work.
      let upTo = rawAfter.prefix { !"，,；;。".contains($0) }
      // `2月26日(週一)為…學期開學日`: the term's first day, a Monday, is week 1's.
      if sp.to == nil, Self.opensTerm(upTo), let first = Self.firstDayOfTerm(sp.from) { points.append(first) }
      if NoticeRules.fileExtensions.contains(where: { upTo.lowercased().contains($0) })
        || NoticeRules.statusWords.contains(where: { rawAfter.drop { "，, ".contains($0) }.hasPrefix($0) })
        || NoticeRules.holidayEnds.contains(where: { upTo.hasSuffix($0) })
        || NoticeRules.pastLeads.contains(where: { before.hasSuffix($0) })
        // `星期一(12月31日)考试时间调整至第十七周星期六(12月29日)`: the day moved from is no longer one.
        || k + 1 < spans.count && NoticeRules.movedTo.contains(where: { upTo.contains($0) })
        || Self.calendarsOwn(bare && before.isEmpty ? heading ?? "" : before, upTo) || Self.startsHoliday(rawAfter)
      {
        continue
      }
      if Self.signsOff(before) {
        if sp.from.year != nil, sp.from.hasDate { noticeDay = sp.from }
        continue
      }
      // `…元月5日。教师任课表经质量科审核后,各系、部教学秘书在…录入`: past a clause that says after what,
      // the next clause's subject acts.
      let pastAfter = Self.pastTimeAdverb(String(after))
      var owner = NoticeClauses.owner(atStartOf: after)
      if pastAfter.count < after.count, let o = NoticeClauses.owner(atStartOf: pastAfter) {
        owner = o
        after = pastAfter
      }
      // The words after the owner the clause opens with, past an opener before it (`请各学院提交`).
      func past(_ o: String) -> Substring {
        guard let r = after.range(of: o), after.distance(from: after.startIndex, to: r.lowerBound) <= 6 else {
          return after.dropFirst(o.count)
        }
        return after[r.upperBound...]
      }
      // `9月7日-9月11日学生已返校，各院部教学检查小组…`: a subject in a state (已…) does not act.
      if let o = owner, past(o).hasPrefix("已") { owner = nil }
      // `3月9日，学生退、补选后达不到…的教学班，由课程开设单位…合并`: a date standing as the sentence's
      // topic is the day of the work its 由 names the doer of.
      if "，,".contains(chars[min(sp.upper, chars.count - 1)]), sp.upper < chars.count,
        let agent = NoticeClauses.agents(in: String(chars[sp.upper...]), topics: false).first?.agent
      {
        owner = agent
      }
      // Whether the owner comes from the item's other sentences, not this one.
      var fromContext = false
      if let o = owner {
        // `各系、部认真核对…`, `教务处和研究生院将…`: the first of several doers owns the step, and the
        // title keeps them all.
        let rest = past(o)
        if !NoticeRules.nameJoiners.contains(where: { rest.hasPrefix($0) }) { after = rest }
      } else {
        // The clause the date is in names its subject nearest (`…或学生提出申请后…，应由任课教师在9月9日…`).
        let clauses = before.split(whereSeparator: { "，,；;".contains($0) }).map(String.init)
        let clause = clauses.last ?? before
        // `请各教学单位通知本单位的班长或学习委员于4月7日…`: those an office has act do the work.
        let told = NoticeRules.causativeVerbs.compactMap { clause.range(of: $0, options: .backwards)?.upperBound }.max()
        // `2025届本科生毕业设计(论文)答辩工作将于6月2日…进行。请各学院…`: the work is the subject; the
        // students before it say whose work it is, and the doer is the next sentence's (an office before
        // it runs it: `数理教学部…补考工作将于…`).
        let workLeads =
          NoticeRules.workAsSubject(clause)
          && NoticeClauses.actingOffice(in: clause).map(NoticeRules.isStudentGroup) == true
        let nearestSubject = clauses.reversed().lazy.compactMap { c -> String? in
          // `硕士生中期考核由各培养单位组织`: the one 由 names acts; the clause's opening is its topic.
          if let agent = NoticeClauses.agents(in: c, topics: false).first?.agent { return agent }
          // `2.学籍科指导学生…并汇总`: a numbered line's first clause opens with its number.
          guard let o = NoticeClauses.owner(atStartOf: Substring(NoticeItem(c).text)),
            NoticeRules.knownOwners.contains(o) || o.hasPrefix("各")
          else {
            return nil
          }
          // Its whole name (`各院部教学检查小组`), not a group it names further on.
          return NoticeClauses.actingOffice(in: c).flatMap { $0.hasPrefix(o) ? $0 : nil } ?? o
        }.first
        let nextOwner = next.flatMap { NoticeClauses.owner(atStartOf: Self.pastTimeAdverb($0)) }
        let inClause: String? =
          (workLeads ? nextOwner ?? NoticeClauses.actingOffice(in: String(after)) : nil)
          ?? told.flatMap { NoticeClauses.actingOffice(in: String(clause[$0...])) }
          ?? NoticeClauses.actingOffice(in: clause)
          // (`请答辩秘书…`: a role the clause opens with acts itself, whoever the notice says picks it.)
          ?? NoticeClauses.role(atStartOf: clause)
          ?? agent(of: clause) ?? Self.pickedOut(clauses.dropLast().last)
        owner =
          inClause
          // `学生持…备案,开课单位务必认真审核后将…,于3月17日前…`: the clause before that opens with its
          // subject, nearest first; a subject a sentence names holds over the clauses after it.
          ?? nearestSubject
          ?? NoticeClauses.actingOffice(in: before)
          ?? NoticeClauses.owner(atStartOf: Substring(before))
          // `…完成工作,并于4月25日前将研究生考核表报送…`: a clause 并 joins on keeps the doer before it;
          // what 将 leads to after the date is handled, not its handler.
          ?? (clause.hasPrefix("并") && k > 0 ? lastOwner?.0 : nil)
          ?? (Self.forWhom(after) || "将把".contains(after.first ?? " ")
            ? nil : NoticeClauses.actingOffice(in: String(after)))
          // `7.学位评定分委员会召开时间` above a line holding only its dates: the heading's subject, unless
          // the notice gives that work to someone (`教师用书` over `教师用书由各二级学院(部)指定专人…领取`).
          ?? (bare ? heading.flatMap { agent(of: $0) ?? NoticeClauses.owner(atStartOf: Substring($0)) } : nil)
        // The students whose work it is still do not act when nothing nearer names the doer: the item
        // or its section does (`各学位点主建学院组织…答辩;` … `研究生学位论文答辩工作于5月27日前完成。`).
        if workLeads, let o = owner, NoticeRules.isStudentGroup(o) { owner = nil }
        if owner == nil {
          // A table's date cell copied onto a line of its own: the office the sentence above the table
          // names runs it.
          // `一、重修考试` … `重修考试、期末考试由课程承担系部负责组织实施`: whom the notice gives the
          // work its heading names.
          let headed = heading.flatMap { agent(of: $0) } ?? sectionHeading.flatMap { agent(of: $0) }
          owner = (bare ? tableAgent : nil) ?? headed ?? subject() ?? nextOwner
          fromContext = owner != nil
        }
      }
      // `…为9月13日18:00至9月14日14:00,9月14日18:00至…`: a second window listed after a comma, naming no
      // doer of its own, is the first's too.
      if k > 0, let last = lastOwner, case let between = chars[spans[k - 1].upper..<sp.lower],
        between.allSatisfy({ "/和或及、 ".contains($0) })
          || (owner == nil || fromContext) && between.allSatisfy({ ",， ".contains($0) }) && !between.isEmpty
      {
        (owner, fromContext) = last
      }
      lastOwner = (owner, fromContext)
      after = Substring(Self.droppingDayPart(String(after)))
      var clause = after.prefix { !"，,；;。".contains($0) }
      // `笔试:9月17日上午,上机考试:9月17日…`: a label running up to the next date is that date's.
      if k + 1 < spans.count, clause.count == after.count, clause.hasSuffix(":") || clause.hasSuffix("：") {
        clause = clause.prefix(0)
      }
      // `截止到9月8日14:00,如果某门课程选课人数达不到…,则课程停开`: what happens then if a condition
      // holds is no one's work.
      if NoticeRules.conditionLeads.contains(where: { clause.hasPrefix($0) }) { continue }
      // `…17点,未在网上报名的学生不能交费注册`: what befalls those who do not is no work of the day's.
      if NoticeRules.consequenceLeads.contains(where: { clause.hasPrefix($0) }) { clause = clause.prefix(0) }
      let clauseLength = clause.count
      // `至8月2日12:00(期末考试后15个工作日)`: an aside right after the date says nothing of the work;
      // it names the step only when nothing else does.
      var aside: String?
      if let open = clause.first, "(（".contains(open), let close = clause.firstIndex(where: { ")）".contains($0) }) {
        aside = String(clause[...close])
        clause = clause[clause.index(after: close)...]
      }
      // `新校区:10月、11月的每周一、三、五的9:00至16:00`: when in the span, a note.
      var schedule: String?
      if let (hours, rest) = NoticeClauses.schedule(opening: clause) {
        schedule = String(hours)
        aside = (aside ?? "") + hours
        clause = rest
      }
      // `最晚安排在16周(6月28日)，例如，…`: an example that follows says nothing of the work.
      if ["例如", "比如", "如"].contains(String(clause)) { clause = "" }
      // `7月30日和8月19日分两次划转…`: days joined by 和/及/或 share the work said after the last.
      var j = k
      while clause.allSatisfy({ "和及与或、 ".contains($0) }), !clause.isEmpty, j + 1 < spans.count {
        j += 1
        let end = j + 1 < spans.count ? spans[j + 1].lower : chars.count
        clause = Substring(String(chars[min(spans[j].upper, end)..<end])).prefix { !"，,；;。".contains($0) }
      }
      // A window of days to pay in (`缴费时间：3月16日-3月18日`, `9月6日银行代扣`): a payment.
      // A form's name (《重新学习费缴费汇总表》) is handed over, not paid: it does not make a payment.
      let label = NoticeClauses.label(before) ?? (bare ? heading : nil) ?? ""
      let around = NoticeClauses.withoutForms(label + String(clause))
      // Under `二、缴费对象及时间`, each group's dated line (`非毕业班学生:周五(10月9日)至…`) is its window:
      // a line that names only whose window it is, no work of its own (`考试:9月1日`).
      // (`2.缴费对象及时间` in a notice that numbers its sections so: the item's own first sentence.)
      let section = String(sectionTexts.last?.prefix { $0 != "。" }.prefix(24) ?? "")
      let item = String(itemText.prefix { $0 != "。" }.prefix(24))
      let whose = label.prefix { !"(（".contains($0) }
      let paysHere =
        [section, item, groupHeading ?? ""].contains { h in
          NoticeRules.payingHeadingWords.contains { h.contains($0) }
            && NoticeRules.timeLabels.contains { h.contains($0) }
        }
        && (NoticeRules.isStudentRole(String(whose)) || NoticeRules.isCampus(String(whose)))
        && ["", "结束", "止", "截止"].contains(String(clause))
      // `…为英语四级报名时间,…学生持本人一卡通…报名付款`, `…,订购了教材的同学需在上述时间到图书馆A111付款`: a
      // later clause of the sentence, with no day of its own, that pays for the registering or in the
      // time above.
      // The sentence's words after its last day are said of each of its days.
      let stop = chars[sp.upper...].firstIndex(of: "。") ?? chars.count
      let tail = spans.last { $0.lower < stop }.map { max($0.upper, sp.upper) } ?? sp.upper
      let paysLater = NoticeRules.paysForTheAbove(String(clause) + String(chars[min(tail, stop)..<stop]))
      let paying =
        NoticeRules.saysPaying(around) || Self.paysSplit(around) || paysHere
        || underPaymentItem || paysLater || Self.paysBefore(before)
        || Self.paysUnder(label: label, headings: [sectionHeading, itemHeading, groupHeading])
      if paying, sp.sinceNow {
        appendOpenPayment(sp, title: String(clause), source: source)
        source = []
        made = true
        continue
      }
      if paying, sp.edge == .none, !sp.sinceNow, let window = windowAsWritten(sp, chars) ?? SpanPhrases.window(sp) {
        appendPayment(
          window: window,
          source: source,
          named: owner,
          namedHere: !fromContext,
          days: sp.ends,
          schedule: schedule
        )
        source = []
        made = true
        continue
      }
      var title = String(clause).trimmingCharacters(in: .whitespaces)
      // `专业课考试时间定于3月9日进行`: a verb alone after the date says when, the words before it what.
      if NoticeRules.bareVerbs.contains(where: { title.hasPrefix($0) && title.count <= $0.count + 1 }),
        let what = NoticeClauses.whatBefore(before)
      {
        title = what
      }
      // `答辩时间:12月28日至1月18日具体时间详见《…安排表》`: words that send the reader elsewhere are a
      // note; the label before the date names the work.
      if NoticeRules.referrals.contains(where: { title.hasPrefix($0) }) {
        aside = aside.map { $0 + title } ?? title
        title = ""
      }
      // `7月1日-3日、8日-10日`: a second range listed after the first is the same work, on other days;
      // so is one after `;` that says no work of its own (`分为两个阶段2016年9月5日~2017年元月13日;2017年2月
      // 14日~5月27日。`).
      let between = k > 0 ? chars[spans[k - 1].upper..<sp.lower] : []
      // (The sentences of a line are cut at `;`: the range before it is the line's last step.)
      let afterSemicolon = k == 0 && !first && bare
      if let previous = lastStep, draft.items.indices.contains(previous), case .step(let p) = draft.items[previous],
        k > 0 && between.contains("、") && between.allSatisfy({ "、，, ".contains($0) })
          || afterSemicolon && sp.to != nil && p.dates.count == 2
            && title.filter(NoticeClauses.isNameCharacter).count < 2
      {
        title = p.title
      } else if title.filter(NoticeClauses.isNameCharacter).count < 2 {
        // A label that names only a time (`1.时间：`) leaves the what to the heading above.
        let label = NoticeClauses.whatBefore(before).flatMap { NoticeRules.timeLabels.contains($0) ? nil : $0 }
        title = label ?? heading ?? sectionHeading ?? aside ?? lineMarker ?? ""
        if title == aside { aside = nil }
        // `教务处 2019年5月22日`, `研究生院（部）`, `特此通知` above a date: a signature, not a step.
        let signer = title.hasSuffix(")") || title.hasSuffix("）") ? String(title.prefix { !"(（".contains($0) }) : title
        // (On one line too: `教务处 2025年2月26日`, a name and its dated day and nothing more.)
        let signedOnOneLine =
          first && spans.count == 1 && sp.to == nil && sp.from.year != nil
          && chars[sp.upper...].allSatisfy({ $0 == " " })
          && String(chars[..<sp.lower]).trimmingCharacters(in: .whitespaces) == title
        if bare || signedOnOneLine,
          NoticeClauses.owner(atStartOf: Substring(signer)) == signer
            || NoticeRules.closings.contains(where: { title.hasPrefix($0) })
            // `重庆工商大学考点` above `二○一六年十一月三十日`: a school's unit signs with the year.
            || NoticeRules.signs(signer, dated: sp.from.year != nil)
        {
          if sp.from.year != nil, sp.from.hasDate { noticeDay = sp.from }
          continue
        }
      }
      // A date with no one to act and nothing to do (a screenshot's 交易日期 2021-11-01) is no step.
      guard owner != nil || title.filter(NoticeClauses.isNameCharacter).count >= 2 else { continue }
      // `12月1日——12月3日：各院部务必于12月3日之前完成…核对工作`: the range's end said again as a due
      // is the same work; what follows it names that work. Another hour of that day is another work's
      // (`…至9月23日上午10时止,退选…至9月23日下午17时截止`).
      if k > 0, sp.to == nil, sp.edge == .before, let end = spans[k - 1].to, end.month == sp.from.month,
        end.day == sp.from.day, sp.from.year == nil || sp.from.year == end.year,
        end.time == nil || sp.from.time == nil || end.time == sp.from.time, let previous = lastStep,
        draft.items.indices.contains(previous), case .step(var p) = draft.items[previous]
      {
        if title.filter(NoticeClauses.isNameCharacter).count > 3 {
          p.title = title
          p.name = NoticeClauses.stepName(title: title, form: nil, school: school)
        }
        draft.items[previous] = .step(p)
        made = true
        continue
      }
      let deliveries = NoticeClauses.deliverables(in: String(after))
      var step = NoticeDraft.Step(
        name: NoticeClauses.stepName(title: title, form: deliveries.first?.form, school: school),
        title: title,
        owner: owner,
        dates: asWritten(sp, chars) ?? SpanPhrases.stepLines(sp),
        source: source
      )
      source = []
      step.section = sectionTexts.count - 1
      step.days = sp.ends
      // A day or a list of days the opening paragraph names may sum up the items, and so may weeks
      // (`于本学期第9-11周开展`); a range of dates or a due it names is work of its own
      // (`期末考试定于12月23日-1月5日举行`).
      let opening = !bodyStarted && table == nil && sp.edge != .before
      step.inPreamble = opening && (sp.to == nil || chars[sp.lower..<sp.upper].contains("、") || !sp.from.hasDate)
      step.rangeInPreamble = opening && !step.inPreamble
      step.level = lineLevel
      step.phase = lineLevel.map { $0 < 2 } == true && spans.count == 1 && sp.to != nil && clause.isEmpty
      if sp.sinceNow { step.sinceNow = sp.from }
      if String(chars[sp.lower..<min(chars.count, sp.upper + 1)]).contains("下班") {
        step.todo = "下班前: the office's closing time, which the notice does not give"
      }
      step.deliveries = deliveries.map { ($0.form, $0.to) }
      if let aside { step.notes.append(aside) }
      let rest = after.dropFirst(clauseLength).drop { "，,；;".contains($0) }
      if !rest.isEmpty, k + 1 == spans.count { step.notes.append(String(rest)) }
      draft.items.append(.step(step))
      lastStep = draft.items.count - 1
      // `…进行结算,…可于当日前往财务部门办理补、退款手续`, `…发放。…领取教材并现场…进行费用结算。`: paying on
      // the work's days, in a later clause or the undated sentence after.
      // (The next sentence is read for its days only where it says so.)
      if tail == sp.upper,
        let pays = Self.paysThen(String(chars[min(tail, stop)..<stop]))
          ?? next.flatMap({ n in Self.paysThen(n).flatMap { self.spans(in: n).isEmpty ? $0 : nil } }),
        let window = windowAsWritten(sp, chars) ?? SpanPhrases.window(sp)
      {
        appendPayment(
          window: window,
          source: [],
          namedHere: false,
          days: sp.ends,
          why: ("TODO: the window of the work above, which the notice pays at (%1)", [pays])
        )
      }
      // Only a line holding nothing but its date may open a range the next such line closes.
      if bare, Self.wordsOutside(chars, spans) == 0 { lastBare = (lastStep ?? 0, sp, heading) }
      made = true
    }
    return made
  }
}
