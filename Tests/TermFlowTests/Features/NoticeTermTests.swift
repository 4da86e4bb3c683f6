import Testing

@testable import TermFlow

/// The term a notice's draft runs in: as the notice prints it, in mainland or Taiwan's numbering.
struct NoticeTermTests {
  @Test func aTermFinishedOrPlannedNeedsTheWeekdaysOrTheWordsToPickTheYear() {
    // Retakes of last spring's courses in September, no year printed: the autumn before or after.
    let retakes = "各教学院:\n2015-2016学年第二学期课程的补缓考安排如下:\n补缓考时间:开学至第3周(9月5日—9月23日)。\n"
    let d = NoticeImporter.read(retakes, source: "n.txt", term: nil, weekOne: nil).text(.en)
    #expect(!d.contains("week 1 starts 20"))
    #expect(d.contains("# TODO: the notice names term 2015-2016-2 but dates its weeks outside it and prints no year"))
    // Its printed weekdays pick the year (2023-09-19 is a Tuesday).
    let weekdays = "各学院:\n为做好2022-2023学年第二学期的补考工作,安排如下:\n所有考试于第三周周二(9月19日)前组织完成。\n"
    let e = NoticeImporter.read(weekdays, source: "n.txt", term: nil, weekOne: nil).text(.en)
    #expect(e.contains("week 1 starts 2023-09-04"))
  }

  @Test func theTermFromTaiwansAcademicYearOrFromTwoYearsInARow() {
    let read = { (t: String) in AcademicYear(in: t).map { "\($0.first)-\($0.semester ?? 0)" } }
    #expect(read("113学年度第1学期期中退选") == "2024-1")
    // The summer session, by its number or its name; 学年度 written after four-digit years too.
    #expect(read("【公告】113-3学年度暑修申请流程") == "2024-3")
    #expect(read("112学年度暑期重(补)修") == "2023-3")
    #expect(read("关于2014-2015学年度第一学期补考的通知") == "2014-1")
    #expect(read("2023-2024学年 第二学期缓考") == "2023-2")
    #expect(read("2024年夏季学期选课") == "2023-3")
    #expect(read("2024年夏季毕业研究生") == nil)
    let text = "转专业时间安排\n2013-12-04\n一、本学期期末(2013年12月31日以前),各学院受理申请。\n二、2014年1月1日起,教学工作部审核。\n三、12月16日(第16周)公布。\n"
    let d = NoticeImporter.read(text, source: "n.txt", term: nil, weekOne: nil).text(.en)
    #expect(d.contains("term 2013-2014-1 {\n  week 1 starts 2013-09-02"))
  }

  @Test func aPlanForTheYearClosesOnItsDatesWithinAYearOfWeekOne() {
    let text =
      "毕业设计工作安排如下:\n1.2025年5月10日-2025年5月19日,进行毕业设计选题分配。\n2.2025年10月15日-2025年10月25日完成毕业设计终稿。\n3.在2026年4月10日统一安排补答辩。\n"
    let d = NoticeImporter.read(
      text,
      source: "n.txt",
      term: "2024-2025-2",
      weekOne: CivilDate(year: 2025, month: 2, day: 24)
    )
    .text(.en)
    #expect(d.contains("  closes 2025-10-25  # the notice's last date, after the last teaching week\n"))
  }
}
