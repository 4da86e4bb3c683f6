import Testing

@testable import TermFlow

/// Owners the importer reads from around a sentence that names none, and notices a site served in
/// traditional characters.
struct NoticeOwnerTests {
  func draft(_ text: String) -> String {
    noticeDraft(text, term: "2024-2025-2", weekOne: CivilDate(year: 2025, month: 2, day: 24))
  }

  func step(_ draft: String, _ name: String) -> String {
    guard let r = draft.range(of: "step \(name) {") else { return "" }
    return String(draft[r.lowerBound...].prefix { $0 != "}" })
  }

  @Test func aRoleTheClauseOpensWithActsItselfWhoeverPicksIt() {
    let d = draft(
      "关于答辩的通知\n二、答辩时间\n1.预答辩时间:2025年5月17日前\n预答辩秘书均由导师确定。\n2.答辩时间:2025年5月30日前\n具体时间在规定期限内确定,请答辩秘书5月19日前将答辩日程汇总上报。\n"
    )
    #expect(step(d, "将答辩日程汇总上报").contains("  owner 答辩秘书\n"))
    #expect(NoticeClauses.role(atStartOf: "由各班级负责人收齐") == "各班级负责人")
    #expect(NoticeClauses.role(atStartOf: "检查内容包括教师") == nil)
  }

  @Test func anOwnerFromTheSectionIsMarkedGuessed() {
    let d = draft(
      """
      关于重修报名的通知
      三、报名安排
      1、报名时间
      2025年3月3日08:00-3月7日17:00。
      2、报名方式
      学生登录教务系统进行报名。
      """
    )
    #expect(step(d, "报名").contains("owner 学生  # TODO: guessed from its section (the sentence names no office)"))
  }

  @Test func theDeclaredAudienceOwnsAStudentsWork() {
    let d = draft(
      """
      关于选课的通知
      一、选课时间
      2025年3月3日至3月5日。
      二、选课对象
      全日制在校生。
      """
    )
    #expect(step(d, "选课").contains("owner 在校生  # TODO: the audience the notice declares"))
  }

  @Test func aSectionHeadingSaysTheWorkOfItsItemsForTheStudentsNamedDoingIt() {
    let d = draft(
      """
      各学院:
      一、线上申请开放时间:
      1.自修(免听):03-04 08:00至03-29 16:30
      二、说明
      1.自修:成绩优良的学生可申请部分课程自修。
      """
    )
    #expect(step(d, "自修").contains("owner 学生  # TODO: who the notice says does this work elsewhere"))
  }

  @Test func theDoerASentenceOpensWithOwnsTheWorkALabelNamesInOtherWords() {
    let d = draft(
      """
      一、报名时间
      招收方案设置:2025年3月9日00:00至2025年3月14日24:00。
      二、报名办法
      1.辅修专业所属学院登录教务系统,设置辅修招收方案。
      2.学生登录教务系统进行报名。
      """
    )
    #expect(step(d, "招收方案设置").contains("owner 辅修专业所属学院  # TODO: who the notice says does this work elsewhere"))
  }

  @Test func theOfficeAddressedOwnsOtherWorkButNotAStudentsWork() {
    let d = draft("关于排课的通知\n各学院:\n一、教学任务落实时间\n2025年3月5日至3月15日。\n二、报名时间\n2025年3月6日至3月8日。\n")
    #expect(d.contains("owner 各学院  # TODO: the office the notice is addressed to (the sentence names no office)"))
    #expect(d.contains("owner 待定  # TODO: the sentence names no office"))
  }

  @Test func theTeachersAddressedOwnATeachersWork() {
    let d = draft("关于成绩录入的通知\n各学院及任课教师:\n一、时间\n成绩录入截止时间为2025年3月8日。\n二、核对\n2025年3月10日前完成核对。\n")
    #expect(d.contains("owner 任课教师  # TODO: the office the notice is addressed to"))
    #expect(d.contains("owner 各学院  # TODO: the office the notice is addressed to"))
    let e = draft("关于成绩录入的通知\n各学院及研究生任课教师:\n一、录入截止时间\n研究生的研究生成绩网上录入截止时间为:2025年3月8日。\n")
    #expect(e.contains("owner 研究生任课教师  # TODO: the office the notice is addressed to"))
    // Addressed to no one: those who teach enter grades, said as a guess.
    let f = draft("关于期末考试的通知\n1.成绩提交\n所有课程须在2025年1月20日以前在研究生管理系统中录入成绩。\n")
    #expect(f.contains("owner 任课教师  # TODO: whose work this is (the notice names no one for it)"))
  }

  @Test func theSubjectOfTheNextSentenceActsPastItsTimeAdverb() {
    let d = draft("关于报名的通知\n一、报名\n1、报名时间到2025年3月21日早上8:00截止。在此期间,考生登陆教务管理系统申请报名。\n")
    #expect(d.contains("owner 考生\n"))
    // And past a clause that says after what (`经教务处确认…后,`).
    let e = draft("关于重修的通知\n二、流程\n4、确认重修课程:3月24日-25日确认重修课程。经教务处确认重修名单后,各课程承担学院完成重修课程安排。\n")
    #expect(e.contains("owner 课程承担学院\n") || e.contains("owner 各课程承担学院\n"))
  }

  @Test func theSecretaryIsAnOffice() {
    let e = draft("关于评教的通知\n一、评教\n教秘将本单位学生评教信息表于2025年6月27日前报教务处。\n")
    #expect(e.contains("owner 教秘\n"))
  }

  @Test func continuingEducationAndSummerSessionStudentsAreStudents() {
    let d = draft("关于暑修的通知\n一、报名\n本校生:2025年5月20日至5月31日网上报名。\n校外生于2025年6月1日前报名。\n")
    #expect(step(d, "网上报名").contains("owner 本校生\n"))
    #expect(step(d, "报名").contains("owner 校外生\n"))
    let e = draft("关于学籍核对的通知\n一、核对\n函授站2023级全体学员于2025年6月10日前核对学籍信息。\n")
    #expect(e.contains("owner 全体学员2023级 \"2023级全体学员\"\n"))
  }

  @Test func aSubItemsOwnSubjectComesBeforeItsSiblings() {
    let d = draft(
      "关于重修的通知\n一、相关安排\n1.报名及时间安排\n(1)2020级本科,2021级学生需要重考,及时向所在学院提出重修申请。\n"
        + "(2)学生需登录教务系统进行重修课程报名。报名系统开放时间为2025年5月29日9:00--2025年6月2日16:00。\n"
    )
    #expect(step(d, "报名系统开放").contains("owner 学生\n"))
  }

  @Test func theFirstOfSeveralDoersOwnsTheStepAndTheTitleKeepsThemAll() {
    let d = draft("关于排课的通知\n一、安排\n2025年3月19日前各系、部认真核对所排课程表。\n")
    #expect(d.contains("title \"各系、部认真核对所排课程表\"\n  owner 各系\n"))
  }

  @Test func theNearestClauseThatOpensWithItsSubjectActs() {
    let d = draft("关于重修的通知\n一、报名\n学生持缴费证明到开课单位备案,开课单位务必认真审核后将信息填写至统计表,于2025年3月17日12:00前报教务处。\n")
    #expect(d.contains("owner 开课单位\n"))
  }

  @Test func eachCollegeInTwoCharactersAndACollegeBeforeItsVerbAct() {
    let d = draft("关于清考的通知\n一、安排\n各院于5月10日之前安排完成考务方案并通知学生。\n")
    #expect(d.contains("owner 各院\n"))
    let e = draft(
      "关于学业预警的通知\n一、安排\n2.学生自查。11月1日—6日学生登录教务系统自查。\n"
        + "3.学院核查及处理。11月7—14日,学院结合系统生成的预警名单(附件1)、学生自查上报结果进行核实。\n"
    )
    #expect(e.contains("owner 学院\n  start 11月7日"))
  }

  @Test func theStudentsWhoseWorkItIsLeaveTheDoerToTheirSection() {
    let d = draft(
      "关于学位的通知\n(四)学位论文答辩\n各学位点主建学院组织研究生进行学位论文答辩;\n研究生学位论文答辩工作于5月27日前完成。\n"
    )
    #expect(d.contains("owner 各学位点主建学院"))
    #expect(!d.contains("owner 研究生\n"))
  }

  @Test func studentsBeforeAWorkThatIsTheSubjectOnlySayWhoseItIs() {
    let g = draft("关于答辩的通知\n一、安排\n2025届本科生毕业设计(论文)答辩工作将于6月2日至6月8日进行。请各学院做好如下安排。\n")
    #expect(g.contains("owner 各学院\n"))
    let h = draft("关于补考的通知\n一、安排\n数理教学部秋季学期初补考工作将于3月6日-12日进行,请全体考生注意以下事项。\n")
    #expect(h.contains("owner 数理教学部\n") || h.contains("owner 教学部\n"))
  }

  @Test func theSchoolOrACollegeActsBeforeItsVerb() {
    let k = draft("关于中期检查的通知\n二、安排\n1.学校抽查:2025年5月17日—5月19日\n")
    #expect(k.contains("owner 学校\n"))
    let f = draft("关于实习的通知\n三、总结\n学院推荐优秀指导教师和优秀实习生时间截止为2025年6月1日。\n")
    #expect(f.contains("owner 学院\n"))
  }

  @Test func aRoleInADocumentsTitleDoesNotAct() {
    let d = draft("四、成绩提交\n1.成绩提交\n所有课程须在2025年1月20日以前录入成绩,具体要求请见《研究生课程考核工作的说明》。\n")
    #expect(!d.contains("owner 研究生"))
    #expect(d.contains("owner 任课教师  # TODO: whose work this is (the notice names no one for it)"))
  }

  @Test func aTimeLabelOfAnyLengthAboveItsDatesNamesItsDoerAndWhetherItOpens() {
    let d = draft(
      """
      一、时间安排
      1.学位评定分委员会整理上报审议结果并进行系统操作时间
      2025年6月6日前
      2.研究生院准备校级学位评定委员会审议材料、打印学位证书开始时间
      2025年6月9日
      3.博士生成果认证网上提交时间
      2025年5月6日~5月23日
      """
    )
    #expect(step(d, "学位评定分委员会整理上报").contains("owner 学位评定分委员会\n  due 2025年6月6日前"))
    #expect(step(d, "研究生院准备校级学位评定").contains("owner 研究生院\n  start 2025年6月9日"))
    #expect(step(d, "博士生成果认证网上提交").contains("owner 博士生\n"))
  }

  @Test func whomAnOfficeTellsToActDoesTheWork() {
    let d = draft("关于书款核算的通知\n一、流程\n请各教学单位通知本单位各毕业班的班长或学习委员于4月7日至4月12日期间到教材科领取《教材出库单》。\n")
    #expect(d.contains("owner 各班长\n"))
    // An office that organises the work still runs it.
    let e = draft("关于缴费的通知\n一、缴费\n各二级学院组织学生于8月12日至8月13日完成报到。\n")
    #expect(e.contains("owner 各二级学院\n"))
  }

  @Test func aRoleThatOwnsAThingDoesNotAct() {
    #expect(NoticeClauses.actingOffice(in: "全日制研究生(含留学生)的成绩由任课教师录入") == "任课教师")
    #expect(NoticeClauses.actingOffice(in: "研究生成绩由任课教师录入") == "任课教师")
    #expect(NoticeClauses.actingOffice(in: "研究生登录系统") == "研究生")
  }

  @Test func thePeopleOfEachUnitActOneInEach() {
    #expect(NoticeClauses.actingOffice(in: "各毕业班的班长领取") == "各班长")
    #expect(NoticeClauses.actingOffice(in: "各毕业班根据结算情况办理") == "各毕业班")
  }

  @Test func noGuessWithoutAnythingAround() {
    let d = draft("关于考试的通知\n一、考试安排\n考试于2025年3月8日进行。\n")
    #expect(d.contains("owner 待定  # TODO: the sentence names no office"))
  }

  @Test func aVerbBeforeAnOfficeIsNoPartOfItsName() {
    // 至教务处 is where the forms go: the acting office is the subject before the date.
    let d = draft("关于补考的通知\n三、学生院系部请于2025年3月9日下午6:00前至教务处集体报名。\n")
    #expect(!d.contains("owner 至教务处"))
    // 学生院系部 are the students' departments: 院系, not the students.
    #expect(d.contains("owner 院系"))
  }

  @Test func theSubjectOfTheDatesOwnClauseActs() {
    let d = draft("关于成绩复查的通知\n一、或学生提出复查申请后发现成绩确有问题的,应由任课教师在2025年3月9日—3月13日期间提出变更申请。\n")
    #expect(d.contains("owner 任课教师\n"))
  }

  @Test func aNameEndsAtAVerb() {
    #expect(NoticeClauses.actingOffice(in: "各教学单位组织学生分批返校") == "各教学单位")
    #expect(NoticeClauses.owner(atStartOf: "整理汇总交本科生院教务处存档") == nil)
    // `X由Y…`: Y does X; the words before 由 name no office.
    #expect(NoticeClauses.owner(atStartOf: "补考名单由各开课单位在教务系统中查询") != "补考名单由各开课单位")
  }

  @Test func theSchoolOrTheBankActsOnlyAsTheSubjectOfWhatFollows() {
    #expect(NoticeClauses.actingOffice(in: "学校将于7月30日统一划转学费") == "学校")
    #expect(NoticeClauses.owner(atStartOf: "银行代扣学杂费") == "银行")
    #expect(NoticeClauses.actingOffice(in: "按学校规定将学费存入银行卡") == nil)
  }

  @Test func theUnitWithinAnOfficeActs() {
    #expect(NoticeClauses.actingOffice(in: "由教务处考试中心统一安排") == "考试中心")
    #expect(NoticeClauses.actingOffice(in: "交教务处教务科") == nil)
    #expect(NoticeClauses.actingOffice(in: "教师录入成绩截止时间为") == "教师")
  }

  @Test func traditionalCharactersReadAsSimplifiedAndAreQuotedAsWritten() {
    let d = draft("關於重修的通知\n一、學生可於2025年4月6日至4月10日申請重修。\n")
    #expect(d.contains("# 原文: 一、學生可於2025年4月6日至4月10日申請重修。"))
    #expect(d.contains("owner 学生\n"))
    #expect(d.contains("start 2025年4月6日"))
  }

  @Test func staffAct() {
    let d = draft("关于答辩的通知\n1、6月8日(第15周周三)前员工完成全部毕业设计工作,并将下列材料交指导教师。\n")
    #expect(d.contains("owner 员工\n"))
  }

  @Test func aSignatureDateIsWrittenSoTheLanguageReadsIt() {
    let d = draft("关于的通知\n一、3月5日报名。\n附件：名单\n教务处\n201@年9月20日\n")
    #expect(d.contains("signed \"教务处\" 9月20日"))
  }
}

/// Lines whose date the importer once read as a signature's or left without a title.
struct NoticeDateLineTests {
  func draft(_ text: String) -> String {
    noticeDraft(text, term: "2018-2019-2", weekOne: CivilDate(year: 2019, month: 2, day: 25))
  }

  @Test func aTimeLabelTakesItsSectionsHeading() {
    let d = draft("关于重修的通知\n第二阶段：发布统计数据\n1.时间：2019年3月15- 22日\n2.相关工作：教务处统计学生报名情况。\n")
    #expect(d.contains("step 发布统计数据 {\n  title \"发布统计数据\""))
    #expect(d.contains("start 2019年3月15日\n  due 2019年3月22日"))
  }

  @Test func aDateWithItsWorkIsNoSignature() {
    let d = draft("关于考试的通知\n一、安排\n8. 2019年3月12日换证。\n9. 2019年3月14日考试。\n")
    #expect(d.contains("step 换证 {"))
    #expect(d.contains("step 考试 {"))
  }

  @Test func aTableOfRoundsIsAStepPerDateCell() {
    let d = draft(
      """
      关于学位申请的通知
      时间节点 | 第一批 | 第二批 |
      1.学位论文提交 | 博士:1月17日(周五) | 博士:4月3日(周四) |
      硕士:1月18日(周六) | 硕士:4月11日(周五) |
      2.学位论文答辩 | 3月3日(周一) | 5月26日(周一) |
      """
    )
    #expect(d.contains("step 学位论文提交博士第二批 {\n  title \"学位论文提交（第二批 博士）\""))
    #expect(d.contains("title \"学位论文提交（第一批 硕士）\"\n  owner 待定  # TODO: the sentence names no office\n  due 1月18日"))
    #expect(d.contains("title \"学位论文答辩（第二批）\"\n  owner 待定  # TODO: the sentence names no office\n  due 5月26日"))
    #expect(d.components(separatedBy: "\nstep ").count == 7)
  }

  @Test func weekOneFromTheYearWhereTheNoticesPairsAgree() {
    // The notice names last term's academic year; its week's dates agree only in the year after.
    let text = "关于成绩复查的通知\n2023—2024—2学期考试成绩公布后,学生可在开学后第一周(即9月2日—9月6日)提出复查申请。\n"
    let d = NoticeImporter.read(text, source: "n.txt", term: nil, weekOne: nil).text(.en)
    #expect(d.contains("week 1 starts 2024-09-02"))
  }

  @Test func aNoticePlanningNextTermIsInTheTermItsDatedWeeksAreIn() {
    let text = "关于教学任务落实的通知\n2025-2026学年第二学期教学任务落实工作从即日起启动,至12月19日(第14周周五)结束。\n"
    let d = NoticeImporter.read(text, source: "n.txt", term: nil, weekOne: nil).text(.en)
    #expect(d.contains("week 1 starts 2025-09-15"))
    #expect(
      d.contains(
        "# the notice prints term 2025-2026-2, the one it plans for; its dated weeks are in 2025-2026-1\nterm 2025-2026-1 {"
      )
    )
  }

  @Test func aDateWithoutItsYearIsWithinHalfAYearOfTheDayTheNoticeWasSigned() {
    let text =
      "各二级学院:\n现将2022—2023学年第一学期教材征订工作具体事项通知如下:\n(一)第11-12周5月2日—5月13日:各二级学院遴选教材。\n教务处\n2022年5月2日\n"
    let d = NoticeImporter.read(text, source: "n.txt", term: nil, weekOne: nil).text(.en)
    #expect(d.contains("week 1 starts 2022-02-21"))
    #expect(d.contains("term 2021-2022-2 {"))
  }

  @Test func aPrintedWeekdayTheDateDoesNotFallOnGivesNoMonday() {
    let p = ProsePoint(year: 2026, month: 12, day: 19, week: 14, weekday: 5)
    #expect(SpanPhrases.weekOne(p, defaultYear: nil) == nil)
    let q = ProsePoint(year: 2025, month: 12, day: 19, week: 14, weekday: 5)
    #expect(SpanPhrases.weekOne(q, defaultYear: nil) == CivilDate(year: 2025, month: 9, day: 15))
  }

  @Test func twoTimeColumnsAreTwoRoundsOfTheRowsWork() {
    let d = draft("关于答辩的通知\n序号 | 事宜 | 第一次完成时间 | 第二次完成时间 | 备注 |\n1 | 学位论文预答辩 | 3月1日-3月15日 | 5月1日-5月15日 | 学院组织 |\n")
    #expect(d.contains("step 学位论文预答辩第一次 {\n  title \"学位论文预答辩（第一次完成时间）\""))
    #expect(d.contains("step 学位论文预答辩第二次 {\n  title \"学位论文预答辩（第二次完成时间）\""))
  }

  @Test func theOpeningParagraphsDaysThatTheItemsSayAgainAreASummary() {
    let d = draft("关于补考的通知\n开学补考定于2019年3月8日、9日进行,现将有关事项通知如下:\n1.公共课考试定于2019年3月8日进行。\n2.专业课考试定于2019年3月9日进行。\n")
    #expect(d.contains("# 前言: 开学补考定于2019年3月8日、9日进行"))
    #expect(d.components(separatedBy: "\nstep ").count == 3)
    // A phase whose range the lines under it spell out is theirs; one they do not is a step.
    let f = draft(
      "关于转专业的通知\n三、时间安排\n1.政策宣讲:3月5日--3月9日\n各学院召开动员大会。\n2.提交申请表、面试:3月12日--3月18日\n学生3月12日--3月15日提交申请表;各学院3月17日--3月18日组织面试。\n"
    )
    #expect(f.contains("# 阶段: 2.提交申请表、面试:3月12日--3月18日"))
    #expect(f.contains("step 政策宣讲 {"))
    // Two items of one opening line are no summary and its detail.
    let e = draft("关于考试的通知\n考试时间为:笔试:2019年9月17日上午,上机考试:9月17日上午~9月21日。现将有关事项通知如下:\n1.报名\n")
    #expect(e.contains("title \"笔试\""))
  }

  @Test func aSignersBracketAndAPostingLinesDateAreNoSteps() {
    let d = draft("关于成绩录入的通知\n日期:2019-02-18各学院:\n一、安排\n1.2019年3月8日前录入成绩。\n研究生院(部)\n2019年3月1日\n")
    #expect(d.contains("# 页面: 日期:2019-02-18各学院:"))
    #expect(d.components(separatedBy: "\nstep ").count == 2)
  }

  @Test func aVerbAloneAfterTheDateTakesItsTitleFromBefore() {
    let d = draft("关于补考的通知\n一、安排\n2.专业课考试时间定于2019年3月9日进行。各学院要按补考学生安排考场。\n")
    #expect(d.contains("step 专业课考试 {\n  title \"专业课考试\"\n  owner 各学院\n"))
  }

  @Test func pinyinGlossesAreNoPartOfTheWords() {
    #expect(CopiedText.read("學(xué)費(fèi)上繳起止時(shí)間") == "学费上缴起止时间")
    // A bracket of other letters stays: (A) or (fee) after a word is the notice's own.
    #expect(CopiedText.read("考试(A)") == "考试(A)")
  }

  @Test func aPaymentTakesTheOfficeItsSentenceNames() {
    let d = draft("关于学费代扣的通知\n一、安排\n(七)2019年3月7日计财处依据代扣结果打印收费票据。\n")
    #expect(d.contains("owner 计财处\n"))
  }

  @Test func daysJoinedByAndShareTheWorkAfterTheLast() {
    let d = draft("关于学费划转的通知\n学校将于2019年3月4日和3月18日分两次委托银行统一划转学生的学费,具体安排如下:\n")
    #expect(d.components(separatedBy: "\npayment ").count == 3)
    #expect(!d.contains("\nstep "))
  }

  @Test func aLevelOfStudyIsNoOffice() {
    #expect(NoticeClauses.owner(atStartOf: "代扣本科生学费") == nil)
    #expect(NoticeClauses.owner(atStartOf: "本科生学费") == "本科生")
  }
}
