import Testing

@testable import TermFlow

/// Bad input never crashes: every prefix of every shipped workflow is either clean or gets located
/// errors, never a trap.
struct RobustnessTests {
  @Test(arguments: WorkflowTests.files)
  func everyTruncationGivesALocatedResult(_ name: String) {
    let bytes = Golden.workflow(name).bytes
    #expect(bytes.count > 1000)
    var failures: [Int] = []
    for cut in 0..<bytes.count {
      let file = SourceFile(name: "cut.flow", bytes: Array(bytes[0..<cut]))
      let a = Analysis(file: file)
      // An error must point somewhere (a range, or the whole file for an empty one).
      if a.diagnostics.contains(where: { $0.severity == .error && $0.range == nil }) {
        failures.append(cut)
      }
    }
    #expect(failures.isEmpty, "unlocated errors at cuts \(failures.prefix(10))")
  }

  @Test func garbageBytesDoNotCrash() {
    var seed: UInt64 = 42
    for _ in 0..<300 {
      var bytes: [UInt8] = []
      for _ in 0..<200 {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        bytes.append(UInt8(truncatingIfNeeded: seed >> 33))
      }
      let a = Analysis(file: SourceFile(name: "g.flow", bytes: bytes))
      #expect(a.hasErrors)
    }
  }
}
