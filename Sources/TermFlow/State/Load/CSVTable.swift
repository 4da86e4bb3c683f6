/// One state CSV read through its table's plan: finds each field's column by the export's own header
/// (in any order, extra columns ignored, alternatives tried in turn) and hands each row to the caller
/// as a `CSVRow` whose typed getters report bad values as `file:line: error: column '成绩': …`, naming
/// the export's column and the value.
struct CSVTable {
  let name: String
  let sink: DiagnosticSink
  /// Rows with errors beyond this many are counted, not printed.
  static let errorLimit = 20
  private(set) var errorCount = 0
  /// Whether a row was already refused for holding one term too many (so the table-wide check does
  /// not say it again).
  var reportedTooManyTerms: Bool { errorCount > 0 }
  /// The header text of each field in the last header read (what errors name).
  private(set) var lastHeader: [String] = []
  /// The rows read that are not data (a title, blank lines, totals, footers): left out, counted.
  var leftOut = NonDataRows()

  /// Set when the file is GB18030 and read in place (see `RowTranscoder`).
  let transcoder: RowTranscoder?

  init(name: String, sink: DiagnosticSink, gb18030: Bool = false) {
    self.name = name
    self.sink = sink
    transcoder = gb18030 ? RowTranscoder() : nil
  }

  /// `message` at `line` of this table's file (nil: the whole file), counted against the table's error
  /// limit as the CSV reader's own problems are.
  mutating func report(_ message: DiagnosticMessage, line: Int?, notes: [Diagnostic.Note] = []) {
    errorCount += 1
    guard errorCount <= Self.errorLimit else { return }
    var d = Diagnostic(message, file: name, range: nil, notes: notes)
    d.line = line
    sink.append(d)
  }

  /// How a read ended.
  enum Outcome: Error, Equatable {
    /// Every row was delivered (bad rows were reported).
    case read
    /// A malformed header, a missing column or a broken quote: the file cannot be read further.
    case unreadable
    /// A byte that is not UTF-8, on this line; nothing was reported, so the caller can decode the
    /// file as another encoding and read it again.
    case notUTF8(line: Int)
  }

  /// Where the columns are, as the header row says.
  struct Header {
    /// For each field of the plan, its column's position in a row (`Int.max` when the export has none).
    var index: [Int]
    /// For each field, the header text it was found under (what errors name).
    var names: [String]
    /// For a field joined from several columns (term = 学年 + 学期), the positions of all of them.
    var joins: [[Int]]
    var width: Int
    /// The offset and line of the first row after the header.
    var rowsStart: Int
    var line: Int
    /// How a row that is not data is told from the rest.
    var markers = NonDataMarkers(header: [], key: Int.max, named: [])
    /// The columns that decide fields where they say so (`unless`), if any.
    var overrides: RowOverrides? = nil
  }

  /// Reads `bytes` as UTF-8, finding the plan's columns by header.
  mutating func read(
    _ p: UnsafeBufferPointer<UInt8>,
    plan: TablePlan,
    fast: (_ base: UnsafePointer<UInt8>, _ count: Int, _ at: Int, _ line: Int) -> Int? = { _, _, _, _ in nil },
    _ body: (inout CSVRow) -> Void
  )
    -> Outcome
  {
    let header: Header
    switch readHeader(p, plan: plan) {
    case .success(let h): header = h
    case .failure(let outcome): return finish(outcome)
    }
    let (outcome, _) = readRows(p, header, from: header.rowsStart, line: header.line, fast: fast, body)
    return finish(outcome)
  }

  /// The header row, or how the read ended without one.
  mutating func readHeader(_ p: UnsafeBufferPointer<UInt8>, plan: TablePlan) -> Result<Header, Outcome> {
    var header: [String]?
    let transcoder = self.transcoder
    // `header row N`: the lines above are a title; the header is the first row from line N on. Without
    // it, each file's own header is found among its first lines.
    let located = plan.headerRow == nil ? locateHeader(p, plan: plan) : nil
    if case .some(.failure(let outcome)) = located { return .failure(outcome) }
    let headerRow = plan.headerRow ?? located.flatMap { try? $0.get() }?.line ?? 1
    var headerLine = headerRow
    func endsBefore() -> Result<Header, Outcome> {
      errorCount += 1
      let message = StateDiagnostics.headerPastEnd(row: headerRow, saidAt: plan.headerRowOrigin ?? plan.origin)
      sink.append(Diagnostic(message, file: name, range: nil))
      return .failure(.unreadable)
    }
    guard let from = Self.start(ofLine: headerRow, p) else { return endsBefore() }
    let end = CSVScanner.scanRows(p, from: from, line: headerRow, transcoder: transcoder) { fields, line in
      let row = transcoder?.rowBytes(p) ?? p
      header = fields.map { CSVScanner.string(row, $0, trimmed: true) }
      headerLine = line
      return false
    }
    if case .invalidUTF8(let line) = end.problem { return .failure(.notUTF8(line: line)) }
    let wanted = plan.columns.compactMap { $0.sources.first?.first }
    guard let header else {
      if let problem = end.problem {
        report(problem)
        return .failure(.unreadable)
      }
      if headerRow > 1 { return endsBefore() }
      report(StateDiagnostics.emptyFile(expected: Self.cut(wanted.joined(separator: ","))), line: nil)
      return .failure(.unreadable)
    }
    var positions: [String: Int] = [:]
    for (i, h) in header.enumerated() where positions[h] == nil { positions[h] = i }
    var index: [Int] = [], names: [String] = [], joins: [[Int]] = []
    var missing: [(what: String, origin: String)] = []
    var overrides: [RowOverrides.Entry?] = []
    for c in plan.columns {
      if let o = c.override {
        if let at = positions[o.header] {
          overrides.append(RowOverrides.Entry(position: at, map: o.map, scale: o.scale))
        } else {
          missing.append(("'\(o.header)'", c.origin))
          overrides.append(nil)
        }
      } else {
        overrides.append(nil)
      }
      guard !c.sources.isEmpty else {
        index.append(Int.max)
        names.append("")
        joins.append([])
        continue
      }
      let found = c.sources.lazy.compactMap { parts -> ([Int], [String])? in
        let at = parts.compactMap { positions[$0] }
        return at.count == parts.count ? (at, parts) : nil
      }.first
      guard let (at, parts) = found else {
        missing.append(
          (c.sources.map { $0.map { "'\($0)'" }.joined(separator: "+") }.joined(separator: " or "), c.origin)
        )
        continue
      }
      index.append(at[0])
      names.append(parts.joined(separator: "+"))
      joins.append(at.count > 1 ? at : [])
    }
    // One error for every missing column, with the header cut to a sane width.
    if !missing.isEmpty {
      let what = missing.map(\.what)
      let message = StateDiagnostics.missingColumns(
        what,
        header: Self.cut(header.joined(separator: ",")),
        namedBy: missing[0].origin
      )
      var d = Diagnostic(
        message,
        file: name,
        range: nil,
        notes: (headerBelow(p, plan).map { [StateDiagnostics.headerBelow(line: $0, table: plan.table.rawValue)] } ?? [])
          + (plan.headerRow == nil && headerLine > 1
            ? [StateDiagnostics.noFullHeader(searched: Self.headerSearchRows, best: headerLine)] : [])
      )
      d.line = headerLine
      errorCount += 1
      sink.append(d)
      return .failure(.unreadable)
    }
    lastHeader = names
    if case .some(.success(let found)) = located {
      for t in found.titles { leftOut.add(.title, line: t.line, text: t.text) }
    }
    let key = plan.columns.indices.first { plan.columns[$0].field.kind == .key && index[$0] != Int.max }
    let markers = NonDataMarkers(header: header, key: key.map { index[$0] } ?? Int.max, named: plan.skipRows)
    return .success(
      Header(
        index: index,
        names: names,
        joins: joins,
        width: header.count,
        rowsStart: end.offset,
        line: end.line,
        markers: markers,
        overrides: overrides.contains { $0 != nil } ? RowOverrides(overrides) : nil
      )
    )
  }

  /// Where line `n` (from 1) starts, counting LF, CRLF and a lone CR as line ends; nil past the end.
  static func start(ofLine n: Int, _ p: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0, line = 1
    while line < n {
      guard i < p.count else { return nil }
      if p[i] == 0x0A || (p[i] == 0x0D && (i + 1 == p.count || p[i + 1] != 0x0A)) { line += 1 }
      i += 1
    }
    return i <= p.count ? i : nil
  }

  /// When the header was looked for on line 1, the line a little further down that names every wanted
  /// column (a title sits above the header).
  private func headerBelow(_ p: UnsafeBufferPointer<UInt8>, _ plan: TablePlan) -> Int? {
    guard plan.headerRow == 1 else { return nil }
    var found: Int?
    _ = CSVScanner.scanRows(p, transcoder: transcoder) { fields, line in
      let row = transcoder?.rowBytes(p) ?? p
      let names = Set(fields.map { CSVScanner.string(row, $0, trimmed: true) })
      let all = plan.columns.allSatisfy { c in c.sources.isEmpty || c.sources.contains { $0.allSatisfy(names.contains) }
      }
      if line > 1, all { found = line }
      return found == nil && line < 20
    }
    return found
  }

  /// Text cut to 200 characters with `…`: a header or value echoed in a message never floods.
  /// The most bytes one CSV value may hold (a course list of a few hundred codes fits many times).
  static let fieldLimit = 65_536

  static func cut(_ s: String) -> String { s.count > 200 ? String(s.prefix(200)) + "…" : s }

  /// The rows from `from` (on line `line`) up to the first row at or after `stopAt`, each handed to
  /// `body`; bad rows are reported. Also returns where the scan stopped.
  mutating func readRows(
    _ p: UnsafeBufferPointer<UInt8>,
    _ header: Header,
    from: Int,
    line: Int,
    stopAt: Int = .max,
    fast: (_ base: UnsafePointer<UInt8>, _ count: Int, _ at: Int, _ line: Int) -> Int? = { _, _, _, _ in nil },
    _ body: (inout CSVRow) -> Void
  )
    -> (Outcome, CSVScanner.End)
  {
    let width = header.width
    let end = header.names.withUnsafeBufferPointer { names in
      header.index.withUnsafeBufferPointer { index in
        CSVScanner.scanRows(p, from: from, line: line, stopAt: stopAt, transcoder: transcoder, fast: fast) {
          fields,
          line in
          let bytes = transcoder?.rowBytes(p) ?? p
          if let kind = header.markers.classify(bytes, fields) {
            leftOut.add(kind, line: line, text: kind.quoted ? NonDataMarkers.firstCell(bytes, fields) : "")
            return true
          }
          guard fields.count == width else {
            report(StateDiagnostics.rowWidth(fields.count, header: width), line: line)
            return true
          }
          // No export has a value this long; past it, the row is an error, not a flood of echoes.
          if let long = fields.firstIndex(where: { $0.end - $0.start > Self.fieldLimit }) {
            let column = long < header.names.count ? header.names[long] : "field \(long + 1)"
            let bytes = fields[long].end - fields[long].start
            report(
              StateDiagnostics.valueTooLong(column: Self.cut(column), bytes: bytes, limit: Self.fieldLimit),
              line: line
            )
            return true
          }
          var row = CSVRow(
            p: bytes,
            fields: fields,
            index: index,
            columns: names,
            line: line,
            raw: p,
            rawFields: transcoder?.rawFields ?? fields
          )
          row.overrides = header.overrides
          body(&row)
          for problem in row.problems { report(problem, line: line) }
          return true
        }
      }
    }
    for l in end.firstBlankLines { leftOut.add(.blank, line: l) }
    if end.blankLines > end.firstBlankLines.count {
      for _ in end.firstBlankLines.count..<end.blankLines { leftOut.add(.blank, line: 0) }
    }
    switch end.problem {
    case .invalidUTF8(let line): return (.notUTF8(line: line), end)
    case .some(let problem):
      report(problem)
      return (.read, end)
    case nil: return (.read, end)
    }
  }

  mutating func report(_ p: CSVRow.Problem, line: Int) {
    let message = StateDiagnostics.notAValue(
      column: p.column,
      value: Self.cut(p.value),
      expected: p.expected,
      origin: p.origin
    )
    report(message, line: line)
  }

  private mutating func report(_ problem: CSVScanner.Problem) {
    switch problem {
    case .unterminatedQuote(let line, let column):
      report(StateDiagnostics.unclosedQuote(field: column), line: line)
    case .strayQuote(let line, let column):
      report(StateDiagnostics.strayQuote(field: column), line: line)
    case .invalidUTF8: break
    }
  }

  /// Adds the count of errors past the limit.
  mutating func finish(_ outcome: Outcome) -> Outcome {
    if case .notUTF8 = outcome { return outcome }
    if errorCount > Self.errorLimit {
      var d = Diagnostic(StateDiagnostics.moreErrors(errorCount - Self.errorLimit), file: name, range: nil)
      d.count = errorCount - Self.errorLimit
      sink.append(d)
    }
    return outcome
  }
}
