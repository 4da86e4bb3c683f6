import Dispatch

extension StateLoader {
  /// Files smaller than this are read in one pass; splitting them gains less than a thread costs.
  static let defaultSplitSize = 1 << 22

  /// records.csv in two stretches on two threads when it is big and both read cleanly; in one pass
  /// otherwise (a small file, any bad row, a split that lands inside a quoted field, or bytes that are
  /// not UTF-8), so that every problem is reported exactly as a single pass reports it.
  func readRecords(
    _ bytes: UnsafeBufferPointer<UInt8>,
    _ table: inout CSVTable,
    _ state: inout State,
    _ terms: inout Interner,
    lineBase: Int
  ) -> CSVTable.Outcome {
    let students = state.studentIndex
    let tablePlan = layout.plan(.records)
    var chunk: RecordChunk
    if let (both, titles) = readRecordsInTwo(bytes, students, tablePlan, gb18030: table.transcoder != nil) {
      chunk = both
      table.leftOut.add(titles)
    } else {
      let header: CSVTable.Header
      switch table.readHeader(bytes, plan: tablePlan) {
      case .success(let h): header = h
      case .failure(let outcome): return table.finish(outcome)
      }
      chunk = RecordChunk(
        plan: RecordPlan(tablePlan, header, gb18030: table.transcoder != nil),
        expectedRows: bytes.count / 72,
        students: students
      )
      let fast = fastRows
      let (outcome, _) = table.readRows(
        bytes,
        header,
        from: header.rowsStart,
        line: header.line,
        fast: { fast ? chunk.fastRow($0, $1, $2, $3) : nil },
        { chunk.add(&$0) }
      )
      guard table.finish(outcome) == .read else { return outcome }
    }
    // A table built for rows out of order serves the files after this one too.
    if chunk.students.index.hasTable { state.studentIndex = chunk.students.index }
    reportUnknown(chunk.unknown, &table, state)
    // The records come first of the files that name courses, so their numbering is the state's.
    if state.courses.isEmpty, terms.count == 0, lineBase == 0 {
      state.courses = chunk.courses
      state.courseIndex = chunk.courseIndex
      terms = chunk.terms
      state.records = chunk.records
    } else {
      var merged = RecordChunk(plan: chunk.plan, expectedRows: 0, students: state.studentIndex)
      merged.courses = state.courses
      merged.courseIndex = state.courseIndex
      merged.terms = terms
      merged.records = state.records
      merged.append(chunk, lineOffset: lineBase)
      state.courses = merged.courses
      state.courseIndex = merged.courseIndex
      terms = merged.terms
      state.records = merged.records
    }
    // Each stretch or file checks its own terms; together they may still be too many for a record's byte.
    if terms.count > Int(UInt8.max) + 1, !table.reportedTooManyTerms {
      table.report(StateDiagnostics.tooManyTerms, line: nil)
    }
    return .read
  }

  /// Both halves of a big file, or nil when it must be read in one pass. Each half writes its records
  /// straight into the final array: the first from the start, the second from a little past where the
  /// first is expected to end; the second is then moved down against the first, renumbered on the
  /// way. (Copying it into fresh memory instead cost a page fault per 4 KiB, on one core.)
  private func readRecordsInTwo(
    _ p: UnsafeBufferPointer<UInt8>,
    _ students: Interner,
    _ tablePlan: TablePlan,
    gb18030: Bool
  ) -> (RecordChunk, NonDataRows)? {
    guard p.count >= splitSize, let base = p.baseAddress else { return nil }
    let quiet = DiagnosticSink(file: "")
    var headerTable = CSVTable(name: "", sink: quiet, gb18030: gb18030)
    guard case .success(let header) = headerTable.readHeader(p, plan: tablePlan) else { return nil }
    let plan = RecordPlan(tablePlan, header, gb18030: gb18030)
    // The second half starts after the first line end past the middle.
    var middle = header.rowsStart + (p.count - header.rowsStart) / 2
    while middle < p.count, base[middle] != 0x0A { middle += 1 }
    let split = middle + 1
    guard split < p.count else { return nil }
    // Rows per byte from the first 256 KiB; each half's stretch gets an eighth more than that says.
    // Reserved memory that is never written costs nothing.
    let sample = UnsafeBufferPointer(rebasing: p[header.rowsStart..<min(p.count, header.rowsStart + (1 << 18))])
    var sampleLines = 1
    for b in sample where b == 0x0A { sampleLines += 1 }
    func room(_ bytes: Int) -> Int {
      let rows = Int(Double(bytes) * Double(sampleLines) / Double(max(1, sample.count)))
      return rows + rows / 8 + 4096
    }
    let firstRoom = room(split - header.rowsStart), secondRoom = room(p.count - split)
    let halves = Halves(p, plan)
    let fast = fastRows
    var result: RecordChunk?
    let all = [State.Record](unsafeUninitializedCapacity: firstRoom + secondRoom) { buffer, made in
      made = 0
      guard let start = buffer.baseAddress else { return }
      Platform.adviseHugePages(start, bytes: buffer.count * MemoryLayout<State.Record>.stride)
      let regions = Unchecked(
        (
          UnsafeMutableBufferPointer(start: start, count: firstRoom),
          UnsafeMutableBufferPointer(start: start + firstRoom, count: secondRoom)
        )
      )
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        // Each thread fills a local chunk and hands it over at the end: touching the shared object per
        // row would pay an exclusivity check per row.
        let p = halves.bytes
        var table = CSVTable(name: "", sink: DiagnosticSink(file: ""), gb18030: gb18030)
        var chunk = RecordChunk(plan: plan, region: half == 0 ? regions.value.0 : regions.value.1, students: students)
        if half == 0 {
          let (outcome, end) = table.readRows(
            p,
            header,
            from: header.rowsStart,
            line: header.line,
            stopAt: split,
            fast: { fast ? chunk.fastRow($0, $1, $2, $3) : nil }
          ) { chunk.add(&$0) }
          halves.firstEnd = end
          halves.firstClean =
            outcome == .read && table.errorCount == 0 && chunk.unknown.isEmpty && table.leftOut.isEmpty
          halves.first = chunk
        } else {
          let (outcome, _) = table.readRows(
            p,
            header,
            from: split,
            line: 1,
            fast: { fast ? chunk.fastRow($0, $1, $2, $3) : nil }
          ) {
            chunk.add(&$0)
          }
          halves.secondClean =
            outcome == .read && table.errorCount == 0 && chunk.unknown.isEmpty && table.leftOut.isEmpty
          halves.second = chunk
        }
      }
      var first = halves.first
      let second = halves.second
      let firstEnd = halves.firstEnd
      guard halves.firstClean, halves.secondClean else { return }
      // A split inside a quoted field shows as the first half's last row running past it.
      guard firstEnd.offset == split else { return }
      let map = first.absorb(second, lineOffset: firstEnd.line - 1)
      if !first.students.index.hasTable, second.students.index.hasTable { first.students = second.students }
      var records: [State.Record]
      if first.out.overflow.isEmpty, first.out.inRegion + second.out.count <= buffer.count {
        // The usual case: the second half moved down, then whatever ran past its stretch.
        let at = first.out.inRegion
        map.apply(from: start + firstRoom, to: start + at, count: second.out.inRegion)
        second.out.overflow.withUnsafeBufferPointer { rest in
          guard let from = rest.baseAddress else { return }
          map.apply(from: from, to: start + at + second.out.inRegion, count: rest.count)
        }
        made = at + second.out.count
        records = []
      } else {
        // The first half ran past its stretch: joined the slow way.
        records = Array(UnsafeBufferPointer(rebasing: buffer[0..<first.out.inRegion])) + first.out.overflow
        let at = records.count
        records +=
          Array(UnsafeBufferPointer(start: start + firstRoom, count: second.out.inRegion)) + second.out.overflow
        records.withUnsafeMutableBufferPointer { r in
          guard let b = r.baseAddress else { return }
          map.apply(from: b + at, to: b + at, count: r.count - at)
        }
      }
      first.records = records
      result = first
    }
    guard var chunk = result else { return nil }
    if chunk.records.isEmpty { chunk.records = all }
    return (chunk, headerTable.leftOut)
  }
}

/// What the two threads read: each thread writes only its own half's properties, and the caller reads
/// them after both have finished.
private final class Halves: @unchecked Sendable {
  let bytes: UnsafeBufferPointer<UInt8>
  var first: RecordChunk
  var second: RecordChunk
  var firstEnd = CSVScanner.End(problem: nil, offset: 0, line: 0)
  var firstClean = false
  var secondClean = false

  init(_ bytes: UnsafeBufferPointer<UInt8>, _ plan: RecordPlan) {
    self.bytes = bytes
    first = RecordChunk(plan: plan, expectedRows: 0, students: Interner(capacity: 0))
    second = RecordChunk(plan: plan, expectedRows: 0, students: Interner(capacity: 0))
  }
}
