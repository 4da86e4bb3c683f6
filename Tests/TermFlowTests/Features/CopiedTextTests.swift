import Testing

@testable import TermFlow

/// Text a web page's copy broke or glossed, read back as the office wrote it.
struct CopiedTextTests {
  @Test func aDateBrokenOverLinesIsJoinedBack() {
    let lines = [
      "1.", "09", "年12", "月1", "日", "——", "12", "月3", "日", ":各院(系)部务必于", "12", "月3", "日", "之前完成核对。", "2.", "其他",
    ]
    #expect(
      CopiedText.joiningBrokenDates(lines) == ["1.09年12月1日——12月3日:各院(系)部务必于12月3日之前完成核对。", "2.", "其他"]
    )
  }

  @Test func aPageInTraditionalCharactersReadsAsSimplifiedAndStaysAsWritten() {
    let lines = CopiedText.lines("張貼期間: 2022/08/01~2023/01/31\n學生著作權")
    #expect(lines.map(\.read) == ["张贴期间: 2022/08/01~2023/01/31", "学生著作权"])
    #expect(lines.map(\.written) == ["張貼期間: 2022/08/01~2023/01/31", "學生著作權"])
    // A page already in simplified characters reads as written, its 著 and 于 included.
    #expect(CopiedText.lines("著作权归于学校").map(\.read) == ["著作权归于学校"])
  }

  @Test func aDateBrokenOverLinesEndingIn号IsJoinedBackAndAFullWidthClockIsAClock() {
    #expect(CopiedText.joiningBrokenDates(["将于", "3", "月24", "号", "(星期六)开始"]) == ["将于3月24号(星期六)开始"])
    #expect(CopiedText.read("自修:03-04 08：00至03-29 16：30") == "自修:03-04 08:00至03-29 16:30")
    #expect(CopiedText.read("缴费时间：3月1日") == "缴费时间：3月1日")
  }

  @Test func aRunOnPageIsCutAtEachItemOfItsOutlineAndBeforeItsSignature() {
    let pad = String(repeating: "并按要求办理", count: 12)
    let line =
      "一、报到 (一)网上流程 1.登录系统\(pad)。 2.上传照片。 (二)现场流程 1.新生9月14日入校。 (1)领取用品; (2)入住。 "
      + "2.报到。 二、要求 请遵照执行。 教务处 2017年9月1日"
    #expect(
      CopiedText.splittingRunOnItems(line) == [
        "一、报到", "(一)网上流程", "1.登录系统\(pad)。", "2.上传照片。", "(二)现场流程", "1.新生9月14日入校。", "(1)领取用品;", "(2)入住。",
        "2.报到。", "二、要求 请遵照执行。", "教务处 2017年9月1日",
      ]
    )
    // A sentence after the last stop is no signature.
    let tail = "一、安排 1.\(pad + pad)。 2.请遵照执行。 学生所在学院教务员收到成绩单后请于2015年3月22日"
    #expect(CopiedText.splittingRunOnItems(tail).last == "2.请遵照执行。 学生所在学院教务员收到成绩单后请于2015年3月22日")
    // Items of one kind numbered 1, 2, 5, then the attachments after them.
    let numbered =
      "各教学单位: 具体事项如下: 1、教务处5月14日前发送。\(pad) 2、各单位5月17日至5月20日核对; 5、财务处: "
      + "(1)5月20日后退费; (2)6月1日后退费。 附: 《反馈汇总表》 2021 年4月17 日"
    #expect(
      CopiedText.splittingRunOnItems(numbered) == [
        "各教学单位: 具体事项如下:", "1、教务处5月14日前发送。\(pad)", "2、各单位5月17日至5月20日核对; 5、财务处:", "(1)5月20日后退费;",
        "(2)6月1日后退费。", "附: 《反馈汇总表》 2021 年4月17 日",
      ]
    )
    // A short line, or one with a single number, stays whole.
    #expect(CopiedText.splittingRunOnItems("报名时间: 1、3月2日") == ["报名时间: 1、3月2日"])
    let one = "说明: 1、" + pad + pad
    #expect(CopiedText.splittingRunOnItems(one) == [one])
  }

  @Test func aFlowChartsRangeWithItsDashOnALineOfItsOwnIsJoinedBack() {
    let lines = ["6月4日(三)", "-", "6月13日(五)", "暑修报名", "↓", "报名截止", "-", "- 想修习暑修课程之学生"]
    #expect(CopiedText.joiningBrokenDates(lines) == ["6月4日(三)-6月13日(五)", "暑修报名", "↓", "报名截止", "-", "- 想修习暑修课程之学生"])
  }

  @Test func aSignatureOnOneLineIsNoStep() {
    let d = noticeDraft(
      "关于补考的通知\n各学院:\n一、考试时间\n1.公共课考试时间定于2025年3月8日进行。\n教务处 2025年2月26日\n",
      term: "2024-2025-2",
      weekOne: CivilDate(year: 2025, month: 2, day: 24)
    )
    #expect(!d.contains("step 教务处"))
    #expect(d.components(separatedBy: "\nstep ").count == 2)
  }

  @Test func linesThatOnlyLookShortStayApart() {
    let lines = ["| 序号 |", "1", "师生双选", "2025年11月20日前", "二、要求", "12", "个学院"]
    #expect(CopiedText.joiningBrokenDates(lines) == lines)
  }

  @Test func aRangesEndSaidAgainIsTheSameStep() {
    let d = NoticeImporter.read(
      "关于排课的通知\n一、安排\n1.2009年12月1日——12月3日:各院(系)部务必于12月3日之前完成教学计划的核对工作。\n",
      source: "n.txt",
      term: "2009-2010-2",
      weekOne: CivilDate(year: 2010, month: 3, day: 1)
    ).text(.en)
    #expect(d.components(separatedBy: "\nstep ").count == 2)
    #expect(d.contains("title \"完成教学计划的核对工作\""))
  }

  @Test func aBilingualPagesEnglishGlossIsNoPartOfTheLabel() {
    #expect(CopiedText.withoutGloss("4、返校报到时间/Back to School Reporting Time") == "4、返校报到时间")
    #expect(CopiedText.withoutGloss("网址:http://jwc.edu.cn/index") == "网址:http://jwc.edu.cn/index")
    #expect(CopiedText.withoutGloss("2025/2/15-2/16") == "2025/2/15-2/16")
    let d = NoticeImporter.read(
      "Winter Holiday Notification\n一、放假时间安排\n1、放假时间/Time for vacation\n2025/1/11-2/14\n"
        + "4、返校报到时间/Back to School Reporting Time\n2025/2/15-2/16\n",
      source: "n.txt",
      term: "2024-2025-2",
      weekOne: CivilDate(year: 2025, month: 2, day: 17)
    ).text(.en)
    #expect(d.contains("title \"返校报到\""))
    #expect(d.contains("start 2025年2月15日\n  due 2025年2月16日"))
    #expect(!d.contains("2025年1月11日"))
  }

  @Test func aRatioSignBetweenHourAndMinuteIsReadAsAColon() {
    #expect(CopiedText.read("下午 18∶00 以前") == "下午 18:00 以前")
    let d = noticeDraft(
      "关于放假的通知\n1.请学生于2022 年 12 月 26 日(星期一)下午 18∶00 以前全部离校。\n",
      term: "2022-2023-1",
      weekOne: CivilDate(year: 2022, month: 8, day: 29)
    )
    #expect(d.contains("  due 2022年12月26日 18:00\n"))
    #expect(d.contains("# 原文: 1.请学生于2022 年 12 月 26 日(星期一)下午 18∶00 以前全部离校。\n"))
  }
}
