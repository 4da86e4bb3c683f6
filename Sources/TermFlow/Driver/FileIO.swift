import Foundation

/// The only place termflow touches the file system. Inputs are read whole; outputs are written to a
/// temporary name beside the target and renamed over it, so a reader never sees half a file.
public enum FileIO {
  public enum Failure: Error, CustomStringConvertible {
    case cannotRead(String)
    case cannotWrite(String, String)
    public var description: String {
      switch self {
      case .cannotRead(let p): return "cannot read '\(p)'"
      case .cannotWrite(let p, let why): return "cannot write '\(p)': \(why)"
      }
    }
  }

  /// Reads a workflow file, or standard input for `-`.
  public static func readSource(_ path: String) throws -> SourceFile {
    if path == "-" {
      return SourceFile(name: "<stdin>", bytes: Array(FileHandle.standardInput.readDataToEndOfFile()))
    }
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
      let data = FileManager.default.contents(atPath: path)
    else { throw Failure.cannotRead(path) }
    return SourceFile(name: path, bytes: Array(data))
  }

  /// Writes `text` to `path` atomically: a temporary file in the same folder, flushed, then `rename(2)`,
  /// which replaces the target in one step. On any failure the target is left as it was.
  public static func writeAtomically(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).termflow-\(getpid()).tmp").path
    guard FileManager.default.createFile(atPath: tmp, contents: Data(text.utf8)) else {
      throw Failure.cannotWrite(path, "cannot create a temporary file beside it")
    }
    guard rename(tmp, path) == 0 else {
      let why = String(cString: strerror(errno))
      unlink(tmp)
      throw Failure.cannotWrite(path, why)
    }
  }
}
