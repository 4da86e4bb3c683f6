/// A line's item marker, as notices number things: `一、` (a section), `1.` `1、` `第一步：` (an item),
/// `（1）` `(1)` (a sub-item), after a Markdown bullet if any.
struct NoticeItem {
  /// 0 section, 1 item, 2 sub-item; nil for a line with no marker.
  var level: Int?
  var number: String?
  /// The line after its marker.
  var text: String

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
    if s.hasPrefix("第"), let bu = s.firstIndex(of: "步"), s.distance(from: s.startIndex, to: bu) <= 4 {
      let after = s[s.index(after: bu)...]
      if let c = after.first, NoticeRules.itemClosers.contains(c) {
        (level, number, text) = (1, String(s[s.index(after: s.startIndex)..<bu]), String(after.dropFirst()))
      }
      return
    }
    let digits = s.prefix { $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3, let c = s.dropFirst(digits.count).first,
      NoticeRules.itemClosers.contains(c)
    else { return }
    let rest = String(s.dropFirst(digits.count + 1)).drop { $0 == " " }
    // `一、` is a section; `1.` `1、` an item. A date (9月…) never gets here: 月 is no closer.
    let chinese = digits.allSatisfy { $0.unicodeScalars.first.map { ChineseNumerals.value(of: $0) != nil } ?? false }
    (level, number, text) = (chinese ? 0 : 1, String(digits), String(rest))
  }
}
