/// Whom a notice gives to call: phone numbers and the names before them.
extension NoticeClauses {
  /// Phone numbers: an area code and number (`0535-6916496`), a service line (`4006511512`), or, on a
  /// line that speaks of phoning, a local or mobile number.
  static func phones(in text: String) -> [(number: String, before: Substring)] {
    let chars = Array(text)
    let spoken = NoticeRules.phoneWords.contains { text.contains($0) }
    var out: [(String, Substring)] = []
    var i = 0
    while i < chars.count {
      guard chars[i].isASCII, chars[i].isNumber,
        i == 0 || !(chars[i - 1].isASCII && (chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "-"))
      else {
        i += 1
        continue
      }
      var j = i
      while j < chars.count, chars[j].isASCII, chars[j].isNumber || chars[j] == "-" { j += 1 }
      let number = String(chars[i..<j])
      let followed = j < chars.count && chars[j].isASCII && (chars[j].isLetter || chars[j] == ":")
      if !followed, isPhone(number, spoken: spoken) {
        out.append((number, Substring(String(chars[0..<i]))))
      }
      i = j
    }
    return out
  }

  private static func isPhone(_ n: String, spoken: Bool) -> Bool {
    let parts = n.split(separator: "-", omittingEmptySubsequences: false)
    let digits = n.filter(\.isNumber)
    if parts.count == 2, parts[0].hasPrefix("0"), (3...4).contains(parts[0].count), (7...8).contains(parts[1].count) {
      return true
    }
    if parts.count == 1, digits.count == 10, digits.hasPrefix("400") || digits.hasPrefix("800") { return true }
    guard spoken, parts.count == 1 else { return false }
    return (7...8).contains(digits.count) || digits.count == 11 && digits.hasPrefix("1")
  }

  /// A contact's name from the text before its number: `请致电客服：` → 客服; a school's name in front of
  /// an office is dropped (`滨州医学院计划财务处收费管理科` → 计划财务处收费管理科).
  static func contactName(_ before: Substring) -> String {
    var t = Substring(before.trimmingCharacters(in: .whitespaces)).drop { !isNameCharacter($0) }
    while let last = t.last, !isNameCharacter(last) { t = t.dropLast() }
    for w in ["致电", "联系", "电话"] {
      if let r = t.range(of: w, options: .backwards) { t = t[r.upperBound...] }
    }
    if let r = t.range(of: "学院") ?? t.range(of: "大学"), r.upperBound < t.endIndex {
      let rest = t[r.upperBound...]
      if NoticeRules.ownerSuffixes.contains(where: { rest.dropLast().contains($0) }) { t = rest }
    }
    return identifier(String(t), fallback: "联系人")
  }
}
