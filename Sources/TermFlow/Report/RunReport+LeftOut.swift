/// The rows of the exports that were not read as data (a title, blank lines, totals, a footer): said
/// at the top of the report, so a count that left rows out never does it silently.
extension RunReport {
  /// `payments.csv: title line 1 "2023学年…"; blank line 9; total line 10 "合计"`, one line per file;
  /// nothing when every row was data.
  func leftOutText(_ L: Language) -> String {
    guard !leftOut.isEmpty else { return "" }
    var out = L("rows left out (not data):") + "\n"
    for (file, rows) in leftOut {
      var parts: [String] = []
      for kind in NonDataRows.Kind.allCases where rows.count(kind) > 0 {
        let n = rows.count(kind)
        let more = n > NonDataRows.kept ? (L == .en ? ", …" : "等") : ""
        let text = rows.text(kind)
        if L == .en {
          let lines = rows.lines(kind).map { "\($0)" }.joined(separator: ", ") + more
          parts.append((n == 1 ? kind.noun : "\(n) \(kind.noun)s") + " " + lines + (text.isEmpty ? "" : " \"\(text)\""))
        } else {
          let lines = "第" + rows.lines(kind).map { "\($0)" }.joined(separator: "、") + more + "行"
          parts.append(L(kind.noun) + (n == 1 ? lines : "\(n)行（\(lines)）") + (text.isEmpty ? "" : "「\(text)」"))
        }
      }
      out += "  \(file): " + parts.joined(separator: L == .en ? "; " : "；") + "\n"
    }
    return out
  }

  /// `"leftOut": [{"file", "kind", "count", "firstLine", "text"}]`, one object per file and kind; the
  /// key is written only when some row was left out.
  func leftOutJSON(_ out: inout JSONStream) {
    let items = leftOut.flatMap { f in
      NonDataRows.Kind.allCases.filter { f.rows.count($0) > 0 }.map { (file: f.file, kind: $0, rows: f.rows) }
    }
    guard !items.isEmpty else { return }
    out.key("leftOut")
    let objects = JSONStream.objects(items[...], depth: 2, first: true) { o, item in
      o.field("file", item.file)
      o.field("kind", item.kind.noun)
      o.field("count", item.rows.count(item.kind))
      o.field("firstLine", item.rows.lines(item.kind).first ?? 0)
      o.field("text", item.rows.text(item.kind))
    }
    out.array([objects][...], empty: false)
  }
}
