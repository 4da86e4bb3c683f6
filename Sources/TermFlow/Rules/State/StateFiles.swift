/// Where the state CSVs come from, one file at a time and by name: a file is lent to the loader for
/// as long as it parses it, so a 100 MB records.csv is never held alongside the others (and, read from
/// disk, it is mapped, not copied).
public struct StateFiles: Sendable {
  /// Calls `body` with the file's bytes; false when there is no such file.
  let with: @Sendable (String, (UnsafeBufferPointer<UInt8>) -> Void) -> Bool

  public init(with: @escaping @Sendable (String, (UnsafeBufferPointer<UInt8>) -> Void) -> Bool) { self.with = with }

  /// Files already in memory, by name (`records.csv`); for tests.
  public static func memory(_ files: [String: [UInt8]]) -> StateFiles {
    StateFiles { name, body in
      guard let bytes = files[name] else { return false }
      bytes.withUnsafeBufferPointer(body)
      return true
    }
  }
}
