import Testing

@testable import TermFlow

/// Dates whose labels a page prints under them: a flow chart, a date-and-work table a cell per line.
struct NoticeBelowTests {
  func draft(_ text: String) -> String {
    noticeDraft(text, term: "2024-2025-3", weekOne: CivilDate(year: 2025, month: 6, day: 30))
  }

  func below(_ lines: [String]) -> [String] {
    var written: [String: String] = [:]
    return NoticeImporter.labellingFromBelow(lines, written: &written)
  }

  @Test func aFlowChartsLabelsUnderTheirDatesNameThem() {
    let d = draft("关于暑修的通知\n一、申请流程:\n6月4日(三)\n-\n6月13日(五)\n暑修报名\n↓\n6月9日(一)\n-\n6月18日(三)\n暑修缴费\n二、其他\n")
    #expect(
      d.contains(
        "step 暑修报名 {\n  title \"暑修报名\"\n  owner 待定  # TODO: the sentence names no office\n  start 6月4日\n  due 6月13日\n"
      )
    )
    #expect(d.contains("payment 缴费 {\n  owner 待定  # TODO: the item names no office\n  window 6月9日至6月18日\n"))
    #expect(!d.contains("step 申请流程"))
  }

  @Test func aTableCopiedACellPerLineWithItsDateColumnFirstIsReadByRow() {
    let lines = ["二、工作安排", "时间", "工作内容", "6月4日-6月13日", "报名", "", "6月9日-6月18日", "缴费", "三、其他"]
    #expect(
      below(lines) == [
        "二、工作安排", "时间", "工作内容", "报名:6月4日-6月13日", "缴费:6月9日-6月18日", "三、其他",
      ]
    )
    // A header printed on the first date's line stays a line of its own.
    #expect(
      below(["日期 申请流程 备注 6月4日", "报名", "6月9日", "缴费"]) == [
        "日期 申请流程 备注", "报名:6月4日", "缴费:6月9日",
      ]
    )
  }

  @Test func labelsOverTheirDatesAndLonePairsStayAsTheyAre() {
    let over = ["一、时间", "报名时间", "6月4日-6月13日", "缴费时间", "6月9日-6月18日", "二、其他"]
    #expect(below(over) == over)
    let header = ["工作内容", "时间", "报名", "6月4日", "缴费", "6月9日"]
    #expect(below(header) == header)
    let lone = ["一、时间", "6月4日-6月13日", "报名", "二、其他"]
    #expect(below(lone) == lone)
    let signed = ["请各学院遵照执行。", "2025年6月4日", "教务处", "2025年6月9日", "教务处"]
    #expect(below(signed) == signed)
  }
}
