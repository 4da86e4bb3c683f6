import Testing

@testable import TermFlow

/// Money as exports print it, and the real cause when a text is no amount.
struct MoneyTests {
  static let read: [(String, Int)] = [
    ("240", 24000), ("240.5", 24050), ("240.00", 24000), ("￥240.00", 24000), ("¥ 1,200.00", 120_000),
    ("240.00元", 24000), ("1,200", 120_000), ("１２０．５０", 12050), ("RMB 80", 8000), ("80元整", 8000),
    ("1,234,567.89", 123_456_789),
  ]

  @Test(arguments: read)
  func reads(_ c: (String, Int)) {
    #expect(Money.hundredths(c.0) == .success(c.1), "\(c.0)")
  }

  static let refused: [(String, String)] = [
    ("80.005", "an amount in yuan and fen: it has 3 decimals"),
    ("1,20.00", "an amount: its thousands separators are misplaced (1,200.00)"),
    ("八十", "an amount such as 80, 80.00, ￥1,200.00 or 240元"),
    ("80美元", "an amount: '美' is not part of one (80, 80.00, ￥1,200.00, 240元)"),
    ("80.5.0", "an amount: it has more than one decimal point"),
    ("$80", "an amount: '$' is not part of one (80, 80.00, ￥1,200.00, 240元)"),
  ]

  @Test(arguments: refused)
  func refuses(_ c: (String, String)) {
    #expect(Money.hundredths(c.0) == .failure(.notAnAmount(c.1)), "\(c.0)")
  }
}
