/// A workflow (or CSV) file's text, kept as UTF-8 bytes so that every range is a byte offset.
///
/// Invalid UTF-8 is not an error here: `text` holds the decoded text with replacement characters,
/// and `invalidUTF8Offset` says where the first bad byte was so the lexer can report it.
public struct SourceFile: Sendable {
  /// The name printed in diagnostics (as given on the command line, never made absolute).
  public let name: String
  /// The file's bytes, exactly as read.
  public let bytes: [UInt8]
  /// Byte offset of the first byte of each line; `lineStarts[0] == 0`.
  let lineStarts: [Int]
  /// Byte offset of the first byte that is not valid UTF-8, if any.
  let invalidUTF8Offset: Int?
  /// Reads the files this one `use`s, by the path written in it; nil when it may use none (a file from
  /// standard input, or a test's inline source).
  public var loader: SourceLoader?
  /// Whether the file on disk is GB18030 (its `bytes` are the UTF-8 it was decoded to), so that
  /// `fmt --write` writes it back as it was.
  public var readAsGB18030 = false

  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
    var starts = [0]
    for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
    self.lineStarts = starts
    self.invalidUTF8Offset = SourceFile.firstInvalidUTF8(bytes)
  }

  public init(name: String, text: String) {
    self.init(name: name, bytes: Array(text.utf8))
  }

  /// 1-based line and 1-based column for a byte offset; the column counts Unicode scalars, not bytes,
  /// so that a column is the same whatever the encoding of the characters before it.
  public func location(of offset: Int) -> (line: Int, column: Int) {
    let clamped = max(0, min(offset, bytes.count))
    let lineIndex = lineIndex(of: clamped)
    let start = lineStarts[lineIndex]
    var column = 1
    var i = start
    while i < clamped {
      i += SourceFile.scalarLength(leadByte: bytes[i])
      column += 1
    }
    return (lineIndex + 1, column)
  }

  /// 0-based index into `lineStarts` of the line holding `offset` (binary search).
  func lineIndex(of offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// The text of a 1-based line, without its line terminator.
  public func lineText(_ line: Int) -> String {
    guard line >= 1, line <= lineStarts.count else { return "" }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] : bytes.count
    while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// Byte offset at which the line holding `offset` starts.
  func lineStart(of offset: Int) -> Int { lineStarts[lineIndex(of: max(0, min(offset, bytes.count)))] }

  /// The source text covered by a range.
  func text(_ range: SourceRange) -> String {
    let s = max(0, min(range.start, bytes.count))
    let e = max(s, min(range.end, bytes.count))
    return String(decoding: bytes[s..<e], as: UTF8.self)
  }

  static func scalarLength(leadByte b: UInt8) -> Int {
    switch b {
    case 0xF0...0xF7: return 4
    case 0xE0...0xEF: return 3
    case 0xC0...0xDF: return 2
    default: return 1
    }
  }

  private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 { i += 1; continue }
      let n: Int
      switch b {
      case 0xC2...0xDF: n = 2
      case 0xE0...0xEF: n = 3
      case 0xF0...0xF4: n = 4
      default: return i
      }
      if i + n > bytes.count { return i }
      for k in 1..<n where bytes[i + k] & 0xC0 != 0x80 { return i }
      i += n
    }
    return nil
  }
}

/// Reads a file that a workflow `use`s: the path as written, relative to the workflow. The command line
/// gives one that never leaves the workflow's folder tree; tests give files from memory.
public struct SourceLoader: Sendable {
  /// Why a path gave no file.
  public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing is there.
    case missing
    /// Something is there that cannot be read, and why: the system's reason (`Permission denied`,
    /// `is a directory`) or the loader's (a link that leads outside the workflow's folder).
    case unreadable(String)

    /// The reason, as `cannot read 'x': <description>` ends (the system's words for a missing file).
    public var description: String {
      switch self {
      case .missing: return "No such file or directory"
      case .unreadable(let why): return why
      }
    }
  }

  /// The file at a path, or why there is none.
  let read: @Sendable (String) -> Result<SourceFile, Failure>

  /// A loader that cannot say why a file is not there: every miss is `missing`.
  public init(_ load: @escaping @Sendable (String) -> SourceFile?) {
    read = { path in load(path).map { .success($0) } ?? .failure(.missing) }
  }

  public init(reading read: @escaping @Sendable (String) -> Result<SourceFile, Failure>) { self.read = read }

  func load(_ path: String) -> SourceFile? { try? read(path).get() }

  /// Files in memory, by path; for tests.
  public static func memory(_ files: [String: String]) -> SourceLoader {
    SourceLoader { path in files[path].map { SourceFile(name: path, text: $0) } }
  }
}
