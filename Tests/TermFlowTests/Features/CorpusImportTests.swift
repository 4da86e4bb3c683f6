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

  @Test(arguments: notices)
  func draft(_ id: String) {
    let f = Self.notice(id)
    let out = Driver.importNotice(f, term: nil, weekOne: nil)
    Golden.compare(out.stdout, "import-corpus", id)
    // A draft always parses: what the language cannot say is a comment, never a syntax error.
    let sink = DiagnosticSink(file: "draft.flow")
    _ = Parser.parse(SourceFile(name: "draft.flow", text: out.stdout), sink: sink)
    #expect(!sink.diagnostics.contains { $0.severity == .error }, "\(id): \(sink.diagnostics.map(\.message))")
    let lines = String(decoding: f.bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(["\u{3000}", "\u{FEFF}"])) }
      .filter { !$0.isEmpty }
    for l in lines { #expect(out.stdout.contains(l), "\(id) lost: \(l)") }
  }
}
