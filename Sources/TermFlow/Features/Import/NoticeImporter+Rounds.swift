/// A table of rounds (`时间节点 | 第一批 | 第二批 | 第三批`): the work down its first column, a date for
/// each round across. Every date cell is a step named by its work and round; a row whose first cell
/// holds a date goes on with the work above (a merged cell: `硕士：1月17日 | 硕士：4月11日 | …`).
extension NoticeImporter {
  mutating func readRounds(_ t: NoticeTable, _ cells: [String], line: String) -> Bool {
    guard let first = cells.first else { return false }
    let goesOn = !t.roundsDown && !ProseSpanReader.spans(in: first).isEmpty
    let work = goesOn ? lastRoundWork ?? "" : NoticeItem(first).text
    if !goesOn { lastRoundWork = work }
    var source = [line]
    var made = false
    for (k, cell) in cells.enumerated() where goesOn || k > 0 {
      let spans = ProseSpanReader.spans(in: cell)
      guard var sp = spans.first else { continue }
      for s in spans { points += [s.from] + (s.to.map { [$0] } ?? []) }
      stepPoints += [sp.from] + (sp.to.map { [$0] } ?? [])
      let column = goesOn ? k + 1 : k
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
      var step = NoticeDraft.Step(
        name: NoticeClauses.stepName(title: work + whose + round, form: nil, school: school),
        title: work + "（" + ([round, whose].filter { !$0.isEmpty }.joined(separator: " ")) + "）",
        owner: nil,
        dates: SpanPhrases.stepLines(sp),
        source: source
      )
      step.section = sectionTexts.count - 1
      source = []
      draft.items.append(.step(step))
      made = true
    }
    return made
  }
}
