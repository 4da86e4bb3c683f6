/// `run --format html`: the run as one self-contained page an office opens in a browser (inline CSS,
/// a few lines of plain JavaScript, an inline SVG chart; nothing fetched): tasks per owner, overdue and
/// today's first; the warnings in a table that filters by rule, college, course and student as you
/// type; a bar per rule; and every finding linked to the workflow line that fired it, which the page
/// carries at its end.
enum RunHTML {
  static let statusRank = ["overdue": 0, "due today": 1, "due this week": 2, "upcoming": 3, "open": 4]

  static func render(_ r: RunReport, source: SourceFile, lang L: Language = .en) -> String {
    var h = "<!DOCTYPE html>\n<html lang=\"\(L == .zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\">"
    h += "<title>\(esc(r.workflowName)) · \(esc(r.today))</title><style>\(css)</style></head><body>\n"
    h +=
      "<h1>\(esc(r.workflowName))</h1>\n<p class=\"meta\">\(L("state")) <code>\(esc(r.stateFolder))</code> · \(L("today")) <b>\(esc(r.today))</b>"
    h += " · \(r.tasks.count) \(L("tasks")) · \(r.warnings.count) \(L("warnings"))</p>\n"
    // Counts per rule.
    let summary = r.summary
    let top = max(1, summary.map(\.1).max() ?? 1)
    h +=
      "<h2>\(L("Findings per rule"))</h2>\n<svg class=\"chart\" width=\"640\" height=\"\(summary.count * 22 + 4)\" role=\"img\">"
    for (i, (rule, n)) in summary.enumerated() {
      let y = i * 22 + 2, w = n * 380 / top
      h +=
        "<text x=\"0\" y=\"\(y + 15)\">\(esc(rule))</text><rect x=\"200\" y=\"\(y + 3)\" width=\"\(max(w, n > 0 ? 2 : 0))\" height=\"15\"></rect>"
      h += "<text x=\"\(206 + w)\" y=\"\(y + 15)\">\(n)</text>"
    }
    h += "</svg>\n"
    // Tasks per owner, the most urgent first.
    h += "<h2>\(L("Tasks"))</h2>\n"
    var owners: [String] = []
    for f in r.tasks where !owners.contains(f.owner ?? "") { owners.append(f.owner ?? "") }
    let statuses = r.statusesByDate()
    for o in owners {
      let tasks = r.tasks.filter { ($0.owner ?? "") == o }.enumerated().sorted { a, b in
        let ra = statusRank[statuses[a.element.date ?? ""] ?? ""] ?? 9
        let rb = statusRank[statuses[b.element.date ?? ""] ?? ""] ?? 9
        return ra != rb ? ra < rb : a.offset < b.offset
      }.map(\.element)
      h += "<h3>\(esc(r.ownerNames[o] ?? o)) <span class=\"n\">\(tasks.count)</span></h3>\n<table><thead><tr>"
      h += ["status", "date", "rule", "subject", "action", "line"].map { "<th>\(L($0))</th>" }.joined()
      h += "</tr></thead><tbody>\n"
      for f in tasks {
        let s = statuses[f.date ?? ""] ?? ""
        h +=
          "<tr class=\"\(s.replacingOccurrences(of: " ", with: "-"))\"><td><span class=\"badge\">\(esc(L(s)))</span></td>"
        h +=
          "<td>\(esc(f.date ?? ""))</td><td>\(esc(f.rule))</td><td>\(esc(r.subject(f)))</td><td>\(esc(f.message))</td>"
        h += "<td>\(link(f.line))</td></tr>\n"
      }
      h += "</tbody></table>\n"
    }
    // Warnings, filtered as you type.
    let rules = Array(Set(r.warnings.map(\.rule))).sorted()
    h +=
      "<h2>\(L("Warnings")) <span class=\"n\"><span id=\"shown\">\(r.warnings.count)</span> \(L("of")) \(r.warnings.count)</span></h2>\n"
    h += "<div class=\"filters\"><select data-filter=\"rule\"><option value=\"\">\(L("every rule"))</option>"
    for rule in rules { h += "<option>\(esc(rule))</option>" }
    h +=
      "</select><input data-filter=\"college\" placeholder=\"college 学院\"><input data-filter=\"course\" placeholder=\"course 课程\">"
    h += "<input data-filter=\"student\" placeholder=\"student 学生\"></div>\n"
    h += "<table id=\"warnings\"><thead><tr>"
    h += ["rule", "severity", "student", "college", "course", "order", "message", "line"].map { "<th>\(L($0))</th>" }
      .joined()
    h += "</tr></thead><tbody>\n"
    for f in r.warnings {
      let student = (f.student ?? "") + (f.studentName.map { " " + $0 } ?? "")
      let course = (f.course ?? "") + (f.courseName.map { " " + $0 } ?? "")
      h += "<tr class=\"\(f.kind.rawValue)\" data-rule=\"\(esc(f.rule))\" data-college=\"\(esc(f.college ?? ""))\""
      h += " data-course=\"\(esc(course))\" data-student=\"\(esc(student))\">"
      h +=
        "<td>\(esc(f.rule))</td><td>\(L(f.kind.rawValue))</td><td>\(esc(student))</td><td>\(esc(f.college ?? ""))</td>"
      h +=
        "<td>\(esc(course))</td><td>\(esc(f.order ?? ""))</td><td>\(esc(f.message))</td><td>\(link(f.line))</td></tr>\n"
    }
    h += "</tbody></table>\n"
    // The workflow, so every finding's line link lands in the page.
    h += "<h2>\(esc(source.name))</h2>\n<pre class=\"src\">"
    let lines = String(decoding: source.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    for (i, l) in lines.enumerated() { h += "<span id=\"L\(i + 1)\"><i>\(i + 1)</i>\(esc(String(l)))</span>\n" }
    h += "</pre>\n<script>\(script)</script>\n</body></html>\n"
    return h
  }

  static func link(_ line: Int) -> String { "<a href=\"#L\(line)\">\(line)</a>" }

  /// The same escaping as the timeline page.
  static func esc(_ s: String) -> String { Markup.escape(s) }

  static let css = """
    body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#222}
    h1{margin:0 0 4px}.meta{color:#555}.n{color:#777;font-weight:normal;font-size:80%}
    table{border-collapse:collapse;margin:6px 0 18px;font-size:14px}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
    th{background:#f4f4f4}.badge{padding:1px 6px;border-radius:8px;background:#eee;white-space:nowrap}
    tr.overdue .badge{background:#c62828;color:#fff}tr.due-today .badge{background:#ef6c00;color:#fff}
    tr.due-this-week .badge{background:#f9a825}tr.error td:first-child{border-left:4px solid #c62828}
    tr.warning td:first-child{border-left:4px solid #f9a825}.filters{margin:6px 0}.filters *{margin-right:8px;padding:3px}
    .chart text{font-size:13px}.chart rect{fill:#1565c0}pre.src{background:#fafafa;padding:8px;font-size:13px}
    pre.src span{display:block}pre.src span:target{background:#fff59d}pre.src i{display:inline-block;width:3em;color:#999;font-style:normal}
    """

  static let script = """
    const inputs = document.querySelectorAll('[data-filter]');
    function apply() {
      const want = {};
      inputs.forEach(i => { want[i.dataset.filter] = i.value.trim().toLowerCase(); });
      let shown = 0;
      document.querySelectorAll('#warnings tbody tr').forEach(tr => {
        let ok = true;
        for (const k in want) {
          const v = (tr.dataset[k] || '').toLowerCase();
          if (want[k] && (k === 'rule' ? v !== want[k] : !v.includes(want[k]))) ok = false;
        }
        tr.hidden = !ok;
        if (ok) shown++;
      });
      document.getElementById('shown').textContent = shown;
    }
    inputs.forEach(i => i.addEventListener('input', apply));
    // A link may carry filters: run.html#student=2021007&rule=early-repay.
    new URLSearchParams(location.hash.slice(1)).forEach((v, k) => {
      const i = document.querySelector('[data-filter="' + k + '"]');
      if (i) i.value = v;
    });
    apply();
    """
}
