import Foundation
import Testing

@testable import TermFlow

/// A finance system's order list (one row per order: 下单时间, 支付时间, 退款时间, 关闭时间 and a status)
/// reads as the events it stands for: the same findings as the same orders written one row per event,
/// refunds and failed payments included.
struct OrderListTests {
  static let folder = "Tests/TermFlowTests/Fixtures/layout/order-list"

  static let orderList = """

    table payments "订单.csv" {
      student-id "学号"
      order-id "订单号"
      course-codes "课程代码" split "、"
      amount "订单金额"
      created-at "下单时间" time "yyyy-MM-dd HH:mm:ss"
      paid-at "支付时间" time "yyyy-MM-dd HH:mm:ss"
      refunded-at "退款时间" time "yyyy-MM-dd HH:mm:ss"
      released-at "关闭时间" time "yyyy-MM-dd HH:mm:ss"
      event "支付状态" values {
        "待支付" = created, "支付成功" = paid, "银行已扣款" = charged, "已退款" = refunded, "已关闭" = released,
        "支付失败" = failed
      }
    }

    """

  static func workflow(_ layout: String = "") -> SourceFile {
    let base = String(decoding: Golden.workflow("czie-retake.flow").bytes, as: UTF8.self)
    return SourceFile(name: "workflows/czie-retake.flow", text: base + layout)
  }

  static func run(_ f: SourceFile, files: StateFiles? = nil, today: String = "2023-09-22T18:00") -> CommandOutput {
    let state = files ?? (try? FileIO.readState(Golden.repoRoot.appendingPathComponent(folder).path)) ?? .memory([:])
    return Driver.run(
      file: f,
      state: state,
      stateFolder: "order-list",
      today: today,
      encoding: .auto,
      format: .json,
      failOn: .never
    )
  }

  @Test func anOrderListGivesTheFindingsOfItsEvents() throws {
    let events = Self.run(Self.workflow())
    let orders = Self.run(Self.workflow(Self.orderList))
    #expect(events.exitCode == 0 && orders.exitCode == 0, "\(events.stderr)\(orders.stderr)")
    let a = try LayoutTests.findings(events.stdout), b = try LayoutTests.findings(orders.stdout)
    // One amount per order: the list has no paid amount that could differ from it (ZZJF0008 paid 60.00).
    #expect(Set(a).subtracting(b).count == 1)
    #expect(Set(a).subtracting(b).first?.contains("amount-mismatch") == true)
    #expect(Set(b).subtracting(a).isEmpty, "\(Set(b).subtracting(a))")
    #expect(b.count > 10)
    // The refund undid 2021001's payment: the registration is cleared as unpaid at the close.
    #expect(b.contains { $0.contains("clear-unpaid") && $0.contains("\"student\":\"2021001\"") }, "\(b)")
  }

  /// Before the refund, the order is paid; the day after, it is not.
  @Test func aRefundCountsFromItsTime() throws {
    let before = Self.run(Self.workflow(Self.orderList), today: "2023-09-12T12:00")
    let after = Self.run(Self.workflow(Self.orderList), today: "2023-09-22T18:00")
    let paidBefore = try LayoutTests.findings(before.stdout).contains { $0.contains("\"student\":\"2021001\"") }
    #expect(!paidBefore)
    #expect(try LayoutTests.findings(after.stdout).contains { $0.contains("\"student\":\"2021001\"") })
  }

  /// `explain --student` tells the order's story: paid, then refunded, no longer paid; an empty time
  /// cell has not happened yet.
  @Test func explainTellsTheRefund() {
    let out = Driver.explainStudent(
      file: Self.workflow(Self.orderList),
      state: (try? FileIO.readState(Golden.repoRoot.appendingPathComponent(Self.folder).path)) ?? .memory([:]),
      stateFolder: "order-list",
      student: "2021001",
      course: nil,
      today: "2023-09-22T18:00",
      encoding: .auto
    )
    #expect(
      out.stdout.contains(
        "paid Tue 2023-09-12T10:02 → refunded Wed 2023-09-13T08:00: no longer paid from then"
      ),
      "\(out.stdout)"
    )
    #expect(out.stdout.contains("关闭时间 '' → not yet"), "\(out.stdout)")
  }

  /// A status the times contradict is an error naming the column and the value, every row in one pass.
  @Test func aStatusTheTimesContradictIsAnError() {
    var files: [String: [UInt8]] = [:]
    for name in ["students.csv", "records.csv", "registrations.csv"] {
      files[name] = (try? Data(contentsOf: Golden.repoRoot.appendingPathComponent("\(Self.folder)/\(name)")))
        .map(Array.init)
    }
    files["订单.csv"] = Array(
      """
      订单号,学号,课程代码,订单金额,下单时间,支付时间,退款时间,关闭时间,支付状态
      A1,2021001,C101,80,2023-09-12 10:00:00,,,,支付成功
      A2,2021001,C101,80,2023-09-12 10:00:00,2023-09-12 10:01:00,,,待支付
      A3,2021001,C101,80,2023-09-12 10:00:00,,,,已退款
      A4,2021001,C101,80,,,,,待支付

      """.utf8
    )
    let out = Self.run(Self.workflow(Self.orderList), files: .memory(files))
    #expect(out.exitCode == 1)
    for expected in [
      "订单.csv:2: error: column '支付时间': '' is not a date and time: the status '支付成功' says the order was paid",
      "订单.csv:3: error: column '支付状态': '待支付' is not paid or refunded, as the order has a paid time",
      "订单.csv:4: error: column '退款时间': '' is not a date and time: the status '已退款' says the order was refunded",
      "订单.csv:5: error: column '下单时间': '' is not",
    ] {
      #expect(out.stderr.contains(expected), "\(expected)\n\(out.stderr)")
    }
  }

  /// The two shapes are never mixed, and an order list names when each order was created.
  @Test func theShapeIsOneOrTheOther() {
    let mixed = Self.orderList.replacingOccurrences(
      of: "  order-id \"订单号\"",
      with: "  order-id \"订单号\"\n  time \"下单时间\""
    )
    let noCreated = Self.orderList.replacingOccurrences(
      of: "  created-at \"下单时间\" time \"yyyy-MM-dd HH:mm:ss\"\n",
      with: ""
    )
    let a = Driver.check([Self.workflow(mixed)], format: .text)
    let b = Driver.check([Self.workflow(noCreated)], format: .text)
    #expect(a.stdout.contains("error: an order list reads each event's time from its own column"), "\(a.stdout)")
    #expect(b.stdout.contains("error: 'paid-at' is a column of an order list"), "\(b.stdout)")
  }
}
