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

  /// ICS text escapes by scalar: a CR LF is one line break, and a backslash before a combining mark is
  /// still escaped.
  @Test func icsEscapesByScalar() {
    #expect(ICSWriter.escape("a\r\nb") == "a\\nb")
    #expect(ICSWriter.escape("a\nb;c,d") == "a\\nb\\;c\\,d")
    #expect(ICSWriter.escape("x\\\u{301}y") == "x\\\\\u{301}y")
  }
}
