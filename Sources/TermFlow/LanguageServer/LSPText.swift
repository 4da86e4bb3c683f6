import Foundation

/// A document's text as the language server addresses it: LSP positions are (line, character) with
/// characters counted in UTF-16 code units, or in bytes when the client agreed to UTF-8. The workflows
/// are full of CJK (one unit, three bytes) and fullwidth digits, so this is where carets land right.
struct LSPText {
  let file: SourceFile
  let utf8: Bool

  /// `{"line", "character"}` of a byte offset.
  func position(_ offset: Int) -> JSONValue {
    let clamped = max(0, min(offset, file.bytes.count))
    let line = file.lineIndex(of: clamped)
    let start = file.lineStarts[line]
    return .object([("line", .int(line)), ("character", .int(units(from: start, to: clamped)))])
  }

  func range(_ r: SourceRange) -> JSONValue {
    .object([("start", position(r.start)), ("end", position(r.end))])
  }

  /// The byte offset of an LSP position, clamped to its line (and the line to the document).
  func offset(_ position: JSONNode?) -> Int {
    guard let line = position?["line"]?.int, let character = position?["character"]?.int else { return 0 }
    guard line >= 0 else { return 0 }
    guard line < file.lineStarts.count else { return file.bytes.count }
    var i = file.lineStarts[line]
    var n = 0
    while i < file.bytes.count, file.bytes[i] != 0x0A, n < character {
      let len = SourceFile.scalarLength(leadByte: file.bytes[i])
      n += utf8 ? len : (len == 4 ? 2 : 1)
      i += len
    }
    return min(i, file.bytes.count)
  }

  private func units(from start: Int, to end: Int) -> Int {
    guard !utf8 else { return end - start }
    var i = start, n = 0
    while i < end {
      let len = SourceFile.scalarLength(leadByte: file.bytes[i])
      n += len == 4 ? 2 : 1
      i += len
    }
    return n
  }
}

/// The base protocol's framing: `Content-Length: N\r\n\r\n` then N bytes of JSON. Bytes arrive in any
/// chunks; whole messages come out.
public struct LSPFramer {
  private var buffer: [UInt8] = []
  public init() {}
  /// The largest message accepted (a bigger one is dropped, not buffered forever).
  static let maxMessage = 64 << 20

  /// The messages completed by `bytes`, in order. A header without a usable length is skipped.
  public mutating func feed(_ bytes: [UInt8]) -> [[UInt8]] {
    buffer += bytes
    var out: [[UInt8]] = []
    while let headerEnd = find([0x0D, 0x0A, 0x0D, 0x0A]) {
      let header = String(decoding: buffer[0..<headerEnd], as: UTF8.self)
      var length: Int?
      for line in header.split(separator: "\r\n") {
        let parts = line.split(separator: ":", maxSplits: 1)
        if parts.count == 2, parts[0].lowercased() == "content-length" {
          length = Int(parts[1].trimmingCharacters(in: .whitespaces))
        }
      }
      let bodyStart = headerEnd + 4
      guard let n = length, n >= 0, n <= Self.maxMessage else {
        buffer.removeSubrange(0..<bodyStart)
        continue
      }
      guard buffer.count >= bodyStart + n else { break }
      out.append(Array(buffer[bodyStart..<bodyStart + n]))
      buffer.removeSubrange(0..<bodyStart + n)
    }
    return out
  }

  private func find(_ pattern: [UInt8]) -> Int? {
    guard buffer.count >= pattern.count else { return nil }
    for i in 0...(buffer.count - pattern.count) where buffer[i] == pattern[0] {
      if Array(buffer[i..<i + pattern.count]) == pattern { return i }
    }
    return nil
  }

  /// One message, framed.
  public static func frame(_ json: String) -> [UInt8] {
    let body = Array(json.utf8)
    return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }
}
