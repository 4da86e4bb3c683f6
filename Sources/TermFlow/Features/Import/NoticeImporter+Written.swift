/// A dated sentence's days as the notice wrote them, and how much else it says.
extension NoticeImporter {
  /// The notice's own phrase for a single day, where the language reads it as written
  /// (`9月16日（第2周星期日）前`, `2018年9月20日 17:00`): the draft then shows the office its own words.
  func asWritten(_ sp: ProseSpan, _ chars: [Character]) -> [(keyword: String, phrase: String)]? {
    guard sp.to == nil, !sp.sinceNow, sp.edge != .after else { return nil }
    let literal = String(chars[sp.lower..<sp.upper])
    let old = ProseDates.find(in: literal)
    guard old.count == 1, let d = old.first, d.start == 0, d.end == literal.utf8.count, d.rangeEnd == nil,
      d.kinds.count == 1
    else { return nil }
    // Only where both readers agree on the day and the time.
    guard case .calendar(let y, let m, let day, _) = d.kind, m == sp.from.month, day == sp.from.day,
      y == sp.from.year, (d.time == nil) == (sp.from.time == nil)
    else { return nil }
    let phrase = d.text + (d.time.map { " " + $0 } ?? "") + (d.before ? "前" : "")
    return [(d.before || sp.edge == .before ? "due" : "on", phrase)]
  }

  /// A payment window in the notice's own words where the language reads them (`9月26日到9月28日`).
  func windowAsWritten(_ sp: ProseSpan, _ chars: [Character]) -> String? {
    let literal = String(chars[sp.lower..<sp.upper])
    guard let d = ProseDates.find(in: literal).first, d.start == 0, let end = d.rangeEnd, sp.from.time == nil,
      ["到", "至", "—"].contains(end.word),
      // The language joins a range word to a Chinese date (`9月26日到…`), not to `2024-11-15`.
      d.text.last.map({ $0.isASCII && $0.isNumber }) == false,
      case .calendar(_, let m, let day, _) = d.kind, m == sp.from.month, day == sp.from.day
    else { return nil }
    return d.text + end.word + end.text
  }

  /// Whether the sentence holds nothing but its dates (and brackets, bars and punctuation).
  static func isOnlyDates(_ chars: [Character], _ spans: [ProseSpan]) -> Bool {
    wordsOutside(chars, spans) <= 2
  }

  /// How many name characters the sentence has outside its dates.
  static func wordsOutside(_ chars: [Character], _ spans: [ProseSpan]) -> Int {
    var rest = 0
    var k = 0
    var i = 0
    while i < chars.count {
      if k < spans.count, i == spans[k].lower {
        i = spans[k].upper
        k += 1
        continue
      }
      if NoticeClauses.isNameCharacter(chars[i]) { rest += 1 }
      i += 1
    }
    return rest
  }

  /// Each row joined from cells copied one per line, with its cells as written (a page served in
  /// traditional characters): what the draft quotes for the row.
  static func writtenRows(_ lines: [String], _ copied: [(read: String, written: String)]) -> [String: String] {
    func cellText(_ line: String) -> String {
      String(line.trimmingCharacters(in: .whitespaces).dropLast(line.hasSuffix("|") ? 1 : 0))
        .trimmingCharacters(in: .whitespaces)
    }
    let cells = Dictionary(
      copied.filter { $0.read != $0.written }.map { (cellText($0.read), cellText($0.written)) },
      uniquingKeysWith: { a, _ in a }
    )
    let input = Set(copied.map(\.read))
    var out: [String: String] = [:]
    for line in lines where !input.contains(line) {
      var written = ""
      var rest = Substring(line)
      for cell in NoticeTable.cells(line) {
        guard let w = cells[cell], let found = rest.range(of: cell) else { continue }
        written += rest[..<found.lowerBound] + w
        rest = rest[found.upperBound...]
      }
      if !written.isEmpty { out[line] = written + rest }
    }
    return out
  }
}
