import Foundation

/// The only place termflow touches the file system. Inputs are read whole; outputs are written to a
/// temporary name beside the target and renamed over it, so a reader never sees half a file.
public enum FileIO {
  public enum Failure: Error, CustomStringConvertible {
    /// The path and the reason (`No such file or directory`, `Permission denied`, `is a directory`).
    case cannotRead(String, String)
    case cannotWrite(String, String)
    /// A source past `maxSourceBytes`: refused before it is read.
    case tooLarge(String, Int)
    public var description: String {
      switch self {
      case .cannotRead(let p, let why): return "cannot read '\(p)': \(why)"
      case .cannotWrite(let p, let why): return "cannot write '\(p)': \(why)"
      case .tooLarge(let p, let size):
        return
          "\(p):1:1: error: the file is \(size) bytes; a workflow or notice is at most \(maxSourceBytes) bytes (10 MB) [syntax.file-too-large]"
      }
    }

    /// Why, without the path: what follows `cannot read 'x': ` where another message names the file.
    public var reason: String {
      switch self {
      case .cannotRead(_, let why), .cannotWrite(_, let why): return why
      case .tooLarge(_, let size): return "it is \(size) bytes, more than \(maxSourceBytes) (10 MB)"
      }
    }
  }

  /// The largest workflow, test file or notice read (10 MB: a term's workflows are kilobytes). A bigger
  /// file is refused at once, before any of it is read or lexed.
  public static let maxSourceBytes = 10 << 20

  /// Reads a workflow file, or standard input for `-`.
  public static func readSource(_ path: String) throws -> SourceFile {
    if path == "-" {
      var bytes: [UInt8] = []
      let stdin = FileHandle.standardInput
      while bytes.count <= maxSourceBytes {
        let chunk = stdin.readData(ofLength: 1 << 16)
        if chunk.isEmpty { break }
        bytes += chunk
      }
      guard bytes.count <= maxSourceBytes else { throw Failure.tooLarge("<stdin>", bytes.count) }
      return sourceFile("<stdin>", bytes)
    }
    var file = sourceFile(path, try readWhole(path, limit: maxSourceBytes))
    file.loader = loader(beside: path)
    return file
  }

  /// A regular file's bytes, or why they cannot be had: the system's reason, `is a directory`, or
  /// `tooLarge` past `limit` (checked on the file's size, before reading).
  static func readWhole(_ path: String, limit: Int) throws -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw Failure.cannotRead(path, String(cString: strerror(errno))) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw Failure.cannotRead(path, String(cString: strerror(errno))) }
    guard (st.st_mode & S_IFMT) == S_IFREG else {
      throw Failure.cannotRead(path, (st.st_mode & S_IFMT) == S_IFDIR ? "is a directory" : "is not a regular file")
    }
    let size = Int(st.st_size)
    guard size <= limit else { throw Failure.tooLarge(path, size) }
    guard size > 0 else { return [] }
    guard let bytes = readAll(fd, size: size) else { throw Failure.cannotRead(path, String(cString: strerror(errno))) }
    return bytes
  }

  /// Reads the files a workflow uses from its own folder tree: a path with `..` or a leading `/` is
  /// refused, and so is one that a symbolic link takes outside the folder. A file that is not read
  /// says why (the system's reason, `is a directory`), so `cannot read 'x.flow'` never stands alone.
  public static func loader(beside workflow: String) -> SourceLoader {
    let dir = (workflow as NSString).deletingLastPathComponent
    return SourceLoader(reading: { name in
      let parts = name.split(separator: "/", omittingEmptySubsequences: false)
      let outside = SourceLoader.Failure.unreadable("it is not beside the workflow or below it")
      guard !name.isEmpty, !name.hasPrefix("/"), !parts.contains("..") else { return .failure(outside) }
      let path = dir.isEmpty ? name : dir + "/" + name
      // Nothing there is said as missing, before a link is followed or a reason asked of the system.
      guard FileManager.default.fileExists(atPath: path) else { return .failure(.missing) }
      let root = URL(fileURLWithPath: dir.isEmpty ? "." : dir).resolvingSymlinksInPath().path
      let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
      // The folder itself (`use "."`) is inside: reading it says it is a directory.
      guard real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
        return .failure(.unreadable("a link that leads outside the workflow's folder"))
      }
      do {
        return .success(sourceFile(path, try readWhole(path, limit: maxSourceBytes)))
      } catch let f as Failure {
        return .failure(.unreadable(f.reason))
      } catch {
        return .failure(.unreadable("\(error)"))
      }
    })
  }

  /// A workflow file as written: UTF-8, or GB18030 (what Windows editors save), read as the CSVs are.
  /// A file whose first non-ASCII character is good UTF-8 is UTF-8 (a later bad byte is an error, not
  /// a reason to read the whole file as GB18030 mojibake). Bytes that are neither stay as they are,
  /// for the lexer to report.
  static func sourceFile(_ name: String, _ bytes: [UInt8]) -> SourceFile {
    let bad = bytes.withUnsafeBufferPointer { TextEncoding.firstInvalidUTF8($0) }
    guard let bad, bad == bytes.firstIndex(where: { $0 >= 0x80 }),
      case .success(let utf8) = bytes.withUnsafeBufferPointer({ TextEncoding.gb18030ToUTF8($0) })
    else { return SourceFile(name: name, bytes: bytes) }
    var file = SourceFile(name: name, bytes: utf8)
    file.readAsGB18030 = true
    return file
  }

  /// The state files in `folder`, by path relative to it: only the names the layout gives are opened,
  /// and a name that would leave the folder (`..`, an absolute path) is never opened, so nothing outside
  /// it is read. A missing file is simply absent; the loader reports it. Throws when `folder` is not a
  /// readable folder.
  public static func readState(_ folder: String) throws -> StateFiles {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
      throw Failure.cannotRead(folder, "not a folder")
    }
    @Sendable func inside(_ name: String) -> Bool {
      !name.hasPrefix("/") && !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }
    // A symbolic link in the state folder is followed only while it stays inside the folder: a link to
    // /etc/passwd is never opened (nor its first line echoed in an error).
    let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    @Sendable func staysInside(_ path: String) -> Bool {
      let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
      return real.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
    return StateFiles(
      with: { name, body in
        guard inside(name) else { return .missing }
        let path = folder + "/" + name
        var st = stat()
        guard lstat(path, &st) != 0 || staysInside(path) else {
          return .unreadable("a link that leads outside the state folder")
        }
        return withMapped(path, body)
      },
      list: { sub in
        guard sub.isEmpty || inside(sub) else { return [] }
        let dir = sub.isEmpty ? folder : folder + "/" + sub
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { n in
          var isDir: ObjCBool = false
          return FileManager.default.fileExists(atPath: dir + "/" + n, isDirectory: &isDir) && !isDir.boolValue
        }.sorted()
      },
      all: {
        // Two levels down at most: the state folder and one folder per kind of export.
        var out: [String] = []
        let fm = FileManager.default
        for top in ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted() {
          var isDir: ObjCBool = false
          guard fm.fileExists(atPath: folder + "/" + top, isDirectory: &isDir) else { continue }
          if !isDir.boolValue {
            if Self.isTable(top) { out.append(top) }
            continue
          }
          for sub in ((try? fm.contentsOfDirectory(atPath: folder + "/" + top)) ?? []).sorted()
          where Self.isTable(sub) {
            out.append(top + "/" + sub)
          }
        }
        return out
      }
    )
  }

  /// Lends a whole file to `body`, mapped read-only: the bytes come straight from the page cache, with
  /// no copy and no zeroed memory to fill. Where mapping fails, the file is read into memory instead.
  /// `.missing` when there is no such file, `.unreadable` with the reason when it cannot be read.
  static func withMapped(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> StateFiles.Access {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno))) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return .unreadable(String(cString: strerror(errno))) }
    guard (st.st_mode & S_IFMT) == S_IFREG else {
      return .unreadable((st.st_mode & S_IFMT) == S_IFDIR ? "is a directory" : "is not a regular file")
    }
    let size = Int(st.st_size)
    guard size > 0 else {
      body(UnsafeBufferPointer(start: nil, count: 0))
      return .read
    }
    guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else {
      guard let bytes = readAll(fd, size: size) else { return .unreadable(String(cString: strerror(errno))) }
      bytes.withUnsafeBufferPointer(body)
      return .read
    }
    defer { munmap(map, size) }
    body(UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: size))
    return .read
  }

  /// `size` bytes from an open file straight into a byte array (no intermediate Data).
  private static func readAll(_ fd: Int32, size: Int) -> [UInt8]? {
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
      var done = 0
      while done < size {
        guard let base = buf.baseAddress else { break }
        let n = read(fd, base + done, size - done)
        if n < 0, errno == EINTR { continue }
        if n <= 0 { break }
        done += n
      }
      failed = done != size
      count = done
    }
    return failed ? nil : bytes
  }

  /// Writes all of `text` to an open file descriptor (standard output or error); the reason when it
  /// cannot (`No space left on device`, `Bad file descriptor` for a closed stdout), never a trap.
  /// Writes the text's own UTF-8 bytes (a report is megabytes: it is not copied first).
  public static func write(_ text: String, to fd: Int32) -> String? {
    var text = text
    return text.withUTF8 { write(buffer: UnsafeRawBufferPointer($0), to: fd) }
  }

  static func write(bytes: [UInt8], to fd: Int32) -> String? {
    bytes.withUnsafeBytes { write(buffer: $0, to: fd) }
  }

  private static func write(buffer: UnsafeRawBufferPointer, to fd: Int32) -> String? {
    guard let base = buffer.baseAddress else { return nil }
    var done = 0
    while done < buffer.count {
      let n = Glibc.write(fd, base + done, buffer.count - done)
      if n < 0 {
        if errno == EINTR { continue }
        return String(cString: strerror(errno))
      }
      if n == 0 { return "nothing was written" }
      done += n
    }
    return nil
  }

  /// Writes `text` to `path` atomically: a temporary file in the same folder, flushed, then `rename(2)`,
  /// which replaces the target in one step. On any failure the target is left as it was.
  /// A symbolic link is followed: its target is rewritten and the link stays. The file keeps its
  /// permissions. A failure names the reason the system gives.
  /// `gb18030`: write the text in GB18030 (a workflow read as GB18030 keeps its encoding).
  public static func writeAtomically(_ text: String, to path: String, gb18030: Bool = false) throws {
    try writeAtomically(bytes: gb18030 ? GB18030.encode(text) ?? Array(text.utf8) : Array(text.utf8), to: path)
  }

  /// `writeAtomically` for bytes (a Word document).
  public static func writeAtomically(bytes: [UInt8], to path: String) throws {
    // The file the link points at, if it is one (the link itself stays as it is).
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let url = URL(fileURLWithPath: target)
    let tmp = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).termflow-\(getpid()).tmp"
    ).path
    var st = stat()
    let mode: mode_t = stat(target, &st) == 0 ? st.st_mode & 0o7777 : 0o644
    let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, mode)
    guard fd >= 0 else {
      throw Failure.cannotWrite(path, "cannot create a temporary file beside it: " + String(cString: strerror(errno)))
    }
    if let why = write(bytes: bytes, to: fd) {
      close(fd)
      unlink(tmp)
      throw Failure.cannotWrite(path, why)
    }
    // open(2) applies the umask; the file keeps exactly the mode it had.
    _ = fchmod(fd, mode)
    guard fsync(fd) == 0, close(fd) == 0 else {
      let why = String(cString: strerror(errno))
      unlink(tmp)
      throw Failure.cannotWrite(path, why)
    }
    guard rename(tmp, target) == 0 else {
      let why = String(cString: strerror(errno))
      unlink(tmp)
      throw Failure.cannotWrite(path, why)
    }
  }

  /// Whether two paths name one file (through links, `./`, hard links): roll and import never write
  /// over what they read.
  public static func sameFile(_ a: String, _ b: String) -> Bool {
    var sa = stat(), sb = stat()
    guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
  }

  /// The files ending in `suffix` (`.flowtest`, `.flow`) at `path` (a file) or under it (a folder,
  /// recursively), sorted; nil when `path` cannot be read.
  /// Why `files(under:ending:)` gave nil for `path`: the system's reason for not opening it (`No such
  /// file or directory`), or that it opens but cannot be listed.
  public static func whyNotListed(_ path: String) -> String {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return String(cString: strerror(errno)) }
    close(fd)
    return "its files cannot be listed"
  }

  public static func files(under path: String, ending suffix: String) -> [String]? {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return nil }
    guard isDir.boolValue else { return [path] }
    guard let e = FileManager.default.enumerator(atPath: path) else { return nil }
    var out: [String] = []
    while let rel = e.nextObject() as? String {
      let dir = path.hasSuffix("/") ? String(path.dropLast()) : path
      if rel.hasSuffix(suffix) { out.append(dir == "." ? rel : dir + "/" + rel) }
    }
    return out.sorted()
  }

  /// A new folder holding `files` (paths relative to it), written whole or not at all: into a temporary
  /// folder beside it, renamed into place at the end. An existing folder is never written into.
  public static func writeFolderAtomically(_ files: [(path: String, text: String)], to folder: String) throws {
    let fm = FileManager.default
    guard !fm.fileExists(atPath: folder) else {
      throw Failure.cannotWrite(folder, "it exists; roll writes a new folder")
    }
    let url = URL(fileURLWithPath: folder)
    let tmp = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).termflow-\(getpid()).tmp"
    )
    do {
      try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
      for f in files {
        let target = tmp.appendingPathComponent(f.path)
        try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try writeAtomically(f.text, to: target.path)
      }
      guard rename(tmp.path, folder) == 0 else {
        throw Failure.cannotWrite(folder, String(cString: strerror(errno)))
      }
    } catch {
      try? fm.removeItem(at: tmp)
      throw error
    }
  }

  /// Whether `path` is a folder.
  public static func isFolder(_ path: String) -> Bool {
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
  }

  /// A folder to write into, made (with its parents) when missing.
  public static func makeFolder(_ path: String) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// `path` as written in `file`: relative to that file's folder unless absolute.
  public static func relative(_ path: String, to file: String) -> String {
    if path.hasPrefix("/") { return path }
    // Lexically, so that a relative test path gives relative names in the messages.
    var parts = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
    for p in path.split(separator: "/") {
      switch p {
      case ".": continue
      case "..":
        if let last = parts.last, last != "..", !last.isEmpty, last != "." {
          parts.removeLast()
        } else {
          parts.append("..")
        }
      default: parts.append(String(p))
      }
    }
    let joined = parts.filter { $0 != "." }.joined(separator: "/")
    return joined.isEmpty ? "." : (file.hasPrefix("/") && !joined.hasPrefix("/") ? "/" + joined : joined)
  }

  /// A file a state table may be: a CSV export or an Excel workbook.
  static func isTable(_ name: String) -> Bool {
    let n = name.lowercased()
    return n.hasSuffix(".csv") || n.hasSuffix(".xlsx")
  }
}
