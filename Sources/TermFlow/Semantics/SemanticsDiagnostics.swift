/// The checker's diagnostics: their codes (documented in docs/diagnostics.md) and, one constructor per
/// message in alphabetical order, what each says.
enum SemanticsDiagnostics {
  static let duplicateName: DiagnosticCode = "semantics.duplicate-name"
  static let duplicateStatement: DiagnosticCode = "semantics.duplicate-statement"
  static let dependencyCycle: DiagnosticCode = "semantics.dependency-cycle"
  static let emptyRule: DiagnosticCode = "semantics.empty-rule"
  static let misplacedStatement: DiagnosticCode = "semantics.misplaced-statement"
  static let missingOwner: DiagnosticCode = "semantics.missing-owner"
  static let missingTerm: DiagnosticCode = "semantics.missing-term"
  static let missingWindow: DiagnosticCode = "semantics.missing-window"
  static let badValue: DiagnosticCode = "semantics.bad-value"
  static let typeMismatch: DiagnosticCode = "semantics.type-mismatch"
  static let undatedStep: DiagnosticCode = "semantics.undated-step"
  static let unknownAudience: DiagnosticCode = "semantics.unknown-audience"
  static let unknownFunction: DiagnosticCode = "semantics.unknown-function"
  static let unknownName: DiagnosticCode = "semantics.unknown-name"
  static let unknownOwner: DiagnosticCode = "semantics.unknown-owner"
  static let unknownPayment: DiagnosticCode = "semantics.unknown-payment"
  static let whichPayment: DiagnosticCode = "semantics.which-payment"
  static let unknownStep: DiagnosticCode = "semantics.unknown-step"
  static let unknownSubject: DiagnosticCode = "semantics.unknown-subject"

  /// A function given a non-collection (`count(x)` where x is a number).
  static func argumentNotCollection(function: String, argument: String, type: String) -> DiagnosticMessage {
    .error(typeMismatch, "\(function) counts a collection, but '\(argument)' is \(type)")
  }

  /// A batch of 0 courses.
  static var batchOfNone: DiagnosticMessage { .error(badValue, "a batch holds at least 1 course") }

  /// `==` or `!=` between two types.
  static func cannotCompare(_ left: String, _ right: String) -> DiagnosticMessage {
    .error(typeMismatch, "cannot compare \(left) with \(right)")
  }

  /// A course limit of 0.
  static var courseLimitOfNone: DiagnosticMessage { .error(badValue, "a student may apply for at least 1 course") }

  /// Steps that wait, through `cycle`, for themselves.
  static func cycle(_ cycle: [String]) -> DiagnosticMessage {
    .error(
      dependencyCycle,
      "dependency cycle: \(cycle.joined(separator: " → "))",
      notes: [Diagnostic.Note("a step cannot wait, directly or not, for itself")]
    )
  }

  /// `name` declared twice in one namespace (`kind`: owner, step, …); first at `first`.
  static func declaredTwice(_ kind: String, name: String, first: SourceRange) -> DiagnosticMessage {
    .error(duplicateName, "\(kind) '\(name)' is declared twice", notes: [Diagnostic.Note("first declared here", first)])
  }

  /// A fee of 0 or less.
  static var feeOfNothing: DiagnosticMessage { .error(badValue, "a fee must be more than 0") }

  /// A fee range whose upper amount is not above its lower.
  static var feeRangeBackwards: DiagnosticMessage {
    .error(badValue, "a fee range goes from the lower amount to the higher")
  }

  /// A function called with the wrong number of arguments.
  static func functionArity(_ function: String, takes arity: Int, given: Int) -> DiagnosticMessage {
    .error(typeMismatch, "\(function) takes \(arity) argument\(arity == 1 ? "" : "s"), not \(given)")
  }

  /// A block of `kind` with no owner.
  static func noOwner(_ kind: String, name: String) -> DiagnosticMessage {
    .error(
      missingOwner,
      "\(kind) '\(name)' has no owner",
      notes: [Diagnostic.Note("say who does it, as in: owner 教务处")]
    )
  }

  /// A step `ref` names in another workflow (`path`) that has no such step.
  static func noStepIn(_ step: String, path: String, steps: [String]) -> DiagnosticMessage {
    .error(
      unknownStep,
      "no step '\(step)' in \(path)",
      notes: [Diagnostic.Note("its steps: " + steps.joined(separator: ", "))]
    )
  }

  /// `where` after something that is no collection.
  static func notACollection(_ expr: String, type: String) -> DiagnosticMessage {
    .error(typeMismatch, "'where' filters a collection, but '\(expr)' is \(type)")
  }

  /// A workflow with no term block (and none used).
  static var noTerm: DiagnosticMessage {
    .error(
      missingTerm,
      "the workflow has no term block",
      notes: [Diagnostic.Note("add one, as in: term 2018-2019-1 { week 1 starts 2018-09-03; holidays official }")]
    )
  }

  /// A word the notice says twice; first at `first`.
  static func noticeSaysTwice(_ word: String, first: SourceRange) -> DiagnosticMessage {
    .error(duplicateStatement, "the notice says '\(word)' twice", notes: [Diagnostic.Note("first here", first)])
  }

  /// A payment with no window.
  static func noWindow(payment: String) -> DiagnosticMessage {
    .error(
      missingWindow,
      "payment '\(payment)' has no window",
      notes: [Diagnostic.Note("add one, as in: window 9月26日 .. 9月28日")]
    )
  }

  /// `on` with `start` or `due` beside it.
  static var onSetsBoth: DiagnosticMessage { .error(duplicateStatement, "'on' already sets both start and due") }

  /// Another workflow (`path`) named by `ref` that waits for this one.
  static func otherWorkflowWaitsForThis(ref: String, path: String) -> DiagnosticMessage {
    .error(
      dependencyCycle,
      "'\(ref)': \(path) waits, through its own steps, for this workflow: the two wait for each other"
    )
  }

  /// The note on an unknown owner, audience or step (`kind`): the closest `known` name, or an example
  /// declaration when there are none, or the names there are.
  private static func referenceNotes(
    _ name: String,
    _ known: some Collection<String>,
    _ kind: String
  )
    -> [Diagnostic.Note]
  {
    if let s = SymbolTable.suggestion(for: name, among: known) { return [Diagnostic.Note("did you mean '\(s)'?")] }
    if known.isEmpty { return [Diagnostic.Note("declare it first, as in: \(kind) \(name) …")] }
    return [Diagnostic.Note("known \(kind)s: \(known.sorted().joined(separator: ", "))")]
  }

  /// A rule with no `warn`, `error` or `task`.
  static func ruleWithoutOutcome(_ rule: String) -> DiagnosticMessage {
    .error(emptyRule, "rule '\(rule)' has no outcome (warn, error or task)")
  }

  /// A rule with no `for`.
  static func ruleWithoutSubject(_ rule: String) -> DiagnosticMessage {
    .error(
      unknownSubject,
      "rule '\(rule)' does not say what it is about",
      notes: [Diagnostic.Note("add a subject, as in: for student, course")]
    )
  }

  /// A second fee for the same course type (`""`: every course); the first at `first`.
  static func secondFee(for courseType: String, first: SourceRange) -> DiagnosticMessage {
    .error(
      duplicateStatement,
      courseType.isEmpty ? "a second fee for every course" : "a second fee for \(ExprPrinter.quote(courseType))",
      notes: [Diagnostic.Note("the first is here", first)]
    )
  }

  /// A second notice block; the first at `first`.
  static func secondNotice(first: SourceRange) -> DiagnosticMessage {
    .error(
      duplicateName,
      "a workflow has one notice block; this is a second",
      notes: [Diagnostic.Note("the first is here", first)]
    )
  }

  /// A second term block in one workflow; the first at `first`.
  static func secondTerm(first: SourceRange?) -> DiagnosticMessage {
    .error(
      duplicateName,
      "a workflow has one term; this is a second",
      notes: first.map { [Diagnostic.Note("the term is declared here", $0)] } ?? []
    )
  }

  /// A second term among the files a workflow uses; `file` holds the first.
  static func secondUsedTerm(firstIn file: String) -> DiagnosticMessage {
    .error(duplicateName, "a second term for this workflow; the first is in \(file)")
  }

  /// A second `workflow` declaration; the first at `first`.
  static func secondWorkflow(first: SourceRange) -> DiagnosticMessage {
    .error(
      duplicateName,
      "a file declares one workflow",
      notes: [Diagnostic.Note("the workflow is declared here", first)]
    )
  }

  /// A statement in a block it does not belong to; `allowed` are the blocks it may stand in.
  static func statementMisplaced(_ keyword: String, in kind: String, allowed: [String]) -> DiagnosticMessage {
    .error(
      misplacedStatement,
      "'\(keyword)' does not belong in a \(kind)",
      notes: [Diagnostic.Note("it may stand in: \(allowed.sorted().joined(separator: ", "))")]
    )
  }

  /// A statement (`keyword`) given twice where once is allowed; first at `first`.
  static func statementTwice(_ kind: String, block: String, keyword: String, first: SourceRange) -> DiagnosticMessage {
    .error(
      duplicateStatement,
      "\(kind) '\(block)' has '\(keyword)' twice",
      notes: [Diagnostic.Note("first given here", first)]
    )
  }

  /// A workflow that declares a term and uses one (`term`) from `file`.
  static func termDeclaredAndUsed(usedFrom file: String, term: String) -> DiagnosticMessage {
    .error(
      duplicateName,
      "this workflow declares its term and uses one from \(file); say it once",
      notes: [Diagnostic.Note("the used term is '\(term)'")]
    )
  }

  /// An expression of the wrong type: `expected`, but `expr` is `got`.
  static func typeExpected(_ expected: String, expr: String, got: String) -> DiagnosticMessage {
    .error(typeMismatch, "expected \(expected), but '\(expr)' is \(got)")
  }

  /// A step with no date and nothing it comes after.
  static func undated(step: String) -> DiagnosticMessage {
    .warning(undatedStep, "step '\(step)' has no date and no dependency; it cannot be scheduled")
  }

  /// An undeclared audience; `known` are those declared.
  static func unknownAudience(name: String, known: some Collection<String>) -> DiagnosticMessage {
    .error(unknownAudience, "unknown audience '\(name)'", notes: referenceNotes(name, known, "audience"))
  }

  /// A call of a function the rules do not have; `functions` are those they have.
  static func unknownFunction(name: String, functions: some Sequence<String>) -> DiagnosticMessage {
    .error(
      unknownFunction,
      "unknown function '\(name)'",
      notes: [Diagnostic.Note("functions: \(functions.sorted().joined(separator: ", "))")]
    )
  }

  /// A name the rule's subject (`subject`, the innermost scope) lacks; `known` are the names there.
  static func unknownName(name: String, subject: String, known: Set<String>) -> DiagnosticMessage {
    let hint =
      SymbolTable.suggestion(for: name, among: known).map { "did you mean '\($0)'?" }
      ?? "known here: \(known.sorted().joined(separator: ", "))"
    return .error(unknownName, "unknown name '\(name)' in a rule about \(subject)", notes: [Diagnostic.Note(hint)])
  }

  /// An undeclared owner; `known` are those declared.
  static func unknownOwner(name: String, known: some Collection<String>) -> DiagnosticMessage {
    .error(unknownOwner, "unknown owner '\(name)'", notes: referenceNotes(name, known, "owner"))
  }

  /// `for order of X` where X is none of the workflow's `payments`.
  static func unknownPayment(name: String, payments: [String]) -> DiagnosticMessage {
    let hint =
      SymbolTable.suggestion(for: name, among: payments).map { "did you mean '\($0)'?" }
      ?? (payments.isEmpty ? "this workflow declares no payment" : "payments: \(payments.joined(separator: ", "))")
    return .error(unknownPayment, "unknown payment '\(name)'", notes: [Diagnostic.Note(hint)])
  }

  /// An undeclared step; `known` are the steps and payments declared.
  static func unknownStep(name: String, known: some Collection<String>) -> DiagnosticMessage {
    .error(unknownStep, "unknown step '\(name)'", notes: referenceNotes(name, known, "step"))
  }

  /// A rule subject (`names`, as written) that is none of the rules' subjects.
  static func unknownSubject(_ names: [String]) -> DiagnosticMessage {
    .error(
      unknownSubject,
      "unknown rule subject '\(names.joined(separator: ", "))'",
      notes: [
        Diagnostic.Note("a rule is about a student; a course; student, course; a registration; an order; or a record")
      ]
    )
  }

  /// A wait of 0 or less.
  static var waitOfNothing: DiagnosticMessage { .error(badValue, "a wait must be longer than 0") }

  /// A rule over orders or registrations (`subject`, as written) in a workflow of several `payments`
  /// that does not say which.
  static func whichPayment(rule: String, payments: [String], subject: [String]) -> DiagnosticMessage {
    .error(
      whichPayment,
      "rule '\(rule)' reads payments, and this workflow has \(payments.count) (\(payments.joined(separator: ", "))): say which",
      notes: [Diagnostic.Note("as in: for \(subject.joined(separator: ", ")) of \(payments.first ?? "…")")]
    )
  }

  /// `ref` names `workflow`, but no `path` is beside this one.
  static func workflowNotFound(ref: String, workflow: String, path: String) -> DiagnosticMessage {
    .error(unknownStep, "'\(ref)' names workflow '\(workflow)', but there is no \(path) beside this workflow")
  }

  /// `ref` names `workflow`, whose file `path` is there but cannot be read, and `why`.
  static func workflowUnreadable(ref: String, workflow: String, path: String, why: String) -> DiagnosticMessage {
    .error(unknownStep, "'\(ref)' names workflow '\(workflow)', but \(path) cannot be read: \(why)")
  }
}
