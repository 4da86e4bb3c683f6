/// A notice often says one deadline twice: in its prose and in its table (`4月3日(含)前完成博士学位论文
/// 提交…` and the table row `学位论文提交 | 博士:4月3日(周四)`). A table's step and a prose step on the
/// same days, dated the same way, whose titles share a run of words are one step said twice: the later
/// is kept as a comment of the draft. Two rows of a table, or two sentences, are two items however
/// alike, unless both print the same hours too (`四级报名:9月12日13:30---9月19日9:00` and, under
/// 报名方式, `9月12日13:30---9月19日9:00为英语四级报名时间`): a window to the minute said again.
extension NoticeImporter {
  mutating func settleRepeats() {
    var kept: [(key: String, title: [Character], fromTable: Bool, hours: [ProseTime?])] = []
    for k in draft.items.indices {
      guard case .step(let s) = draft.items[k], let key = Self.repeatKey(s) else { continue }
      let title = Array(s.title.filter(NoticeClauses.isNameCharacter))
      let hours = s.days.map(\.time)
      let again = kept.contains {
        $0.key == key && ($0.fromTable != s.fromTable || hours.contains { $0 != nil } && $0.hours == hours)
          && Self.sharesWords($0.title, title)
      }
      if again {
        draft.items[k] = .comment(label: "原文", text: s.source.first ?? s.title)
      } else {
        kept.append((key, title, s.fromTable, hours))
      }
    }
  }

  /// The step's days and how it is dated (`due`, `start`/`due`, `on`), or nil when it names no day.
  static func repeatKey(_ s: NoticeDraft.Step) -> String? {
    let days = dayKeys(s.days)
    guard !days.isEmpty else { return nil }
    return days.joined(separator: ",") + " " + s.dates.map(\.keyword).joined(separator: ",")
  }

  /// Whether two titles hold a common run of at least four name characters (学位论文提交).
  static func sharesWords(_ a: [Character], _ b: [Character]) -> Bool {
    guard a.count >= 4, b.count >= 4 else { return false }
    for i in 0...(a.count - 4) {
      let run = a[i..<i + 4]
      for j in 0...(b.count - 4) where b[j..<j + 4].elementsEqual(run) { return true }
    }
    return false
  }
}
