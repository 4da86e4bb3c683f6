import Testing

@testable import TermFlow

/// Students named by their grade act as a group of their own, declared under the name the notice
/// writes and an identifier that does not open with a digit.
struct NoticeGradeTests {
  func draft(_ text: String) -> String {
    noticeDraft(text, term: "2024-2025-1", weekOne: CivilDate(year: 2024, month: 9, day: 2))
  }

  @Test func gradesLabellingALineOwnItsDates() {
    let d = draft(
      """
      关于选课的通知
      二、选课时间
      南校区:2022级、2023级:9月7日9:00——14:00
      北校区:2022级:9月8日15:00——20:00
      """
    )
    #expect(d.contains("owner 学生2022级和2023级 \"2022级、2023级学生\"\n"))
    #expect(d.contains("owner 学生2022级 \"2022级学生\"\n"))
    #expect(d.contains("owner 学生2022级和2023级\n  start 9月7日 09:00\n"))
    #expect(d.contains("owner 学生2022级\n  start 9月8日 15:00\n"))
  }

  @Test func aGradeAndItsKindOpeningAClauseAct() {
    let d = draft("关于报到的通知\n一、2020级新生于10月12日报到。\n二、请2013、2014级学生于9月20日前完成选课。\n")
    #expect(d.contains("owner 新生2020级 \"2020级新生\"\n"))
    #expect(d.contains("owner 学生2013和2014级 \"2013、2014级学生\"\n"))
    #expect(d.contains("owner 新生2020级\n  on 10月12日"))
  }

  @Test func gradesBeforeTheNextDateAreThatDatesNotThisOnes() {
    let d = draft("关于考试的通知\n2.大学体育考试时间:14级12月7日-11日,15级12月14日-18日进行。\n")
    #expect(d.contains("owner 学生14级\n  start 12月7日\n"))
    #expect(d.contains("owner 学生15级\n  start 12月14日\n"))
  }

  @Test func anItemNamingSeveralGradesIsTheirKindsWhereALineNamesNone() {
    let d = draft(
      """
      关于选课的通知
      2、选课时间
      (1)正选时间
      2016级:2016年12月26日18:00--21:20。2016级学生按分片区选课时间上网选课。
      2015级:2016年12月27日18:00--21:20。2015级学生按分片区选课时间上网选课。
      (2)补退选时间
      2016年12月29日13:00--2017年1月9日13:00
      """
    )
    #expect(d.contains("owner 学生2016级\n  start 2016年12月26日 18:00"))
    #expect(d.contains("owner 学生2015级\n  start 2016年12月27日 18:00"))
    #expect(d.contains("owner 学生\n  start 2016年12月29日 13:00"))
  }

  @Test func gradesThatNameNoOneAreNoOwner() {
    #expect(NoticeClauses.gradeGroup(ArraySlice(Array("2022级课程表"))) == nil)
    #expect(NoticeClauses.gradeGroup(ArraySlice(Array("2022年9月"))) == nil)
    #expect(NoticeClauses.gradeGroup(ArraySlice(Array("2022级学生的成绩"))) == nil)
    #expect(NoticeClauses.gradeGroup(ArraySlice(Array("2022级："))).map(\.name) == "2022级学生")
  }

  @Test func 非BeforeGradesNamesEveryGradeButThoseAndWindowsAfterACommaShareIt() {
    let d = draft(
      """
      关于选课的通知
      二、时间安排
      非2017级的研究生为2024年9月13日18:00至9月14日14:00,9月14日18:00至9月18日08:00
      2017级研究生为2024年9月14日18:00至9月18日08:00
      """
    )
    #expect(d.contains("owner 研究生非2017级 \"非2017级的研究生\"\n"))
    #expect(d.contains("owner 研究生非2017级\n  start 2024年9月13日 18:00\n"))
    #expect(d.contains("owner 研究生非2017级\n  start 9月14日 18:00\n"))
    #expect(d.contains("owner 研究生2017级\n  start 2024年9月14日 18:00\n"))
  }
}
