import Foundation
import Testing

@testable import TermFlow

/// The student index keeps no slot table while ids come in order, and each reader looks ids up near
/// the last one it found; whatever the order of keys and lookups, the answers must be a plain hash
/// table's.
struct InternerTests {
  static func intern(_ i: inout Interner, _ key: String) -> (index: Int, isNew: Bool) { i.intern(key) }

  static func find(_ l: inout SequentialLookup, _ key: String) -> Int? {
    var k = key
    return k.withUTF8 { l.find($0) }
  }

  /// Ids in order, then some out of order and repeated: the same numbering and the same repeats as a
  /// plain interner, before and after the ordered one builds its table.
  @Test(arguments: [0, 1, 300, 2999])
  func orderedInternerNumbersKeysAsAPlainOne(outOfOrderFrom: Int) {
    var keys = (0..<3000).map { String(format: "2015%07d", $0 * 3) }
    // After the cut: a key that sorts before the last, repeats of earlier keys, a longer and a
    // shorter key, and keys of over 16 bytes that differ only in the middle.
    keys.insert(
      contentsOf: [
        "2015000000", keys[0], keys[outOfOrderFrom], "20150000001x", "2", "A-very-long-id-0001-zz",
        "A-very-long-id-0002-zz", "A-very-long-id-0001-zz",
      ],
      at: outOfOrderFrom
    )
    var plain = Interner(capacity: 16)
    var ordered = Interner(capacity: 16, ordered: true)
    for key in keys {
      let a = Self.intern(&plain, key), b = Self.intern(&ordered, key)
      #expect(a == b, "\(key)")
    }
    #expect(ordered.count == plain.count)
    for i in 0..<plain.count { #expect(ordered.string(i) == plain.string(i)) }
  }

  /// Order ids: each new one greater than the last, each repeated (its later events) right after or
  /// further back; past a few hundred repeats from further back the ordered interner builds its table.
  @Test(arguments: [10, 1000])
  func repeatsFurtherBackKeepTheirNumbers(repeats: Int) {
    var keys: [String] = []
    var g = SplitMix(seed: 3)
    for n in 0..<2000 {
      keys.append("ZZJF" + String(format: "%012d", n))
      if n % 2 == 0 { keys.append(keys[keys.count - 1]) }
      if n % (2000 / repeats + 1) == 0 { keys.append(keys[Int(g.next() % UInt64(keys.count))]) }
    }
    var plain = Interner(capacity: 16)
    var ordered = Interner(capacity: 16, ordered: true)
    for key in keys { #expect(Self.intern(&plain, key) == Self.intern(&ordered, key), "\(key)") }
    #expect(ordered.hasTable == (repeats > SequentialLookup.missesBeforeTable))
  }

  /// Lookups in order, in reverse, at random and of keys that are absent, through `SequentialLookup`
  /// (which builds a table after enough misses) and straight, against a plain interner.
  @Test(arguments: ["ascending", "descending", "random", "absent"])
  func lookupsAgreeWithAPlainInterner(order: String) {
    let keys = (0..<2000).map { "S" + String(format: "%05d", $0 * 2) }
    var plain = Interner(capacity: 16)
    var ordered = Interner(capacity: 16, ordered: true)
    for key in keys {
      _ = Self.intern(&plain, key)
      _ = Self.intern(&ordered, key)
    }
    #expect(!ordered.hasTable)
    var probes: [String]
    switch order {
    case "ascending": probes = keys + keys
    case "descending": probes = keys.reversed()
    case "random":
      var g = SplitMix(seed: 7)
      probes = (0..<5000).map { _ in keys[Int(g.next() % UInt64(keys.count))] }
    default:
      probes = (0..<2000).map { "S" + String(format: "%05d", $0 * 2 + 1) } + ["", "S", "S000000", "T00002"]
    }
    var reader = SequentialLookup(ordered)
    for key in probes {
      let expected = plain.lookup(key)
      #expect(Self.find(&reader, key) == expected, "\(key)")
      #expect(ordered.lookup(key) == expected, "\(key)")
    }
    // In order, every lookup is the last key or the next: no table. Otherwise the reader built one.
    #expect(reader.index.hasTable == (order != "ascending"))
  }
}

extension InternerTests {
  /// 600 students in id order; records, registrations and payments in the file order given. Every row
  /// must land on the student its id names, however the rows are ordered.
  @Test(arguments: ["grouped", "shuffled"])
  func rowsFindTheirStudentsInAnyOrder(order: String) {
    let ids = (0..<600).map { "2021" + String(format: "%06d", $0) }
    var studentLines = ["student_id,name,college,major,grade,on_campus,veteran"]
    studentLines += ids.map { "\($0),学生,学院,专业,2021,true,false" }
    var rowsOf: [String] = []
    for (k, id) in ids.enumerated() {
      for c in 0..<3 { rowsOf.append("\(id),C\((k + c) % 7),课程,专业必修课,false,2,2023-2024-1,regular,\(k % 90)") }
    }
    var g = SplitMix(seed: 11)
    if order == "shuffled" { rowsOf.shuffle(using: &g) }
    let registrations = (order == "shuffled" ? ids.shuffled(using: &g) : ids).map { "\($0),C1,2023-09-01T10:00:00" }
    let payments = (order == "shuffled" ? ids.shuffled(using: &g) : ids).enumerated().map {
      "2023-09-01T10:00:00,\($1),O\($0),created,C1,80"
    }
    let files: [String: [UInt8]] = [
      "students.csv": Array((studentLines.joined(separator: "\n") + "\n").utf8),
      "records.csv": Array(
        ("student_id,course_code,course_name,course_type,practical,credits,term,kind,score\n"
          + rowsOf.joined(separator: "\n")).utf8
      ),
      "registrations.csv": Array(
        ("student_id,course_code,registered_at\n" + registrations.joined(separator: "\n")).utf8
      ),
      "payments.csv": Array(
        ("time,student_id,order_id,event,course_codes,amount\n" + payments.joined(separator: "\n")).utf8
      ),
    ]
    for split in [false, true] {
      let sink = DiagnosticSink(file: "s")
      var loader = StateLoader(files: .memory(files), folder: "s", encoding: .auto, sink: sink)
      loader.splitSize = split ? 1 : Int.max
      let state = loader.load()
      #expect(sink.diagnostics.isEmpty)
      #expect(state.records.count == rowsOf.count)
      for r in state.records {
        // Line 2 is the first row.
        #expect(state.students[Int(r.student)].id + "," == rowsOf[Int(r.line) - 2].prefix(11), "records.csv:\(r.line)")
      }
      #expect(
        state.registrations.map { state.students[Int($0.student)].id } == registrations.map { String($0.prefix(10)) }
      )
      #expect(
        state.orders.map { state.students[Int($0.student)].id } == payments.map { String($0.dropFirst(20).prefix(10)) }
      )
    }
  }
}

/// A small deterministic generator, so a failing case can be rerun.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// The word-at-a-time field scan and the one-word short keys, against byte-by-byte versions.
struct FastFieldTests {
  @Test func plainFieldAgreesWithAByteLoop() {
    var g = SplitMix(seed: 5)
    let alphabet: [UInt8] = [0x2C, 0x2D, 0x20, 0x22, 0x41, 0x39, 0x7F, 0x80, 0xE4, 0x0A, 0x00, 0x2B]
    for _ in 0..<20000 {
      let n = Int(g.next() % 24)
      let bytes = (0..<n).map { _ in
        g.next() % 3 == 0 ? alphabet[Int(g.next() % UInt64(alphabet.count))] : UInt8(0x41 + g.next() % 26)
      }
      let from = n == 0 ? 0 : Int(g.next() % UInt64(n))
      var expected: Int?
      var k = from
      while k < n {
        if bytes[k] == 0x2C { expected = k; break }
        if bytes[k] <= 0x2C || bytes[k] >= 0x80 { break }
        k += 1
      }
      let got = bytes.withUnsafeBufferPointer { p in p.baseAddress.flatMap { RecordChunk.plainField($0, n, from) } }
      #expect(got == expected, "\(bytes) from \(from)")
    }
  }

  @Test func shortKeysFindWhatWholeKeysFind() {
    var index = Interner(capacity: 16)
    let codes = ["C1", "C00249", "X", "ABCDEFG", "课", "C0024"]
    for c in codes { _ = index.intern(c) }
    for probe in codes + ["C00248", "C002", "ABCDEF", "Y"] {
      let row = Array((probe + ",rest-of-row").utf8)
      let got = row.withUnsafeBufferPointer { p in
        p.baseAddress.flatMap { index.lookup(short: $0, count: probe.utf8.count) }
      }
      #expect(got == index.lookup(probe), "\(probe)")
    }
  }
}
