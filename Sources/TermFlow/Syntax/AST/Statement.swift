/// One statement inside a step, payment, rule or policy block.
struct Statement: Sendable {
  enum Kind: Sendable {
    // Shared
    case title(StringLit)
    case owner(Name)
    case note(StringLit)
    case audience([Name])
    // Steps
    /// `deliver "form" [to OWNER]`
    case deliver(form: StringLit, to: Name?)
    case start(DateExpr)
    case due(DateExpr)
    /// `on DATE`: start and due the same day.
    case on(DateExpr)
    /// `due 9月26日至28日`, `on 10月29日—11月2日`: a step that runs from the first day to the last, as
    /// notices write a span; `keyword` (due or on) is kept for `fmt`.
    case span(keyword: String, from: DateExpr, to: DateExpr)
    /// `after A, B`: dependencies.
    case after([Name])
    /// `postpone to next working day`: a due on a day off moves forward.
    case postponeToWorkingDay
    /// `allow day off`: the notice really means a deadline on a weekend or holiday.
    case allowDayOff
    /// `require "…"`: a condition the step needs (first login: change the password).
    case require(StringLit)
    // Payments
    /// `window DATE .. DATE`
    case window(from: DateExpr, to: DateExpr)
    /// `channel "name" [for AUDIENCE, …]`
    case channel(name: StringLit, audiences: [Name])
    /// `fee AMOUNT [.. AMOUNT] per credit|course|order [for "course type", …]`
    case fee(Fee)
    /// `first retake free`
    case firstRetakeFree
    /// `exempt AUDIENCE, …`
    case exempt([Name])
    /// `batch at most N courses`
    case batchLimit(Int)
    /// `limit N courses per student`: the most courses one student may apply for.
    case courseLimit(Int)
    /// `release after DURATION`: a stuck order may be released only after this wait.
    case releaseAfter(Duration)
    /// `repay after DURATION`: after a release, paying again needs this wait.
    case repayAfter(Duration)
    /// `sync lag DURATION [off-hours DURATION]`
    /// `sync lag 30 minutes, off-hours 2 working days, then 2 days`: `then`, a second, longer wait for
    /// the payments the first one did not settle.
    case syncLag(normal: Duration, offHours: Duration?, then: Duration? = nil)
    /// `clear unpaid registrations [by OWNER]`: what is unpaid when the window closes is cleared, by
    /// the owner named (the payment's own owner by default).
    case clearUnpaid(by: Name?)
    // Rules
    /// `for student, course`: what one evaluation is about.
    /// `for order of 重修费`: which payment block the rule's payment words read.
    case forEach([Name], of: Name?)
    /// `let NAME = EXPR`
    case letBinding(name: Name, value: Expr)
    /// `when EXPR`: the rule applies only where this holds.
    case when(Expr)
    /// `warn|error "message" [when EXPR]` and `task OWNER "action" [when EXPR]`.
    case outcome(Outcome)
    /// `notify OWNER [before STEP]`
    case notify(owner: Name, before: Name?)
  }
  var kind: Kind
  var range: SourceRange
}

enum FeeUnit: String, Sendable {
  case credit, course, order
}

/// One line of a payment's fee table: an amount (or a range an office accepts: `110 .. 120 per
/// credit`), its unit, and the course types it is for (none: every other course).
struct Fee: Sendable {
  var amount: Decimal2
  var upTo: Decimal2?
  var per: FeeUnit
  var courseTypes: [StringLit]

  /// `80元/门`, `110至120元/学分`, with the course types: `专业必修课120元/学分`; `others`: the line
  /// for every other course in a table of several (`其他课程80元/门`).
  func chinese(others: Bool = false) -> String {
    let unit = per == .course ? "门" : per == .credit ? "学分" : "单"
    let types = courseTypes.isEmpty ? (others ? "其他课程" : "") : courseTypes.map(\.value).joined(separator: "、")
    return types + "\(amount)" + (upTo.map { "至\($0)" } ?? "") + "元/" + unit
  }
}

/// A rule's output: a warning or an error about the subject, or a task for an owner.
struct Outcome: Sendable {
  enum Kind: String, Sendable { case warn, error, task }
  var kind: Kind
  var owner: Name?
  var message: StringLit
  var condition: Expr?
}

/// A money amount kept as an exact number of cents (no floating point in fees).
struct Decimal2: Hashable, Sendable, CustomStringConvertible {
  var cents: Int
  var description: String {
    cents % 100 == 0 ? String(cents / 100) : String(format2: cents)
  }
}

extension String {
  /// `12345` cents → `"123.45"`.
  init(format2 cents: Int) {
    let sign = cents < 0 ? "-" : ""
    let a = abs(cents)
    let frac = a % 100
    self = "\(sign)\(a / 100).\(frac < 10 ? "0" : "")\(frac)"
  }
}
