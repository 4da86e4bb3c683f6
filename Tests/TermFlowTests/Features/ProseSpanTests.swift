import Testing

@testable import TermFlow

/// The notice reader's date phrases: every range form, week-first dates, times in words and edges, as
/// the corpus (Tests/Corpus/notices) prints them. Each case: the text, and the spans read from it.
struct ProseSpanTests {
  static func show(_ p: ProsePoint) -> String {
    var s = ""
    if let y = p.year { s += "\(y)-" }
    if let m = p.month, let d = p.day { s += "\(m)-\(d)" }
    if let w = p.week { s += "w\(w)" }
    if let d = p.weekday { s += ".\(d)" }
    if let t = p.time { s += "@" + t.clock }
    return s
  }

  static func show(_ spans: [ProseSpan]) -> String {
    spans.map { s in
      var out = show(s.from)
      if let t = s.to { out += ".." + show(t) }
      if s.edge == .before { out += " before" }
      if s.edge == .after { out += " after" }
      if s.sinceNow { out += " since-now" }
      return out
    }.joined(separator: "; ")
  }

  static let cases: [(String, String)] = [
    ("报名时间：3月2-6日", "3-2..3-6"),
    // The weeks and weekdays of a range's days, listed in a bracket after it, are no other span.
    ("考试调整在2月26日-27日(第一周星期六、第二周星期天)进行", "2-26..2-27"),
    ("时间：2019年3月15- 22日", "2019-3-15..2019-3-22"),
    ("送审 9月21-9月24日", "9-21..9-24"),
    // A page that lost 年 and 月: the end of a range is the reading after its start; alone, `111日` is
    // 1月11日 or 11月1日 and is not read.
    ("考试时间从20191229日开始至111日结束", "2019-12-29..2020-1-11"),
    ("归档截止日期118日", ""),
    ("补考安排在911-15日进行", "9-11..9-15"),
    ("请于99日上午10:00到场，45日内完成", "9-9@10:00"),
    ("可在开学后第一周(即9月2日—9月6日)通过教务系统提出", "9-2w1..9-6w1"),
    ("2019年12月28-1月8日", "2019-12-28..2020-1-8"),
    ("4月1日-4月16日", "4-1..4-16"),
    ("4月17日-19日报名", "4-17..4-19"),
    ("2019年3月4日12:00——2019年3月9日9:00", "2019-3-4@12:00..2019-3-9@09:00"),
    ("3月4日0时至3月8日24时", "3-4@00:00..3-8@24:00"),
    ("9月2日 至 9月6日23时30分", "9-2..9-6@23:30"),
    ("第3-5周（3月11日-29日）", "3-11w3..3-29w5"),
    ("第2-3周", "w2.1..w3.7"),
    ("6月14日（16周星期五）", "6-14w16.5"),
    ("18周--19周（6月24日--7月5日）", "6-24w18..7-5w19"),
    // A range, then another range of days in the same month after 、; a list still runs to its last day.
    ("期末考试时间为2019年7月1日-3日、 8日-10日，共计6天", "2019-7-1..2019-7-3; 2019-7-8..2019-7-10"),
    ("3月8日、9日", "3-8..3-9"),
    // Two week days, then the dates of both in one bracket.
    ("第18周星期一至第19周星期一(6月20日-27日)为全校公共课程考试时间", "6-20w18.1..6-27w19.1"),
    ("第18周星期一至第19周星期五(6月20日至7月1日)为各学院专业课程考试时间", "6-20w18.1..7-1w19.5"),
    ("12月28日~1月8日", "12-28..1-8"),
    ("2019年12月28日~1月8日", "2019-12-28..2020-1-8"),
    ("3月9日12点之前提交", "3-9@12:00 before"),
    ("3月9日中午12点前", "3-9@12:00 before"),
    ("3月9日下午6点", "3-9@18:00"),
    ("2月26日后开课学院", "2-26 after"),
    ("即日起至3月31日", "3-31 before since-now"),
    ("截止时间：2019年3月9日", "2019-3-9 before"),
    ("9月16日（第2周星期日）前", "9-16w2.7 before"),
    ("第八周周二(11月6日)", "11-6w8.2"),
    ("2019-03-04", "2019-3-4"),
    ("二〇一九年三月四日", "2019-3-4"),
    ("元月6日", "1-6"),
    ("12月24日-元月5日", "12-24..1-5"),
    ("9月26日到9月28日", "9-26..9-28"),
    ("9月26日至28日 17:00", "9-26..9-28@17:00"),
    ("3月4日8:00-12:00", "3-4@08:00..3-4@12:00"),
    ("第16周星期五", "w16.5"),
    ("1月12日中午下班前", "1-12 before"),
    ("交易日期 2021-11-01 14:46:48", ""),
    ("共2门课程，每门80元", ""),
    // A page that lost 年 and 月: read only where the digits split one way.
    ("须在915日前完成", "9-15 before"),
    ("2025331日前", "2025-3-31 before"),
    ("202397日~928日", "2023-9-7..2023-9-28"),
    ("1215日代扣", "12-15"),
    ("111日", ""),
    ("15日", ""),
    // Lists run from the first day to the last, as the language reads them.
    ("3月8日、9日进行考试", "3-8..3-9"),
    ("2025年9月12日、14日", "2025-9-12..2025-9-14"),
    ("线下申请截止时间10月20日", "10-20 before"),
    ("成绩录入截止时间为2020年1月30日下午17点30分", "2020-1-30@17:30 before"),
    ("开学第一周:9月5日至9月8日", "9-5w1..9-8"),
    ("周五(9月22日)前", "9-22 before"),
    ("计划于11周进行", "w11.1..w11.7"),
    ("教学周14周结束", ""),
    ("2月26日(周一)早10:00", "2-26.1@10:00"),
    ("课程结束后至2019年8月2日12:00", "2019-8-2@12:00 before"),
    ("2015、2016、2017级学生", ""),
    ("2021年9月11日(星期六)或12日(星期日)", "2021-9-11.6..2021-9-12"),
    ("参加2017年11月第一周周六的毕业生返校补考", ""),
    ("重修报名时间为202584日至8724時", ""),
    ("所有课程最晚安排在16周(6月28日)", "6-28w16 before"),
    ("各学院于2016年10月31日16:00(第八周周一)之前上交", "2016-10-31w8.1@16:00 before"),
    ("考试调整在2月28日-3月5日(第二周星期一至星期六)进行", "2-28..3-5"),
  ]

  @Test(arguments: cases)
  func reads(_ c: (String, String)) {
    #expect(Self.show(ProseSpanReader.spans(in: c.0)) == c.1, "\(c.0)")
  }
}
