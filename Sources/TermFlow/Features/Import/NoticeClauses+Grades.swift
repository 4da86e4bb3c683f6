/// Students named by their year of entry (`2022级研究生`, `2022级、2023级：`): a group that acts, as an
/// office does, though its name opens with digits an identifier cannot.
extension NoticeClauses {
  /// The grade group `chars` opens with: the grades, then the kind of students they are
  /// (`2018级三年制高职`, `2020级新生`), or students where a label ends there (`2023级：`); its
  /// name and how many characters it takes. Nil where the grades name no one (`2022级课程`).
  static func gradeGroup(_ chars: ArraySlice<Character>) -> (name: String, length: Int)? {
    // `2022级、2023级` and `2013、2014级`: grades joined, each with 级 or the last one for all.
    var i = chars.startIndex
    var end = i
    while true {
      let digits = chars[i...].prefix { $0.isASCII && $0.isNumber }.count
      guard digits == 2 || digits == 4 else { break }
      var j = i + digits
      if j < chars.endIndex, chars[j] == "级" {
        j += 1
        end = j
      }
      guard j + 1 < chars.endIndex, NoticeRules.nameJoiners.contains(String(chars[j])), chars[j + 1].isNumber else {
        break
      }
      i = j + 1
    }
    guard end > chars.startIndex else { return nil }
    i = end
    let grade = String(chars[chars.startIndex..<i])
    let rest = Array(chars[i...].prefix { isNameCharacter($0) }.prefix(NoticeRules.gradeKindMaxLength))
    let kind = (1...max(1, rest.count)).reversed().lazy.map { String(rest.prefix($0)) }.first { k in
      NoticeRules.gradeKinds.contains { k.hasSuffix($0) }
    }
    if let k = kind, !possesses(chars[(i + k.count)...]) { return (grade + k, i + k.count - chars.startIndex) }
    // Grades alone label what follows them: after a colon, or the date the text was cut before (a date
    // after them in the text is the next item's: `14级12月7日-11日,15级12月14日-18日`).
    guard kind == nil, chars[i...].first.map({ ":：".contains($0) }) ?? true else { return nil }
    return (grade + "学生", i - chars.startIndex)
  }

  /// The subject `name` found first in an item's text is the item's, unless it is one of several
  /// grades the item names: each labels its own line, and the item's other dates are all of their
  /// kind's (`2016级学生…;2015级学生…;补退选时间…` → 学生).
  static func itemSubject(_ name: String, in text: String) -> String {
    guard gradeIdentifier(name) != nil else { return name }
    let chars = Array(text)
    var i = 0
    while i < chars.count {
      guard chars[i].isASCII, chars[i].isNumber, let group = gradeGroup(chars[i...]) else {
        i += chars[i...].prefix(while: isGradeCharacter).count + 1
        continue
      }
      if group.name != name {
        return String(name.drop { isGradeCharacter($0) || NoticeRules.gradesExcept.contains($0) }.drop { $0 == "的" })
      }
      i += group.length
    }
    return name
  }

  /// The identifier of a grade group's name: its kind, then its grades (`2020级新生` → 新生2020级), so
  /// it does not open with a digit; nil for any other name.
  static func gradeIdentifier(_ name: String) -> String? {
    // `非2017级的研究生` → 研究生非2017级: the grades left out are named so.
    let but = name.hasPrefix(NoticeRules.gradesExcept) ? NoticeRules.gradesExcept : ""
    let named = name.dropFirst(but.count)
    guard named.first?.isASCII == true, named.first?.isNumber == true else { return nil }
    let grades = named.prefix(while: isGradeCharacter)
    let kind = named.dropFirst(grades.count).drop { $0 == "的" }
    guard !kind.isEmpty else { return nil }
    // `2013、2014级` → 2013和2014级: an identifier holds no 、.
    let joined = grades.map { $0 == "、" ? "和" : $0 }
    return String((kind + but + joined).filter { isNameCharacter($0) || $0.isNumber })
  }

  /// The grade group `chars` opens with, 非 before it kept (`非2017级的研究生` is every grade but 2017's).
  static func gradeGroupOrOthers(_ chars: ArraySlice<Character>) -> (name: String, length: Int)? {
    let but = chars.starts(with: NoticeRules.gradesExcept) ? NoticeRules.gradesExcept.count : 0
    guard let group = gradeGroup(chars.dropFirst(but)) else { return nil }
    return (String(chars.prefix(but)) + group.name, group.length + but)
  }
}

extension NoticeClauses {
  /// The words after a date up to the next one, less the grades that label that next date
  /// (`14级12月7日-11日,15级12月14日-18日`: 15级 is the second date's, not the first's).
  static func withoutNextGrades(_ after: Substring) -> Substring {
    let start = after.lastIndex(where: { "，,；;、 ".contains($0) }).map { after.index(after: $0) } ?? after.startIndex
    let last = Array(after[start...].filter { !":：".contains($0) })
    guard let group = gradeGroup(last[...]), group.length == last.count else { return after }
    return after[..<start]
  }

  private static func isGradeCharacter(_ c: Character) -> Bool {
    c.isASCII && c.isNumber || c == "级" || NoticeRules.nameJoiners.contains(String(c))
  }
}
