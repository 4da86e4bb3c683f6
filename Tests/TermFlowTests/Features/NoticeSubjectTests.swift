import Testing

@testable import TermFlow

/// Who a dated sentence's subject is, past the offices it sends to and the means it uses.
struct NoticeSubjectTests {
  func draft(_ text: String) -> String {
    noticeDraft(text, term: "2018-2019-2", weekOne: CivilDate(year: 2019, month: 2, day: 25))
  }

  @Test func workTheAddresseeIsToldToSeeDoneIsTheAddressees() {
    let d = draft("关于开学工作的通知\n各教学点:\n二、报到注册工作\n1.做好新学期学生的报到注册工作(2019年3月5日前)。要求完成学生报到注册。\n")
    #expect(d.contains("  owner 教学点  # TODO: the office the notice is addressed to (the sentence names no office)\n"))
  }

  @Test func aVerbAloneAfterTheDateTakesItsWorkFromBeforeWithoutHowFirmlyItIsAsked() {
    let d = draft("关于期末工作的通知\n一、成绩录入最迟应于2019年7月10日前完成。\n")
    #expect(d.contains("title \"成绩录入\""))
    #expect(!d.contains("title \"完成\""))
  }

  @Test func aClauseJoinedBy并GoesOnWithItsDoerAndWhat将LeadsToIsNone() {
    let d = draft("关于中期考核的通知\n各学院应于4月22日前完成考核工作,并于4月25日前将研究生考核表报送研究生院。\n")
    #expect(d.contains("owner 各学院"))
    #expect(d.contains("owner 各学院\n  due 4月25日前"))
    #expect(!d.contains("owner 研究生\n"))
  }

  @Test func wordsThatSendTheReaderElsewhereAreANoteAndTheLabelNamesTheWork() {
    let d = draft("关于答辩的通知\n一、答辩安排\n2.答辩时间:2019年5月8日至5月18日具体时间详见《答辩分组安排表》。\n")
    #expect(d.contains("title \"答辩\""))
    #expect(d.contains("note \"具体时间详见《答辩分组安排表》\""))
    #expect(!d.contains("deliver "))
  }

  @Test func aRangeTheOpeningGivesAgainLaterIsItsSummary() {
    let d = draft(
      "关于答辩的通知\n各教学点:\n我校论文答辩将于2019年5月8日至5月18日期间进行,现将相关事项通知如下:\n一、答辩时间\n2.答辩时间:2019年5月8日至5月18日。\n"
    )
    #expect(d.contains("# 前言: 我校论文答辩将于"))
    #expect(!d.contains("期间进行\""))
    #expect(d.components(separatedBy: "\nstep ").count == 2)
  }

  @Test func aGroupsNameEndsAtTheWebPageItPostsOn() {
    let d = draft("关于转系的通知\n5.公告转系结果:2019年4月24日于各系网页公告转系核定名单。\n")
    #expect(d.contains("  owner 各系\n"))
    #expect(!d.contains("owner 各系网页"))
  }

  @Test func thoseAClausePicksOutAreItsDoers() {
    let d = draft("关于暑修的通知\n一、意愿调查\n(一)欲重补修者:请于2019年4月3日起至4月19日止,上网填写暑期重补修意愿。\n")
    #expect(d.contains("  owner 欲重补修者\n"))
    #expect(NoticeClauses.thoseWho("凡开学两周内未注册者,按自动退学处理") == "凡开学两周内未注册者")
    #expect(NoticeClauses.thoseWho("欲了解详情者请见附件。") == "欲了解详情者")
    #expect(NoticeClauses.thoseWho("凡是学生都须参加考试,否则缺考者记零分") == nil)
  }

  @Test func anOfficeSentToDoesNotAct() {
    let d = draft("关于重修的通知\n各开课单位:\n请认真核查重修名单,并于3月7日12:00前将核查结果发教务处。\n")
    #expect(d.contains("owner 各开课单位"))
    #expect(!d.contains("owner 教务处"))
  }

  @Test func theSchoolActsBeforeWhatItDoesAndWhatItDoesItThrough() {
    let d = draft("关于校园卡退费的通知\n三、4月22日学校冻结全部毕业生校园卡。\n四、5月10日前,学校通过建设银行将校园卡余额转至学生的建行卡中。\n")
    #expect(d.contains("owner 学校\n  on 4月22日"))
    #expect(d.contains("owner 学校\n  due 5月10日"))
  }

  @Test func aDutyWithADayLaterInItsItemIsAStepNotAPolicy() {
    let d = draft(
      """
      关于教学督导的通知
      三、工作要求
      (五)各学院须结合本通知要求,制定本学院教学督导工作方案。工作方案请于3月26日(周二)前通过协同办公系统提交。
      (六)本学期末各学院须向教务部提交教学督导总结。
      """
    )
    #expect(d.contains("owner 各学院\n  due 3月26日"))
    #expect(d.contains("policy 工作要求六 {\n  owner 各学院\n"))
  }

  @Test func theTitleStartsPastTheOwnerAndTheWordBeforeIt() {
    let d = draft("关于的通知\n一、3月1日前,请各学院提交名单。\n二、3月5日为各学院专业课程考试时间。\n")
    #expect(d.contains("title \"提交名单\"\n  owner 各学院\n"))
    #expect(d.contains("title \"专业课程考试时间\"\n  owner 各学院\n"))
  }

  @Test func pastAClauseThatSaysAfterWhatTheNextClausesSubjectActs() {
    let d = draft("关于排课的通知\n1、3月4日-3月8日。教师任课表经质量科审核后,各系、部教学秘书在教务管理系统中录入计划任务安排。\n")
    #expect(d.contains("title \"在教务管理系统中录入计划任务安排\"\n  owner 各系部教学秘书\n"))
  }

  @Test func aTeacherNamedBySurnameIsSomeoneToGoToAndAResponsiblePersonIsAName() {
    let d = draft(
      "关于报名的通知\n二、报名\n2、各校区相关负责人将报名表汇总后,于3月12日下午5点前报给自考办徐老师,报名费于3月13日上午9点前交给徐老师。\n"
    )
    #expect(d.contains("owner 各校区相关负责人\n  due 3月12日"))
    #expect(d.contains("owner 各校区相关负责人\n  due 3月13日"))
    #expect(!d.contains("owner 老师"))
  }

  @Test func daysOfferedAsAlternativesShareTheirDoer() {
    let d = draft("关于答辩的通知\n注:申请答辩的硕士生需要在3月25日/4月9日上午11:30之前将论文提交系统并且导师在系统中确认。\n")
    #expect(d.contains("owner 硕士生\n  due 3月25日 11:30\n"))
    #expect(d.contains("owner 硕士生\n  due 4月9日 上午11:30前\n"))
  }

  @Test func aSectionsWorkIsTheAgentsTheNoticeGivesItToLater() {
    let d = draft(
      """
      关于考试组织的通知
      一、重修考试
      2.考试时间:第十六周。
      二、公共选修课考试
      2.考试时间:第十七周。
      三、考试的组织与安排
      重修考试、本学期期末考试由课程承担系部负责组织实施;公共选修课由任课教师决定考核方式。
      """
    )
    #expect(d.contains("owner 课程承担系部\n  start 第16周星期一"))
    #expect(d.contains("owner 任课教师\n  start 第17周星期一"))
  }

  @Test func theOneWhoseWorkItIsByIsNotItsTopicAndKeepsIts各() {
    let d = draft("关于中期考核的通知\n二、考核时间\n2. 硕士生中期考核由各培养单位组织,最迟应于8月30日前完成。\n")
    #expect(d.contains("owner 各培养单位\n  due 8月30日"))
    #expect(!d.contains("owner 硕士生"))
  }

  @Test func thoseASentenceRemindsDoNotActInItsLaterClauses() {
    let d = draft(
      "关于免修的通知\n4、免修申请。学院须于3月8日前提交统计表到研究生院,同时提醒学生提交免修证明材料,审查后在3月18日前将材料纸质版一并交培养办。\n"
    )
    #expect(d.contains("owner 学院\n  due 3月18日"))
    #expect(!d.contains("owner 学生"))
  }

  @Test func aDateUnderItsWorkIsTheAgentsTheNoticeGivesThatWorkTo() {
    let d = draft(
      """
      关于教材发放工作的通知
      一、教材发放安排
      教师用书
      2月16-17日
      二、教材发放要求
      1.教师用书由各二级学院指定专人规定时间到发放地点集中领取。
      """
    )
    #expect(d.contains("owner 各二级学院\n  start 2月16日"))
    #expect(!d.contains("owner 教师\n"))
  }

  @Test func thoseAClauseOpeningWith为IsForAreNotItsDoers() {
    let d = draft("关于教材结算的通知\n5、财务处安排退款时间为:\n(1)5月20日后,为第一批确认无误的学生退费;\n")
    #expect(d.contains("owner 财务处\n  start 5月20日"))
    #expect(!d.contains("owner 学生"))
    // 为 saying whose time the day is keeps them.
    #expect(draft("关于报名的通知\n一、安排\n1.9月1日,为各学院报名时间。\n").contains("owner 各学院\n"))
  }

  @Test func whoseWorkASentenceIsAboutDoesNotRunIt() {
    let d = draft(
      "关于补考的通知\n一、安排\n1.2014届毕业生补考时间安排在2014年4月8日至14日进行,请各相关教研室按下列时间到指定教室给学生考试。\n"
    )
    #expect(d.contains("owner 各相关教研室\n  start 2014年4月8日"))
    #expect(!d.contains("owner 毕业生"))
  }

  @Test func aNumberedLinesFirstClauseNamesItsSubjectPastItsNumber() {
    let d = draft("关于毕业审核的通知\n三、相关要求\n2.学籍科指导学生填写《申请表》并汇总,于5月30日12:00前报送继续教育学院。\n")
    #expect(d.contains("owner 学籍科\n  due 5月30日 12:00前"))
  }

  @Test func theNearestClauseOpeningWithAKnownOfficeNamesTheDoer() {
    let d = draft(
      "关于论文提交的通知\n一、论文查重阶段\n2、指导教师将论文交给所在院系,院系收集论文后,统一交到学位办,从3月16日到4月17日每周二上午集中提交。\n"
    )
    #expect(d.contains("owner 院系\n  start 3月16日"))
  }
}
