import Testing

@testable import TermFlow

/// The fee rule's expected amount per order: per course, per credit, per order, first retake free and
/// exemptions, on examples/state's orders.
struct FeeTests {
  /// czie-retake.flow with its `fee` line replaced.
  static func expected(fee: String, extra: String = "") throws -> [String: Int] {
    let base = String(decoding: Golden.workflow("czie-retake.flow").bytes, as: UTF8.self)
    let text = base.replacingOccurrences(of: "  fee 80 per course\n", with: "  \(fee)\n\(extra)")
    #expect(text.contains("  \(fee)\n\(extra)"))
    let file = SourceFile(name: "fee.flow", text: text)
    guard case .success(let p) = Driver.prepare(file: file, state: .memory(RunTests.state), stateFolder: "s", today: nil, encoding: .auto)
    else {
      Issue.record("fee.flow does not prepare")
      return [:]
    }
    var out: [String: Int] = [:]
    for (i, o) in p.state.orders.enumerated() { out[o.id] = p.contexts[0].facts.expectedAmount[i] }
    return out
  }

  @Test func perCourse() throws {
    let e = try Self.expected(fee: "fee 80 per course")
    #expect(e["ZZJF0002"] == 400_00)  // five courses
    #expect(e["ZZJF0004"] == 160_00)
    #expect(e["ZZJF0008"] == 80_00)  // 2021010 paid 60.00: the amount-mismatch case
  }

  @Test func perCreditAndFirstRetakeFree() throws {
    let perCredit = try Self.expected(fee: "fee 100 per credit")
    #expect(perCredit["ZZJF0001"] == 500_00)  // C101, 5.0 credits
    #expect(perCredit["ZZJF0020"] == 350_00)  // C107, 3.5 credits
    let free = try Self.expected(fee: "fee 100 per credit", extra: "  first retake free\n")
    #expect(free["ZZJF0001"] == 0)  // no earlier retake of C101
    #expect(free["ZZJF0009"] == 300_00)  // 2021012 has retaken C106 twice
  }

  @Test func perOrderAndExemptions() throws {
    let e = try Self.expected(fee: "fee 50 per order")
    #expect(e["ZZJF0002"] == 50_00)
    #expect(e["ZZJF0001"] == 50_00)
    // Exempt on-campus students: only 2021010 and 2021019 (off campus) owe anything.
    let onCampusFree = try Self.expected(fee: "fee 80 per course", extra: "  exempt on-campus\n")
    #expect(onCampusFree["ZZJF0001"] == 0)
    #expect(onCampusFree["ZZJF0008"] == 80_00)
  }
}
