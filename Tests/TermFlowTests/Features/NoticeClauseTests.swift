import Testing

@testable import TermFlow

/// What a dated sentence's clauses make of it: which dates are work, and what names the work.
struct NoticeClauseTests {
  func draft(_ text: String) -> String {
    noticeDraft(text, term: "2019-2020-1", weekOne: CivilDate(year: 2019, month: 9, day: 2))
  }

  @Test func aLineThatSaysOnlyItsPhaseAndWeeksIsThatPhase() {
    let d = draft("关于评教的通知\n一、评教时间\n第二阶段:第15周—第18周(\n评教主体:本、专科生\n")
    #expect(d.contains("  title \"第二阶段\"\n"))
    #expect(d.contains("  start 第15周星期一\n  due 第18周星期日\n"))
  }

  @Test func daysListedUnderAClosingLabelEachBehindItsOwnLabelAreDues() {
    let d = draft("关于期末考的通知\n一、时间\n登录期末考成绩截止日:毕业班:1月15日(三) 23:59 非毕业班:1月17日(五)23:59\n")
    #expect(d.contains("due 1月15日 23:59\n"))
    #expect(d.contains("due 1月17日 23:59\n"))
    #expect(!d.contains("start 1月1"))
  }

  @Test func aLineWithAPhoneNumberKeepsItsDate() {
    let d = draft("关于补考的通知\n三、考核方式\n各教学院(部)于10月18日前将考试安排报教务处考试中心(联系人:于燕17346936676)。\n")
    #expect(d.contains("contact "))
    #expect(d.contains("owner 各教学院部\n  due 10月18日前"))
  }

  @Test func aNoticesOwnTimeLabelIsNoPageChrome() {
    let d = draft("关于成绩录入的通知\n各位老师:\n一、时间安排\n成绩录入时间:课程结束后至2019年8月2日12:00(期末考试后15个工作日),过期系统将自动关闭。\n")
    #expect(d.contains("step 成绩录入 {\n  title \"成绩录入\""))
    #expect(d.contains("due 2019年8月2日 12:00"))
    // The aside after the date is kept as a note, not made the title.
    #expect(d.contains("note \"(期末考试后15个工作日)\""))
    #expect(NoticeRules.isChrome("发布时间:2019-08-23     作者:   点击:"))
    #expect(!NoticeRules.isChrome("成绩录入时间:课程结束后至2019年8月2日12:00"))
    #expect(NoticeRules.isChrome("张贴期间: 2022/08/01~2023/01/31"))
    #expect(NoticeRules.isChrome("日期范围:2025/8/15 ~ 2025/9/16"))
    // A byline's label names a person; after an office, or before a day, it is the notice's work.
    #expect(NoticeRules.isChrome("作者：张三  审核：李四"))
    #expect(!NoticeRules.isChrome("学工部审核：6月18日前"))
    #expect(!NoticeRules.isChrome("审核：6月18日前"))
    #expect(NoticeRules.isChrome("2021-05-10 15:24   审核人:   (点击: )"))
    #expect(!NoticeRules.isChrome("请在选课页面(点击)查看"))
  }

  @Test func aDateThatPicksOutWhomTheSentenceSpeaksOfIsNoStep() {
    let d = draft(
      "关于补考的通知\n一、注意事项\n(1)务必先在教务系统里完成报名,9月8日20点前未在教务系统报名的同学,即使预约成功了考试,也将无本次考试成绩;\n"
    )
    #expect(!d.contains("\nstep "))
    #expect(d.contains("policy 注意事项1 {"))
    #expect(NoticeImporter.picksOutWho(before: "未能按上述要求在", after: "前成功存款或银行划转缴费失败的同学，请于"))
    #expect(!NoticeImporter.picksOutWho(before: "请", after: "前完成报名的同学到教务处领取"))
  }

  @Test func aKindOfUnitPickedOutByItsClauseIsEachSuchUnit() {
    let office = NoticeClauses.actingOffice(in: "请各开设辅修课程、双专业、双学位的教学单位,根据本学期开课计划认真填写申报表")
    #expect(office == "各教学单位")
    #expect(NoticeClauses.actingOffice(in: "各网络教育校外学习中心要高度重视") == "各网络教育校外学习中心")
  }

  @Test func anExampleAfterTheLatestDayIsNoTitle() {
    let d = draft("关于排课的通知\n一、要求\n3.所有课程最晚安排在16周(12月20日),例如,32学时、周2学时。\n")
    #expect(d.contains("due 12月20日"))
    #expect(!d.contains("title \"例如\""))
  }

  @Test func theSubjectOfTheClauseActsEvenWhenNoLexiconNamesIt() {
    #expect(step(draft("关于考试的通知\n各学院:\n一、报送成绩\n相关单位务必于12月18日前将考试成绩报送到教务处。\n")).contains("owner 相关单位\n"))
    #expect(step(draft("关于考试的通知\n一、安排\n1.考试结束后,以系为单位于1月12日统一将试卷领回批改。\n")).contains("owner 各系\n"))
    #expect(step(draft("关于考试的通知\n一、安排\n2.所有考试于周五(9月20日)前学院录入成绩并提交成绩单。\n")).contains("owner 学院\n"))
    #expect(step(draft("关于重修的通知\n一、安排\n学院经办人签字、盖章后于12月24日前将其交到教务科。\n")).contains("owner 经办人\n"))
  }

  @Test func thePeopleAClausePicksOutAreTheNextClausesSubject() {
    let d = draft("关于缴费的通知\n一、安排\n未能在9月30日前成功存款或银行划转缴费失败的同学,请于10月2日以后自行登录系统在线支付。\n")
    #expect(d.components(separatedBy: "\nstep ").count + d.components(separatedBy: "\npayment ").count == 3)
    #expect(d.contains("owner 同学"))
    #expect(!d.contains("owner 银行"))
  }

  @Test func aPageCopiedWithoutItsTitleOpensOnWork() {
    let d = draft("数理教学部秋季学期初补考工作将于9月6日-12日进行,请全体考生注意以下事项:\n一、报名\n")
    #expect(d.contains("workflow notice \"TODO: the notice's title\""))
    #expect(d.contains("教学部\n  start 9月6日\n  due 9月12日"))
  }

  @Test func aFilesNameAndAStatusDateNoWork() {
    let d = draft("关于缴费的通知\n一、已扣划\n名单见附件(2019年9月21日扣划名单(老生).xls)。\n二、未缴\n截止1210日还有部分学生未缴交学杂费。\n")
    #expect(!d.contains("\nstep "))
    #expect(!d.contains("\npayment "))
  }

  @Test func theStudentsTheNoticeNamesDoingTheWorkElsewhereOwnIt() {
    let d = draft("关于补考的通知\n各院系部:\n一、考试报名\n(一)网上报名阶段:2019年9月3日—9月6日中午12:00。\n二、操作路径\n(一)学生网上报名路径:教务系统web端。\n")
    #expect(step(d).contains("owner 学生  # TODO: who the notice says does this work elsewhere"))
    #expect(NoticeImporter.doer(of: "网上报名阶段", in: "学生网上报名路径。考生报名须知。") == nil)
    // The clause that does the work names them too; the most named is the name.
    #expect(NoticeImporter.doer(of: "自修申请", in: "成绩优良的学生可申请部分课程自修。学生网上申请。考生申请须知。") == "学生")
  }

  @Test func whatTheNoticeSaysAnOfficeDoesIsItsWork() {
    let d = draft("关于考试的通知\n1、期末考试分为校考和院考,校考由教务处统筹安排。\n2、校考考试时间为2019年12月31日-2020年1月5日(经各开课单位审批)。\n")
    #expect(step(d).contains("owner 教务处\n"))
    #expect(NoticeClauses.agents(in: "考试由于天气推迟，校考由教务处统筹安排").map(\.topic) == ["校考"])
    // The work the label names shares most of its words with the work the notice says an office does.
    let e = draft("关于答辩的通知\n一、答辩时间\n(一)非学位论文线上答辩时间:2025年10月12日-19日。\n二、形式\n线上答辩方式由指导老师进行组织。\n")
    #expect(step(e).contains("owner 指导老师\n"))
    #expect(NoticeImporter.shared("非学位论文线上答辩", "线上答辩方式") == 4)
  }

  @Test func aPaymentSaidWithACountAndARestatedDayIsAPayment() {
    let d = draft("关于缴费的通知\n1、本科生\n开始注册日为9月24日,在注册日前一天(即9月23日),学校再划一次款,请学生尽早存款。\n三、批扣时间:2019年9月30日\n")
    #expect(d.contains("payment 缴费 {\n  owner 学校\n  window 9月23日至9月23日"))
    #expect(d.contains("window 2019年9月30日至2019年9月30日"))
    #expect(draft("通知\n一、书费\n书费欠交的学生在5月17日至5月20日补交书费差额。\n").contains("window 5月17日至5月20日"))
  }

  @Test func aWindowIsAPaymentWhereItsSentencePaysInTheTimeAboveOrForTheRegistering() {
    let d = draft("关于教材的通知\n一、发放\n本科生教材发放时间为2019年9月20日~9月23日,订购了教材的同学需在上述时间到图书馆A111付款及领取教材。\n")
    #expect(d.contains("window 2019年9月20日至2019年9月23日"))
    let e = draft(
      "关于四六级报名的通知\n一、报名\n9月12日13:30---9月19日9:00为英语四级报名时间,9月20日9:00---9月26日9:00为英语六级报名时间,"
        + "学生持本人一卡通在自动圈存机上报名付款。\n"
    )
    #expect(e.contains("window 9月12日至9月19日 09:00"))
    #expect(e.contains("window 9月20日至9月26日 09:00"))
    // A later clause with a day of its own is its own work.
    let f = draft("关于报名的通知\n一、报名\n报名时间:9月1日至9月5日,报名后于9月10日前缴费。\n")
    #expect(!f.contains("payment"))
    // A count of those who registered and paid is no paying.
    let g = draft("关于报名的通知\n一、录入\n教学秘书在12月18日-19日务必完成录入工作,并与教务处核对本次报名缴费人数。\n")
    #expect(!g.contains("payment"))
  }

  @Test func aRangeAfterASemicolonWithNoWorkOfItsOwnIsTheSameWorkAgain() {
    let d = draft("关于实习的通知\n一、时间\n1.专业实践时间分为两个阶段2019年9月5日~2020年元月13日;2020年2月14日~5月27日。\n")
    #expect(d.contains("step 专业实践时间分为两个阶段2 {\n  title \"专业实践时间分为两个阶段\""))
    #expect(d.contains("start 2020年2月14日\n  due 2020年5月27日"))
  }

  @Test func aDayThatCancelsThoseWhoDidNotPayIsWork() {
    let d = draft("关于重修的通知\n二、流程\n3、取消未缴费学生:3月23日取消未缴费的学生。\n4、3月24日取消逾期未缴费的学生。\n")
    #expect(d.contains("on 3月23日"))
    #expect(d.contains("on 3月24日"))
    // Those the date picks out are still no work of the day's.
    #expect(!draft("关于选课的通知\n一、选课\n9月8日20点前未在教务系统报名的同学,不能选课。\n").contains("step "))
  }

  @Test func aSchoolsUnitAboveTheLastDateSigns() {
    let d = draft("关于报名的通知\n一、报名\n报名时间:2016年12月1日-2017年1月10日16:00前。\n重庆工商大学考点\n二○一六年十一月三十日\n")
    #expect(!d.contains("step 重庆工商大学考点"))
  }

  @Test func aLettersClosingSignsTheDateAfterIt() {
    let d = draft("关于成绩输入的通知\n1.请任课教师于1月18日中午12:00以前输入成绩。\n教务处注册组敬启112.1.4\n")
    #expect(d.contains("due 1月18日 中午12:00前"))
    #expect(!d.contains("敬启\"") && !d.contains("on 2023年1月4日"))
  }

  @Test func aDayFromWhichAHolidayRunsIsNoWork() {
    let d = draft("关于成绩输入的通知\n为能如期开放成绩查询且本校于1月20日(星期五)起,即进入春节假期,请各位教师务必于1月18日前输入成绩。\n")
    #expect(d.contains("due 1月18日"))
    #expect(!d.contains("1月20日\n"))
  }

  @Test func anotherHourOfARangesLastDayIsAnotherWork() {
    let d = draft("关于加退选的通知\n1.加选时间自9月9日上午11时至9月23日上午10时止,退选课程请同学自行至系统退课,时间至9月23日下午17时截止。\n")
    #expect(d.contains("due 9月23日 10:00"))
    #expect(d.contains("due 9月23日 17:00"))
  }

  @Test func aTimeLabelNamesItsWorkFromItsOwnClause() {
    let d = draft("关于检查的通知\n一、检查\n检查内容包括教师到课情况,检查时间为4月30日(星期四)和5月4日(星期一)。\n统一划扣时间定在2019年9月27日。\n")
    #expect(d.contains("step 检查 {\n  title \"检查\""))
    #expect(d.contains("step 检查2 {\n  title \"检查\""))
    #expect(!d.contains("title \"\""))
  }

  @Test func eachGroupsLineUnderAPaymentTimeHeadingIsItsWindow() {
    let d = draft(
      "关于重修缴费的通知\n一、缴费方法\n请登录校园统一支付平台缴费。如统一支付平台无法登录,请联系财务处。\n二、缴费对象及时间\n"
        + "非毕业班学生:周五(10月9日)至周一(10月12日)上午12:00结束\n三、考试安排\n考试:10月20日至10月21日\n"
    )
    #expect(d.contains("window 10月9日至10月12日 12:00\n  channel \"校园统一支付平台\"\n}"))
    // A line with work of its own under another heading stays a step.
    #expect(d.contains("step 考试 {"))
    // The same, in a notice that numbers its sections 1., 2., 3.
    let e = draft(
      "关于重修缴费的通知\n1.缴费方法\n请登录校园统一支付平台缴费。\n2.缴费对象及时间\n"
        + "非毕业班学生:周五(10月9日)至周一(10月12日)上午12:00结束\n3.其他说明\n如有疑义请联系教务处。\n"
    )
    #expect(e.contains("window 10月9日至10月12日 12:00"))
  }

  @Test func whatBefallsThoseWhoDoNotIsNoWorkOfTheDays() {
    let d = draft("关于辅修的通知\n一、报名\n网上报名起止时间为2024年12月9日—12月13日,未在网上报名的学生不能交费注册。\n")
    #expect(d.contains("step 网上报名起止 {"))
    #expect(d.contains("note \"未在网上报名的学生不能交费注册\""))
    #expect(!d.contains("payment"))
  }

  @Test func aPastEventAnUpdateAndAnOwnersVerbAreNoWork() {
    #expect(!draft("关于考试的通知\n一、安排\n1.6月3日端午节休息,6月6日起恢复考试。\n").contains("端午节休息\""))
    let d = draft("关于缴费的通知\n一、安排\n1.选课已于2019年9月8日结束。\n2.监考安排6月30日更新\n")
    #expect(!d.contains("\nstep "))
    #expect(NoticeClauses.owner(atStartOf: "集中检查将抽查各院部") == nil)
    #expect(NoticeClauses.owner(atStartOf: "答辩小组进行资格审查") == "答辩小组")
    #expect(NoticeClauses.owner(atStartOf: "学位办审批") == "学位办")
    #expect(NoticeClauses.owner(atStartOf: "学校举办活动") == nil)
    // A verb of office work ends a name before the group it reaches; a school named for it does not.
    #expect(NoticeClauses.owner(atStartOf: "全面统计新生缴费情况") == nil)
    #expect(NoticeClauses.owner(atStartOf: "各二级学院汇总学生名单") == "各二级学院")
    #expect(NoticeClauses.owner(atStartOf: "数学与统计学院负责") == "数学与统计学院")
    // A teaching section is an office, its subject before a unit it works by (`以学院为单位`).
    #expect(NoticeClauses.owner(atStartOf: "各教研室填写汇总表") == "各教研室")
    #expect(NoticeClauses.owner(atStartOf: "数学教研室负责") == "数学教研室")
    let section = draft("关于检查的通知\n三、检查步骤\n各教研室填写汇总表,并于5月16日15:00前以学院为单位将打印版报教务处。\n")
    #expect(section.contains("owner 各教研室\n  due 5月16日 15:00前"))
    // A group keeps its 各 before its own kind (`各位同学`), not before another office (`各学院凭财务处`).
    #expect(NoticeClauses.owner(atStartOf: "各位同学在银行卡上存入学费") == "各位同学")
    #expect(NoticeClauses.owner(atStartOf: ",请各位老师按照学校时间安排进行") == "各位老师")
    #expect(NoticeClauses.actingOffice(in: "考查课考试时间应为620日至26日,请各位老师按照学校时间安排进行") == "各位老师")
    #expect(NoticeClauses.owner(atStartOf: "各学院凭财务处开具的收据领取") == "各学院")
    // A part of the day or 即 before the doer says when or restates; 受理 ends a name.
    #expect(NoticeClauses.owner(atStartOf: "上午学生报到注册") == "学生")
    #expect(NoticeClauses.owner(atStartOf: "即学生可在系统中退选") == "学生")
    #expect(NoticeClauses.owner(atStartOf: "各学院受理学生转专业申请") == "各学院")
    // Each grade (年级) is a group; the groups the work goes by (`按照各年级`) do not act.
    #expect(NoticeClauses.owner(atStartOf: "各年级以年级辅导员角色登陆教务管理系统") == "各年级")
    #expect(NoticeClauses.actingOffice(in: "教务处已按照各学院培养方案安排考试") == "教务处")
    // Applicants act, as their notice names them.
    #expect(NoticeClauses.owner(atStartOf: "学位申请者将学位申请材料提交到院系") == "学位申请者")
    // 经 opens a clause (`经导师审核`), not a school's name.
    #expect(NoticeClauses.owner(atStartOf: "经济管理学院负责") == "经济管理学院")
  }

  @Test func aTableCopiedACellPerLineWithMergedNumbersLinesUpOnItsDates() {
    let lines = [
      "序号", "项目", "日期", "相关部门", "1", "毕业生上网提交毕业申请", "2月20日-4月04日", "学生本人", "预计毕业博士生进行预答辩",
      "3月15日之前", "导师组织", "2", "院系提交论文最终电子版", "研究生院", "3", "校务会审批毕业", "7月3日上午", "4",
      "毕业典礼", "7月5日上午",
    ]
    let d = draft("关于毕业工作的通知\n" + lines.joined(separator: "\n") + "\n")
    #expect(d.contains("title \"预计毕业博士生进行预答辩\"\n  owner 导师\n  due 3月15日\n"))
    #expect(d.contains("title \"毕业生上网提交毕业申请\"\n  owner 学生"))
    #expect(d.contains("title \"校务会审批毕业\""))
    #expect(d.contains("title \"毕业典礼\""))
    #expect(!d.contains("title \"院系提交论文最终电子版\""))
  }

  @Test func aTableRowListingTasksIsAStepPerDoerAndDatedTask() {
    let d = draft(
      "毕业工作安排\n各学院:\n日期 |\n事宜 |\n5.25-5.31 第13周 |\n"
        + "1.学生上交毕业实习考核表; 2.第14周末完成实习报告; 3.指导教师审核毕业设计成果; 4.学生修改毕业设计内容; 5.若学生不能完成,必须延期答辩; |\n"
        + "6.8-6.14 第15周 |\n1.周一各学院统计上报名单; |\n"
    )
    #expect(d.contains("title \"学生上交毕业实习考核表\"\n  owner 学生\n  start 5月25日\n"))
    #expect(d.contains("note \"学生修改毕业设计内容\""))
    #expect(d.contains("title \"指导教师审核毕业设计成果\"\n  owner 指导教师"))
    #expect(d.contains("due 第14周星期日"))
    // `周一…` in a row dated by its week's seven days is that Monday's work.
    #expect(d.contains("title \"周一各学院统计上报名单\"\n  owner 各学院\n  on 6月8日（第15周星期一）\n"))
    #expect(!d.contains("延期答辩\"\n  owner"))
    // A cell's numbers, not a date's dot.
    #expect(CopiedText.numberedPieces("1.学生上交; 2.教师审核") == ["1.学生上交;", "2.教师审核"])
    #expect(CopiedText.numberedPieces("5.25-5.31 第13周") == ["5.25-5.31 第13周"])
  }

  @Test func aTimeColumnNamedWithAWorkWordLeavesTheWorkToAnother() {
    let t = NoticeTable(header: ["序号", "时间安排", "工作任务"])
    #expect(t?.time == 1 && t?.work == 2)
    let d = draft("通知\n序号 |\n时间安排 |\n工作任务 |\n1 |\n6月4日-6月7日 |\n教务处复审 |\n2 |\n6月9日 |\n教学工作委员会审定 |\n")
    #expect(d.contains("title \"教务处复审\"\n  owner 教务处\n"))
    #expect(d.contains("title \"教学工作委员会审定\"\n  owner 教学工作委员会\n"))
  }

  @Test func aDateInItsOwnElementInsideASentenceIsJoinedBack() {
    #expect(
      CopiedText.joiningBrokenDates(["考试将于", "3月", "24日", "(星期六)开始,其中笔试将于", "3月", "24日下午", "开始。", "2.报名"])
        == ["考试将于3月24日(星期六)开始,其中笔试将于3月24日下午开始。", "2.报名"]
    )
  }

  @Test func aNumberedItemThatIsOnlyItsDatesTakesTheSentenceUnderIt() {
    let d = draft("关于审查的通知\n二、工作日程\n1.5月26日-5月30日\n学籍科、教学科对2025届毕业生进行初审。\n")
    #expect(d.contains("owner 学籍科"))
    #expect(d.contains("start 5月26日\n  due 5月30日"))
  }

  @Test func aDateCellAndItsTimeCellAreOneDate() {
    #expect(CopiedText.joiningBrokenDates(["9月2日", "8:30-15:20", "保卫处"]) == ["9月2日8:30-15:20", "保卫处"])
  }

  @Test func aTablesRowThatRepeatsTheProseIsNoSecondStep() {
    let d = draft(
      "关于学位申请的通知\n4月3日(含)前完成博士学位论文提交学位论文评阅系统。\n时间节点 | 第一批 | 第二批 |\n学位论文提交 | 博士:1月17日(周五) | 博士:4月3日(周四) |\n"
    )
    #expect(d.components(separatedBy: "due 4月3日").count == 2)
    #expect(d.contains("1月17日"))
  }

  @Test func aWindowToTheMinuteSaidAgainInProseIsOneStepButTwoItemsOnTheSameDaysAreTwo() {
    let d = draft(
      "关于四六级报名的通知\n一、报名时间\n四级报名:9月12日13:30---9月19日9:00;\n二、报名方式\n9月12日13:30---9月19日9:00为英语四级报名时间,学生在自动圈存机上报名。\n"
    )
    #expect(d.components(separatedBy: "start 9月12日 13:30").count == 2)
    let e = draft("关于学位的通知\n一、时间\n1.研究生论文提交\n2016年5月4日~5月30日\n2.研究生提交申请材料\n2016年5月4日~5月30日\n")
    #expect(e.components(separatedBy: "start 2016年5月4日").count == 3)
  }

  @Test func theDayClassesBeginIsTheCalendarsNotWork() {
    let d = draft("关于开学的通知\n一、安排\n1.9月2日开始,各教学单位组织学生分批返校,9月4日正式上课。\n2.开课时间:9月15日(第四周星期一)。\n")
    #expect(d.contains("step 各教学单位组织学生分批返校") || d.contains("组织学生分批返校"))
    #expect(!d.contains("step 正式上课"))
    #expect(!d.contains("on 9月15日"))
  }

  @Test func whatHappensThenIfAConditionHoldsIsNoWork() {
    let d = draft("关于选课的通知\n一、选课\n截止到9月8日14:00,如果某门课程选课人数达不到开课人数最低要求,则课程停开。\n")
    #expect(!d.contains("step "))
  }

  @Test func aSubjectInAStateDoesNotActAndADoerNamedAfterTheDayDoes() {
    let a = draft("关于检查的通知\n一、检查方式\n9月7日-9月11日学生已返校,各院部教学检查小组按上述内容进行实地检查。\n")
    #expect(step(a).contains("owner 各院部教学检查小组\n"))
    let b = draft("关于选课的通知\n一、公布课表\n3月9日,学生退、补选后达不到开课人数下限的教学班,由课程开设单位进行教学班合并。\n")
    #expect(step(b).contains("owner 课程开设单位\n"))
    #expect(NoticeClauses.owner(atStartOf: "学校督导将抽查各院部的线上教学情况") == "学校督导")
  }

  @Test func aTableWhoseBarsStandOnLinesOfTheirOwnLinesUpOnItsDates() {
    // A cell may run over lines (第/一/学/期, 第15周/第16周); the last one ends with its bar.
    let cells = [
      "学期", "周次", "日期", "工作内容", "第\n一\n学\n期", "第13周", "11.25—12.01", "各学院报送可转入学生限额", "第14周",
      "12.02—12.08", "教务处汇总,向学生公布", "第15周\n第16周", "12.09—12.22",
    ]
    let text = cells.map { $0 + "\n|" }.joined(separator: "\n") + "\n学生向所在学院提交转专业申请 |\n"
    let d = draft("关于转专业的通知\n" + text)
    #expect(d.contains("# 表头: 学期 | 周次 | 日期 | 工作内容 |"))
    #expect(d.contains("owner 各学院\n  start 11月25日\n  due 12月1日"))
    #expect(d.contains("title \"教务处汇总,向学生公布\"\n  owner 教务处\n  start 12月2日"))
    #expect(d.contains("title \"学生向所在学院提交转专业申请\"\n  owner 学生\n  start 12月9日\n  due 12月22日"))
  }

  func step(_ draft: String) -> String {
    draft.components(separatedBy: "\nstep ").dropFirst().first ?? ""
  }
}
