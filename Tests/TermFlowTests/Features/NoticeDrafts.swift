@testable import TermFlow

/// The draft `import` writes for a notice's text, the term and week 1 given as on the command line.
func noticeDraft(_ text: String, term: String, weekOne: CivilDate?) -> String {
  NoticeImporter.read(text, source: "n.txt", term: term, weekOne: weekOne).text(.en)
}

/// The step of a draft whose title line is `title`, from that line to the step's closing brace.
func draftStep(_ draft: String, titled title: String) -> String {
  guard let r = draft.range(of: "  title \"\(title)\"") else { return "" }
  return String(draft[r.lowerBound...].prefix { $0 != "}" })
}
