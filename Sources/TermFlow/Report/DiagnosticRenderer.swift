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

  func render(_ d: Diagnostic) -> String {
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

  /// The line holding `r.start` and a caret under the range (clipped to that line).
  private func snippet(_ file: SourceFile, _ r: SourceRange) -> String {
    let (line, _) = file.location(of: r.start)
    let text = file.lineText(line)
    let lineStart = file.lineStart(of: r.start)
    let prefixBytes = max(0, min(r.start - lineStart, text.utf8.count))
    let prefix = String(decoding: Array(text.utf8)[0..<prefixBytes], as: UTF8.self)
    let coveredBytes = max(0, min(r.end, lineStart + text.utf8.count) - r.start)
    let covered = String(decoding: Array(text.utf8)[prefixBytes..<min(text.utf8.count, prefixBytes + coveredBytes)], as: UTF8.self)
    let indent = DisplayWidth.of(DisplayWidth.expandTabs(prefix))
    let width = max(1, DisplayWidth.of(covered))
    let number = String(line)
    let gutter = String(repeating: " ", count: max(0, 5 - number.count)) + number
    return "\(gutter) | \(DisplayWidth.expandTabs(text))\n      | \(String(repeating: " ", count: indent))^\(String(repeating: "~", count: width - 1))\n"
  }
}
