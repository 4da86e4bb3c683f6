import Testing

@testable import TermFlow

/// Fees as notices print them, read as `payment`'s `fee`; a fee by another unit is not read.
struct NoticeFeeTests {
  static let cases: [(String, String)] = [
    ("重修费80元/学分", "fee 80 per credit"),
    ("按100元/ 学分收取", "fee 100 per credit"),
    ("110-120元/学分", "fee 110 .. 120 per credit"),
    ("每门20元", "fee 20 per course"),
    ("每學分129元", "fee 129 per credit"),
    ("150元/门，80.5元/学分", "fee 150 per course; fee 80.5 per credit"),
    ("130/学分", "fee 130 per credit"),
    ("手续费2元/笔", ""),
    ("学费总额的1/2", ""),
  ]

  @Test(arguments: cases)
  func reads(_ c: (String, String)) {
    #expect(NoticeFee.all(in: c.0).map(\.statement).joined(separator: "; ") == c.1, "\(c.0)")
  }
}
