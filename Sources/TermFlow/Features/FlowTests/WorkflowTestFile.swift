/// A workflow test file (`*.flowtest`), as `termflow test` reads it: the workflow under test, then
/// tests, each with its moment, its state (a folder, inline tables, or both: a table written inline
/// replaces the folder's file of that name) and what it expects. Line-based, so an office writes one
/// by copying rows out of Excel:
///
///     workflow "../workflows/czie-retake.flow"
///
///     test "a stuck order is released" {
///       today 2023-09-22T18:00
///       state "../examples/state"
///       table students.csv
///         student_id,name,college,major,grade,on_campus,veteran
///         2021001,张伟,机械学院,机械设计,2021,true,false
///       end
///       expect warning stuck-order student 2021003 order ZZJF0003
///       expect task clear-unpaid owner 二级学院 date 2023-09-22
///       expect no warning second-failure
///       expect count second-failure 0
///       expect step 报名截止 due 2023-09-22T17:00
///       expect nothing else
///     }
struct WorkflowTestFile {
  struct Test {
    var name: String
    var line: Int
    var today: String?
    var state: String?
    var tables: [(name: String, text: String)] = []
    var expectations: [Expectation] = []
    var nothingElse = false
  }

  /// One `expect` line.
  struct Expectation {
    enum Kind {
      /// A finding (warning, error or task) of `rule` with these fields; `negated` for `expect no`.
      case finding(kind: String, rule: String, fields: [(key: String, value: String)], negated: Bool)
      case count(rule: String, n: Int)
      case step(id: String, which: String, moment: String)
    }
    var kind: Kind
    var line: Int
    var text: String
  }

  var workflow: String?
  var tests: [Test] = []

  /// The file read, or its problems as located diagnostics (all of them, in one pass).
  static func parse(_ file: SourceFile) -> (WorkflowTestFile, [Diagnostic]) {
    var out = WorkflowTestFile()
    var problems: [Diagnostic] = []
    let text = String(decoding: file.bytes, as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    func fail(_ n: Int, _ message: DiagnosticMessage) {
      let start = file.lineStarts.indices.contains(n - 1) ? file.lineStarts[n - 1] : 0
      let indent = lines[n - 1].prefix { $0 == " " || $0 == "\t" }.utf8.count
      let end = start + lines[n - 1].utf8.count
      problems.append(
        Diagnostic(message, file: file.name, range: SourceRange(start + indent, end))
      )
    }
    var current: Test?
    var table: (name: String, rows: [String], indent: Int?, line: Int)?
    for (i, raw) in lines.enumerated() {
      let n = i + 1
      if var t = table {
        if raw.trimmingCharacters(in: .whitespaces) == "end" {
          // A table's rows keep their own text; only the indent they share goes.
          let cut = t.indent ?? 0
          current?.tables.append(
            (
              t.name,
              t.rows.map { String($0.dropFirst(min(cut, $0.prefix { $0 == " " }.count))) }.joined(separator: "\n")
                + "\n"
            )
          )
          table = nil
        } else {
          let indent = raw.prefix { $0 == " " }.count
          if !raw.trimmingCharacters(in: .whitespaces).isEmpty { t.indent = min(t.indent ?? indent, indent) }
          t.rows.append(raw)
          table = t
        }
        continue
      }
      let words = Self.words(raw)
      guard let first = words.first, !first.hasPrefix("#") else { continue }
      switch first {
      case "workflow" where current == nil:
        guard words.count == 2 else {
          fail(n, TestDiagnostics.badWorkflowLine)
          continue
        }
        out.workflow = words[1]
      case "test" where current == nil:
        guard words.count == 3, words[2] == "{" else {
          fail(n, TestDiagnostics.badTestLine)
          continue
        }
        current = Test(name: words[1], line: n)
      case "}" where current != nil:
        if let t = current { out.tests.append(t) }
        current = nil
      case "today" where current != nil && words.count == 2: current?.today = words[1]
      case "state" where current != nil && words.count == 2: current?.state = words[1]
      case "table" where current != nil && words.count == 2: table = (words[1], [], nil, n)
      case "expect" where current != nil:
        if words.count == 3, words[1] == "nothing", words[2] == "else" {
          current?.nothingElse = true
        } else if let e = Self.expectation(
          Array(words.dropFirst()),
          line: n,
          text: raw.trimmingCharacters(in: .whitespaces)
        ) {
          current?.expectations.append(e)
        } else {
          fail(n, TestDiagnostics.notAnExpectation)
        }
      default:
        fail(n, current == nil ? TestDiagnostics.expectedTopLevel : TestDiagnostics.expectedInTest)
      }
    }
    if let t = table { fail(t.line, TestDiagnostics.tableNotClosed(t.name)) }
    if let t = current { fail(t.line, TestDiagnostics.testNotClosed(t.name)) }
    if out.workflow == nil, problems.isEmpty, !lines.isEmpty {
      fail(1, TestDiagnostics.noWorkflow)
    }
    return (out, problems.sorted(by: Diagnostic.sortKey))
  }

  private static func expectation(_ w: [String], line: Int, text: String) -> Expectation? {
    var words = w
    let negated = words.first == "no"
    if negated { words.removeFirst() }
    guard let head = words.first else { return nil }
    switch head {
    case "warning", "error", "task":
      guard words.count >= 2, words.count % 2 == 0 else { return nil }
      var fields: [(String, String)] = []
      var k = 2
      while k + 1 < words.count {
        guard ["student", "course", "order", "owner", "date", "message"].contains(words[k]) else { return nil }
        fields.append((words[k], words[k + 1]))
        k += 2
      }
      return Expectation(
        kind: .finding(kind: head, rule: words[1], fields: fields, negated: negated),
        line: line,
        text: text
      )
    case "count" where !negated && words.count == 3:
      guard let n = Int(words[2]), n >= 0 else { return nil }
      return Expectation(kind: .count(rule: words[1], n: n), line: line, text: text)
    case "step" where !negated && words.count == 4 && (words[2] == "due" || words[2] == "start"):
      return Expectation(kind: .step(id: words[1], which: words[2], moment: words[3]), line: line, text: text)
    default: return nil
    }
  }

  /// A line's words: runs of non-blanks, or `"…"` (Chinese quotes too) kept whole without the quotes.
  static func words(_ line: String) -> [String] {
    var out: [String] = []
    var current = ""
    var quote: Character?
    var quoted = false
    for c in line {
      if let q = quote {
        if c == q || (q == "“" && c == "”") {
          quote = nil
        } else {
          current.append(c)
        }
        continue
      }
      if c == "\"" || c == "“" {
        quote = c
        quoted = true
      } else if c == " " || c == "\t" {
        if !current.isEmpty || quoted { out.append(current) }
        current = ""
        quoted = false
      } else {
        current.append(c)
      }
    }
    if !current.isEmpty || quoted { out.append(current) }
    return out
  }
}
