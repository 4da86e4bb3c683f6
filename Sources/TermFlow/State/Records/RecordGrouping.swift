import Dispatch

extension StateLoader {
  /// Groups records by student, then each student's by course. Exports list a student's rows
  /// together, and then the records stay in file order and each student is a range of them; otherwise
  /// a stable counting sort by student makes `recordOrder`. One pass over each student's records then
  /// folds them into pairs, with a per-course slot marked by the student it was last used for.
  static func groupRecords(_ records: [State.Record], students n: Int, courses courseCount: Int) -> Grouping {
    var recordOrder: [Int32] = []
    var range = [Int32](repeating: -1, count: 2 * n)
    var grouped = true
    records.withUnsafeBufferPointer { records in
      var i = 0
      while i < records.count {
        let s = Int(records[i].student)
        var j = i + 1
        while j < records.count, records[j].student == records[i].student { j += 1 }
        if range[2 * s] >= 0 {
          grouped = false
          break
        }
        range[2 * s] = Int32(truncatingIfNeeded: i)
        range[2 * s + 1] = Int32(truncatingIfNeeded: j)
        i = j
      }
    }
    if !grouped {
      var start = [Int](repeating: 0, count: n + 1)
      for r in records { start[Int(r.student) + 1] += 1 }
      for s in 0..<n { start[s + 1] += start[s] }
      for s in 0..<n {
        range[2 * s] = Int32(truncatingIfNeeded: start[s])
        range[2 * s + 1] = Int32(truncatingIfNeeded: start[s + 1])
      }
      var order = [Int32](repeating: 0, count: records.count)
      for (i, r) in records.enumerated() {
        let s = Int(r.student)
        order[start[s]] = Int32(truncatingIfNeeded: i)
        start[s] += 1
      }
      recordOrder = order
    }
    for s in 0..<n where range[2 * s] < 0 {
      range[2 * s] = 0
      range[2 * s + 1] = 0
    }
    var slot = [Int32](repeating: 0, count: courseCount)
    var owner = [Int32](repeating: -1, count: courseCount)
    var pairStart = [Int32](repeating: 0, count: n + 1)
    let order = recordOrder
    // At most one pair per record; written through a pointer, the fold does no checks per record.
    let pairs = [State.Pair](unsafeUninitializedCapacity: records.count) { out, made in
      made = 0
      guard let base = out.baseAddress else { return }
      Platform.adviseHugePages(base, bytes: out.count * MemoryLayout<State.Pair>.stride)
      var count = 0
      records.withUnsafeBufferPointer { records in
        for s in 0..<n {
          pairStart[s] = Int32(truncatingIfNeeded: count)
          let student = Int32(truncatingIfNeeded: s)
          for k in Int(range[2 * s])..<Int(range[2 * s + 1]) {
            let r = records[order.isEmpty ? k : Int(order[k])]
            let c = Int(r.course)
            guard c >= 0, c < courseCount else { continue }
            if owner[c] != student {
              owner[c] = student
              slot[c] = Int32(truncatingIfNeeded: count)
              (base + count).initialize(to: State.Pair(student: student, course: r.course))
              count += 1
            }
            let p = base + Int(slot[c])
            // A deferred exam (缓考) shows the course was taken, but neither passes nor fails.
            if r.kind == .regular { p.pointee.taken = true }
            guard r.attempt else { continue }
            switch r.kind {
            case .regular: break
            case .makeup:
              p.pointee.makeupTaken = true
              if !r.passed { p.pointee.makeupFailed = true }
            case .retake:
              p.pointee.retakes += 1
              if !r.passed { p.pointee.failedRetakes += 1 }
            }
            if r.passed { p.pointee.passed = true }
          }
        }
      }
      made = count
    }
    pairStart[n] = Int32(truncatingIfNeeded: pairs.count)
    return Grouping(recordOrder: recordOrder, recordRange: range, pairs: pairs, pairStart: pairStart)
  }

  /// What `groupRecords` makes, for `State`.
  struct Grouping: Sendable {
    var recordOrder: [Int32] = []
    var recordRange: [Int32] = []
    var pairs: [State.Pair] = []
    var pairStart: [Int32] = []
  }
}

/// One value computed on another thread; `wait` returns it (nil if it was never started).
final class Background<Value: Sendable>: @unchecked Sendable {
  private let group = DispatchGroup()
  private var value: Value?
  private var started = false

  func start(_ work: @escaping @Sendable () -> Value) {
    started = true
    group.enter()
    DispatchQueue.global().async {
      self.value = work()
      self.group.leave()
    }
  }

  func wait() -> Value? {
    guard started else { return nil }
    group.wait()
    return value
  }
}
