/// Tab-separated text (`.txt`, `.tsv`, Excel's "Unicode text") as the CSV it stands for: each tab
/// outside quotes ends a field; a field holding a comma or a quote is quoted, so the one CSV reader
/// reads it. Lines stay where they are, so every error still names the file's own line.
enum TabSeparated {
  /// Whether the header line has tabs and no commas: a tab-separated export.
  static func isTabSeparated(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    var tabs = 0
    for b in p {
      if b == 0x0A || b == 0x0D { break }
      if b == 0x2C { return false }
      if b == 0x09 { tabs += 1 }
    }
    return tabs > 0
  }

  static func toCSV(_ p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(p.count + p.count / 8)
    var field: [UInt8] = []
    var quoted = false
    var inQuotes = false
    func flush() {
      if !quoted, field.contains(where: { $0 == 0x2C || $0 == 0x22 }) {
        out.append(0x22)
        for b in field {
          out.append(b)
          if b == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
      } else {
        out += field
      }
      field.removeAll(keepingCapacity: true)
      quoted = false
    }
    for b in p {
      if inQuotes {
        field.append(b)
        if b == 0x22 { inQuotes = false }
        continue
      }
      switch b {
      case 0x22 where field.isEmpty || quoted:
        // A quoted field, kept as written (its doubled quotes are CSV's too).
        quoted = true
        inQuotes = true
        field.append(b)
      case 0x09:
        flush()
        out.append(0x2C)
      case 0x0A, 0x0D:
        flush()
        out.append(b)
      default:
        field.append(b)
      }
    }
    flush()
    return out
  }
}
