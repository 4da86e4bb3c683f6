/// The one diagnostic type every stage reports: parser, checker, calendar, scheduler and CSV reader.
public struct Diagnostic: Hashable, Sendable {
  public enum Severity: String, Sendable, Comparable {
    case error, warning, note
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    private var rank: Int {
      switch self {
      case .error: return 0
      case .warning: return 1
      case .note: return 2
      }
    }
  }

  /// A secondary message, optionally pointing at another place in the same file.
  public struct Note: Hashable, Sendable {
    public var message: String
    public var range: SourceRange?
    public init(_ message: String, _ range: SourceRange? = nil) {
      self.message = message
      self.range = range
    }
  }

  /// A text edit that would fix the problem.
  public struct FixIt: Hashable, Sendable {
    public var message: String
    public var range: SourceRange
    public var replacement: String
  }

  public var severity: Severity
  public var code: DiagnosticCode
  public var message: String
  /// Name of the file as given by the user (the key into the driver's source files).
  public var file: String
  /// Byte range in `file`; nil means the diagnostic is about the whole file.
  public var range: SourceRange?
  /// For CSV diagnostics, which have a line but no meaningful column.
  public var line: Int?
  public var notes: [Note] = []
  public var fixIts: [FixIt] = []
  /// How many problems it stands for: one, or the number a "N more errors not shown" line counts.
  public var count = 1

  public init(
    _ severity: Severity,
    _ code: DiagnosticCode,
    _ message: String,
    file: String,
    range: SourceRange?,
    notes: [Note] = [],
    fixIts: [FixIt] = []
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.file = file
    self.range = range
    self.notes = notes
    self.fixIts = fixIts
  }

  /// Order used everywhere diagnostics are printed: file, offset, code, message.
  /// A state's problems, files in the order they were read (the students first: a problem there is
  /// the root cause of others), each file's in `sortKey` order with the line that counts the unshown
  /// ones last.
  static func inReadingOrder(_ ds: [Diagnostic]) -> [Diagnostic] {
    var rank: [String: Int] = [:]
    for d in ds where rank[d.file] == nil { rank[d.file] = rank.count }
    return ds.sorted { a, b in
      let (ra, rb) = (rank[a.file] ?? 0, rank[b.file] ?? 0)
      if ra != rb { return ra < rb }
      let (la, lb) = (a.count > 1 ? 1 : 0, b.count > 1 ? 1 : 0)
      if la != lb { return la < lb }
      return sortKey(a, b)
    }
  }

  static func sortKey(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    if a.file != b.file { return a.file < b.file }
    let ao = a.range?.start ?? -1
    let bo = b.range?.start ?? -1
    if ao != bo { return ao < bo }
    let al = a.line ?? -1
    let bl = b.line ?? -1
    if al != bl { return al < bl }
    if a.code.rawValue != b.code.rawValue { return a.code.rawValue < b.code.rawValue }
    return a.message < b.message
  }
}
