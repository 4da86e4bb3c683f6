/// Reads the state tables, each from the files its plan names, into a `State`. Every malformed row is
/// a located error and is skipped; a missing file or column stops that file only, so one run reports
/// every problem it can.
struct StateLoader {
  /// The reference layout's file names.
  static let fileNames = TableKind.allCases.map(\.defaultFile)

  let files: StateFiles
  /// How the files are named in diagnostics: the state folder as the user gave it.
  let folder: String
  let encoding: TextEncoding
  let sink: DiagnosticSink
  var layout: StateLayout = LayoutCompiler.builtin
  /// A records file from this size on is read on two threads (tests set it low to read small files so).
  var splitSize = StateLoader.defaultSplitSize
  /// Whether records rows that repeat what is known are taken by `RecordChunk.fastRow` (tests turn it
  /// off to compare with the row-by-row read).
  var fastRows = true
  /// Tables whose files must be there. Another table of the built-in layout is read if its file is
  /// there and skipped if not (a tuition workflow has no records; a retake workflow no bills); a
  /// table the workflow declares is always needed.
  var needed: Set<TableKind> = Set(TableKind.allCases).subtracting([.bills])

  init(
    files: StateFiles,
    folder: String,
    encoding: TextEncoding,
    sink: DiagnosticSink,
    layout: StateLayout = LayoutCompiler.builtin
  ) {
    self.files = files
    self.folder = folder
    self.encoding = encoding
    self.sink = sink
    self.layout = layout
  }

  func path(_ name: String) -> String { folder.isEmpty ? name : folder + "/" + name }

  /// What the readers share across files: the term and order numbering.
  struct Numbering {
    var terms = Interner(capacity: 64)
    var orders = Interner(capacity: 1024, ordered: true)
    var bills = Interner(capacity: 1024, ordered: true)
  }

  func load() -> State {
    var state = State()
    var numbering = Numbering()
    // Grouping the records into pairs needs only the records and the students: it runs on a second
    // thread while registrations and payments are read.
    let pairs = Background<Grouping>()
    for kind in TableKind.allCases {
      if kind == .registrations {
        let records = state.records, students = state.students.count, courses = state.courses.count
        pairs.start { Self.groupRecords(records, students: students, courses: courses) }
      }
      var base = 0
      var spans: [(file: String, base: Int)] = []
      let names = resolve(layout.plan(kind))
      for (k, name) in names.enumerated() {
        spans.append((name, base))
        let access = files.withTable(name) { raw in
          read(kind, name, raw, &state, &numbering, lineBase: base)
          // The next file's lines are counted on from this one's.
          if k + 1 < names.count { base += Self.lineCount(raw) }
        }
        switch access {
        case .read: break
        case .missing:
          if needed.contains(kind) || layout.plan(kind).origin != BuiltinLayout.name {
            sink.append(
              Diagnostic(
                StateDiagnostics.noFile(name),
                file: path(name),
                range: nil
              )
            )
          }
        case .unreadable(let why):
          sink.append(
            Diagnostic(
              StateDiagnostics.cannotRead(name, why: why),
              file: path(name),
              range: nil
            )
          )
        }
      }
      state.sources[kind] = spans
      // A students table that lists nobody is the root cause of every other table's unknown students:
      // said once, here, and not once per row (see `reportUnknown`).
      if kind == .students, state.students.isEmpty, let first = names.first,
        !sink.diagnostics.contains(where: { d in names.contains { path($0) == d.file } })
      {
        var d = Diagnostic(
          StateDiagnostics.emptyStudents(first),
          file: path(first),
          range: nil
        )
        d.line = 1
        sink.append(d)
      }
      PhaseClock.shared.mark(kind.defaultFile)
    }
    state.apply(constantsOf: layout)
    state.terms = (0..<numbering.terms.count).map { numbering.terms.string($0) }
    // A bill's events in time order (rows of one time keep their file order).
    for b in state.bills.indices where state.bills[b].events.count > 1 {
      let sorted = state.bills[b].events.enumerated().sorted {
        ($0.element.time, $0.offset) < ($1.element.time, $1.offset)
      }.map(\.element)
      state.bills[b].events = sorted
    }
    let grouping =
      pairs.wait() ?? Self.groupRecords(state.records, students: state.students.count, courses: state.courses.count)
    state.recordOrder = grouping.recordOrder
    state.recordRange = grouping.recordRange
    state.pairs = grouping.pairs
    state.pairStart = grouping.pairStart
    PhaseClock.shared.mark("pairs")
    return state
  }

  /// Lines in a file (one more than its line ends), eight bytes at a time.
  static func lineCount(_ p: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = p.baseAddress else { return 1 }
    var lines = 1, k = 0
    let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
    while k + 8 <= p.count {
      // Bytes equal to 0x0A become zero; a zero byte sets its top bit in the classic test.
      let w = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self) ^ (ones &* 0x0A)
      let zero = (w &- ones) & ~w & high
      if zero != 0 {
        for j in 0..<8 where base[k + j] == 0x0A { lines += 1 }
      }
      k += 8
    }
    while k < p.count {
      if base[k] == 0x0A { lines += 1 }
      k += 1
    }
    return lines
  }

  /// The plan's file names with its globs expanded (sorted, so the order is the same on any machine);
  /// a glob that matches nothing is an error.
  private func resolve(_ plan: TablePlan) -> [String] {
    var names: [String] = []
    for pattern in plan.files {
      guard pattern.contains("*") || pattern.contains("?") else {
        names.append(pattern)
        continue
      }
      let slash = pattern.lastIndex(of: "/")
      let dir = slash.map { String(pattern[..<$0]) } ?? ""
      let leaf = slash.map { String(pattern[pattern.index(after: $0)...]) } ?? pattern
      let matched = files.list(dir).filter { Glob.matches(leaf, $0) }.sorted().map { dir.isEmpty ? $0 : dir + "/" + $0 }
      if matched.isEmpty {
        sink.append(
          Diagnostic(
            StateDiagnostics.noFileMatches(pattern, table: plan.table.rawValue, origin: plan.origin),
            file: path(dir),
            range: nil
          )
        )
      }
      names += matched.filter { !names.contains($0) }
    }
    return names
  }

  /// One file: read as UTF-8 straight away (the scanner checks every row). On a byte that is not
  /// UTF-8, nothing this file added is kept and it is decoded as GB18030 (or reported, if UTF-8 was
  /// asked for or the BOM says so).
  private func read(
    _ kind: TableKind,
    _ name: String,
    _ raw: UnsafeBufferPointer<UInt8>,
    _ state: inout State,
    _ numbering: inout Numbering,
    lineBase: Int
  ) {
    // UTF-16 ("Unicode text") and tab-separated files are read as the UTF-8 CSV they stand for.
    if let (order, start) = UTF16Text.detect(raw) {
      guard let utf8 = UTF16Text.toUTF8(raw, order, from: start) else {
        reportEncoding(name, TextEncoding.DecodeError(line: 1, encoding: .utf8), brokenUTF16: true)
        return
      }
      utf8.withUnsafeBufferPointer { read(kind, name, $0, &state, &numbering, lineBase: lineBase) }
      return
    }
    let hasBOM = raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
    if TabSeparated.isTabSeparated(UnsafeBufferPointer(rebasing: raw[(hasBOM ? 3 : 0)...])) {
      let csv = TabSeparated.toCSV(UnsafeBufferPointer(rebasing: raw[(hasBOM ? 3 : 0)...]))
      csv.withUnsafeBufferPointer { read(kind, name, $0, &state, &numbering, lineBase: lineBase) }
      return
    }
    if encoding != .gb18030 {
      let before = (state, numbering)
      let local = DiagnosticSink(file: sink.file)
      let outcome = parse(
        kind,
        name,
        UnsafeBufferPointer(rebasing: raw[(hasBOM ? 3 : 0)...]),
        &state,
        &numbering,
        local,
        lineBase
      )
      guard case .notUTF8(let line) = outcome else {
        for d in local.diagnostics { sink.append(d) }
        return
      }
      (state, numbering) = before
      if encoding == .utf8 || hasBOM {
        reportEncoding(name, TextEncoding.DecodeError(line: line, encoding: .utf8))
        return
      }
    }
    // GB18030, read in place: rows that are not all ASCII are decoded one at a time as they are read.
    if case .notUTF8(let line) = parse(kind, name, raw, &state, &numbering, sink, lineBase, gb18030: true) {
      reportEncoding(name, TextEncoding.DecodeError(line: line, encoding: .gb18030))
    }
  }

  private func reportEncoding(_ name: String, _ e: TextEncoding.DecodeError, brokenUTF16: Bool = false) {
    // Advice that can help: the other encoding termflow reads, or saving the file as one it reads.
    var d = Diagnostic(
      StateDiagnostics.notText(
        failed: e.encoding == .utf8 ? "UTF-8" : "GB18030",
        auto: encoding == .auto,
        other: encoding == .utf8 ? "gb18030" : "utf-8",
        brokenUTF16: brokenUTF16
      ),
      file: path(name),
      range: nil
    )
    d.line = e.line
    sink.append(d)
  }

  private func parse(
    _ kind: TableKind,
    _ name: String,
    _ bytes: UnsafeBufferPointer<UInt8>,
    _ state: inout State,
    _ numbering: inout Numbering,
    _ sink: DiagnosticSink,
    _ lineBase: Int,
    gb18030: Bool = false
  ) -> CSVTable.Outcome {
    var table = CSVTable(name: path(name), sink: sink, gb18030: gb18030)
    let outcome: CSVTable.Outcome
    switch kind {
    case .students: outcome = readStudents(bytes, &table, &state, lineBase: lineBase)
    case .records: outcome = readRecords(bytes, &table, &state, &numbering.terms, lineBase: lineBase)
    case .registrations: outcome = readRegistrations(bytes, &table, &state, lineBase: lineBase)
    case .payments: outcome = readPayments(bytes, &table, &state, &numbering.orders, lineBase: lineBase)
    case .bills: outcome = readBills(bytes, &table, &state, &numbering.bills, lineBase: lineBase)
    }
    if !table.leftOut.isEmpty { state.leftOut.append((name, table.leftOut)) }
    return outcome
  }
}

/// `*` and `?` within one file name.
enum Glob {
  static func matches(_ pattern: String, _ name: String) -> Bool {
    let p = Array(pattern.unicodeScalars), n = Array(name.unicodeScalars)
    var pi = 0, ni = 0, star = -1, mark = 0
    while ni < n.count {
      if pi < p.count, p[pi] == "?" || p[pi] == n[ni] {
        pi += 1
        ni += 1
      } else if pi < p.count, p[pi] == "*" {
        star = pi
        mark = ni
        pi += 1
      } else if star >= 0 {
        pi = star + 1
        mark += 1
        ni = mark
      } else {
        return false
      }
    }
    while pi < p.count, p[pi] == "*" { pi += 1 }
    return pi == p.count
  }
}
