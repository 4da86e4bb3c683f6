import Testing

@testable import TermFlow

/// The head of a copied page: its title, its addressees and the page's own furniture around them.
struct NoticeHeaderTests {
  /// Drafted as the owner tests draft (the same term and week 1).
  func draft(_ text: String) -> String { NoticeOwnerTests().draft(text) }

  @Test func aDateUnderTheTitleBeforeTheAddresseeIsThePagesPostingDay() {
    let d = draft("最新通知\n当前位置: 首页最新通知\n关于做好2019届毕业生毕业资格审核的通知\n2019/4/25\n12809\n各学院(部):\n一、请各学院于5月10日前报送名单。\n")
    #expect(d.contains("# 页面: 2019/4/25\n"))
    #expect(!d.contains("on 2019年4月25日"))
    #expect(d.contains("due 5月10日前"))
    let timed = draft("联系我们\n关于做好2021年秋季开学工作的通知\n2021-08-16 11:09\n一、学生于9月1日返校。\n")
    #expect(timed.contains("# 页面: 2021-08-16 11:09\n"))
    // A signature typed with a letter O for its 〇 is the notice's day, no step.
    let signed = draft("关于补考的通知\n一、学生于10月20日前报名。\n教务处\n二O二一年十月十五日\n")
    #expect(!signed.contains("step 步骤"))
  }

  @Test func aNoticeThatCountsYearsFrom民国KeepsNoMainlandHolidays() {
    #expect(NoticeRules.countsROCYears("113年9月9日(星期一)上午11:00至9月23日"))
    #expect(NoticeRules.countsROCYears("112學年度第1學期".map { CopiedText.simplified($0) }.map(String.init).joined()))
    #expect(!NoticeRules.countsROCYears("毕业须修满120学分,建校100年校庆,2024年9月9日"))
    let d = draft("113學年度加退選課程時間公告\n一、時間:113年9月9日(星期一)至9月23日(星期一)止。\n")
    #expect(!d.contains("  holidays official\n"))
    #expect(d.contains("TODO: the notice counts its years from 民国 (Taiwan)"))
    #expect(draft("关于选课的通知\n一、时间:2024年9月9日至9月23日。\n").contains("  holidays official\n"))
  }

  @Test func aLineThatEndsAsTitlesDoIsTheTitleBelowThePagesFurniture() {
    func title(_ text: String) -> String? {
      draft(text).split(separator: "\n").first { $0.hasPrefix("workflow notice ") }.map(String.init)
    }
    // The page's section, named again in its breadcrumb, and its site links are passed over.
    let page = "设为首页 | 加入收藏\n教学通知\n您现在的位置: 首页» 教育教学» 教学通知\n教务处:关于做好2015年春季教材征订工作的通知\n各教学单位:\n一、征订时间\n2025年3月3日至3月5日。\n"
    #expect(title(page) == "workflow notice \"教务处:关于做好2015年春季教材征订工作的通知\"")
    #expect(title("跳到主要内容区\n通知公告\n[转教务处通知]关于提交考试安排的通知\n一、请于3月5日前提交。\n") == "workflow notice \"[转教务处通知]关于提交考试安排的通知\"")
    // Spread out, or begun on the line above with the term it is for.
    #expect(title("2009—2010学年度第二学期\n排 课 通 知\n一、请于3月5日前提交。\n") == "workflow notice \"2009—2010学年度第二学期排课通知\"")
    // A sentence that happens to end in 通知 is no title; nor are title words alone.
    #expect(title("学生工作\n具体时间,另行通知\n一、请于3月5日前提交。\n") == "workflow notice \"学生工作\"")
    #expect(title("首页新闻\n通知公告\n一、请于3月5日前提交。\n") == "workflow notice \"首页新闻\"")
    // A long first line below a breadcrumb and a posting line, too long to read as a title by its words.
    let long = "某某学院教务处关于2021-2022学年第2学期期末考试成绩查询、复核及2022-2023学年第1学期期初补(缓)考报名的通知"
    let posted = "首页 > 通知公告 > 正文\n发布时间：2022-08-19  浏览次数：128\n\(long)\n各学院:\n一、请于9月5日前提交。\n"
    #expect(title(posted) == "workflow notice \"\(long)\"")
  }

  @Test func aDateAndWhoPostedItUnderTheTitleIsThePagesPostingLine() {
    let d = draft("关于做好补考工作的通知\n2016-02-21 教务处  教务处\n各二级学院:\n一、学生于3月5日前报名。\n")
    #expect(d.contains("# 页面: 2016-02-21 教务处  教务处\n"))
    #expect(!d.contains("on 2016年2月21日"))
    // Taiwan's pages: who posted it and how often it was read.
    let taiwan = draft("加退选公告\n日期:2025/10/18 天数:90 公告人:教务处注册课务组 人气:499\n一、学生于10月20日前办理。\n")
    #expect(taiwan.contains("# 页面: 日期:2025/10/18"))
    // A state on a day (as of it, some have not paid) is no work.
    #expect(!draft("关于缴费的通知\n截至2019年12月5日,仍然有部分学生未缴纳学费。\n").contains("due 2019年12月5日"))
  }

  @Test func aDateOnTheLineBelowItsLabelIsThePagesPostingDay() {
    let d = draft("公告日期\n2025/03/20\n公告标题\n缴费公告\n一、缴款期间:即日起至2025年4月12日截止。\n")
    #expect(d.contains("# 页面: 2025/03/20\n"))
    #expect(d.contains("2025年3月20日至2025年4月12日"))
  }

  @Test func aLineOfBarsIsNoTitle() {
    #expect(draft("|\n107學年度暑修課程選課公告\n一、选课时间\n2025年3月3日至3月5日。\n").contains("workflow notice \"107学年度暑修课程选课公告\""))
    #expect(draft("|\n各位同学:\n一、缴费时间\n2025年3月3日至3月5日。\n").contains("workflow notice \"TODO: the notice's title\""))
  }

  @Test func aPagesEmptyLabelsAreNoAddressees() {
    let d = draft("关于选课的通知\n来源:\n浏览次数:\n分享:\n各学院:\n一、选课时间\n2025年3月3日至3月5日。\n")
    #expect(d.contains("  to \"各学院\"\n"))
    #expect(d.contains("# 页面: 来源:\n# 页面: 浏览次数:\n# 页面: 分享:\n"))
    // A posting line whose count the copy left out is no title either.
    let e = draft("18-03-04 15:07:19 浏览:\n各教学单位:\n一、检查时间\n2025年3月3日至3月5日。\n")
    #expect(e.contains("# 页面: 18-03-04 15:07:19 浏览:\n"))
    #expect(!e.contains("workflow notice \"18-03-04"))
  }

  @Test func aBilingualGreetingAddressesItsChineseHalf() {
    #expect(NoticeImporter.addressee("各位同学/ To all international undergraduates") == "各位同学")
    #expect(NoticeImporter.addressee("各学院:") == "各学院")
    #expect(NoticeImporter.addressee("一、报名时间:") == nil)
  }

  @Test func thoseEach各PicksOutAreAddressedAtLengthNotTheTitle() {
    #expect(NoticeImporter.addressee("各拟申请2026年上半年毕业的博士研究生:") == "各拟申请2026年上半年毕业的博士研究生")
    let d = draft("各拟申请2026年上半年毕业的博士研究生:\n一、科研成果审核\n即日起—3月1日前,提交科研成果材料。\n")
    #expect(!d.contains("workflow notice \"各拟申请"))
    #expect(d.contains("to \"各拟申请2026年上半年毕业的博士研究生\""))
  }

  @Test func aPageOpeningOnItsFirstItemHasNoTitleOrAddresseeFromTheBody() {
    #expect(NoticeImporter.addressee("注意事项:") == nil)
    let d = draft("一、报名时间:2025年3月3日10:00至3月5日12:00\n注意事项:\n(一)学生在系统中报名。\n")
    #expect(!d.contains("to \"注意事项\""))
    #expect(!d.contains("workflow notice \"一、"))
    #expect(d.contains("start 2025年3月3日 10:00"))
  }

  @Test func aTitleBelowThePagesFirstLinesIsTheTitleAndAHeadlineAboveItNoStep() {
    let d = draft(
      """
      English
      吹响冲锋号 —— 护理学专业认证协调会顺利召开    2023/11/02
      关于做好2014-2015学年第二学期开学初考试工作的通知
      各学院:
      开学初考试将于2025年3月9日至3月15日举行。
      """
    )
    #expect(d.contains("workflow notice \"关于做好2014-2015学年第二学期开学初考试工作的通知\""))
    #expect(d.contains("# 页面: 吹响冲锋号 —— 护理学专业认证协调会顺利召开    2023/11/02\n"))
    #expect(!d.contains("on 2023年11月2日"))
  }

  @Test func aTitleGoesOnOnlyOverShortLinesThatSayNothingOfTheirOwn() {
    let d = draft("通知公告\n关于财务处公布银行批量代扣交纳学费的预案\n发布日期:2010-05-17\n一、2025年5月15日前,财务处导出学生信息。\n")
    #expect(d.contains("workflow notice \"关于财务处公布银行批量代扣交纳学费的预案\""))
    #expect(d.contains("owner 财务处\n  due 2025年5月15日"))
  }

  @Test func aNoticeWhoseDatesAreAllInAnotherTermRunsInThatTerm() {
    func term(_ text: String) -> String {
      let d = NoticeImporter.read(text, source: "n.txt", term: nil, weekOne: nil).text(.en)
      return d.split(separator: "\n").first { $0.hasPrefix("term ") }.map(String.init) ?? ""
    }
    // Choosing next term's courses in December, and last spring's make-up exams in September.
    #expect(term("关于2024-2025学年第二学期选课的通知\n选课时间:2024年12月20日至2024年12月27日。\n") == "term 2024-2025-1 {")
    #expect(term("关于2024-2025学年第二学期补考的通知\n补考时间:2025年9月6日至9月7日。\n") == "term 2025-2026-1 {")
    // Dates without their year, or in July between the terms, leave the term the notice names.
    #expect(term("关于2024-2025学年第二学期选课的通知\n选课时间:12月20日至12月27日。\n") == "term 2024-2025-2 {")
    #expect(term("关于2021年秋季学期交费的通知\n交费时间:2021年7月11日-7月30日。\n") == "term 2021-2022-1 {")
  }
}
