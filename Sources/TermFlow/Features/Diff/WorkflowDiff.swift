/// What changed between two workflows (usually last term's and this term's), as the office reviews
/// a new notice: each step's dates with their teaching weeks, owners, deliverables and dependencies;
/// steps, rules, policies, owners and audiences added or removed; and the steps that moved by a
/// different number of teaching days than the rest, which is where a hand-edited date goes wrong.
struct WorkflowDiff {
  enum Change: String { case same, changed, added, removed }

  /// One date of a step, before and after.
  struct DateChange {
    var what: String
    var old: Moment?
    var oldRef: WeekRef?
    var new: Moment?
    var newRef: WeekRef?
    var changed: Bool { old?.iso != new?.iso || oldRef != newRef }
  }

  struct StepDiff {
    var id: String
    var kind: String
    var change: Change
    var title: String
    var dates: [DateChange] = []
    var owner: (old: String?, new: String?)?
    var title2: (old: String, new: String)?
    var deliverablesAdded: [String] = []
    var deliverablesRemoved: [String] = []
    var dependsOn: (old: [String], new: [String])?
    /// Days moved against the teaching calendar (0 when a step keeps its week and weekday).
    var teachingShift: Int?
    /// Set when `teachingShift` differs from most steps'.
    var note: String?
  }

  struct NamedDiff {
    var kind: String
    var id: String
    var change: Change
  }

  var workflow: (old: String?, new: String?)
  var term: (old: String, new: String)
  var weekOne: (old: CivilDate?, new: CivilDate?)
  var steps: [StepDiff]
  var others: [NamedDiff]

  var isEmpty: Bool {
    workflow.old == workflow.new && term.old == term.new && weekOne.old == weekOne.new
      && steps.allSatisfy { $0.change == .same } && others.allSatisfy { $0.change == .same }
  }

  init(old a: Analysis, new b: Analysis, oldTimeline t: Timeline, newTimeline u: Timeline) {
    workflow = (t.workflowName, u.workflowName)
    term = (t.termName, u.termName)
    weekOne = (t.calendar.weekOneMonday, u.calendar.weekOneMonday)
    var steps: [StepDiff] = []
    let olds = Dictionary(t.steps.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
    let news = Set(u.steps.map(\.id))
    func dates(_ s: ScheduledStep?, _ cal: TermCalendar) -> [(String, Moment?, WeekRef?)] {
      [("start", s?.start), ("due", s?.due)].map { ($0.0, $0.1, $0.1.flatMap { cal.weekRef(of: $0.date) }) }
    }
    for s in u.steps {
      let o = olds[s.id]
      var d = StepDiff(id: s.id, kind: s.kind.rawValue, change: o == nil ? .added : .same, title: s.title)
      let before = dates(o, t.calendar), after = dates(s, u.calendar)
      for (x, y) in zip(before, after) where x.1 != nil || y.1 != nil {
        d.dates.append(DateChange(what: x.0, old: x.1, oldRef: x.2, new: y.1, newRef: y.2))
      }
      if let o {
        if o.owner != s.owner { d.owner = (o.owner.map { t.ownerName($0) }, s.owner.map { u.ownerName($0) }) }
        if o.title != s.title { d.title2 = (o.title, s.title) }
        let was = t.deliverables(o), now = u.deliverables(s)
        d.deliverablesAdded = now.filter { !was.contains($0) }
        d.deliverablesRemoved = was.filter { !now.contains($0) }
        if o.dependsOn.sorted() != s.dependsOn.sorted() { d.dependsOn = (o.dependsOn, s.dependsOn) }
        if let od = o.due, let nd = s.due, let om = t.calendar.weekOneMonday, let nm = u.calendar.weekOneMonday {
          d.teachingShift = (nd.date.dayNumber - nm.dayNumber) - (od.date.dayNumber - om.dayNumber)
        }
        let changed =
          d.dates.contains(where: \.changed) || d.owner != nil || d.title2 != nil || !d.deliverablesAdded.isEmpty
          || !d.deliverablesRemoved.isEmpty || d.dependsOn != nil
        d.change = changed ? .changed : .same
      }
      steps.append(d)
    }
    for o in t.steps where !news.contains(o.id) {
      var d = StepDiff(id: o.id, kind: o.kind.rawValue, change: .removed, title: o.title)
      for x in dates(o, t.calendar) where x.1 != nil {
        d.dates.append(DateChange(what: x.0, old: x.1, oldRef: x.2, new: nil, newRef: nil))
      }
      steps.append(d)
    }
    Self.noteOddShifts(&steps)
    self.steps = steps
    others = Self.namedChanges(a, b)
  }

  /// Most steps move together (a roll keeps every teaching week: shift 0); one that does not is named.
  private static func noteOddShifts(_ steps: inout [StepDiff]) {
    let shifts = steps.compactMap(\.teachingShift)
    guard shifts.count >= 2 else { return }
    var counts: [Int: Int] = [:]
    for s in shifts { counts[s, default: 0] += 1 }
    // The most common shift; ties go to the smallest move, so the output does not depend on hashing.
    guard let usual = counts.max(by: { ($0.value, -abs($0.key), -$0.key) < ($1.value, -abs($1.key), -$1.key) })?.key,
      counts[usual, default: 0] * 2 > shifts.count
    else { return }
    for i in steps.indices {
      guard let s = steps[i].teachingShift, s != usual else { continue }
      steps[i].note = "moved \(describe(s)) in the teaching calendar; the other steps moved \(describe(usual))"
    }
  }

  static func describe(_ days: Int) -> String {
    if days == 0 { return "0 weeks" }
    let sign = days > 0 ? "+" : "-"
    let n = abs(days)
    if n % 7 == 0 { return "\(sign)\(n / 7) week\(n == 7 ? "" : "s")" }
    return "\(sign)\(n) day\(n == 1 ? "" : "s")"
  }

  /// Rules, policies, owners and audiences, by name: added, removed, or (rules and policies) changed.
  private static func namedChanges(_ a: Analysis, _ b: Analysis) -> [NamedDiff] {
    func table(_ x: Analysis) -> [(kind: String, id: String, text: String)] {
      x.workflow.decls.compactMap { d in
        switch d {
        case .rule(let bl): return ("rule", bl.name.text, normalized(x.file.text(bl.range)))
        case .policy(let bl): return ("policy", bl.name.text, normalized(x.file.text(bl.range)))
        case .owner(let n, let title, _): return ("owner", n.text, title?.value ?? "")
        case .audience(let n, let title, _): return ("audience", n.text, title?.value ?? "")
        case .contact(let n, let v, _, _): return ("contact", n.text, v.value)
        default: return nil
        }
      }
    }
    let old = table(a), new = table(b)
    var out: [NamedDiff] = []
    for n in new {
      let o = old.first { $0.kind == n.kind && $0.id == n.id }
      out.append(NamedDiff(kind: n.kind, id: n.id, change: o == nil ? .added : o?.text == n.text ? .same : .changed))
    }
    for o in old where !new.contains(where: { $0.kind == o.kind && $0.id == o.id }) {
      out.append(NamedDiff(kind: o.kind, id: o.id, change: .removed))
    }
    return out
  }

  /// A block's text without comments and with runs of blanks as one space: a reformatted rule is the
  /// same rule.
  static func normalized(_ text: String) -> String {
    var out = ""
    var inString = false, inComment = false, blank = false
    for c in text {
      if inComment {
        if c == "\n" { inComment = false } else { continue }
      }
      if c == "\"" { inString.toggle() }
      if !inString, c == "#" {
        inComment = true
        continue
      }
      if !inString, c == " " || c == "\n" || c == "\t" || c == "\r" {
        blank = true
        continue
      }
      if blank, !out.isEmpty { out.append(" ") }
      blank = false
      out.append(c)
    }
    return out
  }
}
