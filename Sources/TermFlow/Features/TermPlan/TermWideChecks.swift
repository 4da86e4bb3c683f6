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
          .error,
          CalendarDiagnostics.termDisagrees,
          "term \(id) starts week 1 on \(monday) here, but on \(seen.monday) in \(seen.file)",
          file: file,
          range: decl.name.range,
          notes: [Diagnostic.Note("one term has one week 1: fix the wrong one, or put the term in a file both use")]
        )
      )
    }
    return out
  }
}
