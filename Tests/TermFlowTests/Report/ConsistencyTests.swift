import Foundation
import Testing

@testable import TermFlow

/// Promises the sources make to the docs and to each other, checked against the sources themselves.
struct ConsistencyTests {
  /// Every diagnostic code the sources declare is documented in docs/diagnostics.md, so a user who
  /// sees `[calendar.term-disagrees]` can look it up.
  @Test func everyDiagnosticCodeIsDocumented() throws {
    let root = Golden.repoRoot
    let docs = try String(contentsOf: root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
    let sources = try #require(FileManager.default.enumerator(atPath: root.appendingPathComponent("Sources").path))
    var codes: [String] = []
    while let rel = sources.nextObject() as? String {
      guard rel.hasSuffix(".swift") else { continue }
      let text = try String(contentsOf: root.appendingPathComponent("Sources/" + rel), encoding: .utf8)
      for line in text.split(separator: "\n") where line.contains(": DiagnosticCode = \"") {
        if let code = line.split(separator: "\"").dropFirst().first { codes.append(String(code)) }
      }
    }
    #expect(codes.count > 40)
    let missing = codes.filter { !docs.contains("`\($0)`") }
    #expect(missing.isEmpty, "not in docs/diagnostics.md: \(missing)")
  }

  /// The rule vocabulary is written once (RuleVocabulary.table: what `check` accepts and what hover and
  /// completion say); the evaluator computes each name (Field, whose cases the compiler needs) and
  /// docs/language.md lists it for the office. A name added to one and not the others fails.
  @Test func theRuleVocabularyIsOneVocabulary() throws {
    let text = try String(contentsOf: Golden.repoRoot.appendingPathComponent("docs/language.md"), encoding: .utf8)
    // The docs' words: its field tables list fields between spaces and bars, its prose in backticks.
    let docs = Set(text.split(whereSeparator: { " |`\n(),.;:".contains($0) }).map(String.init))
    var named: Set<String> = []
    for (subject, fields) in RuleVocabulary.subjects {
      for field in fields.keys {
        named.insert(field)
        #expect(Field(rawValue: field) != nil, "\(subject)/\(field): check accepts it, the evaluator has no such field")
        #expect(RuleVocabulary.meaning(field, subject: subject) != nil, "\(subject)/\(field): no hover text")
        #expect(docs.contains(field), "\(field): not in docs/language.md")
      }
    }
    for f in Field.allCases {
      #expect(
        named.contains(f.rawValue) || RuleVocabulary.constants[f.rawValue] != nil,
        "\(f.rawValue): the evaluator computes it, no subject offers it"
      )
    }
    var seen: Set<String> = []
    for row in RuleVocabulary.table {
      #expect(!row.meaning.isEmpty, "\(row.name): no meaning")
      for s in row.subjects.isEmpty ? [""] : row.subjects {
        #expect(seen.insert(s + "/" + row.name).inserted, "\(s)/\(row.name): two rows")
      }
    }
    for c in RuleVocabulary.constants.keys {
      #expect(RuleVocabulary.meaning(c, subject: nil) != nil, "constant \(c): no hover text")
      #expect(docs.contains(c), "constant \(c): not in docs/language.md")
    }
  }

  /// ICS text escapes by scalar: a CR LF is one line break, and a backslash before a combining mark is
  /// still escaped.
  @Test func icsEscapesByScalar() {
    #expect(ICSWriter.escape("a\r\nb") == "a\\nb")
    #expect(ICSWriter.escape("a\nb;c,d") == "a\\nb\\;c\\,d")
    #expect(ICSWriter.escape("x\\\u{301}y") == "x\\\\\u{301}y")
  }
}
