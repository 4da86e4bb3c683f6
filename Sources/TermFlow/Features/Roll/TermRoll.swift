import Foundation

/// `termflow roll`: last term's workflow moved to the next term as an office moves it, by hand today.
/// Every date keeps its teaching week and weekday (a plain date moves by the whole weeks between the
/// two terms' week 1, which is the same thing), relative dates stay relative, and each moved date is
/// re-written in the form its author used. The edit is textual, so comments and layout survive.
struct TermRoll {
  let file: SourceFile
  let workflow: Workflow
  let oldMonday: CivilDate
  let newMonday: CivilDate
  let newTerm: String
  /// Old dates resolved against the old term: a year-less date needs it.
  let oldCalendar: TermCalendar

  var shift: Int { newMonday.dayNumber - oldMonday.dayNumber }

  /// The edits that make next term's text, and what roll did that the office should know.
  func edits() -> (edits: [SourceEdit], notes: [String]) {
    var edits: [SourceEdit] = []
    var notes: [String] = []
    let resolver = DateResolver(calendar: oldCalendar, sink: DiagnosticSink(file: file.name), weekOneRange: nil)
    func move(_ p: DatePhrase, rangeStartMonth: Int? = nil) {
      let old = resolver.resolveAll(p)
      guard case .calendar = p.kind, old.count == p.kinds.count else { return }
      let moved = old.map { $0.adding(days: shift) }
      let text = DateLiteralWriter.rewrite(p.literal, to: moved, rangeStartMonth: rangeStartMonth)
      if text != p.literal { edits.append(SourceEdit(range: p.range, text: text)) }
    }
    for d in workflow.decls {
      switch d {
      case .workflow(let name, let title, _):
        let renamed = renamedYears(name.text, pairOnly: false)
        if renamed != name.text {
          edits.append(SourceEdit(range: name.range, text: renamed))
          notes.append("renamed the workflow \(name.text) → \(renamed)")
        }
        if let title {
          let raw = file.text(title.range)
          let renamed = renamedYears(raw, pairOnly: true)
          if renamed != raw { edits.append(SourceEdit(range: title.range, text: renamed)) }
        }
      case .term(let t):
        edits.append(SourceEdit(range: t.name.range, text: newTerm))
        for item in t.items {
          switch item.kind {
          case .weekOneStarts(let p):
            edits.append(SourceEdit(range: p.range, text: DateLiteralWriter.rewrite(p.literal, to: newMonday)))
          case .holiday, .workday:
            // A year's official arrangement, written by hand: next year's comes from the built-in table.
            edits.append(SourceEdit(range: file.lineRange(of: item.range.start), text: ""))
            notes.append(
              "removed '\(file.text(item.range))': next term's official holidays come from the built-in table"
            )
          case .schoolBreak(_, let from, let to):
            move(from)
            if let to { move(to, rangeStartMonth: newMonth(from)) }
          case .swap(let date, _, _), .opens(let date), .closes(let date):
            move(date)
          default: break
          }
        }
      case .step(let b), .payment(let b), .rule(let b):
        for s in b.items {
          switch s.kind {
          case .start(let e), .due(let e), .on(let e):
            if case .phrase(let p) = e.kind { move(p) }
          case .window(let from, let to), .span(_, let from, let to):
            if case .phrase(let p) = from.kind { move(p) }
            if case .phrase(let p) = to.kind { move(p, rangeStartMonth: newMonth(from.phrase)) }
          default: break
          }
        }
      default: break
      }
    }
    return (edits, notes)
  }

  /// The month a range's start falls in after the move, for a day written alone at its end.
  private func newMonth(_ from: DatePhrase?) -> Int? {
    let resolver = DateResolver(calendar: oldCalendar, sink: DiagnosticSink(file: file.name), weekOneRange: nil)
    guard let p = from, let old = resolver.resolve(p) else { return nil }
    return old.adding(days: shift).month
  }

  /// `2018～2019学年第一学期` → `2019～2020学年第一学期` (and 第二学期 when the semester changes); with
  /// `pairOnly` false, a lone first year too (`fjut-2018-retake` → `fjut-2019-retake`).
  func renamedYears(_ text: String, pairOnly: Bool) -> String {
    guard let old = TermName(oldTermName), let new = TermName(newTerm) else { return text }
    var out = text
    for sep in ["～", "-", "—", "－", "~", "至", "到", "/"] {
      out = out.replacingOccurrences(
        of: "\(old.first)\(sep)\(old.first + 1)",
        with: "\(new.first)\(sep)\(new.first + 1)"
      )
    }
    if !pairOnly, out == text {
      out = out.replacingOccurrences(of: String(old.first), with: String(new.first))
    }
    if old.semester != new.semester {
      let words = ["", "一", "二", "三"]
      if old.semester < words.count, new.semester < words.count {
        out = out.replacingOccurrences(of: "第\(words[old.semester])学期", with: "第\(words[new.semester])学期")
      }
    }
    return out
  }

  var oldTermName: String {
    for case .term(let t) in workflow.decls { return t.name.text }
    return ""
  }
}

/// A term named as offices name it: `2018-2019-1` (the academic year's first year, then the semester).
struct TermName {
  var first: Int
  var semester: Int

  init?(_ s: String) {
    let parts = s.split(separator: "-")
    guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let n = Int(parts[2]), b == a + 1,
      a >= 1000, a <= 9998
    else { return nil }
    first = a
    semester = n
  }
}

extension DateExpr {
  var phrase: DatePhrase? {
    if case .phrase(let p) = kind { return p }
    return nil
  }
}

/// What a rolled workflow asks a person to confirm: a date that now falls on a holiday or a make-up
/// day, or on a different kind of day than last term; a break or swap moved by weeks; a text that
/// names a date roll cannot move.
enum RollChecks {
  struct Finding {
    var range: SourceRange
    /// Where the `# CHECK:` comment goes: the start of the statement's line.
    var statement: Int
    /// The finding as a phrase with `%1` slots and their values (said in `--lang` in the comment).
    var phrase: String
    var values: [String]

    func message(_ lang: Language = .en) -> String { lang(phrase, values: values.map { lang($0) }) }
  }

  static func find(in a: Analysis, oldCalendar: TermCalendar, shift: Int) -> [Finding] {
    guard let cal = a.calendar else { return [] }
    var out: [Finding] = []
    let resolver = DateResolver(calendar: cal, sink: DiagnosticSink(file: a.file.name), weekOneRange: nil)
    func look(_ p: DatePhrase, _ statement: Int) {
      for d in resolver.resolveAll(p) { look(p, d, statement) }
    }
    func look(_ p: DatePhrase, _ d: CivilDate, _ statement: Int) {
      let now = cal.info(d), before = oldCalendar.info(d.adding(days: -shift))
      let flagged: Set<DayKind> = [.holiday, .makeupWorkday, .schoolBreak]
      guard flagged.contains(now.kind) || now.kind != before.kind else { return }
      // The week is worth saying only when the phrase does not say it.
      let week =
        p.literal.contains("第") || p.literal.hasPrefix("week")
        ? ""
        : cal.weekRef(of: d).map {
          " (第\($0.week)周\(ChineseNumerals.weekdayName($0.weekday)))"
        } ?? ""
      let (kind, name) = describe(now)
      var values = [p.literal, "\(d)\(week)", kind, name]
      if before.kind != now.kind {
        let (k, n) = describe(before)
        values += [k, n]
      }
      let phrase =
        (now.name.isEmpty ? "%1 now falls on %2, %3" : "%1 now falls on %2, %4 (%3)")
        + (before.kind == now.kind ? "" : before.name.isEmpty ? "; last term it was %5" : "; last term it was %6 (%5)")
      out.append(Finding(range: p.range, statement: statement, phrase: phrase, values: values))
    }
    func scan(_ s: StringLit, _ statement: Int) {
      let dates = datesNamed(in: s.value)
      guard !dates.isEmpty else { return }
      out.append(
        Finding(
          range: s.range,
          statement: statement,
          phrase: "this text names %1, which roll does not move",
          values: [dates.joined(separator: "、")]
        )
      )
    }
    for d in a.workflow.decls {
      switch d {
      case .term(let t):
        for item in t.items {
          switch item.kind {
          case .schoolBreak(let name, let from, _):
            out.append(
              Finding(
                range: from.range,
                statement: item.range.start,
                phrase: "the school's break %1 moved with its teaching weeks; confirm next term's dates",
                values: [name.text]
              )
            )
          case .swap(let date, _, _):
            out.append(
              Finding(
                range: date.range,
                statement: item.range.start,
                phrase: "swaps follow a year's holidays; confirm %1 still runs another day's timetable",
                values: [date.literal]
              )
            )
          default: break
          }
        }
      case .step(let b), .payment(let b), .rule(let b), .policy(let b):
        for s in b.items {
          switch s.kind {
          case .start(let e), .due(let e), .on(let e):
            if let p = e.phrase { look(p, s.range.start) }
          case .window(let from, let to), .span(_, let from, let to):
            if let p = from.phrase { look(p, s.range.start) }
            if let p = to.phrase { look(p, s.range.start) }
          case .title(let t), .note(let t), .require(let t): scan(t, s.range.start)
          default: break
          }
        }
      default: break
      }
    }
    return out
  }

  /// The day's kind as a phrase key, and its name (国庆节; empty for a plain day).
  static func describe(_ info: DayInfo) -> (String, String) {
    switch info.kind {
    case .workday: return ("a workday", "")
    case .weekend: return ("a weekend day", "")
    case .holiday: return ("a holiday", info.name)
    case .makeupWorkday: return ("a make-up workday", info.name)
    case .schoolBreak: return ("a school break", info.name)
    }
  }

  /// The `M月D日` phrases (and `D日` after `、`) inside a text.
  static func datesNamed(in text: String) -> [String] {
    let s = Array(text.unicodeScalars)
    var out: [String] = []
    var i = 0
    while i < s.count {
      guard ("0"..."9").contains(s[i]) else {
        i += 1
        continue
      }
      var j = i
      while j < s.count, ("0"..."9").contains(s[j]) || s[j] == "月" { j += 1 }
      if j < s.count, s[j] == "日" || s[j] == "号", i == 0 || !("0"..."9").contains(s[i - 1]) {
        let phrase = String(String.UnicodeScalarView(s[i...j]))
        if phrase.contains("月") || (i > 0 && s[i - 1] == "、") { out.append(phrase) }
      }
      i = j + 1
    }
    return out
  }
}
