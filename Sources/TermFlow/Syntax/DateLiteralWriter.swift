/// Writes a date in the form another literal already uses, for `roll`: the same digits (ASCII,
/// fullwidth or Chinese numerals), the same padding, the same brackets and week phrase. Only the
/// year, month and day numbers change; everything else in the literal is kept as written.
enum DateLiteralWriter {
  /// `literal` re-written for `date`. `rangeStartMonth` is the month the literal's range starts in, for
  /// a day written alone (`28日` in `9月26日至28日`): the month is added when the new date leaves it.
  static func rewrite(_ literal: String, to date: CivilDate, rangeStartMonth: Int? = nil) -> String {
    rewrite(literal, to: [date], rangeStartMonth: rangeStartMonth)
  }

  /// A list (`3月29日、30日`) re-written day by day: the k-th day written takes `dates[k]`, and a day
  /// written alone gains its month when it no longer shares the one before it.
  static func rewrite(_ literal: String, to dates: [CivilDate], rangeStartMonth: Int? = nil) -> String {
    guard let first = dates.first else { return literal }
    if literal.unicodeScalars.first.map({ ("0"..."9").contains($0) }) == true, literal.contains("-"),
      !literal.contains("月")
    {
      return first.description
    }
    let scalars = Array(literal.unicodeScalars)
    var out = String.UnicodeScalarView()
    var k = 0
    var sawMonth = false
    var lastMonth = rangeStartMonth
    var i = 0
    while i < scalars.count {
      guard Lexer.isDateDigit(scalars[i]), i == 0 || !isNumeralContext(scalars[i - 1]) else {
        out.append(scalars[i])
        i += 1
        continue
      }
      var j = i
      while j < scalars.count, Lexer.isDateDigit(scalars[j]) { j += 1 }
      let run = Array(scalars[i..<j])
      let unit = j < scalars.count ? scalars[j] : " "
      let date = dates[min(k, dates.count - 1)]
      let value: Int?
      switch unit {
      case "年": value = date.year
      case "月":
        value = date.month
        sawMonth = true
      case "日", "号":
        if !sawMonth, let m = lastMonth, m != date.month {
          out.append(contentsOf: written(date.month, like: run, year: false).unicodeScalars)
          out.append("月")
        }
        value = date.day
        lastMonth = date.month
        sawMonth = false
        k += 1
      default: value = nil
      }
      if let value {
        out.append(contentsOf: written(value, like: run, year: unit == "年").unicodeScalars)
      } else {
        out.append(contentsOf: run)
      }
      i = j
    }
    return String(out)
  }

  /// A numeral after 第 or 周/期 is a week or a weekday, never part of a date.
  private static func isNumeralContext(_ c: Unicode.Scalar) -> Bool {
    c == "第" || c == "周" || c == "期" || Lexer.isDateDigit(c)
  }

  /// `value` in the style of `run`: ASCII (keeping a leading zero), fullwidth, or Chinese numerals
  /// (a year digit by digit, 二〇一九; a month or day as counted, 二十八).
  static func written(_ value: Int, like run: [Unicode.Scalar], year: Bool) -> String {
    let ascii = String(value)
    guard let first = run.first else { return ascii }
    if ("0"..."9").contains(first) {
      return first == "0" && ascii.count < run.count
        ? String(repeating: "0", count: run.count - ascii.count) + ascii : ascii
    }
    if ("０"..."９").contains(first) {
      var s = String.UnicodeScalarView()
      for c in ascii.unicodeScalars {
        s.append(Unicode.Scalar(c.value - 0x30 + 0xFF10) ?? c)
      }
      return String(s)
    }
    let digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    if year {
      let zero = run.contains("零") ? "零" : "〇"
      return ascii.compactMap { $0.wholeNumberValue }.map { $0 == 0 ? zero : digits[$0] }.joined()
    }
    return counted(value, digits: digits)
  }

  /// 1–99 as counted: 九, 十, 十六, 二十, 三十一.
  private static func counted(_ n: Int, digits: [String]) -> String {
    guard n > 0, n < 100 else { return String(n) }
    let tens = n / 10, ones = n % 10
    let t = tens == 0 ? "" : (tens == 1 ? "" : digits[tens]) + "十"
    return t + (ones == 0 ? "" : digits[ones])
  }
}
