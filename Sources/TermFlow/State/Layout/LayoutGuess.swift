/// What `state inspect` knows of registrars' exports: the usual header names of each field (正方's
/// 学年/学期/成绩性质, 强智's 开课学期/课程编号/修读方式, URP's 课程号/课程属性/考试类型, 金智's pinyin
/// codes XH/KCH/ZCJ, the unified payment platforms' 订单号/下单时间/支付时间, and our own reference
/// layout) and the usual texts of mapped values and grades. Data only: the inspector matches these and
/// prints a layout for the user to check.
enum LayoutGuess {
  static let headers: [LayoutField: [String]] = [
    .studentID: ["学号", "学生学号", "学生编号", "学工号", "用户编号", "XH", "student_id"],
    .name: ["姓名", "学生姓名", "XM", "name"],
    .college: ["学院", "所在学院", "学院名称", "院系", "院系名称", "所属院系", "XYMC", "college"],
    .major: ["专业", "专业名称", "ZYMC", "major"],
    .grade: ["年级", "所在年级", "NJ", "grade"],
    .onCampus: ["在校状态", "是否在校", "学籍状态", "on_campus"],
    .veteran: ["是否退伍军人", "退伍军人", "是否退役士兵", "退役士兵", "veteran"],
    .courseCode: ["课程代码", "课程号", "课程编号", "重修课程", "报名课程", "KCH", "KCDM", "course_code"],
    .courseName: ["课程名称", "课程名", "KCM", "KCMC", "course_name"],
    .courseType: ["课程性质", "课程类别", "课程属性", "KCXZ", "course_type"],
    .practical: ["是否实践课", "实践课", "是否实践环节", "practical"],
    .credits: ["学分", "XF", "credits"],
    .term: ["学年学期", "开课学期", "学期号", "XNXQDM", "XNXQ", "term"],
    .kind: ["考试性质", "考试类型", "成绩性质", "修读方式", "KSXZ", "kind"],
    .score: ["成绩", "总评成绩", "最终成绩", "总成绩", "ZCJ", "CJ", "score"],
    .registeredAt: ["报名时间", "申请时间", "报名日期", "选课时间", "提交时间", "registered_at"],
    .time: ["交易时间", "支付时间", "缴费时间", "时间", "time"],
    .orderID: ["订单号", "订单编号", "交易流水号", "商户订单号", "order_id"],
    .event: ["交易状态", "订单状态", "支付状态", "缴费状态", "event"],
    .courseCodes: ["课程代码", "课程", "课程列表", "重修课程", "缴费课程", "course_codes"],
    .amount: ["金额", "交易金额", "支付金额", "订单金额", "实缴金额", "缴费金额", "应缴金额", "账单金额", "amount"],
    .billID: ["账单号", "账单编号", "bill_id"],
    .item: ["收费项目", "缴费项目", "项目", "item"],
    .status: ["账单状态", "缴费状态", "status"],
    .createdAt: ["下单时间", "创建时间", "订单创建时间", "订单时间"],
    .paidAt: ["支付时间", "付款时间", "缴费时间", "交易时间"],
    .refundedAt: ["退款时间"],
    .releasedAt: ["关闭时间", "取消时间", "订单关闭时间"],
  ]

  /// A term split in two columns.
  static let termParts = [("学年", "学期")]

  static let values: [String: String] = [
    "是": "true", "否": "false", "在校": "true", "离校": "false", "true": "true", "false": "false", "1": "true", "0": "false",
    "Y": "true", "N": "false", "正常考试": "regular", "正考": "regular", "期末考试": "regular", "补考": "makeup", "重修": "retake",
    "regular": "regular", "makeup": "makeup", "retake": "retake", "待支付": "created", "支付中": "created", "未支付": "created",
    "支付成功": "paid", "已支付": "paid", "已缴费": "paid", "已释放": "released", "已取消": "released", "已关闭": "released",
    "已扣款": "charged", "扣款成功": "charged", "银行已扣款": "charged", "已退款": "refunded", "退款成功": "refunded",
    "支付失败": "failed", "交易失败": "failed", "缴费失败": "failed",
    "created": "created", "paid": "paid", "released": "released", "charged": "charged",
  ]

  /// A bill's states (a finance system's words; 已取消 means another thing for an order).
  static let billValues: [String: String] = [
    "待缴费": "pending", "缴费中": "paying", "已完成": "paid", "已缴费": "paid", "已取消": "cancelled", "已开票": "invoiced",
    "pending": "pending", "paying": "paying", "paid": "paid", "cancelled": "cancelled", "invoiced": "invoiced",
  ]

  static let grades: [String: String] = [
    "优秀": "95", "良好": "85", "中等": "75", "及格": "65", "不及格": "50", "合格": "pass", "不合格": "fail", "通过": "pass",
    "不通过": "fail", "缺考": "absent", "旷考": "absent", "作弊": "fail", "违纪": "fail", "缓考": "not-attempted", "免修": "pass",
    "免考": "pass",
  ]

  static let timeFormats = [
    "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm",
    "yyyy年M月d日 H:mm",
    "yyyy年M月d日 HH:mm:ss", "yyyy-M-d H:mm", "yyyy-MM-dd", "yyyy/M/d", "yyyy年M月d日",
  ]

  /// Which table a header most likely belongs to; nil when it looks like none.
  /// Judged by the columns, never the file's name: a bill or an order is a payment table; a student's
  /// course with a score is a record, and with a time but no score a registration; a student with no
  /// course is the students table.
  static func table(of header: [String]) -> TableKind? {
    func has(_ f: LayoutField) -> Bool { headers[f]?.contains { header.contains($0) } ?? false }
    if has(.billID) { return .bills }
    if has(.orderID) { return .payments }
    if has(.score), has(.courseCode) || has(.courseName) { return .records }
    if has(.registeredAt), has(.studentID) { return .registrations }
    if has(.studentID), !has(.courseCode) { return .students }
    return nil
  }
}
