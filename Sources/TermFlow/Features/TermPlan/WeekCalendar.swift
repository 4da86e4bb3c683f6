/// The term's 教学工作周历: every dated step of the term's workflows, week by week, as an office
/// publishes it (周次 | 日期 | 工作内容 | 负责单位). Built from each workflow's own timeline, so a step's
/// dates are exactly the ones `timeline` gives it.
struct WeekCalendar {
  struct Row {
    /// The teaching week of the step's due (or start); 0 before week 1.
    var week: Int
    var dates: String
    var weekDays: String
    var work: String
    var owner: String
    var workflow: String
    var at: Moment
  }

  var term: String
  var weekOne: CivilDate?
  /// The term's teaching weeks (the page lists each, with work or without).
  var weeks = 20
  /// The term's exam weeks, if it declares them.
  var examWeeks: ClosedRange<Int>?
  var rows: [Row]

  /// The offices, in the order of their first row (the columns of the page).
  var owners: [String] {
    var out: [String] = []
    for r in rows where !out.contains(r.owner) { out.append(r.owner) }
    return out
  }

  struct SeveralTerms: Error {
    var terms: [String]
    var message: String { "the workflows are of several terms (\(terms.joined(separator: ", "))): give one term's" }
  }

  /// One term's workflows, in date order; a failure naming the terms when they are of several.
  static func build(_ timelines: [Timeline]) -> Result<WeekCalendar, SeveralTerms> {
    let terms = Set(timelines.map(\.termName))
    guard terms.count <= 1 else { return .failure(SeveralTerms(terms: terms.sorted())) }
    var rows: [Row] = []
    for t in timelines {
      let name = t.workflowTitle ?? t.workflowName ?? ""
      for s in t.steps {
        guard let at = s.due ?? s.start else { continue }
        rows.append(
          Row(
            week: t.calendar.weekRef(of: at.date)?.week ?? 0,
            dates: TimelineText.dateRange(s),
            weekDays: TimelineText.weekRange(s, t.calendar),
            work: s.title,
            owner: t.ownerName(s.owner),
            workflow: name,
            at: at
          )
        )
      }
    }
    rows.sort { a, b in (a.at, a.workflow, a.work) < (b.at, b.workflow, b.work) }
    return .success(
      WeekCalendar(
        term: terms.first ?? "",
        weekOne: timelines.first?.calendar.weekOneMonday,
        weeks: timelines.first?.calendar.weeks ?? 20,
        examWeeks: timelines.first?.calendar.examWeeks,
        rows: rows
      )
    )
  }

  /// `第3周`, or `开学前` for work before week 1.
  static func weekName(_ w: Int) -> String { w == 0 ? "开学前" : "第\(w)周" }
}
