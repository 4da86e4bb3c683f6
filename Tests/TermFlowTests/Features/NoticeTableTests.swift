import Testing

@testable import TermFlow

/// What a table's owner column says about who acts.
struct NoticeTableOwnerTests {
  func draft(_ text: String) -> String {
    NoticeImporter.read(text, source: "n.txt", term: "2013-2014-2", weekOne: CivilDate(year: 2014, month: 2, day: 24))
      .text(.en)
  }

  func step(_ draft: String, titled title: String) -> String {
    guard let r = draft.range(of: "  title \"\(title)\"") else { return "" }
    return String(draft[r.lowerBound...].prefix { $0 != "}" })
  }

  @Test func aRoomInTheOwnerColumnIsWhereNotWho() {
    let d = draft(
      """
      研究生毕业工作流程
      序号 | 项目 | 日期 | 相关部门
      1 | 博士生到教学办申请论文送审 | 4月14日前 | 东主楼10区105
      2 | 导师审阅论文 | 4月20日前 | 办公楼201室
      """
    )
    #expect(step(d, titled: "博士生到教学办申请论文送审").contains("owner 博士生"))
    #expect(!d.contains("owner 东主楼"))
    #expect(!d.contains("owner 办公楼"))
  }

  @Test func anOfficeHandedToInTheOwnerColumnIsTheOfficeConcerned() {
    let d = draft(
      """
      研究生毕业工作流程
      序号 | 项目 | 日期 | 相关部门
      9 | 系务会议审批毕业 | 6月19日前 | 交:管理办
      10 | 分委员会审查学位 | 6月16-19日 | 交:学位办
      11 | 毕业审核 | 6月20日前 | 交通学院
      """
    )
    #expect(step(d, titled: "系务会议审批毕业").contains("owner 管理办"))
    #expect(step(d, titled: "分委员会审查学位").contains("owner 学位办"))
    #expect(step(d, titled: "毕业审核").contains("owner 交通学院"))
  }
}
