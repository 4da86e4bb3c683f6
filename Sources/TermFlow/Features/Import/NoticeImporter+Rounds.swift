/// A table of rounds (`时间节点 | 第一批 | 第二批 | 第三批`, `事宜 | 第一次完成时间 | 第二次完成时间`): the
/// work down a column, a date for each round across. Every date cell is a step named by its work and
/// round; a row whose first cell holds a date goes on with the work above (a merged cell:
/// `硕士：1月17日 | 硕士：4月11日 | …`).
extension NoticeImporter {
  mutating func readRounds(_ t: NoticeTable, _ cells: [String], line: String) -> Bool {
    guard let first = cells.first, let workColumn = t.work, cells.indices.contains(workColumn) else { return false }
    let goesOn = !t.roundsDown && !spans(in: first).isEmpty
    let work = goesOn ? lastRoundWork ?? "" : NoticeItem(cells[workColumn]).text
    if !goesOn { lastRoundWork = work }
    var source = [line]
    var made = false
    // A row that goes on from the one above lacks the cells left of its first round.
    let shift = goesOn ? (t.batches.first ?? 1) : 0
    for column in t.batches {
      let k = column - shift
      guard cells.indices.contains(k) else { continue }
      let cell = cells[k]
      let spans = spans(in: cell)
      guard var sp = spans.first else { continue }
      for s in spans { points += s.points }
      stepPoints += sp.ends
      var round = t.names.indices.contains(column) ? t.names[column] : ""
      var work = work
      if t.roundsDown {
        // The column names the work (`学位分会时间`: 学位分会), the row's first cell the round.
        work = NoticeRules.tableTimeHeaders.reduce(round) { $0.replacingOccurrences(of: $1, with: "") }
        round = first
      }
      // What the cell says before its date (`博士：`): whose round it is.
      let whose = String(Array(cell)[0..<min(sp.lower, cell.count)]).filter(NoticeClauses.isNameCharacter)
      if t.dues, sp.to == nil, sp.edge == .none { sp.edge = .before }
      // `缴费期间`: a column of paying windows.
      if t.roundsDown, NoticeRules.namesPaymentOnly(work), sp.edge == .none,
        let window = SpanPhrases.window(sp)
      {
        appendPayment(window: window, source: source, days: sp.ends)
        source = []
        made = true
        continue
      }
      var step = NoticeDraft.Step(
        // The round as a name: `第一次完成时间` → 第一次.
        // The cells copied as written may hold anything (`5/20(一)上午10时`): only a name's characters.
        name: NoticeClauses.stepName(title: work, form: nil, school: school) + whose
          + (NoticeRules.tableTimeHeaders + ["完成"]).reduce(round) { $0.replacingOccurrences(of: $1, with: "") }
          .filter { NoticeClauses.isNameCharacter($0) || $0.isASCII && $0.isNumber },
        title: work + "（" + ([round, whose].filter { !$0.isEmpty }.joined(separator: " ")) + "）",
        // `本校生选课期间`: the column's name says whose work it is.
        owner: t.roundsDown ? NoticeClauses.owner(atStartOf: Substring(work)) : nil,
        dates: SpanPhrases.stepLines(sp),
        source: source
      )
      step.section = sectionTexts.count - 1
      step.days = sp.ends
      step.fromTable = true
      source = []
      draft.items.append(.step(step))
      made = true
    }
    return made
  }
}
