import Testing

@testable import TermFlow

/// The fee rule's expected amount per order: per course, per credit, per order, first retake free and
/// exemptions, on examples/state's orders.
struct FeeTests {
  /// czie-retake.flow with its `fee` line replaced.
  static func expected(fee: String, extra: String = "", payments: String = "") throws -> [String: Int] {
    try amounts(fee: fee, extra: extra, payments: payments).mapValues(\.low)
  }

  /// Each order's lowest and highest expected amount, in cents; `payments`: rows added to payments.csv.
  static func amounts(
    fee: String,
    extra: String = "",
    payments: String = "",
    records: String = ""
  ) throws -> [String: (low: Int, high: Int)] {
    let base = String(decoding: Golden.workflow("czie-retake.flow").bytes, as: UTF8.self)
    let text = base.replacingOccurrences(of: "  fee 80 per course\n", with: "  \(fee)\n\(extra)")
    #expect(text.contains("  \(fee)\n\(extra)"))
    let file = SourceFile(name: "fee.flow", text: text)
    var state = RunTests.state
    state["records.csv"] = (state["records.csv"] ?? []) + Array(records.utf8)
    state["payments.csv"] = (state["payments.csv"] ?? []) + Array(payments.utf8)
    guard
      case .success(let p) = Driver.prepare(
        file: file,
        state: .memory(state),
        stateFolder: "s",
        today: nil,
        encoding: .auto
      )
    else {
      Issue.record("fee.flow does not prepare")
      return [:]
    }
    var out: [String: (low: Int, high: Int)] = [:]
    let facts = p.contexts[0].facts
    for (i, o) in p.state.orders.enumerated() { out[o.id] = (facts.expectedAmount[i], facts.expectedHigh[i]) }
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
    // 2021001 failed C101 and has not retaken it: free. C102 they passed (76): a retake to improve
    // the grade pays. 2021012 has retaken C106 twice: pays.
    let improve = "2023-09-20T09:00:00,2021001,ZZJF9001,created,C102,400.00\n"
    let free = try Self.expected(fee: "fee 100 per credit", extra: "  first retake free\n", payments: improve)
    #expect(free["ZZJF0001"] == 0)
    #expect(free["ZZJF9001"] == 400_00)
    #expect(free["ZZJF0009"] == 300_00)
    // One earlier retake, failed: this is not the first retake, so it pays.
    let once = try Self.amounts(
      fee: "fee 100 per credit",
      extra: "  first retake free\n",
      records: "2021001,C101,高等数学A,公共必修课,false,5.0,2022-2023-2,retake,55\n"
    )
    #expect(once["ZZJF0001"]?.low == 500_00)
  }

  /// A fee table by course type (the line with no type covers every other course) and a range.
  @Test func feeTableAndRange() throws {
    let e = try Self.amounts(fee: "fee 100 per credit for \"专业必修课\"", extra: "  fee 80 .. 90 per course\n")
    #expect(e["ZZJF0009"]?.low == 300_00)  // C106 专业必修课, 3 credits
    #expect(e["ZZJF0009"]?.high == 300_00)
    #expect(e["ZZJF0001"]?.low == 80_00)  // C101 公共必修课: the other line
    #expect(e["ZZJF0001"]?.high == 90_00)
    // C104 is 专业必修课 (3 credits, 300) and C105 公共必修课 (80 .. 90): one order, both lines.
    #expect(e["ZZJF0004"]?.low == 380_00)
    #expect(e["ZZJF0004"]?.high == 390_00)
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

  /// `amount-mismatch` reads the fee range; `limit N courses per student` gives `course-limit`, and
  /// `registered-courses` counts a student's courses.
  @Test func rangeMismatchAndCourseLimit() throws {
    let base = String(decoding: Golden.workflow("czie-retake.flow").bytes, as: UTF8.self)
    var text = base.replacingOccurrences(
      of: "  fee 80 per course\n",
      with: "  fee 70 .. 80 per course\n  limit 4 courses per student\n"
    )
    text += """

      rule in-range {
        for order
        warn "实缴金额不在收费范围内" when paid and amount-mismatch
      }

      rule too-many {
        for registration
        error "超过每生报名门数上限" when registered-courses > course-limit
      }

      """
    let out = Driver.run(
      file: SourceFile(name: "fee.flow", text: text),
      state: .memory(RunTests.state),
      stateFolder: "s",
      today: nil,
      encoding: .auto,
      format: .json,
      failOn: .never
    )
    #expect(out.exitCode == 0, "\(out.stderr)")
    let f = try RunTests.fired(out.stdout)
    // 2021010 paid 60.00 for one course: below 70. ZZJF0003 (three courses, 240.00) is within 210 .. 240.
    #expect(f["in-range"] == ["2021010/ZZJF0008"])
    #expect(f["too-many"] == ["2021007/C101", "2021007/C102", "2021007/C103", "2021007/C104", "2021007/C105"])
  }
}
