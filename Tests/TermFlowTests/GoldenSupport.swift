import Foundation
import Testing

@testable import TermFlow

/// Finds fixtures beside this file and compares outputs with goldens, or rewrites them when
/// `TERMFLOW_UPDATE_GOLDEN=1` is set (review the result with `git diff`).
enum Golden {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
  static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A golden's name split at its dots: the case, then its variants (`czie-retake.zh.html` is the case
  /// `czie-retake` in Chinese, as HTML). Case names hold no dot.
  static func parts(_ golden: String) -> (case: String, variants: [String]) {
    let p = golden.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    return (p.first ?? golden, Array(p.dropFirst()))
  }

  /// Sorted case names (file names without extension) in a fixture folder with the given extension.
  static func cases(_ folder: String, ext: String = "flow") -> [String] {
    let dir = fixtures.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix("." + ext) }.map { String($0.dropLast(ext.count + 1)) }.sorted()
  }

  /// Loads a fixture as a SourceFile named by its path relative to Fixtures/, so goldens hold no absolute paths.
  static func source(_ folder: String, _ name: String, ext: String = "flow") -> SourceFile {
    let url = fixtures.appendingPathComponent(folder).appendingPathComponent("\(name).\(ext)")
    let data = (try? Data(contentsOf: url)) ?? Data()
    return SourceFile(name: "\(folder)/\(name).\(ext)", bytes: Array(data))
  }

  static func workflow(_ name: String) -> SourceFile {
    let url = repoRoot.appendingPathComponent("workflows").appendingPathComponent(name)
    return SourceFile(name: "workflows/\(name)", bytes: Array((try? Data(contentsOf: url)) ?? Data()))
  }

  /// Compares `actual` with the golden file, printing the first line that differs.
  static func compare(_ actual: String, _ folder: String, _ name: String, ext: String = "expected") {
    let url = fixtures.appendingPathComponent(folder).appendingPathComponent("\(name).\(ext)")
    if ProcessInfo.processInfo.environment["TERMFLOW_UPDATE_GOLDEN"] == "1" {
      try? Data(actual.utf8).write(to: url)
      return
    }
    guard let data = try? Data(contentsOf: url) else {
      Issue.record("missing golden \(folder)/\(name).\(ext); run with TERMFLOW_UPDATE_GOLDEN=1")
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard actual != expected else { return }
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let i = Array(zip(a, e)).firstIndex { $0.0 != $0.1 } ?? min(a.count, e.count)
    let got = i < a.count ? String(a[i]) : "<end>"
    let want = i < e.count ? String(e[i]) : "<end>"
    Issue.record("\(folder)/\(name): differs at line \(i + 1)\n  expected: \(want)\n  actual:   \(got)")
  }
}
