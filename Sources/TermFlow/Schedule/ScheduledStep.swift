/// A date with an optional time of day; 24:00 is the end of the day.
public struct Moment: Hashable, Comparable, Sendable {
  public var date: CivilDate
  /// Minutes after midnight, or nil for "some time that day".
  public var minute: Int?

  /// `2018-09-16` or `2018-09-16T17:00` (24:00 prints as 24:00: the notices' own "24:00前").
  public var iso: String {
    guard let m = minute else { return date.description }
    return "\(date)T\(m / 60 < 10 ? "0" : "")\(m / 60):\(m % 60 < 10 ? "0" : "")\(m % 60)"
  }

  public static func < (a: Moment, b: Moment) -> Bool { (a.date, a.minute ?? 0) < (b.date, b.minute ?? 0) }
}

/// One step or payment window, resolved to dates, with how they were derived.
struct ScheduledStep: Sendable {
  /// A rule is scheduled only for the date its tasks are due (`due` in a rule block); it is not a step.
  enum Kind: String, Sendable { case step, payment, rule }
  var id: String
  var kind: Kind
  var title: String
  var owner: String?
  var start: Moment?
  var due: Moment?
  var dependsOn: [String]
  /// The notice's other facts about the step, in file order, for the regenerated notice.
  var notes: [String] = []
  /// Forms handed over, and to whom (an owner id).
  var deliveries: [(form: String, to: String?)] = []
  var requirements: [String] = []
  /// Payment channels: the channel and the audiences it is for (display names).
  var channels: [(name: String, audiences: [String])] = []
  /// A payment's fee, as the notice would say it: `80元/门`.
  var fee: String?
  /// Audiences exempt from a payment (display names).
  var exempt: [String] = []
  /// A payment's other terms (batch limit, waits, …); the notice words them (NoticeWording).
  var paymentTerms: [PaymentTerm] = []
  /// Human-readable derivation, one line per decision, for `explain --step`.
  var derivation: [String]
  /// Where the step is declared.
  var range: SourceRange
}

/// The resolved timeline of a workflow: its steps in date order.
/// A term of a payment that its notice states, as declared (the wording is the report's).
enum PaymentTerm: Sendable {
  case firstRetakeFree
  case batchLimit(Int)
  case courseLimit(Int)
  case releaseAfter(Duration)
  case repayAfter(Duration)
  case syncLag(Duration, offHours: Duration?, then: Duration?)
  case clearUnpaid
}

struct Timeline: Sendable {
  var workflowName: String?
  var workflowTitle: String?
  var termName: String
  /// Owner id → the name a notice prints (the declared display name, or the id).
  var ownerNames: [String: String]
  var calendar: TermCalendar
  var steps: [ScheduledStep]
  /// The date of each rule that declares a `due`, for the tasks it emits.
  var ruleDues: [String: Moment] = [:]
  /// The standing duties (`policy` blocks), in file order, for the notice's 其他事项.
  var policies: [Policy] = []
  /// The notice's frame, when the workflow declares one.
  var notice: NoticeFrame?
}

/// A `policy` as the notice prints it.
struct Policy: Sendable {
  var id: String
  var owner: String?
  var notes: [String]
  var requirements: [String]
  var deliveries: [(form: String, to: String?)]
}

/// What a published notice prints around its items (`notice { … }`).
struct NoticeFrame: Sendable {
  var issuer: String?
  var number: String?
  var to: String?
  var preamble: String?
  var attachments: [String] = []
  var signedBy: String?
  /// The signature's date as the workflow writes it (`2018年9月20日`).
  var signedOn: String?
  var copies: [String] = []

  init(_ n: NoticeDecl) {
    for i in n.items {
      switch i.kind {
      case .issuer(let s): issuer = s.value
      case .number(let s): number = s.value
      case .to(let s): to = s.value
      case .preamble(let s): preamble = s.value
      case .attachment(let s): attachments.append(s.value)
      case .signed(let s, let d):
        signedBy = s.value
        signedOn = d.literal
      case .copy(let s): copies.append(s.value)
      }
    }
  }
}

extension Timeline {
  func ownerName(_ id: String?) -> String { id.map { ownerNames[$0] ?? $0 } ?? "" }
}

extension Timeline {
  /// `《表》→ 教务处` for each form the step hands over.
  func deliverables(_ s: ScheduledStep) -> [String] {
    s.deliveries.map { "《\($0.form)》" + ($0.to.map { " → " + ownerName($0) } ?? "") }
  }
}
