import Foundation

/// Where a run's time goes, phase by phase, for bench/run.sh: printed to stderr only when the
/// environment sets `TERMFLOW_PHASES=1`, so normal output never changes.
public final class PhaseClock: @unchecked Sendable {
  public static let shared = PhaseClock(enabled: ProcessInfo.processInfo.environment["TERMFLOW_PHASES"] == "1")

  let enabled: Bool
  private var last: UInt64
  private var lines: [String] = []

  init(enabled: Bool) {
    self.enabled = enabled
    last = DispatchTime.now().uptimeNanoseconds
  }

  /// Ends the phase that started at the previous mark.
  public func mark(_ phase: String) {
    guard enabled else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    lines.append("phase \(phase): \(String(format: "%.1f", Double(now - last) / 1e6)) ms")
    last = now
  }

  public func flush() {
    guard enabled, !lines.isEmpty else { return }
    FileHandle.standardError.write((lines.joined(separator: "\n") + "\n").data(using: .utf8) ?? Data())
    lines = []
  }
}
