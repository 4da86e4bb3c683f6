/// The Chinese of `explain --student` and `state inspect`'s comments. The lines that
/// echo the workflow (a rule's `when` and its message, field names, `true`/`false`) stay as the
/// workflow writes them: they are the language, and they are what the office searches the file for.
extension Language {
  static let explaining: [String: String] = [
    // explain --student
    "student %1 %2（%3），%4": "学生 %1 %2（%3），%4",
    "today %1": "今天 %1",
    "(%1 stamped after today not seen)": "（%1 行的时间晚于今天，未计入）",
    "rule %1 (%2), for %3": "规则 %1（%2），对象：%3",
    ": about courses, not students": "：针对课程，不针对学生",
    ": no %1 of this student": "：该学生没有%1",
    ": no %1 of this student and course %2": "：该学生在课程 %2 没有%1",
    " (always)": "（总是）",
    "rows: %1": "数据行：%1",
    "rows as exported (column 'text' → what the layout made of it)": "导出的原始数据行（列 '原文' → 按布局解读为）",
    // Subject kinds, as `for …` names them.
    "student-course": "学生课程", "registration": "报名", "record": "成绩记录", "bill": "账单",
    // Subjects.
    "course %1": "课程 %1",
    "registration of %1, %2": "报名 %1，%2",
    "record %1 %2 %3 %4": "成绩 %1 %2 %3 %4",
    "order %1: %2, %3元": "订单 %1：%2，%3元",
    "bill %1 %2, %3元: %4": "账单 %1 %2，%3元：%4",
    "regular": "正常考试", "makeup": "补考", "retake": "重修",
    "absent": "缺考", "not attempted": "未参加考试", "passed": "通过", "failed": "不及格",
    "(not an attempt)": "（不计为一次考试）", "(absent, failed)": "（缺考，不及格）", "(passed)": "（通过）",
    "(failed)": "（不及格）",
    // A payment block, for one student.
    "payment %1": "缴费 %1", ", closes %1": "，截止 %1",
    "registration of %1: %2": "报名 %1：%2",
    "paid %1, by the close": "%1 已缴费，在截止前",
    "paid %1, after the close (paid-late)": "%1 已缴费，已过截止时间（paid-late）",
    ": cleared all the same": "：仍被清除",
    "charged by the close, not yet shown as paid: not cleared": "截止前已扣款，尚未显示为已缴费：不清除",
    "not paid; exempt": "未缴费；免缴",
    "not paid": "未缴费",
    ": cleared (the window has closed)": "：已清除（缴费时间已截止）",
    ": cleared at the close unless paid": "：截止时未缴费即清除",
    "order %1: %2": "订单 %1：%2",
    "created %1": "%1 创建",
    "releasable after %1: %2": "%1 后可释放：%2",
    "charged %1": "%1 扣款", ", off hours": "，非工作时间",
    " (charged %1, usually shows as paid by %2, at the latest by %3)": "（%1 扣款，通常 %2 前显示为已缴费，最迟 %3）",
    " (charged %1, expected to show as paid from %2 to %3)": "（%1 扣款，预计 %2 至 %3 显示为已缴费）",
    " (charged %1, shows as paid by %2 at the latest)": "（%1 扣款，最迟 %2 显示为已缴费）",
    "shows as paid by %1": "最迟 %1 显示为已缴费", ": overdue": "：已逾期", ": pending": "：等待中",
    "usually shows as paid by %1, at the latest by %2": "通常 %1 前显示为已缴费，最迟 %2", ": delayed": "：已延迟",
    "paid %1": "%1 缴费成功", ", after the close": "，已过截止时间",
    "payment failed %1: the order stays unpaid": "%1 支付失败：订单仍未缴费", "not yet": "尚未发生",
    "refunded %1: no longer paid from then": "%1 已退款：自此不再计为已缴费",
    "released %1": "%1 释放", ", early (releasable from %1)": "，过早（%1 起方可释放）",
    "Mon": "周一", "Tue": "周二", "Wed": "周三", "Thu": "周四", "Fri": "周五", "Sat": "周六", "Sun": "周日",
    "weekend": "周末", "holiday": "节假日", "makeup-workday": "调休上班", "break": "假期",
    // roll's `# CHECK:` comments
    "%1 now falls on %2, %3": "%1 现在落在 %2，%3",
    "%1 now falls on %2, %4 (%3)": "%1 现在落在 %2，%4（%3）",
    "%1 now falls on %2, %3; last term it was %5": "%1 现在落在 %2，%3；上学期是%5",
    "%1 now falls on %2, %3; last term it was %6 (%5)": "%1 现在落在 %2，%3；上学期是%6（%5）",
    "%1 now falls on %2, %4 (%3); last term it was %5": "%1 现在落在 %2，%4（%3）；上学期是%5",
    "%1 now falls on %2, %4 (%3); last term it was %6 (%5)": "%1 现在落在 %2，%4（%3）；上学期是%6（%5）",
    "a workday": "工作日", "a weekend day": "周末", "a holiday": "节假日", "a make-up workday": "调休上班日",
    "a school break": "学校假期",
    "this text names %1, which roll does not move": "这段文字写有 %1，roll 不会改动它",
    "the school's break %1 moved with its teaching weeks; confirm next term's dates": "学校假期 %1 随教学周移动；请确认下学期的日期",
    "swaps follow a year's holidays; confirm %1 still runs another day's timetable":
      "调课随当年节假日而定；请确认 %1 仍按另一天的课表上课",
    // the language server's hovers
    "`%1`: not a date of this term": "`%1`：不是本学期的日期", " (before week 1)": "（第1周之前）",
    "a working day": "工作日", "a weekend day: a day off": "周末：休息日", "%1: a holiday, a day off": "%1：节假日，休息日",
    "%1: a make-up working day": "%1：调休上班日", "%1: the school's break, a day off": "%1：学校假期，休息日",
    // test
    "%1 passed, %2 failed": "通过 %1，失败 %2",
    // calendar
    "* day off (holiday, school break)  + make-up workday, swapped day": "* 休息日（节假日、学校放假）  + 调休上班、调课",
    "workday": "工作日",
    // state inspect
    "A suggested layout. Check it, settle every TODO, and put it in the workflow (or in a school.flow it uses).":
      "建议的布局。请核对，处理每一个 TODO，然后放进工作流（或它 use 的 school.flow）。",
    "%1: neither UTF-8 nor GB18030 text; skipped": "%1：既不是 UTF-8 也不是 GB18030 文本，已跳过",
    "%1: could not tell which table this is (header: %2)": "%1：看不出是哪张表（表头：%2）",
    "no file looks like the %1 table; the built-in layout (%2) will be read": "没有文件像 %1 表；将按内置布局读取 %2",
    "(no column looks like it; this field is needed)": "（没有像它的列；此字段必需）",
    "no known time format reads these; add: %1": "已知的时间格式都读不了这些值；请加上：%1",
    "not read: %1": "未读取的列：%1", "not read: %1 (%2)": "未读取的列：%1（%2）", "%1 distinct values": "%1 种不同的值",
    "(blank)": "（空）", "%1 could also be %2: which does this export mean?": "%1 也可能是 %2：此导出指的是哪一列？",
    "no column looks like it; a rule that reads it needs its column or a value for every row":
      "没有相应的列；读取它的规则需要指定列或为每行给定值",
    "%1 (line 1)": "%1（第1行）", "%1 (lines 1-%2)": "%1（第1-%2行）",
    "a title above the header, left out: %1": "表头上方有标题，读时略过：%1",
    "the other files have none": "其余文件没有",
    "(%1)": "（%1）",
    "… and %1 more values: is this really a %2 column?": "… 另有 %1 个值：这真是 %2 列吗？",
    "%1 with a decimal": "%1带小数",
    "a score, pass, fail, absent or not-attempted?": "分数、pass、fail、absent 还是 not-attempted？",
    "(%1 blank: what does a blank score mean in this export?)": "（%1为空：此导出中空成绩表示什么？）",
    "(%1 blank: what does a blank cell mean in this export?)": "（%1为空：此导出中空单元格表示什么？）",
  ]
}
