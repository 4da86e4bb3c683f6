/// The records reader's fast path: a row taken whole when it is what most rows are, walked segment by
/// segment in the plan's order. Every byte it takes is compared with bytes already checked (the last
/// student id, the course's first row, the previous row's repeated columns, the value map's texts) or
/// is printable ASCII, so the row needs no UTF-8 check; anything else (a new student, course or term,
/// a quote, a space, a value the maps and scale do not read exactly) returns nil and the row goes
/// through `add`, which reads it through the same plan. It accepts a subset of what `add` accepts.
extension RecordChunk {
  mutating func fastRow(_ base: UnsafePointer<UInt8>, _ n: Int, _ start: Int, _ line: Int) -> Int? {
    let ops = plan.rowSegments
    guard ops.count > 0 else { return nil }
    var i = start
    var course = -1
    var kind: UInt8 = 0
    var grade = GradeScale.Grade(score: -1, passed: false, absent: false, attempt: false)
    var parts: (Int, Int, Int, Int) = (0, 0, 0, 0)
    var partCount = 0
    var term = -1
    for k in 0..<ops.count {
      let op = ops[k]
      switch op.code {
      case .student, .studentCodeCourse:
        // Most rows repeat the last student; the first row of the next one is looked up here too.
        let id = lastID.count
        if lastStudent >= 0, let last = lastID.baseAddress, i + id < n, bytesEqual(base + i, last, id),
          base[i + id] == 0x2C || ops.count == 1
        {
          i += id
        } else {
          guard let end = newStudent(base, n, i) else { return nil }
          i = end
        }
        if op.code == .studentCodeCourse {
          guard i < n, base[i] == 0x2C, let (found, end) = findCourse(base, n, i + 1), base[end] == 0x2C,
            let after = sameCourse(found, base, n, end + 1)
          else { return nil }
          course = found
          i = after
        }
      case .same:
        let m = Int(op.index)
        guard m < memo.count else { return nil }
        let (from, count) = memo[m]
        if count >= 0, i + count < n, from + count <= n, count == 0 || bytesEqual(base + i, base + from, count) {
          i += count
        } else {
          guard let end = newSame(m, Int(op.fields), base, n, i) else { return nil }
          i = end
        }
      case .code:
        guard let (found, end) = findCourse(base, n, i) else { return nil }
        course = found
        i = end
      case .course:
        guard let end = sameCourse(course, base, n, i) else { return nil }
        i = end
      case .codeCourse:
        guard let (found, end) = findCourse(base, n, i), base[end] == 0x2C,
          let after = sameCourse(found, base, n, end + 1)
        else { return nil }
        course = found
        i = after
      case .termPart:
        guard let end = Self.plainField(base, n, i) else { return nil }
        if op.index == 0 { parts.0 = i; parts.1 = end } else { parts.2 = i; parts.3 = end }
        partCount += 1
        i = end
      case .kind:
        guard let (k, end) = Self.readKind(plan, base, n, i) else { return nil }
        kind = k
        i = end
      case .score:
        guard let (g, end) = Self.readScore(plan, base, n, i) else { return nil }
        grade = g
        i = end
      case .kindScore:
        guard let (k, end) = Self.readKind(plan, base, n, i), end < n, base[end] == 0x2C,
          let (g, after) = Self.readScore(plan, base, n, end + 1)
        else { return nil }
        kind = k
        grade = g
        i = after
      case .termKindScore:
        guard let termEnd = Self.plainField(base, n, i),
          let t = terms.lookup(bytes: UnsafeBufferPointer(start: base + i, count: termEnd - i)),
          let (k, end) = Self.readKind(plan, base, n, termEnd + 1), end < n, base[end] == 0x2C,
          let (g, after) = Self.readScore(plan, base, n, end + 1)
        else { return nil }
        term = t
        kind = k
        grade = g
        i = after
      }
      // Each segment ends at a comma, the last at the line end (or the end of the file).
      guard i < n else {
        if k == ops.count - 1 { break }
        return nil
      }
      let t = base[i]
      if t == 0x2C, k < ops.count - 1 {
        i += 1
      } else if k == ops.count - 1, t == 0x0A || t == 0x0D {
        i += t == 0x0D && i + 1 < n && base[i + 1] == 0x0A ? 2 : 1
      } else {
        return nil
      }
    }
    if term < 0 {
      guard let t = joinedTerm(base, n, parts, partCount) else { return nil }
      term = t
    }
    guard course >= 0, let recordKind = State.RecordKind(rawValue: kind) else { return nil }
    out.append(
      State.Record(
        student: Int32(truncatingIfNeeded: lastStudent),
        course: Int32(truncatingIfNeeded: course),
        line: Int32(clamping: line),
        term: UInt8(truncatingIfNeeded: term),
        kind: recordKind,
        grade: grade
      )
    )
    return i
  }

  /// The known course whose code is at `i`, and where the code ends: from `codeCache` when the eight
  /// bytes there were seen before. (`mutating` so that `self` is passed by reference, not copied.)
  @inline(__always)
  private mutating func findCourse(_ base: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> (Int, Int)? {
    guard i + 8 <= n else { return lookupCourse(base, n, i) }
    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
    let mask = codeCache.count - 1
    var slot = Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - Self.codeCacheBits)) & mask
    while true {
      let hit = codeCache[slot]
      if hit.course < 0 { break }
      if hit.word == word { return (Int(hit.course), i + Int(hit.length)) }
      slot = (slot + 1) & mask
    }
    guard let (found, end) = lookupCourse(base, n, i) else { return nil }
    // Filled to a half at most, so that a miss finds an empty slot soon.
    if end - i < 8, codeWords * 2 < codeCache.count {
      codeCache[slot] = CodeHit(word: word, course: Int32(truncatingIfNeeded: found), length: Int32(end - i))
      codeWords += 1
    }
    return (found, end)
  }

  @inline(never)
  private mutating func lookupCourse(_ base: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> (Int, Int)? {
    guard let end = Self.plainField(base, n, i) else { return nil }
    let length = end - i
    let found =
      length < 8 && i + 8 <= n
      ? courseIndex.lookup(short: base + i, count: length)
      : courseIndex.lookup(bytes: UnsafeBufferPointer(start: base + i, count: length))
    guard let found, found < spans.count else { return nil }
    return (found, end)
  }

  /// Where the course's own columns end, when they repeat its first row's byte for byte.
  @inline(__always)
  private mutating func sameCourse(_ course: Int, _ base: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> Int? {
    guard course >= 0, course < spans.count else { return nil }
    let (from, count) = spans[course]
    guard count >= 0, i + count < n else { return nil }
    let same = spanBytes.withUnsafeBufferPointer { memo in
      memo.baseAddress.map { count == 0 || bytesEqual(base + i, $0 + from, count) } ?? false
    }
    return same ? i + count : nil
  }

  /// The kind whose text (in the file's encoding) the field at `i` holds whole, and where it ends;
  /// compared a word at a time.
  @inline(__always)
  private static func readKind(_ plan: RecordPlan, _ base: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> (UInt8, Int)? {
    guard i + 16 <= n else { return nil }
    let lo = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
    let hi = UnsafeRawPointer(base + i + 8).loadUnaligned(as: UInt64.self)
    let keys = plan.rowKinds
    for j in 0..<keys.count where keys[j].matches(lo, hi) {
      let after = base[i + keys[j].count]
      if after == 0x2C || after == 0x0A || after == 0x0D { return (keys[j].value, i + keys[j].count) }
    }
    return nil
  }

  /// The score at `i` and where it ends: digits (with one decimal) straight from the bytes when the
  /// scale allows, anything else through the scale's own `decode`.
  @inline(__always)
  private static func readScore(
    _ plan: RecordPlan,
    _ base: UnsafePointer<UInt8>,
    _ n: Int,
    _ i: Int
  ) -> (GradeScale.Grade, Int)? {
    if plan.plainScores {
      var k = i, v = 0
      while k < n, k - i < 4, base[k] >= 0x30, base[k] <= 0x39 {
        v = v * 10 + Int(base[k] - 0x30)
        k += 1
      }
      var tenths = v * 10
      // One decimal (`59.5`, `75.0`), as exports write 百分制 scores.
      if k > i, k - i < 4, k + 1 < n, base[k] == 0x2E, base[k + 1] >= 0x30, base[k + 1] <= 0x39 {
        tenths += Int(base[k + 1] - 0x30)
        k += 2
      }
      if k > i, k - i < 6, k == n || base[k] == 0x2C || base[k] == 0x0A || base[k] == 0x0D {
        guard tenths >= plan.low, tenths <= plan.high else { return nil }
        return (
          GradeScale.Grade(
            score: Int16(truncatingIfNeeded: tenths),
            passed: tenths >= plan.passAt,
            absent: false,
            attempt: true
          ), k
        )
      }
    }
    return readScoreText(plan, base, n, i)
  }

  /// A score that is not plain digits: a text of the scale (优秀, 缺考), compared a word at a time, or
  /// anything else through the scale's own `decode`. Kept out of line, so `fastRow` stays small.
  @inline(never)
  private static func readScoreText(
    _ plan: RecordPlan,
    _ base: UnsafePointer<UInt8>,
    _ n: Int,
    _ i: Int
  ) -> (GradeScale.Grade, Int)? {
    if i + 16 <= n {
      let lo = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      let hi = UnsafeRawPointer(base + i + 8).loadUnaligned(as: UInt64.self)
      let keys = plan.rowScoreKeys
      for j in 0..<keys.count where keys[j].matches(lo, hi) {
        let end = i + keys[j].count
        let after = base[end]
        if after == 0x2C || after == 0x0A || after == 0x0D, Int(keys[j].value) < plan.rowGrades.count {
          return (plan.rowGrades[Int(keys[j].value)], end)
        }
      }
    }
    var end = i
    while end < n, base[end] != 0x2C, base[end] != 0x0A, base[end] != 0x0D {
      guard base[end] != 0x22, end - i < 32 else { return nil }
      end += 1
    }
    guard let g = plan.rowScale.decode(UnsafeBufferPointer(start: base + i, count: end - i)) else { return nil }
    return (g, end)
  }

  /// A term joined from two columns (学年 + 学期), from `termCache` by the parts' own bytes when they
  /// were seen before; otherwise joined and looked up, and remembered.
  @inline(__always)
  private mutating func joinedTerm(
    _ base: UnsafePointer<UInt8>,
    _ n: Int,
    _ parts: (Int, Int, Int, Int),
    _ count: Int
  )
    -> Int?
  {
    let l0 = parts.1 - parts.0, l1 = parts.3 - parts.2
    guard count == 2, (1...16).contains(l0), (1...8).contains(l1), parts.0 + 8 <= n, parts.2 + 8 <= n else {
      return fastTerm(base, parts, count)
    }
    func mask(_ bytes: Int) -> UInt64 { bytes >= 8 ? ~0 : (1 << UInt64(8 * bytes)) &- 1 }
    let raw = UnsafeRawPointer(base)
    let a = raw.loadUnaligned(fromByteOffset: parts.0, as: UInt64.self) & mask(l0)
    let b = l0 > 8 ? raw.loadUnaligned(fromByteOffset: parts.1 - 8, as: UInt64.self) : 0
    let c = raw.loadUnaligned(fromByteOffset: parts.2, as: UInt64.self) & mask(l1)
    let lengths = Int32(l0 << 8 | l1)
    let slot =
      Int(truncatingIfNeeded: ((a &* 0x9E37_79B9_7F4A_7C15) ^ b ^ (c &* 0xC2B2_AE3D_27D4_EB4F)) >> 58)
      & (termCache.count - 1)
    let hit = termCache[slot]
    if hit.term >= 0, hit.a == a, hit.b == b, hit.c == c, hit.lengths == lengths { return Int(hit.term) }
    guard let t = fastTerm(base, parts, count) else { return nil }
    termCache[slot] = TermHit(a: a, b: b, c: c, lengths: lengths, term: Int32(truncatingIfNeeded: t))
    return t
  }

  /// A term already seen, from one column or two joined with `-`.
  @inline(__always)
  private func fastTerm(_ base: UnsafePointer<UInt8>, _ parts: (Int, Int, Int, Int), _ count: Int) -> Int? {
    if count == 1 {
      return terms.lookup(bytes: UnsafeBufferPointer(start: base + parts.0, count: parts.1 - parts.0))
    }
    guard count == 2, plan.termJoins.count == 2 else { return nil }
    // Joined in 32 bytes on the stack (a longer term goes through `add`).
    let a = parts.1 - parts.0, b = parts.3 - parts.2
    guard a + b + 1 <= 32 else { return nil }
    var key: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    return withUnsafeMutableBytes(of: &key) { buffer -> Int? in
      guard let k = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
      k.update(from: base + parts.0, count: a)
      k[a] = 0x2D
      (k + a + 1).update(from: base + parts.2, count: b)
      return terms.lookup(bytes: UnsafeBufferPointer(start: k, count: a + b + 1))
    }
  }

  /// The first row of the next student: its id looked up, and remembered for the rows after.
  @inline(never)
  private mutating func newStudent(_ base: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> Int? {
    guard let end = Self.plainField(base, n, i) else { return nil }
    let bytes = UnsafeBufferPointer(start: base + i, count: end - i)
    guard let s = students.find(bytes) else { return nil }
    lastStudent = s
    lastID = bytes
    return end
  }

  /// A `.same` stretch that differs from the previous row's (the next student's name): checked here,
  /// and remembered for the rows after. Kept out of line: it is rare, and `fastRow` stays lean.
  @inline(never)
  private mutating func newSame(_ m: Int, _ fields: Int, _ base: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> Int? {
    guard let end = Self.checkedFields(base, n, i, fields, gb18030: plan.gb18030), m < memo.count else { return nil }
    memo[m] = (i, end - i)
    return end
  }

  /// Where `fields` unquoted fields from `from` end (at the comma or line end after the last), when
  /// their bytes are well-formed text in the file's encoding; nil for a quote, a four-byte GB18030
  /// character (left to the long way) or a bad byte.
  @inline(never)
  static func checkedFields(_ base: UnsafePointer<UInt8>, _ n: Int, _ from: Int, _ fields: Int, gb18030: Bool) -> Int? {
    var k = from, left = fields, plain = true
    while k < n {
      let b = base[k]
      if b == 0x2C {
        left -= 1
        if left == 0 { break }
      } else if b == 0x0A || b == 0x0D {
        break
      } else if b == 0x22 {
        return nil
      } else if b >= 0x80 {
        plain = false
      }
      k += 1
    }
    guard left <= 1 else { return nil }
    guard !plain else { return k }
    let span = UnsafeBufferPointer(start: base + from, count: k - from)
    if !gb18030 { return TextEncoding.firstInvalidUTF8(span) == nil ? k : nil }
    var j = 0
    while j < span.count {
      let b = span[j]
      if b < 0x80 {
        j += 1
        continue
      }
      guard b >= 0x81, b <= 0xFE, j + 1 < span.count, span[j + 1] >= 0x40, span[j + 1] <= 0xFE, span[j + 1] != 0x7F
      else { return nil }
      j += 2
    }
    return k
  }

  /// Where the field from `from` ends (its comma), when every byte before it is printable ASCII other
  /// than a space, comma or quote (0x2D to 0x7F: codes and terms); nil otherwise, or at the end of the
  /// bytes. Eight bytes at a time: one subtraction flags the bytes below 0x2D, the top bit the rest.
  @inline(__always)
  static func plainField(_ base: UnsafePointer<UInt8>, _ n: Int, _ from: Int) -> Int? {
    let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
    var k = from
    while k + 8 <= n {
      let w = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
      // The lowest flagged byte is a true one (a borrow only runs upwards from one).
      let flagged = ((w &- ones &* 0x2D) & ~w & high) | (w & high)
      if flagged != 0 {
        let at = k + flagged.trailingZeroBitCount >> 3
        return base[at] == 0x2C ? at : nil
      }
      k += 8
    }
    while k < n {
      let b = base[k]
      if b == 0x2C { return k }
      guard b > 0x2C, b < 0x80 else { return nil }
      k += 1
    }
    return nil
  }
}
