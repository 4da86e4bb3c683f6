import Testing

@testable import TermFlow

/// What a table's owner column says about who acts.
struct NoticeTableOwnerTests {
  func draft(_ text: String) -> String {
    noticeDraft(text, term: "2013-2014-2", weekOne: CivilDate(year: 2014, month: 2, day: 24))
  }

  @Test func theOfficeTheSentenceAboveATableNamesRunsItsRows() {
    let d = draft(
      """
      关于期末考试的通知
      各系:
      1.考试安排
      由教务处统一安排考试的公共课程见下表。其他专业课程的考试日期由各系在6月10日前在教务系统录入完毕。
      课程名称
      期末考试时间
      高等数学(三)
      6月12日19:00-21:00
      大学物理(下)
      6月13日19:00-21:00
      2.成绩录入
      各系于6月30日前录入成绩。
      """
    )
    #expect(draftStep(d, titled: "高等数学(三)").contains("owner 教务处"))
    #expect(draftStep(d, titled: "大学物理(下)").contains("owner 教务处"))
    #expect(d.contains("owner 各系\n  due 6月10日"))
    #expect(d.contains("owner 各系\n  due 6月30日"))
  }

  @Test func aTableOfTimeColumnsIsAWorkPerColumnAndARoundPerRow() {
    let d = draft(
      """
      暑修课程选课公告
      107学年度 暑期开课 |
      本校生选课期间 |
      缴费期间 |
      上课时间 |
      第一期 |
      5/20(一)上午10时 至 5/31(五)下午5时 |
      5/21(二) 至 6/2(日) |
      7/2(二) 至 7/31(三) |
      """
    )
    #expect(draftStep(d, titled: "本校生选课（第一期）").contains("owner 本校生\n  start 5月20日 10:00\n  due 5月31日 17:00"))
    #expect(d.contains("window 5月21日至6月2日"))
    #expect(d.contains("step 上课第一期 {"))
  }

  @Test func aStartColumnAndAnEndColumnAreOneRange() {
    let d = draft(
      """
      选课通知
      选课阶段 |
      起始时间 |
      结束时间 |
      工作安排 |
      第一阶段 |
      12月16日09:00 |
      12月18日18:00 |
      学生填报志愿 |
      第二阶段 |
      12月20日09:00 |
      / |
      公布抽签结果 |
      """
    )
    #expect(draftStep(d, titled: "学生填报志愿").contains("start 12月16日 09:00\n  due 12月18日 18:00"))
    #expect(draftStep(d, titled: "公布抽签结果").contains("on 12月20日 09:00"))
    // One column that holds both ends is one time column.
    let one = draft("选课通知\n序号 | 起止时间 | 工作安排\n1 | 3月1日-3月5日 | 学生选课\n")
    #expect(draftStep(one, titled: "学生选课").contains("start 3月1日\n  due 3月5日"))
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
    #expect(draftStep(d, titled: "博士生到教学办申请论文送审").contains("owner 博士生"))
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
    #expect(draftStep(d, titled: "系务会议审批毕业").contains("owner 管理办"))
    #expect(draftStep(d, titled: "分委员会审查学位").contains("owner 学位办"))
    #expect(draftStep(d, titled: "毕业审核").contains("owner 交通学院"))
  }
}

/// Days a notice gives from the term's calendar: no one's work, so no step.
struct NoticeCalendarDayTests {
  func draft(_ text: String) -> String {
    noticeDraft(text, term: "2018-2019-2", weekOne: CivilDate(year: 2019, month: 2, day: 25))
  }

  @Test func theTermsSpanAndHolidaysAreNoSteps() {
    let d = draft(
      """
      关于夏季学期实践活动的通知
      夏季学期的实施时间为2019年6月17日~2019年9月22日。其中:上班(2周):6月17日~6月30日;暑假(9周):7月1日~9月1日。
      本学期定于2019年7月5日结束,2019年7月6日至2019年9月1日为暑假时间。
      1.学院夏季学期实施方案。6月14日前提交。
      """
    )
    let steps = d.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n")
    #expect(steps.contains("due 6月14日"))
    for day in ["6月17日", "7月1日", "7月5日", "7月6日"] { #expect(!steps.contains(day)) }
  }

  @Test func theTermsFirstDayIsNoStep() {
    let d = draft("关于加退选的通知\n一、2019年2月25日(周一)为2018-2019学年第2学期开学日。\n二、加退选时间为2月25日至3月7日。\n")
    let steps = d.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n")
    #expect(steps.contains("start 2月25日\n  due 3月7日"))
    #expect(!steps.contains("on 2019年2月25日") && !steps.contains("开学日"))
  }

  @Test func aMondayTheNoticeCallsTheTermsFirstDayIsWeek1() {
    let text = "关于加退选的通知\n一、113年2月26日(週一)為112學年度第2學期開學日。\n二、加退選時間為2月26日至3月7日。\n"
    #expect(noticeDraft(text, term: "2023-2024-2", weekOne: nil).contains("  week 1 starts 2024-02-26\n"))
    let sunday = "关于加退选的通知\n一、113年2月25日(週日)為112學年度第2學期開學日。\n二、加退選時間為2月26日至3月7日。\n"
    #expect(!noticeDraft(sunday, term: "2023-2024-2", weekOne: nil).contains("  week 1 starts"))
  }

  @Test func theTermsEndItsHolidaysAndAMovedDayAreNoSteps() {
    let d = draft(
      """
      关于学期结束工作的通知
      根据校历安排,本学期至2019年6月29日结束,6月30日开始放暑假。
      1、本学期必修课上课至6月15日,期末停课考试安排在6月18日—29日。
      2、因第18周星期一、二为元旦放假时间,故星期一(6月24日)考试时间调整至第十七周星期六(6月22日)进行。
      """
    )
    let steps = d.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n")
    #expect(steps.contains("start 6月18日\n  due 6月29日"))
    #expect(steps.contains("6月22日"))
    for day in ["6月30日", "6月15日", "6月24日", "2019年6月29日"] { #expect(!steps.contains(day)) }
  }

  @Test func calendarLabels() {
    #expect(NoticeImporter.calendarsOwn("夏季学期的实施时间为", ""))
    #expect(NoticeImporter.calendarsOwn("本学期定于", "结束"))
    #expect(NoticeImporter.calendarsOwn("其中:上班(2周):", ""))
  }

  @Test func officeHoursAfterADayAreWork() {
    let d = draft("关于缴费的通知\n各班学习委员于6月16日-17日上班时间,以班为单位到学校卡务中心办理缴费手续。\n")
    #expect(d.contains("6月16日"))
    #expect(d.contains("6月17日"))
  }
}

/// An exam timetable copied a cell per line, a sitting's subjects over several lines.
struct NoticeDateLedTableTests {
  @Test func eachDateCellOpensARowItsHoursAndSubjectsFollow() {
    let d = noticeDraft(
      """
      关于考试的通知
      二、公共课考试安排
      考试日期

      考试时间

      考试科目

      1月8日
      周一上午

      08:00-10:00

      2022级(本科)马克思主义基本原理

      2021级(本科)习近平新时代中国特色社会主义思想概论

      1月8日
      周一下午

      14:00-16:00

      2022级(本科)线性代数B、C

      1月9日
      周二上午

      08:00-10:00

      2023级(本科、专科)大学英语1
      """,
      term: "2023-2024-1",
      weekOne: CivilDate(year: 2023, month: 9, day: 4)
    )
    #expect(d.contains("# 表头: 考试日期 | 考试时间 | 考试科目 |"))
    #expect(
      d.contains(
        "title \"2022级(本科)马克思主义基本原理，2021级(本科)习近平新时代中国特色社会主义思想概论\"\n  owner 待定  # TODO: the sentence names no office\n  start 1月8日 08:00\n  due 1月8日 10:00\n"
      )
    )
    #expect(draftStep(d, titled: "2022级(本科)线性代数B、C").contains("start 1月8日 14:00\n"))
    #expect(draftStep(d, titled: "2023级(本科、专科)大学英语1").contains("start 1月9日 08:00\n"))
    #expect(!d.contains("owner 考试科"))
  }

  @Test func aTimeOfDayOpensNoItem() {
    #expect(NoticeItem("08:00-10:00").level == nil)
    #expect(NoticeItem("1:报名").level == 1)
    #expect(NoticeTable.isDayPart("周一上午"))
    #expect(!NoticeTable.isDayPart("周一上午考试"))
  }
}

/// A table that moves days: the days it replaces are no days to act on.
struct NoticeRevisedTableTests {
  @Test func theAdjustedColumnDatesTheRowsAndADayThatClosesIsADue() {
    let d = noticeDraft(
      "关于行事历修正的通知\n一、调整项目日期如下:\n|\n项目\n|\n原订日期\n|\n调整后日期\n|\n|\n1.休学截止日\n|\n6月22日\n|\n6月5日\n|\n|\n"
        + "2.暑假开始日\n|\n6月29日\n|\n6月15日\n|\n|\n3.成绩更正截止日\n|\n7月17日\n|\n7月3日\n|\n二、其他\n",
      term: "2025-2026-2",
      weekOne: CivilDate(year: 2026, month: 2, day: 23)
    )
    #expect(d.contains("# 表头: 项目 | 原订日期 | 调整后日期 |"))
    #expect(draftStep(d, titled: "休学截止日").contains("due 6月5日\n"))
    #expect(draftStep(d, titled: "成绩更正截止日").contains("due 7月3日\n"))
    #expect(d.contains("# 校历: 2.暑假开始日 | 6月29日 | 6月15日 |"))
    #expect(!d.contains("6月22日\n") && !d.contains("7月17日\n") && !d.contains("6月29日\n"))
  }
}

/// A table's column of teaching weeks.
struct NoticeTableWeekTests {
  @Test func aRowsWeeksPlaceWeekOneWhicheverCellHoldsThem() {
    let text = """
      关于2019级本科学生转专业工作安排的通知
      各学院:
      学期 | 周次 | 日期 | 工作内容 |
      第一学期 | 第13周 | 2019.11.25—12.01 | 各学院报送转入条件。 |
      第14周 | · | 2019.12.02—12.08 | 教务处汇总后向学生公布。 |

      """
    let out = Driver.importNotice(SourceFile(name: "n.txt", text: text), term: nil, weekOne: nil)
    #expect(out.stdout.contains("# week 1 inferred from the notice's 4 date/week pairs, which agree: 2019-09-02\n"))
    // The weeks say which week; the draft's dates stay as the table prints them.
    #expect(out.stdout.contains("  start 2019年11月25日\n  due 2019年12月1日\n"))
  }
}

/// A table copied a cell per line, each ended by `|`.
struct NoticeTableCellLineTests {
  @Test func theWidestHeaderWhoseRowsLineUpIsTheTablesAndAnOfficeCellIsThatOffice() {
    let text = """
      2022届研究生学位论文答辩时间安排
      论 文 环 节 |
      时间安排 |
      负责单位 |
      格式审查 |
      3月1日-3月31日 |
      培养单位 |
      送审前查重复检 |
      3月15日(第一批) |
      研究生学院 |

      """
    let d = noticeDraft(text, term: "2021-2022-2", weekOne: CivilDate(year: 2022, month: 2, day: 21))
    #expect(d.contains("# 表头: 论 文 环 节 | 时间安排 | 负责单位 |\n"))
    #expect(d.contains("step 格式审查 {\n  title \"格式审查\"\n  owner 培养单位\n  start 3月1日\n  due 3月31日\n"))
    #expect(d.contains("  title \"送审前查重复检\"\n  owner 研究生学院\n"))
  }
}
