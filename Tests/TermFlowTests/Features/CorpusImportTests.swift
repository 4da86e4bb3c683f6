import Foundation
import Testing

@testable import TermFlow

/// `termflow import` over the corpus of real notices (Tests/Corpus/notices): each draft is a golden in
/// Fixtures/import-corpus, so a change to how a notice is read shows as a diff to review; every draft
/// parses and keeps every line of its notice. How right the drafts are is measured against the
/// notices' hand-checked facts by bench/notice_score.py (run by CI with --floor).
struct CorpusImportTests {
  static let corpus = Golden.repoRoot.appendingPathComponent("Tests/Corpus/notices")

  static var notices: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
    return names.filter {
      FileManager.default.fileExists(atPath: corpus.appendingPathComponent("\($0)/notice.txt").path)
    }
    .sorted()
  }

  static func notice(_ id: String) -> SourceFile {
    let url = corpus.appendingPathComponent("\(id)/notice.txt")
    return FileIO.sourceFile("\(id)/notice.txt", Array((try? Data(contentsOf: url)) ?? Data()))
  }

  @Test func theCorpusIsThere() { #expect(Self.notices.count >= 30) }

  /// The golden Fixtures/import-corpus/ID.expected: the draft of the notice ID.
  static func golden(_ id: String) -> String {
    let f = Self.notice(id)
    let out = Driver.importNotice(f, term: nil, weekOne: nil)
    // A draft always parses: what the language cannot say is a comment, never a syntax error.
    let sink = DiagnosticSink(file: "draft.flow")
    _ = Parser.parse(SourceFile(name: "draft.flow", text: out.stdout), sink: sink)
    #expect(!sink.diagnostics.contains { $0.severity == .error }, "\(id): \(sink.diagnostics.map(\.message))")
    let lines = String(decoding: f.bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(["\u{3000}", "\u{FEFF}"])) }
      .filter { !$0.isEmpty }
    // A run-on line is quoted item by item (`CopiedText.splittingRunOnItems`), each piece as written.
    for l in lines.flatMap(CopiedText.splittingRunOnItems) { #expect(out.stdout.contains(l), "\(id) lost: \(l)") }
    return out.stdout
  }

  /// Given the term and week 1, every corpus draft checks clean: a date the term cannot hold (a notice
  /// that prints last year's dates) is a TODO naming it, and the rest of the draft schedules.
  @Test(arguments: ["b07-ccu-chongxiu", "g05-whut-qinglibukao"])
  func aDateTheTermCannotHoldIsATodo(_ id: String) throws {
    let facts = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: Self.corpus.appendingPathComponent("\(id)/facts.json")))
        as? [String: Any]
    )
    let term = try #require(facts["term"] as? String)
    let parts = term.split(separator: "-").compactMap { Int($0) }
    let year = parts.count == 3 ? (parts[2] == 1 ? parts[0] : parts[1]) : 0
    // The scorer's plausible week 1: the first Monday from 1 September or 20 February.
    var day = try #require(CivilDate(year: year, month: parts.last == 1 ? 9 : 2, day: parts.last == 1 ? 1 : 20))
    while day.weekday != 1 { day = day.adding(days: 1) }
    let out = Driver.importNotice(Self.notice(id), term: term, weekOne: "\(day)")
    #expect(out.stderr.hasPrefix("termflow: import: the draft has 0 errors"), "\(out.stderr)")
    #expect(out.stdout.contains("is outside the term ("), "\(out.stdout)")
    #expect(Driver.check([SourceFile(name: "d.flow", text: out.stdout)], format: .text).exitCode == 0)
  }
}
