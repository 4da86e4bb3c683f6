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
  /// A payment's other terms in the notice's words: exemptions, batch limit, waits.
  var paymentTerms: [String] = []
  /// Human-readable derivation, one line per decision, for `explain --step`.
  var derivation: [String]
  /// Where the step is declared.
  var range: SourceRange
}

/// The resolved timeline of a workflow: its steps in date order.
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
