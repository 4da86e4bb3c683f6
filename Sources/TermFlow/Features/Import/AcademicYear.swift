/// The term a notice prints: `2018～2019学年第一学期`, `2024-2025-1学期`, `2024-2025(1)`, `2023年秋季学期`.
/// Two years in a row joined by a dash, never a list (`2015、2016、2017级` is the students' years).
struct AcademicYear {
  var first: Int
  var semester: Int?
  /// Where in the text read the term's years end (characters), to read the next one after it.
  var end = 0

  init(first: Int, semester: Int? = nil) { (self.first, self.semester) = (first, semester) }

  init?(in text: String) {
    let s = Array(text)
    func year(_ i: Int) -> Int? {
      guard i >= 0, i + 4 <= s.count, s[i..<i + 4].allSatisfy({ $0.isASCII && $0.isNumber }),
        i == 0 || !(s[i - 1].isASCII && s[i - 1].isNumber), let y = Int(String(s[i..<i + 4])), (1990...2100).contains(y)
      else { return nil }
      return y
    }
    // Taiwan's 民国 academic year: `113學年度第1學期` is 2024-2025's first term, `113-3學年度` its summer's.
    if let r = text.range(of: "学年度") {
      var head = text[..<r.lowerBound]
      var term: Int?
      if let n = head.last?.wholeNumberValue, (1...3).contains(n), head.dropLast().last == "-" {
        term = n
        head = head.dropLast(2)
      }
      let digits = head.reversed().prefix(while: \.isNumber)
      if digits.count == 3, digits.allSatisfy(\.isASCII), let n = Int(String(digits.reversed())),
        NoticeRules.rocYears.contains(n)
      {
        first = n + NoticeRules.rocEpoch
        semester = term ?? Self.semester(String(text[r.upperBound...].prefix(12)))
        end = text.distance(from: text.startIndex, to: r.upperBound)
        return
      }
    }
    var i = 0
    while i + 4 <= s.count {
      if let a = year(i), i + 4 < s.count {
        var j = i + 4
        if "-－—～~至到".contains(s[j]) {
          while j < s.count, "-－—～~至到".contains(s[j]) { j += 1 }
          if let b = year(j), b == a + 1, !(j + 4 < s.count && s[j + 4] == "级") {
            first = a
            let rest = String(s[(j + 4)...].prefix(12))
            semester = Self.semester(rest)
            end = j + 4
            return
          }
        } else if s[j] == "年" {
          let rest = String(s[(j + 1)...].prefix(6))
          if rest.hasPrefix("秋") || rest.hasPrefix("秋季") {
            (first, semester, end) = (a, 1, j + 2)
            return
          }
          if rest.hasPrefix("春") || rest.hasPrefix("春季") {
            (first, semester, end) = (a - 1, 2, j + 2)
            return
          }
          // `2024年夏季学期`: the summer after the spring of that year.
          if rest.hasPrefix("夏季学期") || rest.hasPrefix("夏季小学期") || rest.hasPrefix("暑期学期") {
            (first, semester, end) = (a - 1, 3, j + 2)
            return
          }
          j += 1
        }
      }
      i += 1
    }
    return nil
  }

  /// Every term the text prints, in order (`2021-2022学年第2学期期末考试成绩查询…及2022-2023学年第1学期期初
  /// 补考报名`).
  static func all(in text: String) -> [AcademicYear] {
    var out: [AcademicYear] = []
    var rest = Substring(text)
    while out.count < 8, let a = AcademicYear(in: String(rest)), a.end > 0 {
      out.append(a)
      rest = rest.dropFirst(a.end)
    }
    return out
  }

  /// The autumn term holds August to January (its teaching starts in late August), the spring term
  /// February to July: the semester a month's days are in.
  static func semester(ofMonth m: Int) -> Int { m >= 8 || m == 1 ? 1 : 2 }

  /// The id of the term a day falls in (`2024-9` → `2024-2025-1`, `2025-1` → `2024-2025-1`).
  static func term(ofYear y: Int, month m: Int) -> String {
    let first = m >= 8 ? y : y - 1
    return "\(first)-\(first + 1)-\(semester(ofMonth: m))"
  }

  /// The id of the term a week 1 opens: a Monday from August on opens the autumn's, before it the spring's.
  static func term(openedBy w: CivilDate) -> String {
    w.month >= 8 ? "\(w.year)-\(w.year + 1)-1" : "\(w.year - 1)-\(w.year)-2"
  }

  private static func semester(_ rest: String) -> Int? {
    // `2014-2015学年度第一学期`, `2023-2024学年 第二学期`.
    var r = Substring(rest)
    for w in ["学年度", "学年"] where r.hasPrefix(w) {
      r = r.dropFirst(w.count)
      break
    }
    r = r.drop { $0 == " " }
    for (words, n) in [
      (["-1", "－1", "(1)", "（1）", "第一学期", "第1学期", "秋季", "秋", "上学期", "1学期"], 1),
      (["-2", "－2", "(2)", "（2）", "第二学期", "第2学期", "春季", "春", "下学期", "2学期"], 2),
      // The summer session after the spring term: `112學年度暑期`, `113學年度暑修`.
      (["-3", "第三学期", "第3学期", "夏季", "小学期", "暑期", "暑修", "暑假"], 3),
    ] where words.contains(where: { r.hasPrefix($0) }) {
      return n
    }
    return nil
  }

  /// The calendar year a month falls in: autumn in the first year, spring and summer in the second. A
  /// spring term's notice that dates September to December (`2025-2026学年第二学期教学任务落实工作…至12月
  /// 19日`) plans it in the autumn before.
  /// Whether a month falls outside the named term's season (September to December of a spring term,
  /// March to July of an autumn one).
  func outOfSeason(_ m: Int) -> Bool { semester == 2 && m >= 9 || semester == 1 && (3...7).contains(m) }

  func year(ofMonth m: Int) -> Int {
    if semester == 3 { return first + 1 }
    if semester == 2 { return m >= 9 ? first : first + 1 }
    return m >= 8 ? first : first + 1
  }
}
