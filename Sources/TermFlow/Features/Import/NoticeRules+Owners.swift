/// How an office's or a role's name ends, and the words around one that make it no doer: the
/// owner reader's lexicon, beside the known names in `NoticeRules`.
extension NoticeRules {
  /// Words an office's suffix begins (科目, 处理): where one follows, the name is no office's.
  static let suffixWords: Set<String> = ["科目", "科学", "科技", "科研", "处理", "处分", "处置", "部分", "部署", "办理", "办法"]
  /// A name ending in one of these, at the start of a clause, is an office (longest first).
  static let ownerSuffixes = ["办公室", "教研室", "学院", "中心", "处", "部", "科", "单位", "办", "小组", "委员会"]
  /// How a person's role the lexicon does not hold ends (`答辩秘书`, `各班级负责人`).
  static let roleSuffixes = ["秘书", "负责人", "辅导员", "班长", "班主任"]
  /// How a doer's name ends, an office's, a role's or the students': a line that ends so is no work's.
  static let doerEnds = ownerSuffixes + roleSuffixes + studentRoles
  /// Names that end like an office and are none (`本科` is a level of study, not a section).
  static let notOffices = [
    "本科", "专科", "学科", "预科", "文科", "理科", "工科", "全部", "内部", "外部", "局部", "到处", "为单位", "举办", "承办", "主办", "协办", "督办", "交办",
    "创办",
    "申办", "代办", "查办", "开办", "好办", "怎么办", "照办",
    // A table's column names (`责任部门`) name no office.
    "责任部", "责任单位", "执行部", "承办部", "牵头部",
  ]

  /// A clause opening with a verb names no office, whatever suffix follows (`加强学院巡视`).
  static let ownerStopPrefixes = [
    "加强", "做好", "组织", "完成", "前往", "由", "本次", "此次", "这次", "实行", "实施", "采取", "采用", "根据", "按照", "认真", "严格", "应", "须", "需",
    "交",
    "报", "送", "提交", "上交", "到", "在",
    "于", "向", "给", "将", "把", "对", "后", "前", "起", "开始", "进行", "登录", "通过", "公布", "发布", "安排", "办理", "缴",
    "至", "可", "上报", "报送", "代扣", "扣", "要", "按", "通知", "督促", "指导", "负责", "协助", "配合", "以", "召开", "举行",
    "统计", "打印", "整理", "汇总", "核对", "收取", "收集", "录入", "填写", "受理", "公告", "网页", "网站", "主页",
  ]

  /// Nouns that open with a stop word (`负责人`, `统计学院`): part of a name, not a verb ending it.
  static let nounsOfStops = ["负责人", "统计学", "统计系"]

  /// Whether a verb or preposition that ends an office's name opens `rest`.
  static func stops(_ rest: ArraySlice<Character>) -> Bool {
    ownerStopPrefixes.contains { rest.starts(with: $0) } && !nounsOfStops.contains { rest.starts(with: $0) }
  }

  /// Words right before an office that make it the one handed to or asked, not the one acting
  /// (`交教务处`, `向开课学院申请`, `咨询财务处`).
  /// (`经导师审核签字`: the one who approves on the way is not the one who does the work.)
  static let recipientMarkers = [
    "交", "报", "送", "发", "至", "向", "给", "到", "在", "与", "咨询", "联系", "通知", "经", "提醒", "督促", "告知",
  ]

  /// Words before a group that make it what the work goes by (`按照各年级`, `根据各学院`).
  static let basisMarkers = ["按照", "根据", "依据", "按"]
  /// Words before a group (各…) that make it not the one acting: handed to, or gone by.
  static let groupNotActingMarkers = recipientMarkers + basisMarkers
}
