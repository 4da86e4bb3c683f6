/// Where the state CSVs come from: read one at a time, by name, so that each file's bytes are freed
/// once it is parsed (a 100 MB records.csv is never held alongside the others).
public struct StateFiles: Sendable {
  let read: @Sendable (String) -> [UInt8]?

  public init(read: @escaping @Sendable (String) -> [UInt8]?) { self.read = read }

  /// Files already in memory, by name (`records.csv`); for tests.
  public static func memory(_ files: [String: [UInt8]]) -> StateFiles { StateFiles { files[$0] } }
}
