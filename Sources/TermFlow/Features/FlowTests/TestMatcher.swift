/// A finding as a test names it: `warning second-failure student 2021001 course C101`, or
/// `task clear-unpaid owner 二级学院 date 2023-09-22 student 2021004 course C103`.
struct TestFinding {
  var kind: String
  var rule: String
  var fields: [(key: String, value: String)]
  var message: String
  var relayed: Bool
  var text: String

  init(_ f: Finding, ownerName: String?) {
    kind = f.kind.rawValue
    rule = f.rule
    message = f.message
    relayed = f.relayed
    var fs: [(String, String)] = []
    if f.kind == .task {
      if let o = ownerName ?? f.owner { fs.append(("owner", o)) }
      if let d = f.date { fs.append(("date", d)) }
    }
    if let s = f.student { fs.append(("student", s)) }
    if let c = f.course { fs.append(("course", c)) }
    if let o = f.order { fs.append(("order", o)) }
    fields = fs
    text = ([kind, rule] + fs.flatMap { [$0.0, $0.1] }).joined(separator: " ")
    owner = f.owner
  }

  /// The owner's id, which an expectation may name instead of its display name.
  var owner: String?

  /// Whether every field the expectation gives matches: a date by its day or its exact moment, a
  /// message by containing the text, an owner by id or display name.
  func matches(kind k: String, rule r: String, fields want: [(key: String, value: String)]) -> Bool {
    guard k == kind, r == rule else { return false }
    for (key, value) in want {
      switch key {
      case "message": if !message.contains(value) { return false }
      case "owner":
        if owner != value, fields.first(where: { $0.key == "owner" })?.value != value { return false }
      case "date":
        guard let d = fields.first(where: { $0.key == "date" })?.value, d == value || d.hasPrefix(value + "T")
        else { return false }
      default:
        if fields.first(where: { $0.key == key })?.value != value { return false }
      }
    }
    return true
  }
}

/// A test's expectations against the findings of its run: each `expect` claims a finding of its own,
/// `expect no` must match none, `expect count` counts the rule's findings (relayed tasks aside, as
/// `run`'s summary does), and `expect nothing else` makes every unclaimed finding a failure. The lines
/// say what was missing and what was unexpected, then list the findings there were.
enum TestMatcher {
  static func check(_ test: WorkflowTestFile.Test, _ findings: [TestFinding]) -> [String] {
    var claimed = Array(repeating: false, count: findings.count)
    var failures: [String] = []
    for e in test.expectations {
      switch e.kind {
      case .finding(let kind, let rule, let fields, let negated):
        let hits = findings.indices.filter { findings[$0].matches(kind: kind, rule: rule, fields: fields) }
        if negated {
          for i in hits { failures.append("unexpected: \(findings[i].text)   (line \(e.line): \(e.text))") }
        } else if let i = hits.first(where: { !claimed[$0] }) {
          claimed[i] = true
        } else {
          failures.append("missing:    \(e.text)   (line \(e.line))")
        }
      case .count(let rule, let n):
        let got = findings.filter { $0.rule == rule && !$0.relayed }.count
        if got != n { failures.append("count:      \(rule) \(n) expected, \(got) found   (line \(e.line))") }
      case .step: break
      }
    }
    if test.nothingElse {
      for i in findings.indices where !claimed[i] { failures.append("unexpected: \(findings[i].text)") }
    }
    guard !failures.isEmpty else { return [] }
    let shown = findings.prefix(20).map { "  " + $0.text }
    let more = findings.count > 20 ? ["  … \(findings.count - 20) more"] : []
    return failures + ["findings (\(findings.count)):"] + shown + more
  }
}
