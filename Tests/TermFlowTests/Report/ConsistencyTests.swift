import Foundation
import Testing

@testable import TermFlow

/// Promises the sources make to the docs and to each other, checked against the sources themselves.
struct ConsistencyTests {
  /// Every diagnostic code the sources declare (`static let x: DiagnosticCode = "…"`, in a stage's
  /// `<Stage>Diagnostics` enum) is documented in docs/diagnostics.md, so a user who sees
  /// `[calendar.term-disagrees]` can look it up; and every code the doc lists is declared, so the doc
  /// names no code termflow never reports.
  @Test func everyDiagnosticCodeIsDocumentedAndEveryDocumentedCodeExists() throws {
    let root = Golden.repoRoot
    let docs = try String(contentsOf: root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
    let sources = try #require(FileManager.default.enumerator(atPath: root.appendingPathComponent("Sources").path))
    var declared: [String: String] = [:]
    while let rel = sources.nextObject() as? String {
      guard rel.hasSuffix(".swift") else { continue }
      let text = try String(contentsOf: root.appendingPathComponent("Sources/" + rel), encoding: .utf8)
      for line in text.split(separator: "\n") where line.contains(": DiagnosticCode = \"") {
        guard let code = line.split(separator: "\"").dropFirst().first else { continue }
        #expect(rel.hasSuffix("Diagnostics.swift"), "\(code) is declared in \(rel), not in a Diagnostics enum")
        #expect(declared[String(code)] == nil, "\(code) is declared twice")
        declared[String(code)] = rel
      }
    }
    #expect(declared.count > 40)
    // The doc's codes: the backquoted words of each table row's first cell (`a` / `b` lists several).
    var documented: Set<String> = []
    for line in docs.split(separator: "\n") where line.hasPrefix("| `") {
      let cell = line.split(separator: "|").first ?? ""
      for (k, word) in cell.split(separator: "`", omittingEmptySubsequences: false).enumerated() where k % 2 == 1 {
        documented.insert(String(word))
      }
    }
    let undocumented = declared.keys.filter { !documented.contains($0) }.sorted()
    #expect(undocumented.isEmpty, "not in docs/diagnostics.md: \(undocumented)")
    let unknown = documented.subtracting(declared.keys).sorted()
    #expect(unknown.isEmpty, "in docs/diagnostics.md but declared by no Diagnostics enum: \(unknown)")
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
