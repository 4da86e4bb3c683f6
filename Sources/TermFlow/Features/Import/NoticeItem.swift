/// A line's item marker, as notices number things: `一、` (a section), `1.` `1、` `第一步：` (an item),
/// `（1）` `(1)` (a sub-item), after a Markdown bullet if any.
struct NoticeItem {
  /// 0 section, 1 item, 2 sub-item; nil for a line with no marker.
  var level: Int?
  var number: String?
  /// The line after its marker.
  var text: String
  /// A marker that is a word (`第二阶段`, `第一步`): what the line is, where its text says nothing else.
  var named: String?

  init(_ line: String) {
    var s = Substring(line)
    for bullet in ["- ", "* ", "• "] where s.hasPrefix(bullet) { s = s.dropFirst(bullet.count) }
    s = s.drop { $0 == " " }
    text = String(s)
    if let open = s.first, open == "（" || open == "(" {
      let digits = s.dropFirst().prefix { $0.isNumber }
      let after = s.dropFirst(1 + digits.count)
      if !digits.isEmpty, let close = after.first, close == "）" || close == ")" {
        (level, number, text) = (2, String(digits), String(after.dropFirst()))
      }
      return
    }
    // `第一步：` an item; `第一阶段：`, `第二部分：` a section.
    for (word, depth) in [("步", 1), ("阶段", 0), ("部分", 0)] where s.hasPrefix("第") {
      guard let r = s.range(of: word), s.distance(from: s.startIndex, to: r.lowerBound) <= 4 else { continue }
      let after = s[r.upperBound...]
      if let c = after.first, NoticeRules.itemClosers.contains(c) {
        (level, number, text) = (
          depth, String(s[s.index(after: s.startIndex)..<r.lowerBound]), String(after.dropFirst())
        )
        named = String(s[..<r.upperBound])
      }
      return
    }
    let digits = s.prefix { $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3, let c = s.dropFirst(digits.count).first,
      NoticeRules.itemClosers.contains(c),
      // `08:00-10:00` is a time of day, not item 08.
      !(":：".contains(c) && s.dropFirst(digits.count + 1).first?.isNumber == true)
    else { return }
    let rest = String(s.dropFirst(digits.count + 1)).drop { $0 == " " }
    // `一、` is a section; `1.` `1、` an item. A date (9月…) never gets here: 月 is no closer.
    let chinese = digits.allSatisfy { $0.unicodeScalars.first.map { ChineseNumerals.value(of: $0) != nil } ?? false }
    (level, number, text) = (chinese ? 0 : 1, String(digits), String(rest))
  }
}
