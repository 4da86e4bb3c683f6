import Foundation
import Testing

@testable import TermFlow

/// The one golden walker: every golden of every fixture folder (GoldenWalker.folders) produced and
/// compared with its NAME.expected, or rewritten with `TERMFLOW_UPDATE_GOLDEN=1`.
struct GoldenTests {
  @Test(arguments: GoldenWalker.cases)
  func golden(_ c: GoldenCase) {
    guard let folder = GoldenWalker.folders.first(where: { $0.name == c.folder }) else {
      Issue.record("no walker entry for Fixtures/\(c.folder)")
      return
    }
    Golden.compare(folder.produce(c.name), c.folder, c.name)
  }
}

/// The walker covers every fixture folder: a folder with no entry (its goldens never compared), an
/// entry with no cases (a folder renamed or not committed), or a golden file no entry produces (left
/// behind by a renamed case) fails here.
struct FixtureFolderTests {
  static var onDisk: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: Golden.fixtures.path)) ?? []
    return names.filter { FileIO.isFolder(Golden.fixtures.appendingPathComponent($0).path) }.sorted()
  }

  @Test func everyFolderHasAWalkerEntry() {
    let walked = GoldenWalker.folders.map(\.name), onDisk = Self.onDisk
    #expect(onDisk.count > 10)
    let unwalked = onDisk.filter { !walked.contains($0) }, missing = walked.filter { !onDisk.contains($0) }
    #expect(unwalked.isEmpty, "fixture folders with no walker entry: \(unwalked)")
    #expect(missing.isEmpty, "walker entries with no folder: \(missing)")
    #expect(Set(walked).count == walked.count, "a folder is walked twice")
  }

  /// At least one case each, and more where a folder is a corpus.
  @Test(arguments: GoldenWalker.folders.map(\.name))
  func everyFolderHasCases(_ name: String) {
    let least = ["check": 20, "dryrun": 3, "layout": 2, "import-corpus": 30][name] ?? 1
    let goldens = GoldenWalker.folders.first { $0.name == name }?.goldens() ?? []
    #expect(goldens.count >= least, "Fixtures/\(name) has \(goldens.count) cases")
  }

  @Test(arguments: GoldenWalker.folders.map(\.name))
  func everyGoldenIsProduced(_ name: String) {
    let goldens = Set(GoldenWalker.folders.first { $0.name == name }?.goldens() ?? [])
    let path = Golden.fixtures.appendingPathComponent(name).path
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter {
      $0.hasSuffix(".expected")
    }
    let stray = files.filter { !goldens.contains(String($0.dropLast(".expected".count))) }.sorted()
    #expect(stray.isEmpty, "Fixtures/\(name): goldens no case produces: \(stray)")
  }
}
