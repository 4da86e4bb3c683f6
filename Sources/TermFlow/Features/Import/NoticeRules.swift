/// What `termflow import` knows about how notices are written, as data: every word it looks for is
/// here, so a school whose notices say it differently changes a table, not the importer.
enum NoticeRules {
  /// Offices and roles named in full (the student roles below among them), tried longest first,
  /// before the generic suffix rule below. A subject such as 学生所在学院 would otherwise stop at 学生.
  static let knownOwners =
    [
      "学生所在学院", "学生所在院系", "开课学院", "开课单位", "开课部门", "开课院部", "开课院（部）", "开课院(部)", "开课院系",
      "课程开设单位", "课程承担单位", "二级学院", "各二级学院", "各教学单位", "各学院", "各院（部）", "各院(部)", "各院部", "各院系",
      "各系（部）", "各系(部)", "各系部", "各系", "各学习中心", "学习中心", "各函授站", "教学点", "各院部教学秘书", "各学院教学秘书",
      "各院（部）教学秘书", "各院(部)教学秘书", "各系、部教学秘书", "教学秘书", "教秘", "教务员", "教务处", "教务部", "教务科", "教务办公室",
      "教务办", "教学办", "教务与科研部", "考试中心", "教室管理科", "计划财务处", "财务处", "财务科", "财务部", "财务部门", "教学部", "学工处",
      "学生处", "学工部", "后勤处", "图书馆", "信息中心", "网络中心", "继续教育学院", "成人教育学院", "网络教育学院", "体育学院",
      "通识部", "任课老师", "任课教师", "授课教师", "监考教师", "指导教师", "指导老师", "辅导员", "班主任", "毕业生", "博士研究生", "硕士研究生",
      "计财处", "计划财务部", "班长", "学习委员", "管理员", "老生", "新生", "教师", "老师", "教职工", "员工", "经办人",
      "导师", "督导", "督导组", "研究生院", "学位办", "教研室", "学位申请者", "学位申请人", "申请者", "申请人",
      "学籍科", "考务科", "教学科", "教材科", "教材中心", "研究生处", "研究生部", "培养办", "院系",
    ] + studentRoles

  /// The offices longest first (学生所在学院 before 学生), worked out once.
  static let knownOwnersLongestFirst = knownOwners.sorted { $0.count > $1.count }
  static let knownOwnerCharacters = knownOwnersLongestFirst.map { Array($0) }
  /// The same, by first character (longest first within each): a sentence is searched in one pass
  /// whatever the lexicon's size.
  static let knownOwnersByFirst: [Character: [[Character]]] = Dictionary(
    grouping: knownOwnerCharacters.filter { !$0.isEmpty },
    by: { $0[0] }
  )

  /// `交:管理办`, `送至教务处`: a cell naming where the work goes, without its verb. The verb is one
  /// only before a colon or an office (`交管理办` but not `交通学院`).
  static func withoutHandingVerb(_ cell: String) -> String {
    for v in ["交至", "送至", "报至", "报送", "交给", "交", "送", "报"] where cell.hasPrefix(v) {
      let rest = cell.dropFirst(v.count)
      let office = rest.drop { ":：".contains($0) }
      if !office.isEmpty, rest.count > office.count || knownOwners.contains(where: { office.hasPrefix($0) }) {
        return String(office)
      }
    }
    return cell
  }

  /// `东主楼10区105`, `办公楼201室`: a room, which says where the work is done, not who does it. A
  /// room's number follows a building's word or comes before 室 (`2022级`, `1院` are people).
  static func namesRoom(_ cell: String) -> Bool {
    let chars = Array(cell)
    return chars.indices.contains { i in
      guard chars[i].isASCII, chars[i].isNumber else { return false }
      let next = chars[i...].first { !($0.isASCII && $0.isNumber) }
      return i > 0 && "楼区座层馆".contains(chars[i - 1]) || next == "室"
    }
  }

  /// Words that open a condition, not a task (`若校外实习单位不便于…`).
  static let conditionLeads = ["若", "如果", "如遇", "如有", "凡"]

  /// Words after a role that make it the owner of a thing, not the one acting (`研究生成绩`, `学生的`).
  static let possessedNouns = ["的", "成绩", "名单", "信息", "学籍", "管理系统", "系统", "档案", "学号", "账号", "证"]

  /// What may follow a date that lost its 日 as well as its 月 in copying (`621前`, `35—37日`), where
  /// digits run on to no 日. After a range's connector the end may also close its clause (`~223,`).
  static let lostDayFollowers = [
    "前", "之前", "以前", "起", "开始", "截止", "止", "至", "到", "—", "–", "-", "~", "～", "上午", "下午", "中午", "晚上", "(周", "（周", "(星期",
    "（星期",
  ]
  static let lostDayEnds = ["，", ",", "。", "；", ";", " "]

  /// What joins one doer's name to the next (`各系、部`, `教务处和研究生院`).
  static let nameJoiners = ["、", "和", "及", "与"]

  /// The longest an office's name runs, in characters.
  static let ownerMaxLength = 12

  /// What students of a grade are (`2020级新生`, `2018级三年制高职`): the end of a grade group's name.
  static let gradeKinds = studentRoles + ["新生", "老生", "毕业生", "高职", "本科", "专科", "硕士", "博士"]
  static let gradeKindMaxLength = 8

  /// Actors named only as a clause's subject, right before what they do (`学校将于7月30日…划转`,
  /// `9月6日银行代扣`): elsewhere they are places and owners' qualifiers (`存入银行卡`, `按学校规定`).
  static let subjectOnlyOwners = ["学校", "银行", "学院", "院系"]
  static let subjectOnlyFirsts = Set(subjectOnlyOwners.compactMap(\.first))
  static let subjectVerbs = [
    "将", "于", "统一", "委托", "再", "会", "已", "代扣", "划扣", "扣款", "划转", "录入", "提交", "组织", "负责", "须", "需", "应",
    "完成", "初审", "审核", "复审", "审查", "公布", "汇总", "核对", "统计", "上报", "报送", "安排", "推荐", "审批", "评选", "确定",
    "发放", "收集", "自查", "抽查", "复查", "检查", "结合", "根据", "按照", "对", "冻结", "通过",
  ]

  /// Words that open a clause before its subject: `由教务处…`, `请学生…`.
  /// `以系为单位`: each unit of the kind named acts (各系).
  static let unitKinds = ["系", "学院", "院系", "专业", "部门", "院部", "教研室", "年级"]
  static let clauseOpeners = ["由", "请", "各", "经", "即"]
  /// Before grades, the word that names every grade but those (`非2017级的研究生`).
  static let gradesExcept = "非"
  /// Names that open with an opener's character (`经济管理学院`, `经管学院`): not an opener then.
  static let namesOfOpeners = ["经济", "经管", "经贸", "经营"]
  /// Verbs that, alone after a date, say only that something happens then (`…定于3月9日进行`).
  /// Words that send the reader elsewhere for the details (`具体时间详见…`, `另行通知`).
  static let referrals = ["具体时间", "具体安排", "具体事宜", "详见", "详情见", "参见", "另行通知", "另行安排"]
  /// Words before a form that refer to it, not hand it in (`详见《安排表》`, `按照《管理办法》`).
  static let formReferences = ["详见", "参见", "参阅", "参照", "按照", "依据", "根据", "依照", "遵照", "查看", "查阅", "请见"]
  static let bareVerbs = ["进行", "举行", "开始", "结束", "举办", "完成"]

  /// Words that lead from a subject to its date (`专业课考试时间定于3月9日`).
  static let dateLeads = ["将于", "定于", "定在", "定为", "拟于", "安排在", "安排于", "计划于", "于", "在", "为", "从", "自"]

  /// Labels that say only that a time follows, not what it is the time of.
  static let timeLabels = ["时间", "日期", "时段", "具体时间", "时间安排", "起止时间", "截止时间", "期间", "期限"]
  /// Ways of paying a label may name before its time (`现场时间`, `网上缴费时间` is named by its own word).
  static let payingModes = ["现场", "网上", "线上", "线下", "窗口", "集中"]
  /// Words that declare who a notice is for: `二、报名对象：在校生`, `一、面向对象`, `适用范围：…`.
  static let audienceWords = ["对象", "适用范围", "报名范围"]
  /// Roles that make an addressee (`各位同学：`) the audience.
  /// Words that pick out people by what they have not done (`…前未报名的同学`): such a date is a
  /// condition, not a step.
  static let notDoneWords = ["未", "没有", "失败", "逾期"]
  /// Words that open what befalls those who do not act (`未在网上报名的学生不能交费`, `逾期不予受理`).
  static let consequenceLeads = ["未", "没有", "逾期", "否则", "过期", "超过"]
  /// Words that put a week in another term than the notice's (`下学期第25周`).
  static let otherTerms = ["下学期", "下学年", "下一学期", "下个学期", "上学期", "秋季学期开学", "春季学期开学"]
  /// What makes a dated clause a file's name (`2014年8月21日扣划名单.xls`), not work.
  static let fileExtensions = [".xls", ".doc", ".pdf", ".rar", ".zip", ".wps", ".et"]
  /// After `截止12月10日`, a count of what stands then (`还有部分学生未缴交`): a status, not work.
  static let statusWords = ["还有", "仍有", "仍然有", "依然有", "尚有", "已有", "共有", "更新"]
  /// A clause after a date that ends so says the day is a holiday (`6月3日端午节休息`): no work.
  /// What a number after a month may count, so that it is no day that lost its 日 (`3月12人`, `4月5号楼`).
  static let lostDayUnits: Set<Character> = Set("日号时点分秒人名个次元楼室周天届级年月期门本份组班批万千百岁位项节课条张套间栋层米余多")
  static let holidayEnds = ["休息", "放假", "休假", "调休"]
  /// What says classes begin on a day (`正式上课`, `开课时间:`): the calendar's, not work.
  static let classesBegin = ["上课", "开课", "开学上课"]
  /// The term's periods that no one works at (`暑假`, `上班(2周)` in a 周历's list), and labels that give
  /// a term's span or end (`夏季学期的实施时间为`, `本学期定于7月5日结束`), as a date's label says them.
  /// A sentence that points to the table below it: the office it names runs the table's rows.
  static let tableBelow = ["见下表", "按下表", "如下表", "下表所示", "表如下"]
  static let calendarPeriods = ["暑假", "寒假", "放暑假", "放寒假", "假期", "放假", "上班"]
  static let termSpans = ["学期的实施", "学期实施", "学期起止", "本学期"]
  /// Before a date, what says it is past (`选课已于2019年9月8日结束`): no work to schedule.
  /// After a day, what moves its work to the next day the sentence names: the first day no longer is one.
  static let movedTo = [
    "调整至", "调整到", "调整为", "调至", "调到", "改至", "改到", "改为", "改在", "提前到", "提前至", "推迟到", "推迟至", "延期至", "延期到",
  ]
  static let pastLeads = ["已于", "已在", "已经于", "已经在", "已经"]
  static let studentRoles = [
    "学生", "同学", "考生", "本科生", "研究生", "在校生", "博士生", "硕士生", "留学生", "学员", "函授生", "本校生", "校外生", "外校生",
  ]
  /// The work students do in a notice, which its audience owns when the sentence names no one.
  static let studentWork = ["报名", "选课", "退课", "补选", "缴费", "交费", "申请"]
  /// The work teachers do, which the teachers the notice is addressed to (`各学院及任课教师：`) own when
  /// the sentence names no one.
  static let teacherWork = ["成绩录入", "录入成绩", "成绩登录", "阅卷", "命题", "出题", "监考", "提交成绩"]
  /// Grades and what is done to them, with words between (`研究生成绩网上录入`): a teacher's work too.
  static let teacherWorkSplit: [(thing: String, verbs: [String])] = [("成绩", ["录入", "登录", "登分", "上传"])]

  static func isTeacherWork(_ text: String) -> Bool {
    teacherWork.contains(where: text.contains)
      || teacherWorkSplit.contains { w in text.contains(w.thing) && w.verbs.contains(where: text.contains) }
  }
  static let teacherRoles = ["教师", "老师"]
  /// Common surnames: `徐老师` is one person, someone to hand things to or ask.
  static let surnames = Set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦付傅方邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱覃戴莫孔汤庞闵翟牛"
  )

  /// A clause before its date whose subject is the work itself (`…答辩工作将于`).
  /// `…答辩工作将于`, `…补考时间安排在`: the work, or its time, leading to the date as the sentence's
  /// subject.
  static func workAsSubject(_ clause: String) -> Bool {
    guard let lead = dateLeads.first(where: { clause.hasSuffix($0) }) else { return false }
    let work = clause.dropLast(lead.count)
    return workSubjects.contains { work.hasSuffix($0) }
  }
  static let workSubjects = ["工作", "时间", "考试", "补考", "答辩"]

  /// Words that open a sentence by saying when (`在此期间，考生登录…`), before its subject.
  /// Words that say a notice plans the next term (`保证下学期课程教学正常运行`).
  static let nextTermWords = ["下学期", "下一学期", "下学年", "下一学年", "下个学期"]
  static let timeAdverbs = ["在此期间", "在此之前", "此期间", "期间", "届时", "此后"]

  /// A label before a date that says the date closes something (`选课系统关闭时间:`, `截止`) or opens
  /// something that then stays open (`系统开放时间:`, `…开始时间`).
  static let closingLabels = ["截止", "截至", "不晚于", "关闭", "延缓", "延长", "推迟", "顺延"]
  static let openingLabels = ["开放", "开通", "开始"]

  static func isStudentRole(_ name: String) -> Bool { studentRoles.contains { name.hasSuffix($0) } }
  /// Where students are taught, by which a notice splits its windows (`新校区:10月…`, `日喀则函授站`).
  static func isCampus(_ name: String) -> Bool { campuses.contains { name.hasSuffix($0) } }
  static let campuses = ["校区", "本部", "分校", "函授站", "教学点", "校园", "院区"]
  /// Students, or a group of them by when they entered or leave (`毕业生`): whose work a sentence may
  /// be about (`2014届毕业生补考时间安排在…`) while others run it.
  static func isStudentGroup(_ name: String) -> Bool {
    isStudentRole(name) || studentGroups.contains { name.hasSuffix($0) }
  }
  static let studentGroups = ["毕业生", "新生", "老生"]

  /// Events a range may run until without a day of their own (`9月1日-考试`, `即日起至开学前`).
  static let undatedEnds = ["考试", "考前", "开考", "开学", "报到", "毕业", "答辩", "离校"]
  /// Parts of a day said after a date with no hour (`9月17日上午`): the date's, not the work's words.
  static let dayParts = ["上、下午", "上午", "下午", "中午", "晚上", "早上", "全天"]

  /// Words between a date and its subject: `9月26日（第4周星期三）前，` or `于9月26日`.
  static let afterDate = ["之前", "以前", "前", "之内", "以内", "内", "期间", "之间", "起", "开始", "，", ",", "、", " ", "：", ":"]

  /// A sentence that gives the payment window: `缴费时间为9月26日到9月28日`.
  /// A clause after a window's that makes it a payment: paying for the registering (`报名付款`), or
  /// paying in the time above (`需在上述时间到图书馆付款`).
  static let paysForRegistering = [
    "报名付款", "报名缴费", "报名并缴费", "报名并付款", "报名交费", "报名并交费", "报名及缴费", "报名和缴费", "报名与缴费", "报名、缴费",
  ]
  static let theTimeAbove = ["上述时间", "上述期间", "此期间", "该期间", "规定时间内"]
  static func paysForTheAbove(_ clause: String) -> Bool {
    registersAndPays(clause) || feeHandedOver.contains(where: { clause.contains($0) })
      || theTimeAbove.contains { clause.contains($0) } && (paymentWords + ["付款"]).contains { clause.contains($0) }
  }
  /// Whether `text` says registering is paid for as it is made (`进行报名及缴费`).
  static func registersAndPays(_ text: String) -> Bool {
    // `核对本次报名缴费人数`: a count of those who paid, no paying.
    let paid = ["人数", "金额", "情况", "名单", "数据", "信息"]
    return paysForRegistering.contains { w in
      text.ranges(of: w).contains { r in !paid.contains { text[r.upperBound...].hasPrefix($0) } }
    }
  }

  /// Whether `text` says paying: a payment word not said of those who did not pay (`取消未缴费的学生`),
  /// nor of a thing handed in (`成绩缴交截止日`: grades are submitted, as 缴交 says in Taiwan).
  static func saysPaying(_ text: String) -> Bool {
    paymentWords.contains { w in
      text.ranges(of: w).contains { r in
        !(notDoneWords + handedIn).contains { text[..<r.lowerBound].hasSuffix($0) }
          && !handedIn.contains { h in
            text[r.upperBound...].hasPrefix(h) && !text[r.upperBound...].dropFirst(h.count).hasPrefix("费")
          }
      }
    }
  }
  static let handedIn = ["成绩", "作业", "报告", "资料", "材料", "论文", "名单", "表格", "申请表", "单据"]

  static let paymentWords = [
    "缴费时间", "缴费日期", "缴费期间", "缴费时段", "缴费", "交费", "缴纳", "收费", "扣款", "代扣", "扣划", "划扣", "划转", "支付",
    "上缴", "缴交", "交纳", "缴款", "交款", "收缴", "批扣",
  ]

  /// A section's heading that names a time of paying (`二、缴费对象及时间`), settling the money owed
  /// included (`一、结算时间:` over `黄海校区:11月11日`).
  static let payingHeadingWords = paymentWords + ["结算"]
  /// `缴费`, `交费时间`: a heading that names a payment and nothing else.
  static func namesPaymentOnly(_ heading: String) -> Bool {
    var h = Substring(heading)
    for w in ["时间", "日期", "安排", "时段"] where h.hasSuffix(w) { h = h.dropLast(w.count) }
    return paymentWords.contains(String(h))
  }

  /// A payment said with a count or what is paid between its verb and its object (`学校再划一次款`,
  /// `补交书费差额`).
  /// Collecting is said with what is collected between (`集中收取学生书费`, `收齐本班教材费用`), further off.
  static let paymentSplitWords: [(verb: String, object: Character, within: Int)] = [
    ("划", "款", 3), ("扣", "款", 3), ("扣", "费", 3), ("交", "费", 3), ("缴", "费", 3), ("收取", "费", 6), ("收齐", "费", 6),
  ]
  /// A fee handed over, said before its verb (`将信息表和报名费交到测试中心`): paying, wherever in the
  /// sentence it stands.
  static let feeHandedOver = ["费交到", "费交至", "费交给", "费上交", "费缴至", "费缴到", "费送交", "费送至"]

  /// Verbs that hand a form to an office: `将《表》报送教务处`.
  static let deliverVerbs = ["报送", "提交至", "提交给", "提交", "交至", "交给", "送至", "报至", "报给", "报"]

  /// A title runs over lines until it ends with one of these.
  static let titleEnds = ["通知", "通告", "公告", "安排", "办法", "流程", "方案", "说明", "提醒", "要求"]

  /// Offices that take payments: the owner a payment window's sentence does not name is the last of
  /// these its item names.
  static let payingOffices = ["财务处", "收费管理科", "财务科", "计财处", "财务部", "财务部门"]
  /// Words that put a clause at the time of the work before it: its day, or its place.
  static let thenWords = ["当日", "当天", "同日", "当场", "现场"]
  static let negations = ["不", "无需", "无须", "勿", "停止"]
  /// Paying joined to the act before it (`确认报名并缴纳报名费`, `网上报名、网上缴费`), and the acts so paid for.
  static let joinedPaying = ["并缴纳", "并缴费", "并交费", "并交纳", "并支付", "并付款", "、网上缴费", "、缴费", "、在线缴费", "、网上支付"]
  static let paidActs = ["报名", "确认", "注册", "报到", "选课", "预约", "登记"]
  static let registrationFeePaid = ["支付报名费", "缴纳报名费", "交纳报名费", "缴报名费", "交报名费", "支付报名考试费", "缴纳报名考试费"]
  /// Money settled, not paid in a window of its own: the balance paid or refunded (`办理补、退款手续`).
  static let settlingWords = ["费用结算", "结算费用", "付款", "补款", "退款", "补交"]

  /// A number is a phone only with one of these on its line, unless its shape says so on its own
  /// (an area code `0535-6916496`, a service line `4006511512`): ids, dates and codes are numbers too.
  static let phoneWords = ["电话", "致电", "联系", "客服", "热线", "咨询", "Tel", "tel"]

  /// Headings whose items are standing duties with no date: each becomes a `policy`.
  static let policyHeadings = ["其他事项", "其它事项", "注意事项", "有关要求", "工作要求"]

  /// A short line ending in ： names the addressees (各教学单位：) unless it holds one of these.
  static let notAddressees = ["附件", "如下", "，", "步骤", "方式"] + policyHeadings

  /// Lines that start the notice's tail: attachments, copies, the printing line.
  static let attachmentPrefixes = ["附件", "附:", "附："]
  static let copyPrefixes = ["抄送", "抄报"]

  /// Words stripped from a step's title to make its name: `完成期初补考成绩录入工作` → 期初补考成绩录入.
  static let nameDropPrefixes = ["根据相关要求", "按要求", "及时", "完成", "组织", "做好", "进行"]
  static let nameDropSuffixes = ["工作", "事宜", "等"]
  static let nameMaxLength = 12

  /// How a numbered item starts: `1.`, `1、`, `1．`, `（1）`, `(1)`, `一、`, `第一步：`.
  static let itemClosers: Set<Character> = [".", "、", "．", "：", ":"]

  /// What 各 addresses: `各学院`, `各教学院(部)`, `各系、部`, `各承担单位`, `各位教师`.
  static let groupSuffixes = [
    "学院", "院", "系", "部", "(部)", "（部）", "(系)", "（系）", "单位", "中心", "处", "科", "教学秘书", "秘书", "教师", "老师",
    "辅导员", "班主任", "学生", "同学", "小组", "班", "班级", "班长", "评阅人", "负责人", "联系人", "机构", "教研室", "年级",
  ]

  /// Verbs by which an office tells others to act (`请各学院通知本单位的班长于4月7日…领取`): whom they
  /// name does the dated work. Not 组织 or 安排: an office that organises the work still runs it.
  static let causativeVerbs = ["通知", "督促", "要求", "提醒"]

  /// Where a payment is made, as notices name it: each found in the notice becomes a `channel`.
  static let paymentChannels = ["微信", "支付宝", "银行代扣", "现场缴费", "今日校园", "云闪付"]

  /// A platform named by what it is (`综合支付平台`, `网上缴费平台`): the words before one of these, with it.
  static let paymentPlatforms = ["支付平台", "缴费平台", "缴费系统", "收费平台"]

  /// A notice's closing words: a date under them is its signature's.
  static let closings = ["特此通知", "特此公告", "特此说明", "此通知", "以上通知"]

  /// A schedule table's column names: when, what, who.
  /// The longest a table's column name runs (`107学年度 暑期开课`, `本校生选课期间`).
  static let columnNameMaxLength = 12
  static let tableTimeHeaders = ["时间", "日期", "时段", "截止", "期间"]
  /// A time column of days the table replaces (`原订日期 | 调整后日期`).
  static let supersededHeaders = ["原订", "原定", "原计划", "调整前", "变更前"]

  /// Whether a table's work cell names a day of the term's own calendar (`暑假开始日`, `寒假`).
  static func namesCalendarDay(_ label: String) -> Bool {
    var t = withoutDayWord(label)
    for w in ["开始", "结束"] where t.hasSuffix(w) { t = t.dropLast(w.count) }
    return calendarPeriods.contains { $0 != "上班" && t == $0 }
  }

  /// Whether a label names a day that closes something (`成绩缴交截止日`, `截止时间`).
  static func namesClosing(_ label: String) -> Bool {
    let t = withoutDayWord(label)
    return closingLabels.contains { t.hasSuffix($0) }
  }

  /// A label less its colon and the word for a day or time it ends with (`截止日:` → 截止).
  private static func withoutDayWord(_ label: String) -> Substring {
    var t = Substring(label.trimmingCharacters(in: .whitespaces))
    while let last = t.last, ":：".contains(last) { t = t.dropLast() }
    if let w = ["时间", "日期", "日"].first(where: { t.hasSuffix($0) }) { t = t.dropLast(w.count) }
    return t
  }
  /// Time columns that open and close one range (`起始时间 | 结束时间`).
  static let tableStartHeaders = ["起", "开始"]
  static let tableEndHeaders = ["结束", "截止", "止"]
  /// Verbs that tell an office to see work done (`做好…工作`): the addressee's, whoever the work is for.
  static let overseeingVerbs = ["做好", "抓好", "组织好", "落实好", "安排好", "督促"]
  /// A column of the teaching weeks a row's dates are in.
  static let tableWeekHeaders = ["周次", "周", "教学周", "周别", "週次"]
  static let tableWorkHeaders = ["内容", "任务", "事项", "事宜", "工作", "安排", "项目", "步骤", "环节", "科目", "流程", "程序"]
  static let tableOwnerHeaders = ["负责", "责任", "承办", "牵头", "执行", "部门", "单位", "对象"]
  /// Columns that are rounds of the same work (`时间节点 | 第一批 | 第二批 | 第三批`): each cell a date.
  static let tableBatchHeaders = ["批", "次", "轮", "季", "学期", "阶段"]
  /// A table's first column named so holds deadlines: a day in it is a due (`时间节点`: a milestone).
  static let tableDueHeaders = ["节点", "截止"]
}
