/// Where the state files come from, one file at a time and by name: a file is lent to the loader for
/// as long as it parses it, so a 100 MB records file is never held alongside the others (and, read from
/// disk, it is mapped, not copied).
public struct StateFiles: Sendable {
  /// Calls `body` with the file's bytes; false when there is no such file.
  let with: @Sendable (String, (UnsafeBufferPointer<UInt8>) -> Void) -> Bool
  /// The names of the files in a folder of the state ("" for the state folder itself), for globs.
  let list: @Sendable (String) -> [String]
  /// Every CSV file of the state, by relative path (sub-folders included), for `state inspect`.
  let all: @Sendable () -> [String]

  public init(with: @escaping @Sendable (String, (UnsafeBufferPointer<UInt8>) -> Void) -> Bool,
    list: @escaping @Sendable (String) -> [String] = { _ in [] }, all: @escaping @Sendable () -> [String] = { [] })
  {
    self.with = with
    self.list = list
    self.all = all
  }

  /// Files already in memory, by path relative to the state folder (`records.csv`, `成绩/a.csv`); for tests.
  public static func memory(_ files: [String: [UInt8]]) -> StateFiles {
    StateFiles(
      with: { name, body in
        guard let bytes = files[name] else { return false }
        bytes.withUnsafeBufferPointer(body)
        return true
      },
      list: { folder in
        files.keys.compactMap { path in
          let prefix = folder.isEmpty ? "" : folder + "/"
          guard path.hasPrefix(prefix) else { return nil }
          let rest = String(path.dropFirst(prefix.count))
          return rest.contains("/") ? nil : rest
        }.sorted()
      },
      all: { files.keys.filter { $0.lowercased().hasSuffix(".csv") }.sorted() })
  }
}
