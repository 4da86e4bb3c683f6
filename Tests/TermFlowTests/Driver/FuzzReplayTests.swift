import Foundation
import Testing

@testable import TermFlow

/// What the fuzzers found, replayed through the same bodies (`FuzzEntry`) on every test run: each crash
/// kept in Tests/Fuzz/crashes (named TARGET-…) is a regression fixture, and the committed corpora of the
/// syntax, notice and roll targets must all pass (the state and lsp corpora are left to `tools/fuzz.sh`:
/// they are slow in a debug build).
struct FuzzReplayTests {
  static let fuzz = Golden.repoRoot.appendingPathComponent("Tests/Fuzz")
  static func body(_ target: String) -> (([UInt8]) -> String?)? {
    switch target {
    case "parse": return FuzzEntry.parse
    case "frontend": return FuzzEntry.frontend
    case "fmt": return FuzzEntry.format
    case "state": return FuzzEntry.state
    case "notice": return FuzzEntry.notice
    case "roll": return FuzzEntry.roll
    case "lsp": return FuzzEntry.lsp
    case "xlsx": return FuzzEntry.workbook
    default: return nil
    }
  }

  static func files(_ folder: String) -> [URL] {
    let dir = fuzz.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.sorted().filter { !$0.hasPrefix(".") }.map { dir.appendingPathComponent($0) }
  }

  @Test func crashesStayFixed() throws {
    for url in Self.files("crashes") {
      let target = String(url.lastPathComponent.prefix { $0 != "-" })
      let body = try #require(Self.body(target), "\(url.lastPathComponent): no target '\(target)'")
      let bytes = Array((try? Data(contentsOf: url)) ?? Data())
      #expect(body(bytes) == nil, "\(url.lastPathComponent)")
    }
  }

  @Test(arguments: ["parse", "frontend", "fmt", "notice", "roll"])
  func corpusPasses(_ target: String) throws {
    let inputs = Self.files("corpus/\(target)")
    #expect(inputs.count >= 100, "Tests/Fuzz/corpus/\(target) has \(inputs.count) inputs")
    let body = try #require(Self.body(target))
    for url in inputs {
      let bytes = Array((try? Data(contentsOf: url)) ?? Data())
      #expect(body(bytes) == nil, "\(target) corpus \(url.lastPathComponent)")
    }
  }
}
