/// Chinese numerals and weekday names as the notices write them (第三周周四, 星期日).
enum ChineseNumerals {
  static func value(of c: Unicode.Scalar) -> Int? {
    switch c {
    // Typed dates often spell zero with the white circle (二○二二年) rather than 〇.
    case "零", "〇", "○": return 0
    case "一": return 1
    case "二", "两": return 2
    case "三": return 3
    case "四": return 4
    case "五": return 5
    case "六": return 6
    case "七": return 7
    case "八": return 8
    case "九": return 9
    case "十": return 10
    default: return nil
    }
  }

  /// Parses `2`, `12`, `三`, `十二`, `二十` (up to 99).
  static func parse(_ s: String) -> Int? {
    if let n = Int(s) { return n }
    var total = 0
    var current = 0
    var any = false
    for c in s.unicodeScalars {
      guard let v = value(of: c) else { return nil }
      any = true
      if v == 10 {
        total += (current == 0 ? 1 : current) * 10
        current = 0
      } else {
        current = v
      }
    }
    return any ? total + current : nil
  }

  /// 1 = Monday … 7 = Sunday (ISO 8601), from the character after 星期 / 周.
  static func weekday(_ c: Unicode.Scalar) -> Int? {
    switch c {
    case "一": return 1
    case "二": return 2
    case "三": return 3
    case "四": return 4
    case "五": return 5
    case "六": return 6
    case "日", "天": return 7
    default: return nil
    }
  }

  static let weekdayNames = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]

  /// 星期一 … 星期日 for 1…7.
  static func weekdayName(_ d: Int) -> String { weekdayNames[max(0, min(6, d - 1))] }
}
