import Testing

@testable import TermFlow

/// Times and dates as notices write them in words and numerals, read to the moment they mean.
struct ChineseTimeTests {
  @Test func timesInWords() {
    func read(_ s: String) -> String? { Parser.chineseTime(s).map { "\($0.hour):\($0.minute)" } }
    #expect(read("下午5点") == "17:0")
    #expect(read("下午5点半") == "17:30")
    #expect(read("下午5点30分") == "17:30")
    #expect(read("上午8:30") == "8:30")
    #expect(read("中午12点") == "12:0")
    #expect(read("晚上9点") == "21:0")
    #expect(read("下午12点") == "12:0")
    #expect(read("17:00") == nil)
    #expect(read("下午五点") == nil)
  }

  @Test func datesInNumerals() {
    func read(_ s: String) -> String? {
      guard case .calendar(let y, let m, let d, let w)? = Parser.parseChineseDate(s) else { return nil }
      return "\(y.map { "\($0)" } ?? "-")/\(m)/\(d)" + (w.map { " w\($0.week)d\($0.weekday)" } ?? "")
    }
    #expect(read("９月１６日") == "-/9/16")
    #expect(read("二〇一八年九月十六日") == "2018/9/16")
    #expect(read("九月二十日（第3周星期四）") == "-/9/20 w3d4")
    #expect(read("第八周周二(11月6日)") == "-/11/6 w8d2")
    #expect(read("十三月一日") == "-/13/1")
  }
}
