/// The rows of a notice's table: each row whose time cell holds a date, a step with the row's owner.
extension NoticeImporter {
  /// A row of the last table read: a step when its time cell holds a date.
  mutating func readRow(_ t: NoticeTable, _ cells: [String], line: String) -> Bool {
    if !t.batches.isEmpty { return readRounds(t, cells, line: line) }
    guard let start = t.cell(cells, t.time) else { return false }
    // A range across two columns: the end's cell joined on when it holds a date (`/` holds none).
    let end = t.cell(cells, t.end).flatMap { self.spans(in: $0).isEmpty ? nil : $0 }
    // Its hours from the next column, where that holds no date of its own (`08:00-10:00`).
    let hours = t.cell(cells, t.hours).flatMap { c in
      self.spans(in: c).contains(where: \.from.hasDate) ? nil : c
    }
    let when = end.map { start + "至" + $0 } ?? hours.map { start + " " + $0 } ?? start
    let spans = self.spans(in: when)
    guard var sp = spans.first else { return false }
    // `第13周 | 11.25—12.01`: the row's weeks, in whichever cell holds only them (a merged cell shifts
    // the others), place week 1.
    let onlyWeeks = { (ws: [ProseSpan]) in !ws.isEmpty && ws.allSatisfy { $0.from.week != nil && !$0.from.hasDate } }
    let weekCells = t.weeks && sp.from.hasDate && sp.from.week == nil ? cells.map { self.spans(in: $0) } : []
    if let ws = weekCells.first(where: onlyWeeks), let w1 = ws.first?.from.week,
      let w2 = (ws.last?.to ?? ws.last?.from)?.week
    {
      var from = sp.from
      from.week = w1
      from.weekday = nil
      var to = sp.to ?? sp.from
      to.week = w2
      to.weekday = nil
      sp.weeksAside = [from, to]
    }
    points += sp.points
    for s in spans.dropFirst() { points += s.points }
    stepPoints += sp.ends
    let work =
      t.cell(cells, t.work) ?? cells.enumerated().first { $0.offset != t.time && $0.offset != t.owner }?.element
    // `暑假开始日 | 6月15日`: the term's own day, no work (the row stays, as a comment).
    if let w = work, NoticeRules.namesCalendarDay(NoticeItem(w).text) {
      draft.items.append(.comment(label: "校历", text: line))
      return true
    }
    // `成绩缴交截止日 | 6月22日`: a day the work names as a close is a due.
    if sp.to == nil, sp.edge == .none, let w = work, NoticeRules.namesClosing(NoticeItem(w).text) { sp.edge = .before }
    // `交:管理办`: the office the work is handed to is the one concerned; `东主楼10区105` says where,
    // not who, so the work cell's own subject acts, as with no owner column (`教务处汇总…`).
    let ownerCell = t.cell(cells, t.owner).map(NoticeRules.withoutHandingVerb).flatMap { c in
      NoticeRules.namesRoom(c) ? nil : c
    }
    let owner =
      ownerCell == nil
      ? work.flatMap { NoticeClauses.owner(atStartOf: Substring($0)) } ?? tableAgent
      : ownerCell.flatMap { c in
        // `研究生学院`, `培养单位和研究生学院`: a cell that names an office is that office, not the role its
        // name begins with (研究生); the first of several. (`学位办管理办` is two offices run together.)
        let first = String(c.prefix { !"、，,/及和与".contains($0) })
        let office = { (n: String) in NoticeRules.ownerSuffixes.contains { n.hasSuffix($0) } }
        let acting = NoticeClauses.actingOffice(in: c)
        let named =
          first.count <= 12 && first.allSatisfy(NoticeClauses.isNameCharacter) && office(first)
            && !(acting.map(office) ?? false) ? first : nil
        return named ?? acting ?? NoticeClauses.owner(atStartOf: Substring(c))
          ?? NoticeClauses.identifier(c.prefix { !"、，,/及和".contains($0) }.description, fallback: "")
      }
    // `1.学生上交…; 2.第4周末完成实习报告; 3.指导教师审核…`: a work cell that lists its tasks is a
    // step per task, each with its own doer and, where it prints them, its own dates.
    if t.owner == nil, let work, case let pieces = CopiedText.numberedPieces(work),
      pieces.count >= 2 || NoticeItem(work).level != nil
    {
      readTasks(pieces, row: sp, owner: owner, line: line)
      return true
    }
    appendRowStep(title: work ?? when, owner: owner.flatMap { $0.isEmpty ? nil : $0 }, on: sp, source: [line])
    return true
  }
}
