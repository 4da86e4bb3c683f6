import Foundation
import Testing

@testable import TermFlow

/// The VS Code grammar (editors/vscode/syntaxes) keeps up with the language: every date phrase the
/// parser reads in the fixtures is coloured whole as a date, and every keyword completion offers is
/// coloured as a keyword.
struct EditorGrammarTests {
  static func grammar() throws -> [String: Any] {
    let url = Golden.repoRoot.appendingPathComponent("editors/vscode/syntaxes/termflow.tmLanguage.json")
    return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
  }

  static func patterns(_ g: [String: Any], _ key: String) throws -> [NSRegularExpression] {
    let repo = try #require(g["repository"] as? [String: Any])
    let entry = try #require(repo[key] as? [String: Any])
    let list = (entry["patterns"] as? [[String: Any]]) ?? [entry]
    return try list.compactMap { $0["match"] as? String }.map {
      try NSRegularExpression(pattern: $0, options: [.anchorsMatchLines])
    }
  }

  static func matchesWhole(_ res: [NSRegularExpression], _ s: String, in line: String) -> Bool {
    let ns = line as NSString
    let target = ns.range(of: s)
    return res.contains { re in
      re.matches(in: line, range: NSRange(location: 0, length: ns.length)).contains { NSEqualRanges($0.range, target) }
    }
  }

  @Test func everyDatePhraseIsColouredWhole() throws {
    let dates = try Self.patterns(try Self.grammar(), "date")
    for name in ["date-phrases"] {
      let f = Golden.source("fmt", name)
      let w = Parser.parse(f, sink: DiagnosticSink(file: f.name))
      let phrases = LanguageServer.datePhrases(w)
      #expect(phrases.count >= 20)
      for p in phrases {
        let line = f.lineText(f.location(of: p.range.start).line)
        #expect(Self.matchesWhole(dates, p.literal, in: line), "\(p.literal) in: \(line)")
      }
    }
  }

  @Test func everyKeywordIsColoured() throws {
    let g = try Self.grammar()
    let decl = try Self.patterns(g, "declaration")
    let stmt = try Self.patterns(g, "statement")
    for (block, words) in LanguageServer.keywords {
      for w in words {
        let line = "  \(w) x"
        let res = block.isEmpty ? decl : stmt
        let hit = res.contains {
          $0.firstMatch(in: line, range: NSRange(location: 0, length: (line as NSString).length)) != nil
        }
        #expect(hit, "\(block.isEmpty ? "declaration" : block) keyword '\(w)'")
      }
    }
  }
}
