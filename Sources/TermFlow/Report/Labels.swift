/// The report's labels in Chinese: statuses, table headers, section titles.
extension Language {
  /// A step's or task's status as a person reads it.
  func status(_ s: StepStatus) -> String {
    self == .en ? s.rawValue : Self.chinese[s.rawValue] ?? s.rawValue
  }

  static let chinese: [String: String] = [
    // Statuses, as the office says them.
    "done": "已完成", "overdue": "逾期", "due today": "今日到期", "due this week": "本周到期", "open": "进行中",
    "upcoming": "未开始", "unscheduled": "未排期",
    // Table headers and section titles.
    "TASKS": "任务", "WARNINGS": "警告", "SUMMARY": "汇总", "DATE": "日期", "RULE": "规则", "SUBJECT": "对象",
    "ACTION": "事项", "SEVERITY": "级别", "MESSAGE": "内容", "LINE": "行", "COUNT": "数量", "STATUS": "状态",
    "WEEK": "周次", "OWNER": "负责", "STEP": "事项", "DELIVERS": "报送", "state": "数据", "today": "今天",
    "LINE in": "行号见", "error": "错误", "warning": "警告",
    "rows stamped after today not seen": "行的时间晚于今天，未计入",
    "rows left out (not data):": "未作为数据读入的行：", "title line": "标题行", "blank line": "空行",
    "repeated header": "重复的表头", "total line": "合计行", "footer line": "表尾行", "skipped line": "按布局跳过的行",
    "rows": "行",
    // The run report page.
    "Findings per rule": "各规则发现数", "Tasks": "任务", "Warnings": "警告", "tasks": "项任务", "warnings": "条警告",
    "every rule": "全部规则", "status": "状态", "date": "日期", "rule": "规则", "subject": "对象", "action": "事项",
    "line": "行", "severity": "级别", "student": "学生", "college": "学院", "course": "课程", "order": "订单",
    "message": "内容", "of": "/",
    // check's summary.
    "checked": "已检查", "no problems": "没有问题",
    // explain --step.
    "declared at": "声明于", "owner": "负责", "start": "开始", "due": "截止", "derivation:": "推算：",
    "depends on:": "依赖：", "needed by:": "被依赖：",
    "(no date of its own, and none of its dependencies has one)": "（自身无日期，依赖的步骤也没有）",
    // diff.
    "workflow": "工作流", "term": "学期", "week 1": "第1周", "steps and payments": "步骤与缴费", "unchanged": "未变",
    "changed": "变更", "added": "新增", "removed": "删除", "rules": "规则", "policies": "政策", "owners": "负责方",
    "audiences": "对象群体", "contacts": "联系方式", "title": "标题", "after": "依赖", "note": "注",
    "none changed": "无变更", "no changes": "没有变化", "steps changed": "个步骤有变更",
    "other declarations changed": "项其他声明有变更",
  ]
}
