/// A half-open range of byte offsets `[start, end)` into one `SourceFile`.
public struct SourceRange: Hashable, Sendable, Comparable {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// Whether `offset` falls in the range.
  func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

  /// The smallest range covering both.
  func union(_ other: SourceRange) -> SourceRange {
    SourceRange(min(start, other.start), max(end, other.end))
  }

  public static func < (a: SourceRange, b: SourceRange) -> Bool {
    (a.start, a.end) < (b.start, b.end)
  }
}
