/// `run`'s outputs. Tasks are grouped by owner, then date; warnings by rule. Everything is sorted on
/// every field, so reruns are byte-identical whatever order the CSVs list their rows in.
struct RunReport {
  let workflowName: String
  let workflowFile: String
  let stateFolder: String
  let today: String
  /// Rows stamped after `--today` that the run did not see.
  let beyondToday: Int
  /// Each export's rows that are not data (titles, blank lines, totals, footers), left out.
  var leftOut: [(file: String, rows: NonDataRows)] = []
  let ruleIDs: [String]
  let ownerNames: [String: String]
  let tasks: [Finding]
  let warnings: [Finding]

  init(
    findings: [Finding],
    ruleIDs: [String],
    ownerNames: [String: String],
    workflowName: String,
    workflowFile: String,
    stateFolder: String,
    today: String,
    beyondToday: Int = 0
  ) {
    self.beyondToday = beyondToday
    self.ruleIDs = ruleIDs
    self.ownerNames = ownerNames
    self.workflowName = workflowName
    self.workflowFile = workflowFile
    self.stateFolder = stateFolder
    self.today = today
    let owner = { (f: Finding) in ownerNames[f.owner ?? ""] ?? f.owner ?? "" }
    // Keys are built once per finding, not once per comparison.
    tasks = findings.filter { $0.kind == .task }
      .map {
        (
          RunReport.key(
            [owner($0), $0.date ?? "~", $0.rule, $0.student ?? "", $0.course ?? "", $0.order ?? "", $0.message],
            $0.line
          ), $0
        )
      }
      .sorted { $0.0 < $1.0 }.map(\.1)
    warnings = findings.filter { $0.kind != .task }
      .map { (RunReport.key([$0.rule, $0.student ?? "", $0.course ?? "", $0.order ?? "", $0.message], $0.line), $0) }
      .sorted { $0.0 < $1.0 }.map(\.1)
  }

  private struct Key: Comparable {
    var fields: [String]
    var line: Int
    static func < (a: Key, b: Key) -> Bool {
      for (x, y) in zip(a.fields, b.fields) where x != y { return x < y }
      return a.line < b.line
    }
  }
  private static func key(_ fields: [String], _ line: Int) -> Key { Key(fields: fields, line: line) }

  /// Findings per rule id, relayed tasks not counted; every rule is listed, zeros included.
  var summary: [(String, Int)] {
    var counts: [String: Int] = [:]
    for id in ruleIDs { counts[id] = 0 }
    for f in tasks where !f.relayed { counts[f.rule, default: 0] += 1 }
    for f in warnings where !f.relayed { counts[f.rule, default: 0] += 1 }
    return counts.sorted { $0.key < $1.key }
  }

  func subject(_ f: Finding) -> String {
    var parts: [String] = []
    if let s = f.student {
      parts.append(s + (f.studentName.map { " " + $0 } ?? "") + (f.college.map { "（\($0)）" } ?? ""))
    }
    if let c = f.course { parts.append(c + (f.courseName.map { " " + $0 } ?? "")) }
    if let o = f.order { parts.append(o) }
    return parts.joined(separator: " · ")
  }

  /// `width`: the terminal's columns the tables fit (nil: as wide as they are).
  func text(width: Int? = 100, lang L: Language = .en) -> String {
    var out = "\(workflowName): \(L("state")) \(stateFolder), \(L("today")) \(today)\n"
    if beyondToday > 0 {
      out +=
        L == .en
        ? "(\(Language.en.count(beyondToday, "row")) stamped after today not seen)\n"
        : "（\(beyondToday) \(L("rows stamped after today not seen"))）\n"
    }
    out += leftOutText(L)
    out += "\n"
    out += "\(L("TASKS")) (\(tasks.count))\n"
    var byOwner: [(String, [Finding])] = []
    for t in tasks {
      let o = ownerNames[t.owner ?? ""] ?? t.owner ?? ""
      if byOwner.last?.0 == o { byOwner[byOwner.count - 1].1.append(t) } else { byOwner.append((o, [t])) }
    }
    for (owner, group) in byOwner {
      out += "\n\(owner) (\(group.count))\n"
      var table = TextTable(header: ["DATE", "RULE", "SUBJECT", "ACTION"].map(L.callAsFunction))
      table.rows = group.map { [$0.date ?? "-", $0.rule, subject($0), $0.message] }
      out += table.render(indent: "  ", width: width)
    }
    // The message last, so it is what a narrow terminal cuts; LINE is the workflow file's line.
    out += "\n\(L("WARNINGS")) (\(warnings.count), \(L("LINE in")) \(workflowFile))\n"
    if !warnings.isEmpty {
      var table = TextTable(header: ["RULE", "SEVERITY", "SUBJECT", "LINE", "MESSAGE"].map(L.callAsFunction))
      table.rows = warnings.map { [$0.rule, L($0.kind.rawValue), subject($0), String($0.line), $0.message] }
      out += table.render(indent: "  ", width: width)
    }
    out += "\n\(L("SUMMARY"))\n"
    var table = TextTable(header: ["RULE", "COUNT"].map(L.callAsFunction))
    table.rows = summary.map { [$0.0, String($0.1)] }
    out += table.render(indent: "  ", width: width)
    return out
  }

  /// Written straight into buffers by `JSONStream` (the writer `JSONValue.render` feeds its trees
  /// through): a run reports thousands of findings, and a tree of values per finding cost more than
  /// the rules. Each array is written in two halves, the four halves at once.
  func json() -> String {
    let ownerNames = self.ownerNames
    // Tasks share a few dates: each date's status is worked out once.
    let statuses = statusesByDate()
    func subject(_ out: inout JSONStream, _ f: Finding) {
      out.field("student", f.student)
      out.field("studentName", f.studentName)
      out.field("college", f.college)
      out.field("course", f.course)
      out.field("courseName", f.courseName)
      out.field("order", f.order)
    }
    func task(_ out: inout JSONStream, _ f: Finding) {
      out.field("date", f.date)
      out.field("status", statuses[f.date ?? ""] ?? "")
      out.field("owner", f.owner)
      out.field("ownerName", f.owner.map { ownerNames[$0] ?? $0 })
      out.field("rule", f.rule)
      out.field("action", f.message)
      subject(&out, f)
      out.field("relayed", f.relayed)
      out.field("line", f.line)
    }
    func warning(_ out: inout JSONStream, _ f: Finding) {
      out.field("rule", f.rule)
      out.field("severity", f.kind.rawValue)
      subject(&out, f)
      out.field("message", f.message)
      out.field("line", f.line)
    }
    let (tasks, warnings) = (self.tasks, self.warnings)
    let halves = [
      tasks[..<(tasks.count / 2)], tasks[(tasks.count / 2)...], warnings[..<(warnings.count / 2)],
      warnings[(warnings.count / 2)...],
    ]
    let pieces = parallelMap(4) { k in
      JSONStream.objects(halves[k], depth: 2, first: halves[k].startIndex == 0, k < 2 ? task : warning)
    }
    var out = JSONStream()
    out.open("{")
    out.field("workflow", workflowName)
    out.field("today", today)
    out.field("beyondToday", beyondToday)
    leftOutJSON(&out)
    out.key("tasks")
    out.array(pieces[0..<2], empty: tasks.isEmpty)
    out.key("warnings")
    out.array(pieces[2..<4], empty: warnings.isEmpty)
    let counts = summary
    out.key("summary")
    if counts.isEmpty {
      out.literal("{}")
    } else {
      out.open("{")
      for (id, n) in counts { out.field(id, n) }
      out.close("}")
    }
    out.close("}")
    out.bytes.append(0x0A)
    return out.string()
  }

  /// A task's status relative to today (`overdue`, `due today`, `due this week`, `upcoming`, or
  /// `open` with no date), as the timeline gives its steps: worked out once per date the tasks are due
  /// on (they share a few), no date under "".
  func statusesByDate() -> [String: String] {
    guard var now = Moment(iso: today) else { return [:] }
    // A day without a time is its end, as `--today` reads it for the run.
    if now.minute == nil { now.minute = 24 * 60 }
    var out: [String: String] = ["": StepStatus.open.rawValue]
    for f in tasks {
      guard let d = f.date, out[d] == nil else { continue }
      out[d] = StepStatus.ofTask(due: Moment(iso: d), at: now).rawValue
    }
    return out
  }

  /// One row per finding, for Excel: a UTF-8 byte-order mark first (without it, Excel on Chinese
  /// Windows reads UTF-8 as the ANSI code page and shows mojibake), the owner's display name and the
  /// student's and course's names beside their ids, as the JSON has them.
  func csv() -> String {
    let statuses = statusesByDate()
    var out =
      "\u{FEFF}type,date,status,owner,owner_name,rule,severity,student,student_name,college,course,course_name,order,message,line\n"
    func row(_ type: String, _ f: Finding, severity: String) -> String {
      [
        type, f.date ?? "", type == "task" ? statuses[f.date ?? ""] ?? "" : "", f.owner ?? "",
        f.owner.map { ownerNames[$0] ?? $0 } ?? "",
        f.rule, severity,
        f.student ?? "", f.studentName ?? "", f.college ?? "", f.course ?? "", f.courseName ?? "", f.order ?? "",
        f.message, String(f.line),
      ]
      .map(CSVWriter.field).joined(separator: ",") + "\n"
    }
    for f in tasks { out += row("task", f, severity: "") }
    for f in warnings { out += row("warning", f, severity: f.kind.rawValue) }
    return out
  }
}
