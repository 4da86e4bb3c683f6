import Testing

@testable import TermFlow

/// StateSanity's warnings carry their own codes (docs/diagnostics.md, state.*), each a warning, in the
/// words `run` prints after `termflow: warning:` (the goldens under Fixtures/dryrun pin those lines).
struct StateSanityTests {
  static let day = 86400

  static func order(_ id: String, created: Int?, paid: Int?, line: Int32) -> State.Order {
    State.Order(
      id: id,
      student: 0,
      courses: [],
      amount: 100,
      created: created,
      paid: paid,
      released: nil,
      charged: nil,
      paidAmount: nil,
      refunded: nil,
      failed: nil,
      refundedPayment: nil,
      lines: [line]
    )
  }

  @Test func eachWarningHasItsCode() {
    var state = State()
    state.orders = [
      Self.order("O1", created: nil, paid: 10 * Self.day, line: 2),
      Self.order("O2", created: 11 * Self.day, paid: 10 * Self.day, line: 3),
    ]
    let term = (name: "2023-2024-1", span: (10 * Self.day)...(20 * Self.day))
    let warnings = StateSanity.warnings(state, term: term, today: 200 * Self.day)
    #expect(
      warnings.map(\.code) == [
        StateDiagnostics.todayOutsideTerm, StateDiagnostics.orderNeverCreated, StateDiagnostics.orderOutOfOrder,
      ]
    )
    #expect(warnings.allSatisfy { $0.severity == .warning })
    #expect(
      warnings.map(\.text).dropFirst() == [
        "payments.csv:2: order 'O1' is paid (or charged) but was never created: it is counted as paid",
        "payments.csv:3: order 'O2' is paid before it is created",
      ]
    )
  }

  /// Past ten orders, one more warning of the same code counts the rest.
  @Test func theOrdersPastTenAreCounted() {
    var state = State()
    state.orders = (1...12).map { Self.order("O\($0)", created: nil, paid: 10 * Self.day, line: Int32($0 + 1)) }
    let warnings = StateSanity.warnings(state, term: nil, today: nil)
    #expect(warnings.count == 11)
    #expect(warnings.allSatisfy { $0.code == StateDiagnostics.orderNeverCreated })
    #expect(warnings.last?.text == "… and 2 more such orders")
  }
}
