/// For `explain --student`: the rows behind a student's facts as the export has them, each column
/// under its own header with its raw text beside what the layout made of it (`考试性质 '重修' → retake`).
/// The state keeps no raw text, so the few rows asked for are read again from their files.
struct ExplainRows {
  let files: StateFiles
  let layout: StateLayout
  let encoding: TextEncoding
  let state: State
  var lang: Language = .en

  /// One line per row, sorted by file and line; `locations` are `file:line` as `State.location` writes them.
  func render(_ locations: [String]) -> String {
    var wanted: [String: Set<Int>] = [:]
    for l in Set(locations) {
      guard let colon = l.lastIndex(of: ":"), let line = Int(l[l.index(after: colon)...]) else { continue }
      wanted[String(l[..<colon]), default: []].insert(line)
    }
    var out = ""
    for file in wanted.keys.sorted() {
      guard let table = TableKind.allCases.first(where: { t in (state.sources[t] ?? []).contains { $0.file == file } }),
        let lines = wanted[file]
      else { continue }
      let plan = layout.plan(table)
      let rows = read(file, lines, plan)
      for line in lines.sorted() {
        guard let (header, values) = rows[line] else { continue }
        out += "  \(file):\(line)  " + describe(plan, header, values) + "\n"
      }
    }
    return out
  }

  /// The header and the wanted rows of one file.
  private func read(_ name: String, _ lines: Set<Int>, _ plan: TablePlan) -> [Int: ([String], [String])] {
    var rows: [Int: ([String], [String])] = [:]
    _ = files.withTable(name) { raw in
      guard case .success(let (bytes, _)) = TextEncoding.utf8Copy(raw, as: encoding) else { return }
      let last = lines.max() ?? 0
      var header: [String]?
      bytes.withUnsafeBufferPointer { p in
        // The header where the run found it: said by `header row`, or this file's own.
        let located = try? CSVTable(name: name, sink: DiagnosticSink(file: name)).locateHeader(p, plan: plan).get()
        let headerRow = plan.headerRow ?? located?.line ?? 1
        _ = CSVScanner.scan(p) { fields, line in
          let values = fields.map { CSVScanner.string(p, $0, trimmed: true) }
          if header == nil {
            if line >= headerRow { header = values }
          } else if lines.contains(line), let header {
            rows[line] = (header, values)
          }
          return line < last
        }
      }
    }
    return rows
  }

  /// `考试性质 '重修' → retake, 成绩 '缺考' → absent`: the fields the layout decodes.
  private func describe(_ plan: TablePlan, _ header: [String], _ values: [String]) -> String {
    var parts: [String] = []
    for column in plan.columns {
      guard let source = column.sources.first(where: { s in s.allSatisfy { header.contains($0) } }) else { continue }
      let raw = source.map { h in header.firstIndex(of: h).flatMap { $0 < values.count ? values[$0] : nil } ?? "" }
      let name = source.joined(separator: "+"), text = raw.joined(separator: "+")
      var shown = "\(name) '\(CSVTable.cut(text))'"
      var bytes = Array(text.utf8)
      switch column.field.kind {
      case .key, .text, .amount, .list:
        if column.field != .term, column.field != .studentID { continue }
        if column.field == .term, source.count > 1 { shown += " → " + raw.joined(separator: "-") }
      case .bool, .kind, .event, .status:
        let code = bytes.withUnsafeBufferPointer { column.map?.lookup(trimmingSpaces($0)) }
        shown +=
          " → "
          + (code.flatMap { Int($0) < column.field.mapTargets.count ? column.field.mapTargets[Int($0)] : nil } ?? "?")
      case .score:
        let g = bytes.withUnsafeBufferPointer { b in column.scale?.decode(b) }
        shown += " → " + (g.map { Self.describe($0, lang) } ?? "?")
      case .time:
        // An order list's time cell is empty until the event happens.
        if text.isEmpty, [.paidAt, .refundedAt, .releasedAt].contains(column.field) {
          shown += " → " + lang("not yet")
          break
        }
        var hint = 0
        let t = bytes.withUnsafeBufferPointer { TimeFormat.parse($0, column.times, hint: &hint) }
        shown += " → " + (t.map(Timestamp.iso) ?? "?")
      }
      bytes = []
      parts.append(shown)
    }
    return parts.joined(separator: ", ")
  }

  static func describe(_ g: GradeScale.Grade, _ lang: Language = .en) -> String {
    let score = g.score >= 0 ? GradeScale.show(Int(g.score)) + " " : ""
    if !g.attempt { return score + lang("(not an attempt)") }
    if g.absent { return score + lang("(absent, failed)") }
    return score + lang(g.passed ? "(passed)" : "(failed)")
  }
}
