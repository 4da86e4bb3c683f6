/// Where the state files come from, one file at a time and by name: a file is lent to the loader for
/// as long as it parses it, so a 100 MB records file is never held alongside the others (and, read from
/// disk, it is mapped, not copied).
public struct StateFiles: Sendable {
  /// What became of a request for a file.
  public enum Access: Equatable, Sendable {
    case read
    case missing
    /// There, but not a file that can be read: the reason (`Permission denied`, `is a directory`).
    case unreadable(String)
  }

  /// Calls `body` with the file's bytes, if it can be read.
  let with: @Sendable (String, (UnsafeBufferPointer<UInt8>) -> Void) -> Access
  /// The names of the files in a folder of the state ("" for the state folder itself), for globs.
  let list: @Sendable (String) -> [String]
  /// Every CSV file of the state, by relative path (sub-folders included), for `state inspect`.
  let all: @Sendable () -> [String]

  public init(
    with: @escaping @Sendable (String, (UnsafeBufferPointer<UInt8>) -> Void) -> Access,
    list: @escaping @Sendable (String) -> [String] = { _ in [] },
    all: @escaping @Sendable () -> [String] = { [] }
  ) {
    self.with = with
    self.list = list
    self.all = all
  }

  /// Files already in memory, by path relative to the state folder (`records.csv`, `成绩/a.csv`); for tests.
  public static func memory(_ files: [String: [UInt8]]) -> StateFiles {
    StateFiles(
      with: { name, body in
        guard let bytes = files[name] else { return .missing }
        bytes.withUnsafeBufferPointer(body)
        return .read
      },
      list: { folder in
        files.keys.compactMap { path in
          let prefix = folder.isEmpty ? "" : folder + "/"
          guard path.hasPrefix(prefix) else { return nil }
          let rest = String(path.dropFirst(prefix.count))
          return rest.contains("/") ? nil : rest
        }.sorted()
      },
      all: { files.keys.filter { FileIO.isTable($0) }.sorted() }
    )
  }

  /// A table's bytes as CSV: a CSV file as it is; an `.xlsx` workbook's sheet (`成绩.xlsx`, its first
  /// sheet, or `成绩.xlsx#2023秋`) read into the CSV it stands for, so both go through one reader. A
  /// workbook that cannot be read is `.unreadable` with the reason.
  func withTable(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Access {
    let (file, sheet) = Self.workbookName(name)
    guard file.lowercased().hasSuffix(".xlsx") || file.lowercased().hasSuffix(".xls") else { return with(name, body) }
    var converted: Result<[UInt8], Workbook.Failure> = .success([])
    let access = with(file) { raw in
      converted = Result { () throws(Workbook.Failure) -> [UInt8] in try Workbook.csv(raw, sheet: sheet) }
    }
    guard access == .read else { return access }
    switch converted {
    case .success(let csv):
      csv.withUnsafeBufferPointer(body)
      return .read
    case .failure(.unreadable(let why)): return .unreadable(why)
    }
  }

  /// An `.xlsx` workbook's sheet names (none for any other file, or one that cannot be read).
  func sheets(_ name: String) -> [String] {
    guard name.lowercased().hasSuffix(".xlsx") else { return [] }
    var names: [String] = []
    _ = with(name) { names = Workbook.sheetNames($0) }
    return names
  }

  /// `成绩.xlsx#2023秋` → (`成绩.xlsx`, `2023秋`); any other name → (name, nil).
  static func workbookName(_ name: String) -> (file: String, sheet: String?) {
    guard let hash = name.lastIndex(of: "#"), name[..<hash].lowercased().hasSuffix(".xlsx") else { return (name, nil) }
    return (String(name[..<hash]), String(name[name.index(after: hash)...]))
  }
}
