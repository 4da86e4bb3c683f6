import Foundation
import Testing

@testable import TermFlow

/// What termflow reads, and what it refuses: the reason a file cannot be read, a source past the size
/// limit refused before it is read, and a link in the state folder that leads outside it never opened.
struct FileIOTests {
  static func scratch() throws -> String {
    let dir = NSTemporaryDirectory() + "termflow-fileio-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func aReadFailureSaysWhy() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(throws: FileIO.Failure.self) { try FileIO.readSource(dir + "/nope.flow") }
    do {
      _ = try FileIO.readSource(dir + "/nope.flow")
    } catch {
      #expect("\(error)" == "cannot read '\(dir)/nope.flow': No such file or directory")
    }
    do {
      _ = try FileIO.readSource(dir)
    } catch {
      #expect("\(error)" == "cannot read '\(dir)': is a directory")
    }
  }

  /// A file a workflow uses that cannot be read says why: missing, a folder, or outside the tree.
  @Test func aUsedFileThatCannotBeReadSaysWhy() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try FileManager.default.createDirectory(atPath: dir + "/layouts", withIntermediateDirectories: true)
    let loader = FileIO.loader(beside: dir + "/w.flow")
    func why(_ name: String) -> String {
      switch loader.read(name) {
      case .success: return "read"
      case .failure(let f): return f.description
      }
    }
    #expect(why("nope.flow") == "No such file or directory")
    #expect(why("layouts") == "is a directory")
    #expect(why(".") == "is a directory")
    #expect(why("../w.flow") == "it is not beside the workflow or below it")
    var file = SourceFile(name: "w.flow", text: "use \"layouts\"\n")
    file.loader = loader
    let out = Driver.check([file], format: .text)
    #expect(
      out.stdout.contains("w.flow:1:5: error: cannot read 'layouts': is a directory [layout.use]"),
      "\(out.stdout)"
    )
  }

  @Test func aSourcePastTheLimitIsRefusedBeforeItIsRead() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/big.flow"
    // A sparse file: 50 MB long, no time spent writing it.
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let h = try #require(FileHandle(forWritingAtPath: path))
    try h.truncate(atOffset: 50 << 20)
    try h.close()
    do {
      _ = try FileIO.readSource(path)
      Issue.record("a 50 MB workflow was read")
    } catch {
      #expect(
        "\(error)"
          == "\(path):1:1: error: the file is 52428800 bytes; a workflow or notice is at most 10485760 bytes (10 MB) [syntax.file-too-large]"
      )
    }
  }

  @Test func aLinkOutOfTheStateFolderIsNeverOpened() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let outside = dir + "/secret.txt"
    try "root:x:0:0\n".write(toFile: outside, atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: dir + "/state", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: dir + "/state/students.csv", withDestinationPath: outside)
    try "学号\n1\n".write(toFile: dir + "/state/inside.csv", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir + "/state/alias.csv", withDestinationPath: "inside.csv")
    let files = try FileIO.readState(dir + "/state")
    var seen: [UInt8] = []
    let out = files.with("students.csv") { seen = Array($0) }
    #expect(seen.isEmpty)
    guard case .unreadable(let why) = out else {
      Issue.record("a link out of the state folder was read: \(out)")
      return
    }
    #expect(why.contains("outside the state folder"))
    // A link that stays inside is followed.
    var inner: [UInt8] = []
    _ = files.with("alias.csv") { inner = Array($0) }
    #expect(String(decoding: inner, as: UTF8.self) == "学号\n1\n")
  }
}
