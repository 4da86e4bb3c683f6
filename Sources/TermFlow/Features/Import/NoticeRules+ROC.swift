/// Notices from Taiwan count their years from 民国 (`113年9月9日`, `112學年度`).
extension NoticeRules {
  /// Taiwan's years count from 1912 (民国): three digits from 80 to 150 name 1991 to 2061, and no other
  /// year a notice would print.
  static let rocYears = 80...150
  static let rocEpoch = 1911

  /// Whether `text` counts years from 民国 as Taiwan does: three digits from 80 to 150, not part of a
  /// longer number, before 年 and a month's digit or before 学年 (`113年9月9日`, `112学年度`); not
  /// `120学分` or `建校100年`.
  static func countsROCYears(_ text: String) -> Bool {
    let c = Array(text.unicodeScalars)
    let isDigit = { (u: Unicode.Scalar) in ("0"..."9").contains(u) }
    var k = 0
    while k + 4 < c.count {
      if isDigit(c[k]), isDigit(c[k + 1]), isDigit(c[k + 2]), k == 0 || !isDigit(c[k - 1]),
        c[k + 3] == "年" && isDigit(c[k + 4]) || c[k + 3] == "学" && c[k + 4] == "年",
        let n = Int(String(String.UnicodeScalarView(c[k..<k + 3]))), rocYears.contains(n)
      {
        return true
      }
      k += 1
    }
    return false
  }
}
