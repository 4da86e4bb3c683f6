/// `termflow explain FILE --state DIR --student ID [--course CODE]`: every rule evaluated for one
/// student, true or false, with the values it read and the CSV rows (file:line) behind them.
extension Driver {
  public static func explainStudent(
    file: SourceFile,
    state files: StateFiles,
    stateFolder: String,
    student: String,
    course: String?,
    today: String?,
    encoding: TextEncoding,
    lang: Language = .en
  ) -> CommandOutput {
    let p: Prepared
    switch prepare(file: file, state: files, stateFolder: stateFolder, today: today, encoding: encoding) {
    case .success(let ok): p = ok
    case .failure(let out): return out
    }
    let state = p.state
    guard let s = state.studentIndex.lookup(student), s < state.students.count else {
      return .usage("--student: no student '\(student)' in \(stateFolder)")
    }
    var courseIndex: Int?
    if let course {
      guard let c = state.courseIndex.lookup(course) else {
        return .usage("--course: no course '\(course)' in the state")
      }
      courseIndex = c
    }
    let st = state.students[s]
    var locations = [state.location(.students, st.line)]
    var out =
      lang("student %1 %2（%3），%4", st.id, st.name, st.college, "\(stateFolder)/\(state.location(.students, st.line))")
      + "\n" + lang("today %1", p.todayText) + "\n"
    if p.beyondToday > 0 {
      let rows = lang == .en ? Language.en.count(p.beyondToday, "row") : "\(p.beyondToday)"
      out += lang("(%1 stamped after today not seen)", rows) + "\n"
    }
    for rule in p.rules {
      let ctx = p.context(for: rule)
      let ev = Evaluator(ctx: ctx, today: p.today)
      let subjects = self.subjects(of: rule.subject, student: s, course: courseIndex, ctx)
      let kind = lang(rule.subject.rawValue)
      out += "\n" + lang("rule %1 (%2), for %3", rule.id, "\(file.name):\(rule.line)", kind)
      if rule.subject == .course {
        out += lang(": about courses, not students") + "\n"
        continue
      }
      if subjects.isEmpty {
        out +=
          (course.map { lang(": no %1 of this student and course %2", kind, $0) }
            ?? lang(": no %1 of this student", kind)) + "\n"
      } else {
        out += "\n"
      }
      for subject in subjects {
        out += "  \(describe(subject, ctx, lang))\n"
        let scopes = Evaluator.Scopes(subject: subject)
        let lets = ev.lets(rule, scopes)
        if let g = rule.guardExpr {
          out += "    when \(rule.guardText) → \(ev.eval(g, scopes, lets).truth)\n"
        }
        for o in rule.outcomes {
          let fired = o.condition.map { ev.eval($0, scopes, lets).truth } ?? true
          out +=
            "    \(o.kind.rawValue) “\(o.message)”"
            + (o.condition == nil ? lang(" (always)") : " when \(o.conditionText)")
            + " → \(fired)\n"
          if let c = o.condition {
            var seen = Set<Field>()
            let reads = c.subjectFields.filter { seen.insert($0).inserted }.map {
              "\($0.rawValue) = \(ctx.value($0, of: subject).display)"
            }
            if !reads.isEmpty { out += "      " + reads.joined(separator: ", ") + "\n" }
          }
        }
        let rows = evidence(subject, ctx, stateFolder)
        if !rows.isEmpty { out += "    " + lang("rows: %1", rows.joined(separator: ", ")) + "\n" }
        locations += rows
      }
    }
    for ctx in p.contexts {
      out += ExplainPayment(ctx: ctx, today: p.today, lang: lang).render(student: s, course: courseIndex)
    }
    out += "\n" + lang("rows as exported (column 'text' → what the layout made of it)") + "\n"
    out += ExplainRows(files: files, layout: p.analysis.layout, encoding: encoding, state: state, lang: lang)
      .render(locations)
    return CommandOutput(stdout: out, stderr: p.stderr)
  }

  /// The student's subjects of one kind, in a stable order.
  static func subjects(of kind: SubjectKind, student s: Int, course: Int?, _ ctx: RuleContext) -> [Subject] {
    let state = ctx.state
    let courseOK = { (c: Int32) in course.map { Int(c) == $0 } ?? true }
    switch kind {
    case .student: return [Subject(kind: .student, index: s)]
    case .course: return []
    case .pair:
      guard s + 1 < state.pairStart.count else { return [] }
      return (Int(state.pairStart[s])..<Int(state.pairStart[s + 1])).filter { courseOK(state.pairs[$0].course) }
        .sorted { state.pairs[$0].course < state.pairs[$1].course }.map { Subject(kind: .pair, index: $0) }
    case .registration:
      return ctx.facts.registrationsByStudent[s].filter {
        courseOK(state.registrations[Int($0)].course)
      }
      .map { Subject(kind: .registration, index: Int($0)) }
    case .record:
      return state.records(ofStudent: s).filter { courseOK(state.records[$0].course) }
        .sorted { (state.records[$0].course, $0) < (state.records[$1].course, $1) }.map {
          Subject(kind: .record, index: $0)
        }
    case .order:
      return ctx.facts.ordersByStudent[s].filter { o in
        course.map { state.orders[Int(o)].courses.contains(Int32($0)) } ?? true
      }
      .map { Subject(kind: .order, index: Int($0)) }
    case .bill:
      return state.bills.indices.filter { Int(state.bills[$0].student) == s }.map { Subject(kind: .bill, index: $0) }
    }
  }

  static func describe(_ s: Subject, _ ctx: RuleContext, _ lang: Language = .en) -> String {
    let state = ctx.state
    let course = ctx.courseRow(s).map { "\($0.code)" + ($0.name.isEmpty ? "" : " \($0.name)") } ?? ""
    switch s.kind {
    case .student: return lang("student")
    case .course, .pair: return lang("course %1", course)
    case .registration: return lang("registration of %1, %2", course, state.registrations[s.index].registeredAt)
    case .record:
      let r = state.records[s.index]
      let grade =
        r.absent
        ? lang("absent")
        : r.score >= 0
          ? GradeScale.show(Int(r.score)) : lang(!r.attempt ? "not attempted" : r.passed ? "passed" : "failed")
      return lang("record %1 %2 %3 %4", course, state.terms[Int(r.term)], lang("\(r.kind)"), grade)
    case .order:
      let o = state.orders[s.index]
      let codes = o.courses.map { state.courses[Int($0)].code }.joined(separator: ";")
      return lang("order %1: %2, %3元", o.id, codes, String(format2: o.paidAmount ?? o.amount))
    case .bill:
      let b = state.bills[s.index]
      let events = b.events.map { "\($0.event.name) \(Timestamp.iso($0.time))" }.joined(separator: " → ")
      return lang("bill %1 %2, %3元: %4", b.id, b.item, String(format2: b.amount), events)
    }
  }

  /// The CSV rows a subject's facts come from.
  static func evidence(_ s: Subject, _ ctx: RuleContext, _ folder: String) -> [String] {
    let state = ctx.state
    func recordLines(_ p: State.Pair?) -> [String] {
      guard let p else { return [] }
      return state.records(ofPair: p).map { state.location(.records, state.records[$0].line) }
    }
    switch s.kind {
    case .student: return [state.location(.students, state.students[s.index].line)]
    case .course: return []
    case .pair: return recordLines(ctx.pair(of: s))
    case .record: return [state.location(.records, state.records[s.index].line)]
    case .registration:
      let r = state.registrations[s.index]
      let payments = ctx.facts.ordersByStudent[Int(r.student)].filter {
        state.orders[Int($0)].courses.contains(r.course)
      }
      .flatMap { state.orders[Int($0)].lines.map { state.location(.payments, $0) } }
      return [state.location(.registrations, r.line)] + recordLines(ctx.pair(of: s)) + payments
    case .order: return state.orders[s.index].lines.map { state.location(.payments, $0) }
    case .bill: return state.bills[s.index].lines.map { state.location(.bills, $0) }
    }
  }
}
