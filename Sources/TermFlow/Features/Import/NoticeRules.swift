/// What `termflow import` knows about how notices are written, as data: every word it looks for is
/// here, so a school whose notices say it differently changes a table, not the importer.
enum NoticeRules {
  /// Offices named in full, tried longest first, before the generic suffix rule below. A subject
  /// such as 学生所在学院 would otherwise stop at 学生.
  static let knownOwners = [
    "学生所在学院", "开课学院", "二级学院", "各教学单位", "各学院", "教务处", "计划财务处", "财务处", "教学部",
    "学工处", "后勤处", "继续教育学院", "体育学院", "通识部", "任课老师", "任课教师", "辅导员", "学生",
  ]

  /// A name ending in one of these, at the start of a clause, is an office (longest first).
  static let ownerSuffixes = ["办公室", "学院", "中心", "处", "部", "科"]

  /// A clause opening with a verb names no office, whatever suffix follows (`加强学院巡视`).
  static let ownerStopPrefixes = ["加强", "做好", "组织", "完成", "根据", "按照", "认真", "严格", "应", "须", "需"]

  /// The longest an office's name runs, in characters.
  static let ownerMaxLength = 12

  /// Words that open a clause before its subject: `由教务处…`, `请学生…`.
  static let clauseOpeners = ["由", "请", "各", "经"]

  /// Words between a date and its subject: `9月26日（第4周星期三）前，` or `于9月26日`.
  static let afterDate = ["之前", "以前", "前", "起", "开始", "，", ",", "、", " ", "：", ":"]

  /// A sentence that gives the payment window: `缴费时间为9月26日到9月28日`.
  static let paymentWords = ["缴费时间", "缴费日期", "缴费期间", "缴费时段", "缴费"]

  /// Verbs that hand a form to an office: `将《表》报送教务处`.
  static let deliverVerbs = ["报送", "提交至", "提交给", "提交", "交至", "交给", "送至", "报至", "报给", "报"]

  /// A title runs over lines until it ends with one of these.
  static let titleEnds = ["通知", "通告", "公告", "安排", "办法", "流程"]

  /// Offices that take payments: the owner a payment window's sentence does not name is the last of
  /// these its item names.
  static let payingOffices = ["财务处", "收费管理科", "财务科"]

  /// A number is a phone only with one of these on its line, unless its shape says so on its own
  /// (an area code `0535-6916496`, a service line `4006511512`): ids, dates and codes are numbers too.
  static let phoneWords = ["电话", "致电", "联系", "客服", "热线", "咨询", "Tel", "tel"]

  /// Headings whose items are standing duties with no date: each becomes a `policy`.
  static let policyHeadings = ["其他事项", "其它事项", "注意事项", "有关要求", "工作要求"]

  /// A short line ending in ： names the addressees (各教学单位：) unless it holds one of these.
  static let notAddressees = ["附件", "如下", "，", "步骤", "方式"]

  /// Lines that start the notice's tail: attachments, copies, the printing line.
  static let attachmentPrefixes = ["附件"]
  static let copyPrefixes = ["抄送", "抄报"]

  /// Words stripped from a step's title to make its name: `完成期初补考成绩录入工作` → 期初补考成绩录入.
  static let nameDropPrefixes = ["根据相关要求", "按要求", "及时", "完成", "组织", "做好", "进行"]
  static let nameDropSuffixes = ["工作", "事宜", "等"]
  static let nameMaxLength = 12

  /// How a numbered item starts: `1.`, `1、`, `1．`, `（1）`, `(1)`, `一、`, `第一步：`.
  static let itemClosers: Set<Character> = [".", "、", "．", "：", ":"]
}
