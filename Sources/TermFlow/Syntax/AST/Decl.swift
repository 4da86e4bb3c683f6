/// A top-level declaration.
enum Decl: Sendable {
  /// `workflow NAME "title"`: names the workflow (once per file).
  case workflow(name: Name, title: StringLit?, range: SourceRange)
  /// `term NAME { … }`: the calendar every date is read against.
  case term(TermDecl)
  /// `owner NAME ["display name"]`: an office or person who does steps.
  case owner(name: Name, title: StringLit?, range: SourceRange)
  /// `audience NAME ["display name"]`: a group of students (on-campus, veterans, …).
  case audience(name: Name, title: StringLit?, range: SourceRange)
  /// `contact NAME "phone" ["purpose"]`.
  case contact(name: Name, value: StringLit, purpose: StringLit?, range: SourceRange)
  case step(Block)
  case payment(Block)
  case rule(Block)
  /// `policy NAME { … }`: a standing duty with no date (exam rules and the like).
  case policy(Block)
  /// `table NAME "file" { … }`: the state layout of one table.
  case table(TableDecl)
  /// `values NAME { … }`: a value map.
  case values(ValuesDecl)
  /// `grades NAME { … }`: a grade scale.
  case grades(GradesDecl)
  /// `use "school.flow"`: the layout declarations of a shared file beside (or below) this one.
  case use(path: StringLit, range: SourceRange)
  /// `notice { issuer …; number …; to …; attachment …; signed … }`: what the published notice prints
  /// around its items (the red header, the addressees, the attachments, the signature).
  case notice(NoticeDecl)

  var range: SourceRange {
    switch self {
    case .workflow(_, _, let r), .owner(_, _, let r), .audience(_, _, let r), .contact(_, _, _, let r): return r
    case .term(let t): return t.range
    case .step(let b), .payment(let b), .rule(let b), .policy(let b): return b.range
    case .table(let t): return t.range
    case .values(let v): return v.range
    case .grades(let g): return g.range
    case .use(_, let r): return r
    case .notice(let n): return n.range
    }
  }

  /// The keyword that starts this declaration, as written in files.
  var keyword: String {
    switch self {
    case .workflow: return "workflow"
    case .term: return "term"
    case .owner: return "owner"
    case .audience: return "audience"
    case .contact: return "contact"
    case .step: return "step"
    case .payment: return "payment"
    case .rule: return "rule"
    case .policy: return "policy"
    case .table: return "table"
    case .values: return "values"
    case .grades: return "grades"
    case .use: return "use"
    case .notice: return "notice"
    }
  }
}

/// `term NAME { … }`.
struct TermDecl: Sendable {
  var name: Name
  var items: [TermItem]
  var range: SourceRange
}

/// One statement of a term block.
struct TermItem: Sendable {
  enum Kind: Sendable {
    /// `week 1 starts DATE`
    case weekOneStarts(DatePhrase)
    /// `weeks N`: how many teaching weeks (default 20).
    case weeks(Int)
    /// `opens DATE`: the term's work starts before week 1 (a retake registration in the last term's
    /// final weeks), so its dates from then on are inside the term.
    case opens(DatePhrase)
    /// `closes DATE`: the term's work runs on after its last teaching week (a thesis defended in the
    /// next term, a degree conferred in summer), so its dates up to then are inside the term.
    case closes(DatePhrase)
    /// `holidays official` or `holidays none`.
    case holidays(official: Bool)
    /// `holiday NAME DATE [.. DATE]`: a public holiday the workflow declares itself.
    case holiday(name: Name, from: DatePhrase, to: DatePhrase?)
    /// `break NAME DATE .. DATE`: the school's own days off.
    case schoolBreak(name: Name, from: DatePhrase, to: DatePhrase?)
    /// `workday DATE [NAME]`: an extra working day.
    case workday(date: DatePhrase, name: Name?)
    /// `swap DATE runs week N WEEKDAY`: a day that follows another day's timetable.
    case swap(date: DatePhrase, runs: WeekRef, runsRange: SourceRange)
    /// `working hours 08:00 .. 17:30`.
    case workingHours(from: TimeOfDay, to: TimeOfDay)
    /// `exam weeks 19 .. 20`: the term's exam weeks, in which no office work should fall due.
    case examWeeks(from: Int, to: Int)
    /// `owner load 5 per week`: the most deadlines one office should have in a week, over all the
    /// term's workflows.
    case ownerLoad(Int)
  }
  var kind: Kind
  var range: SourceRange
}

/// A step, payment, rule or policy block: a name and a list of statements. The statements are kept
/// generic (`Statement`) because the three share most of their vocabulary; Semantics checks which
/// statement may stand in which block.
struct Block: Sendable {
  var name: Name
  var items: [Statement]
  var range: SourceRange
}

/// `notice { … }`: the published notice's frame.
struct NoticeDecl: Sendable {
  struct Item: Sendable {
    enum Kind: Sendable {
      /// `issuer "福建工程学院教务处"`: printed in red above the title, with 文件.
      case issuer(StringLit)
      /// `number "闽工院〔2018〕教102号"`
      case number(StringLit)
      /// `to "各教学单位"`: the addressees.
      case to(StringLit)
      /// `preamble "根据…现将有关事项安排如下："`
      case preamble(StringLit)
      /// `attachment "…"`, once per attachment.
      case attachment(StringLit)
      /// `signed "教务处" 2018年9月20日`
      case signed(StringLit, DatePhrase)
      /// `copy "分管校领导、学工处"`: 抄送.
      case copy(StringLit)
    }
    var kind: Kind
    var range: SourceRange
  }
  var items: [Item]
  var range: SourceRange
}
