/// A draft's dates the term cannot hold (a date in another term, a week past the term's last): the
/// step keeps its place and its sentence, and the date becomes a TODO that says what the calendar
/// said, so the draft checks once week 1 is known and nothing is dropped or guessed.
enum NoticeDraftDates {
  /// The step date lines (`start`, `due`, `on`) to turn into TODOs, by 1-based line, with the reason.
  static func demote(_ text: String, _ lines: [Int: String]) -> String {
    guard !lines.isEmpty else { return text }
    var out: [Substring] = []
    for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard let why = lines[k + 1] else {
        out.append(line)
        continue
      }
      let body = line.drop { $0 == " " }
      guard ["start ", "due ", "on "].contains(where: { body.hasPrefix($0) }) else {
        out.append(line)
        continue
      }
      out.append(Substring("  # TODO: \(body): \(why)"))
    }
    return out.joined(separator: "\n")
  }
}
