/// A draft's dates the term cannot hold (a date in another term, a week past the term's last): the
/// step keeps its place and its sentence, and the date becomes a TODO that says what the calendar
/// said, so the draft checks once week 1 is known and nothing is dropped or guessed.
enum NoticeDraftDates {
  /// The date lines (a step's `start`, `due`, `on`, a payment's `window`) to turn into TODOs, by
  /// 1-based line, with the reason. A payment has no meaning without its window: one whose window the
  /// term cannot hold becomes a step, its fees and channels TODOs, until the office mends the date.
  static func demote(_ text: String, _ lines: [Int: String]) -> String {
    guard !lines.isEmpty else { return text }
    var out: [Substring] = []
    var payment: Int?
    var unpaid: [Int] = []
    for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.hasPrefix("payment ") { payment = out.count }
      if line == "}" { payment = nil }
      let body = line.drop { $0 == " " }
      guard let why = lines[k + 1], ["start ", "due ", "on ", "window "].contains(where: { body.hasPrefix($0) }) else {
        out.append(line)
        continue
      }
      if body.hasPrefix("window "), let p = payment { unpaid.append(p) }
      out.append(Substring("  # TODO: \(body): \(why)"))
    }
    for p in unpaid {
      out[p] = "step" + out[p].dropFirst("payment".count)
      var k = p + 1
      while k < out.count, out[k] != "}" {
        let body = out[k].drop { $0 == " " }
        if body.hasPrefix("fee ") || body.hasPrefix("channel ") { out[k] = "  # TODO: payment's \(body)" }
        k += 1
      }
    }
    return out.joined(separator: "\n")
  }
}
