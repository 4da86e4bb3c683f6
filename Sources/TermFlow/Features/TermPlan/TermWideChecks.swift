/// Checks across the workflows of one term, checked together (`check DIR`): what no single file can
/// see. Two workflows that name one term must agree on its week 1, or every date one of them prints
/// is a week off from the other's.
enum TermWideChecks {
  static func check(_ analyses: [Analysis]) -> [Diagnostic] {
    var out: [Diagnostic] = []
    // The first workflow (in the order given) to start each term's week 1, and where it does.
    var first: [String: (monday: CivilDate, file: String)] = [:]
    var reported: Set<String> = []
    for a in analyses {
      guard let (decl, file) = a.term, let monday = a.calendar?.weekOneMonday else { continue }
      let id = decl.name.text
      guard let seen = first[id] else {
        first[id] = (monday, file)
        continue
      }
      // A term file shared by both says it once; only a second declaration can disagree.
      guard seen.monday != monday, reported.insert("\(id) \(file)").inserted else { continue }
      out.append(
        Diagnostic(
          CalendarDiagnostics.termWeekOneDiffers(term: id, here: monday, there: seen.monday, file: seen.file),
          file: file,
          range: decl.name.range
        )
      )
    }
    out += load(analyses)
    return out
  }

  /// Steps due in the exam weeks, and an office with more deadlines in a week than the term allows,
  /// counted over every workflow: what the 周历 shows an office, warned before it is published.
  static func load(_ analyses: [Analysis]) -> [Diagnostic] {
    var out: [Diagnostic] = []
    var byOwnerWeek: [String: [(step: ScheduledStep, due: Moment, file: String, name: String)]] = [:]
    for a in analyses {
      guard let t = a.timeline else { continue }
      for s in t.steps {
        guard let due = s.due, let week = t.calendar.weekRef(of: due.date)?.week else { continue }
        if let exams = t.calendar.examWeeks, exams.contains(week), s.kind == .step {
          out.append(
            Diagnostic(
              CalendarDiagnostics.dueInExamWeek(step: s.id, week: week, exams: exams),
              file: a.file.name,
              range: s.range
            )
          )
        }
        if t.calendar.ownerLoad != nil, let owner = s.owner {
          byOwnerWeek["\(t.ownerName(owner))\u{0}\(week)", default: []].append(
            (s, due, a.file.name, t.ownerName(owner))
          )
        }
      }
    }
    guard let limit = analyses.lazy.compactMap({ $0.calendar?.ownerLoad }).first else { return out }
    for key in byOwnerWeek.keys.sorted() {
      guard let steps = byOwnerWeek[key], steps.count > limit else { continue }
      let week = key.split(separator: "\u{0}").last.map(String.init) ?? ""
      let ordered = steps.sorted { ($0.due, $0.file, $0.step.id) < ($1.due, $1.file, $1.step.id) }
      // One warning per office and week, at the first deadline past the limit: a few named, the
      // rest counted, so a crowded week never floods the output.
      guard let extra = ordered.dropFirst(limit).first else { continue }
      let names = ordered.prefix(5).map { $0.step.title.isEmpty ? $0.step.id : $0.step.title }
      out.append(
        Diagnostic(
          CalendarDiagnostics.overloaded(owner: extra.name, count: steps.count, week: week, limit: limit, names: names),
          file: extra.file,
          range: extra.step.range
        )
      )
    }
    return out
  }
}
