import Glibc
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

  /// Every output of `timeline` and `explain` on cut files: exit 0 with output, or exit 1 with errors.
  @Test(arguments: WorkflowTests.files)
  func timelineOnTruncatedFiles(_ name: String) {
    let bytes = Golden.workflow(name).bytes
    for cut in stride(from: 0, to: bytes.count, by: 13) {
      let file = SourceFile(name: "cut.flow", bytes: Array(bytes[0..<cut]))
      for format in Driver.TimelineFormat.allCases {
        let out = Driver.timeline(file: file, today: "2023-10-08T12:00", owner: nil, done: nil, format: format)
        #expect(out.exitCode == 1 ? !out.stderr.isEmpty : !out.stdout.isEmpty, "cut \(cut), \(format)")
      }
      let out = Driver.explainStep(file: file, step: "报名截止")
      #expect([0, 1, 2].contains(out.exitCode))
    }
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

/// Output that cannot be written is a reason, never a trap (the CLI prints it and exits 1).
struct OutputWriteTests {
  @Test func fullDiskIsAReason() throws {
    let fd = open("/dev/full", O_WRONLY)
    try #require(fd >= 0)
    defer { close(fd) }
    #expect(FileIO.write("report\n", to: fd) == "No space left on device")
  }

  @Test func closedDescriptorIsAReason() {
    let fd = open("/dev/null", O_WRONLY)
    close(fd)
    #expect(FileIO.write("report\n", to: fd) == "Bad file descriptor")
  }

  @Test func everythingIsWritten() throws {
    var fds: [Int32] = [0, 0]
    try #require(pipe(&fds) == 0)
    let text = String(repeating: "成绩", count: 5000)
    #expect(FileIO.write(text, to: fds[1]) == nil)
    close(fds[1])
    var got: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = read(fds[0], &buffer, buffer.count)
      if n <= 0 { break }
      got += buffer[0..<n]
    }
    close(fds[0])
    #expect(got == Array(text.utf8))
  }
}
