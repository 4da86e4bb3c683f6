import Testing

@testable import TermFlow

/// Fees as notices print them, read as `payment`'s `fee`; a fee by another unit is not read.
struct NoticeFeeTests {
  static let cases: [(String, String)] = [
    ("重修费80元/学分", "fee 80 per credit"),
    ("按100元/ 学分收取", "fee 100 per credit"),
    ("110-120元/学分", "fee 110 .. 120 per credit"),
    ("每门20元", "fee 20 per course"),
    ("每學分129元", "fee 129 per credit"),
    ("150元/门，80.5元/学分", "fee 150 per course; fee 80.5 per credit"),
    ("130/学分", "fee 130 per credit"),
    ("每学分人民币80元", "fee 80 per credit"),
    ("暑修學分費每學分新台幣 2,000 元整", "fee 2000 per credit"),
    ("每门1,2元", ""),
    ("手续费2元/笔", ""),
    ("学费总额的1/2", ""),
  ]

  @Test(arguments: cases)
  func reads(_ c: (String, String)) {
    #expect(NoticeFee.all(in: c.0).map(\.statement).joined(separator: "; ") == c.1, "\(c.0)")
  }
}

/// Payment windows read from where a notice puts them.
struct NoticePaymentTests {
  func draft(_ text: String) -> String {
    noticeDraft(text, term: "2019-2020-1", weekOne: CivilDate(year: 2019, month: 9, day: 2))
  }

  @Test func anItemThatSaysOnlyThatItPaysMakesItsSubItemsWindowsAndKeepsTheirOpeningHour() {
    let d = draft(
      """
      四、缴费安排
      1. 9月19日,教务处将报名名单反馈给学院。
      2.缴费
      (1)长清湖校区,9月21日,9:00-12:00,文昌楼312室;
      (2)千佛山校区,9月22日,9:00-12:00,文化楼0120室。
      """
    )
    #expect(
      d.contains(
        "window 9月21日至9月21日 12:00  # TODO: the notice opens it at 09:00; a window opens at the start of its first day"
      )
    )
    #expect(d.contains("window 9月22日至9月22日 12:00"))
    #expect(!d.contains("step 长清湖校区"))
  }

  @Test func aWindowBetweenISODatesIsWrittenSoTheDraftParses() {
    let d = draft("关于缴费的通知\n(二)缴费时间:2019-09-15至2019-09-20。\n")
    #expect(d.contains("window 2019年9月15日至2019年9月20日"))
    #expect(!d.contains("window 2019-09-15"))
  }

  @Test func aRegistrationWhoseProcedurePaysIsTheWindowToPayIn() {
    let notice = """
      关于重修报名的通知
      一、时间安排及收费标准
      1. 报名时间:2019年9月14日00:00-9月17日24:00。
      2. 收费标准:每门20元。
      二、报名程序
      第一步:报名。登录教务系统选择课程。
      第二步:缴费。网页跳转至统一支付平台,按提示缴费。

      """
    let d = draft(notice)
    #expect(d.contains("  owner 待定  # TODO: the item names no office\n  window 2019年9月14日至2019年9月17日 24:00\n"))
    #expect(d.contains("  # TODO: the window of 报名, which the notice pays for as it is done (第二步:缴费)\n"))
    #expect(d.contains("  fee 20 per course\n"))
    // Without the procedure's paying step, the fee has no window: the registration stays a step.
    let plain = draft(notice.replacingOccurrences(of: "第二步:缴费。", with: "第二步:确认。"))
    #expect(!plain.contains("\npayment "))
    #expect(plain.contains("TODO: fee 20 per course: the notice gives no payment window for it"))
  }

  @Test func anActTheNoticePaysForAsItIsDoneHasTheWindowToPayIn() {
    let confirm =
      "计算机等级考试报名说明\n二、在规定时间内携带报名登记表到考点确认报名并缴纳报名费(每人120元)。\n网上注册时间:2019年9月1日-9月10日\n现场确认时间:2019年9月10日-9月12日\n"
    let d = draft(confirm)
    #expect(d.contains("  window 2019年9月10日至2019年9月12日\n"))
    #expect(
      d.contains(
        "  # TODO: the window of 确认, which the notice pays for as it is done (二、在规定时间内携带报名登记表到考点确认报名并缴纳报名费(每人120元))\n"
      )
    )
    #expect(!d.contains("window 2019年9月1日"))
    let online = "关于等级考试报名的通知\n一、报名方式:网上报名、网上缴费。报名费每科105元。\n二、网上报名:2019年9月1日至9月10日。\n"
    #expect(draft(online).contains("  window 2019年9月1日至2019年9月10日\n"))
    let fee = "关于等级考试报名的通知\n网上报名时间为9月1日9:00至9月10日12:00。\n学生:进入网上银行完成在线支付报名费。一级70元。\n"
    #expect(draft(fee).contains("  window 9月1日至9月10日 12:00"))
    // Paying said of what is not done, or no money named, or two windows of the act: no window to pay in.
    #expect(!draft(online.replacingOccurrences(of: "网上报名、网上缴费", with: "不包括代为报名、网上缴费")).contains("\npayment "))
    #expect(!draft(online.replacingOccurrences(of: "报名费每科105元。", with: "")).contains("\npayment "))
    #expect(!draft(online + "三、补报名:2019年9月20日至9月21日。\n").contains("\npayment "))
  }

  @Test func aDayTheSentenceNamesThenPaysBeforeIsTheDue() {
    let d = draft("关于开学的通知\n1.106学年度第2学期开学日为2019年9月2日(一),请于开学日前完成注册缴费。\n")
    #expect(d.contains("  title \"请于开学日前完成注册缴费\"\n"))
    #expect(d.contains("  due 2019年9月2日\n"))
    #expect(!d.contains("window 2019年9月2日至2019年9月2日"))
    // Work after the day, by the same name, is no due.
    #expect(!draft("关于开学的通知\n1.开学日为2019年9月2日,请于开学日后完成选课。\n").contains("  due 2019年9月2日\n"))
    #expect(!draft("关于开学的通知\n1.注册日为2019年9月2日,在注册日前一天存入学费。\n").contains("  due 2019年9月2日\n"))
  }

  @Test func aTimeNamedOnlyByTheWayOnePaysUnderAPayingHeadingIsAWindow() {
    let d = draft("关于暑修的公告\n九、暑修缴费时间及地点:\n(一)现场时间:9月14日(二)至9月16日(四)止,8:00至17:00\n")
    #expect(d.contains("window 9月14日至9月16日"))
    // Another work's time under the same heading is that work's.
    #expect(!draft("关于暑修的公告\n九、暑修缴费时间及地点:\n(一)报名时间:9月14日至9月16日止\n").contains("window "))
  }

  @Test func eachDateOfALabelledLineIsUnderItsLabelPastTheAsidesAndSemicolons() {
    let d = draft("关于暑修的通知\n一、时间\n缴费日期:(上期)6/6-6/11;(下期)7/11-7/14\n选课日期:(上期)5/21-5/23;6/3-6/4。\n")
    #expect(d.contains("window 6月6日至6月11日"))
    #expect(d.contains("window 7月11日至7月14日"))
    #expect(d.contains("step 选课2 {\n  title \"选课\"\n"))
    #expect(d.contains("start 6月3日\n  due 6月4日"))
  }

  @Test func aCampusLineUnderAPayingTimeIsItsWindowWithItsWeeklyHoursKept() {
    let d = draft("关于学生缴费的说明\n一、学生缴费时间:\n1.老校区:按正常工作日安排。\n2.新校区:10月、11月的每周一、三、五的9:00至16:00。\n")
    #expect(d.contains("  window 10月1日至11月30日\n  # TODO: paid only 每周一、三、五的9:00至16:00; a window is whole days\n"))
    #expect(!d.contains("\nstep "))
    let xingqi = draft("关于学生缴费的说明\n一、学生缴费时间:\n2.新校区:10月、11月的每星期一、三、五的9:00至16:00。\n")
    #expect(xingqi.contains("  # TODO: paid only 每星期一、三、五的9:00至16:00; a window is whole days\n"))
    // A campus's line under a heading that names no paying is work of its own.
    #expect(!draft("关于考试的通知\n一、考试时间:\n2.新校区:10月、11月的每周一。\n").contains("payment "))
  }

  @Test func aCampusLineUnderASettlingTimeIsItsWindow() {
    let d = draft("关于教材款结算的通知\n一、结算时间:\n黄海校区:2019年11月11日(星期一)\n二、结算地点:\n黄海校区:1教309\n")
    #expect(d.contains("  window 2019年11月11日至2019年11月11日\n"))
    #expect(!draft("关于考试的通知\n一、考试时间:\n黄海校区:2019年11月11日(星期一)\n").contains("\npayment "))
  }

  @Test func aDayItOpensOnAndALaterOneItClosesByAreOneWindow() {
    let d = draft("关于选课的通知\n5月31日12:30,选课系统重新开放,学生均可登录选课,第二阶段选课将于6月6日8:00截止。\n")
    #expect(d.contains("  start 5月31日 12:30\n  due 6月6日 08:00\n"))
    // A start and a due of two works stay two steps.
    let two = draft("关于休学的通知\n1月4日后研究生请自行至注册组申请,并于1月31日前完成相关程序。\n")
    #expect(two.contains("  start 1月4日\n") && !two.contains("  start 1月4日\n  due"))
  }

  @Test func theHoursAfterAStepsSpanAreItsNoteAndTheWorkAfterThemItsTitle() {
    let d = draft("关于论文检测的通知\n2、院系收集论文后,统一交到学位办,从3月16日到4月17日每周二、五上午集中提交。\n")
    #expect(d.contains("  title \"集中提交\"\n  owner 院系\n  start 3月16日\n  due 4月17日\n  note \"每周二、五上午\"\n"))
  }
}

/// Money collected or handed over on a day: a payment window, however the sentence words it.
struct NoticeCollectingTests {
  func draft(_ text: String) -> String {
    noticeDraft(text, term: "2020-2021-1", weekOne: CivilDate(year: 2020, month: 8, day: 31))
  }

  @Test func collectingTheFeesIsAPayment() {
    let d = draft("关于教材发放的通知\n各教学系:\n定于9月3日上午集中发放教材,9月5日(本周六)上午集中收取学生书费。\n")
    #expect(d.contains("window 9月5日至9月5日"))
    #expect(!d.contains("window 9月3日"))
  }

  @Test func aFeeHandedOverLaterInTheSentenceIsAPayment() {
    let d = draft("关于测试报名的通知\n二、报名\n9月20日(仅限一天),各教学单位以学院为单位,将签名确认后的信息表和报名费交到测试中心,交费方式为财务处缴费平台微信支付。\n")
    #expect(d.contains("window 9月20日至9月20日"))
    #expect(d.contains("channel \"财务处缴费平台\"\n"))
  }

  @Test func aTimeOfPayingAtTheEndOfALongSentenceIsAPayment() {
    let d = draft(
      "关于重修缴费的通知\n4.缴费\n学生要对个人所有重修课程的缴费总额进行计算,并将重修费足额存入银行卡中(如果卡内余额低于实际需要的划扣总额,将会造成划扣失败),统一划扣时间定在2020年9月27日-30日。\n"
    )
    #expect(d.contains("window 2020年9月27日至2020年9月30日"))
  }

  @Test func aRegistrationThatIsPaidAsItIsMadeIsAPayment() {
    let d = draft(
      "关于计算机等级考试报名的通知\n1.考试报名采取考生个人网上报名的方式进行,考生登陆报名网站(https://ncre-bm.neea.cn)进行报名及缴费,报名时间为:2020年9月1日10:00-9月5日16:00。\n2.考生于9月10日-9月12日到学院领取准考证,领取时间为9月10日-9月12日。\n"
    )
    #expect(d.contains("payment 缴费 {"))
    #expect(d.contains("window 2020年9月1日至2020年9月5日 16:00"))
    // Paying said of registering does not make another time a payment.
    #expect(!d.contains("window 9月10日"))
  }

  @Test func aPlatformIsNamedWithoutTheVerbThatLeadsThere() {
    let d = draft("关于退课缴费的通知\n缴费时间:9月3日-9月11日。点击支付按钮后会直接链接到支付平台支付。\n")
    #expect(d.contains("  channel \"支付平台\"\n"))
  }

  @Test func aChannelIsOneTheNoticeSaysPaymentsGoThrough() {
    let d = draft("关于缴费的通知\n缴费时间:9月3日-9月11日。可使用支付宝缴费。\n微信搜索\"考试吧\"获取更多考试资讯\n")
    #expect(d.contains("  channel \"支付宝\"\n"))
    #expect(!d.contains("channel \"微信\""))
  }

  @Test func aPaymentFromTheNoticesOwnDayIsAPayment() {
    let d = draft("【出纳组】结算学分学杂费公告\n发布时间:2020-09-20\n缴费:\n2.缴款期间:即日起至2020年10月12日截止。\n")
    #expect(d.contains("window 2020年9月20日至2020年10月12日"))
  }

  @Test func aBareTimeUnderAPayingSectionIsItsWindow() {
    let d = draft(
      "关于缴纳医疗保险费的通知\n二、缴费细则\n(一)缴费方式与时间\n1.现金缴费。\n2.时间:2020年9月10日至9月15日,上午8时至12时。\n三、基本流程\n1.时间:9月20日前报送名单。\n"
    )
    #expect(d.contains("window 2020年9月10日至9月15日"))
    #expect(!d.contains("window 9月20日"))
  }

  @Test func gradesHandedInAreNoPayment() {
    #expect(!NoticeRules.saysPaying("依本校行事历规定成绩缴交截止日为"))
    #expect(!NoticeRules.saysPaying("请于规定时间内缴交报告"))
    #expect(NoticeRules.saysPaying("请于规定时间内缴纳材料费"))
    #expect(NoticeRules.saysPaying("学杂费缴交期间"))
  }

  @Test func collectingFormsIsNoPayment() {
    let d = draft("关于教材的通知\n9月5日前收齐本班订书单,交教务处。\n")
    #expect(!d.contains("payment"))
  }

  @Test func payingOnTheWorksDayOrOnTheSpotIsAWindowBesideTheWork() {
    let d = draft("关于教材费结算的通知\n1、各毕业班班长请于6月8日(周三),9日(周四)前往教务科进行结算,持凭证可于当日前往财务部门办理补、退款手续;\n")
    #expect(d.contains("step 前往教务科进行结算 {\n"))
    #expect(
      d.contains("payment 缴费 {\n  owner 财务部门  # TODO: guessed from the item's other sentences\n  window 6月8日至6月9日\n")
    )
    #expect(d.contains("  # TODO: the window of the work above, which the notice pays at (持凭证可于当日前往财务部门办理补、退款手续)\n"))
    // The spot told in the undated sentence after the work's.
    let spot = draft("各院部:\n教材定于2020年10月14日-2020年10月20日发放。各班级至指定地点领取教材并现场与教材供应商进行费用结算。\n")
    #expect(spot.contains("window 2020年10月14日至2020年10月20日"))
    // A way of paying no longer taken, or a day with no paying, makes none.
    #expect(!draft("关于缴费的通知\n1.9月1日起实行批扣,批扣后不再受理现场缴费。\n").contains("payment "))
    #expect(!draft("关于考试的通知\n1.考试定于9月8日进行,当日考生凭证件入场。\n").contains("payment "))
  }
}

/// A table copied one cell per line, each ended by `|`, is joined back into its rows.
struct NoticeCellLineTests {
  @Test func cellsWithNoBarsBecomeRowsOfTheirHeader() {
    let lines = [
      "批次", "", "校学位会时间", "", "学位分会时间", "", "第1次", "", "秋季学期第11周(2021.11.15-2021.11.19", "", "2021.11.3", "",
      "第2次", "", "2022.1.4-2022.1.7", "", "2021.12.22前", "", "为保证校学位会的按时召开，校学位办不受理申请。",
    ]
    #expect(
      NoticeTable.joiningCellLines(lines) == [
        "批次 | 校学位会时间 | 学位分会时间 |", "第1次 | 秋季学期第11周(2021.11.15-2021.11.19 | 2021.11.3 |",
        "第2次 | 2022.1.4-2022.1.7 | 2021.12.22前 |", "", "为保证校学位会的按时召开，校学位办不受理申请。",
      ]
    )
    // Short lines that make no header stay as they were.
    let prose = ["教务处", "", "2019年5月7日", "", "附件", "名单"]
    #expect(NoticeTable.joiningCellLines(prose) == prose)
  }

  @Test func cellsOnTheirOwnLinesBecomeRows() {
    let lines = [
      "表1:考试安排", "考试日期 |", "级别 |", "考试科目 |", "备注 |", "第18周星期一(6月20日)上午 |", "2020级 |", "《英语》 |", "|",
      "考试日期 |", "级别 |", "考试科目 |", "备注 |", "第19周星期一(6月27日)上午 |", "2020级 |", "《心理学》 |", "|", "2021级 |",
      "《教育学》 |", "|", "二、其他",
    ]
    #expect(
      NoticeTable.joiningCellLines(lines) == [
        "表1:考试安排", "考试日期 | 级别 | 考试科目 | 备注 |", "第18周星期一(6月20日)上午 | 2020级 | 《英语》 | |",
        "考试日期 | 级别 | 考试科目 | 备注 |", "第19周星期一(6月27日)上午 | 2020级 | 《心理学》 | |",
        "第19周星期一(6月27日)上午 | 2021级 | 《教育学》 | |", "二、其他",
      ]
    )
    // Merged cells it cannot place (an owner column spanning rows): the lines stay as they were.
    let merged = ["对象 |", "事项 |", "开始时间 |", "学生 |", "退课 |", "2月26日 |", "补选 |", "2月28日 |"]
    #expect(NoticeTable.joiningCellLines(merged) == merged)
  }
}
