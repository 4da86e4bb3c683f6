/// Renders diagnostics as text: a gcc-style header that problem matchers parse, then the source line
/// with a caret underneath, positioned and sized in display cells.
///
/// ```
/// retake.flow:12:12: error: 2018-09-16 is 第2周星期日, not 第2周星期一 [calendar.weekday-mismatch]
///    12 | step 报名 on 9月16日（第2周星期一）
///       |              ^~~~~~~~~~~~~~~~~~~~~~
///       = note: week 1 starts on Monday 2018-09-03
/// ```
struct DiagnosticRenderer {
  let files: [String: SourceFile]

  func render(_ diagnostics: [Diagnostic]) -> String {
    var out = ""
    for d in diagnostics { out += render(d) }
    return out
  }

  func render(_ d: Diagnostic) -> String { DisplayWidth.visible(raw(d)) }

  private func raw(_ d: Diagnostic) -> String {
    let file = files[d.file]
    var out = ""
    if let r = d.range, let file {
      let (line, col) = file.location(of: r.start)
      out += "\(d.file):\(line):\(col): \(d.severity.rawValue): \(d.message) [\(d.code)]\n"
      out += snippet(file, r)
    } else if let line = d.line {
      out += "\(d.file):\(line): \(d.severity.rawValue): \(d.message) [\(d.code)]\n"
    } else {
      out += "\(d.file): \(d.severity.rawValue): \(d.message) [\(d.code)]\n"
    }
    for n in d.notes {
      if let r = n.range, let file {
        let (line, col) = file.location(of: r.start)
        out += "      = note: \(n.message) (line \(line):\(col))\n"
      } else {
        out += "      = note: \(n.message)\n"
      }
    }
    for f in d.fixIts { out += "      = fix-it: \(f.message)\n" }
    return out
  }

  /// The line holding `r.start` and a caret under the range (clipped to that line). A long line is
  /// shown as a window around the range, cut with `…` (a 50 MB one-line file is echoed in a line).
  private func snippet(_ file: SourceFile, _ r: SourceRange) -> String {
    let (line, _) = file.location(of: r.start)
    let lineStart = file.lineStart(of: r.start)
    let bytes = Array(file.lineText(line).utf8)
    let prefixBytes = max(0, min(r.start - lineStart, bytes.count))
    let coveredEnd = min(bytes.count, prefixBytes + max(0, min(r.end, lineStart + bytes.count) - r.start))
    // Each part is made visible (control characters as pictures, tabs as spaces) on its own, so the
    // caret is measured on exactly what is shown.
    func shown(_ part: ArraySlice<UInt8>) -> String {
      DisplayWidth.expandTabs(DisplayWidth.visible(String(decoding: part, as: UTF8.self)))
    }
    var prefix = shown(bytes[0..<prefixBytes]), covered = shown(bytes[prefixBytes..<coveredEnd]),
      rest = shown(bytes[coveredEnd...])
    if bytes.count > Self.context * 4 {
      if DisplayWidth.of(prefix) > Self.context * 2 { prefix = "…" + Self.tail(prefix, cells: Self.context) }
      if DisplayWidth.of(covered) > Self.context * 2 { covered = Self.head(covered, cells: Self.context * 2) + "…" }
      if DisplayWidth.of(rest) > Self.context { rest = Self.head(rest, cells: Self.context) + "…" }
    }
    let indent = DisplayWidth.of(prefix)
    let width = max(1, DisplayWidth.of(covered))
    let number = String(line)
    let gutter = String(repeating: " ", count: max(0, 5 - number.count)) + number
    return
      "\(gutter) | \(prefix + covered + rest)\n      | \(String(repeating: " ", count: indent))^\(String(repeating: "~", count: width - 1))\n"
  }

  /// Cells of source shown before and after a range on a long line.
  static let context = 60

  /// The first characters of `s` that fit in `cells`.
  static func head(_ s: String, cells: Int) -> String {
    var out = "", used = 0
    for c in s.unicodeScalars {
      let w = DisplayWidth.of(c)
      if used + w > cells { break }
      out.unicodeScalars.append(c)
      used += w
    }
    return out
  }

  /// The last characters of `s` that fit in `cells`.
  static func tail(_ s: String, cells: Int) -> String {
    var kept: [Unicode.Scalar] = [], used = 0
    for c in s.unicodeScalars.reversed() {
      let w = DisplayWidth.of(c)
      if used + w > cells { break }
      kept.append(c)
      used += w
    }
    var out = ""
    out.unicodeScalars.append(contentsOf: kept.reversed())
    return out
  }
}
