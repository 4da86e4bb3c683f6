/// A stable, documented identifier such as `calendar.weekday-mismatch`; it appears in JSON output and
/// in docs/diagnostics.md, so a code is never renamed once shipped.
public struct DiagnosticCode: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  public let rawValue: String
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }
}
