/// A replacement of one byte range of a source file: the unit of every rewrite that must keep the
/// rest of the file (its comments, its layout) exactly as the author wrote it.
struct SourceEdit: Sendable {
  var range: SourceRange
  var text: String

  /// `edits` applied to `bytes`. Edits must not overlap; an insertion is an empty range.
  static func apply(_ edits: [SourceEdit], to bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + edits.count * 16)
    var at = 0
    // Stable: two insertions at one offset stay in the order they were made.
    let sorted = edits.enumerated().sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
    for (_, e) in sorted where e.range.start >= at && e.range.end <= bytes.count {
      out += bytes[at..<e.range.start]
      out += Array(e.text.utf8)
      at = e.range.end
    }
    out += bytes[min(at, bytes.count)...]
    return String(decoding: out, as: UTF8.self)
  }
}

extension SourceFile {
  /// The whole line holding `offset`, with its newline: what to delete to remove a one-line statement.
  func lineRange(of offset: Int) -> SourceRange {
    let start = lineStart(of: offset)
    var end = offset
    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
    return SourceRange(start, min(end + 1, bytes.count))
  }

  /// The spaces and tabs that start the line holding `offset`.
  func indentation(of offset: Int) -> String {
    var i = lineStart(of: offset)
    var s = ""
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 {
      s.append(bytes[i] == 0x20 ? " " : "\t")
      i += 1
    }
    return s
  }
}
