/// The answers the language server gives from a document's analysis: hover, definition, references,
/// symbols, code actions and formatting. Completion is in its own file.
extension LanguageServer {
  // MARK: - Hover

  func hover(_ doc: Document, at offset: Int) -> JSONValue? {
    let text = LSPText(file: doc.file, utf8: utf8)
    func answer(_ markdown: String, _ range: SourceRange) -> JSONValue {
      .object([
        ("contents", .object([("kind", .string("markdown")), ("value", .string(markdown))])),
        ("range", text.range(range)),
      ])
    }
    if let p = Self.datePhrases(doc.analysis.workflow).first(where: { $0.range.contains(offset) }),
      let cal = doc.analysis.calendar
    {
      let resolver = DateResolver(calendar: cal, sink: DiagnosticSink(file: doc.file.name), weekOneRange: nil)
      let days = resolver.resolveAll(p)
      guard !days.isEmpty else { return answer(lang("`%1`: not a date of this term", p.literal), p.range) }
      return answer(days.map { Self.describe($0, cal, lang) }.joined(separator: "\n\n"), p.range)
    }
    if let (space, name) = doc.index.name(at: offset), let symbol = doc.index.definition(space, name) {
      let range =
        doc.index.references(space, name).first { $0.contains(offset) || $0.end == offset } ?? symbol.name.range
      if space == .step, let t = doc.analysis.timeline, let s = t.steps.first(where: { $0.id == name }) {
        return answer("```\n" + Driver.explanation(of: s, in: t, file: doc.file, lang: lang) + "```", range)
      }
      let declared = doc.file.lineText(doc.file.location(of: symbol.range.start).line).trimmingCharacters(
        in: .whitespaces
      )
      return answer("\(symbol.keyword) **\(name)**\n\n`\(declared)`", range)
    }
    if let f = doc.index.fields.first(where: { $0.range.contains(offset) || $0.range.end == offset }) {
      let type = f.subject.flatMap { RuleVocabulary.subjects[$0]?[f.name] } ?? RuleVocabulary.constants[f.name]
      guard let meaning = RuleVocabulary.meaning(f.name, subject: f.subject) else { return nil }
      let of = f.subject.map { " of a \($0.replacingOccurrences(of: "student-course", with: "student, course"))" } ?? ""
      return answer("**\(f.name)**\(of)\(type.map { ": \($0)" } ?? "")\n\n\(meaning)", f.range)
    }
    return nil
  }

  /// `2018-09-16` · 第2周星期日 · and what kind of day it is.
  static func describe(_ d: CivilDate, _ cal: TermCalendar, _ lang: Language = .en) -> String {
    let info = cal.info(d)
    let week =
      cal.weekRef(of: d).map { "第\($0.week)周\(ChineseNumerals.weekdayName($0.weekday))" }
      ?? ChineseNumerals.weekdayName(d.weekday) + lang(" (before week 1)")
    let kind: String
    switch info.kind {
    case .workday: kind = lang("a working day")
    case .weekend: kind = lang("a weekend day: a day off")
    case .holiday: kind = lang("%1: a holiday, a day off", info.name)
    case .makeupWorkday: kind = lang("%1: a make-up working day", info.name)
    case .schoolBreak: kind = lang("%1: the school's break, a day off", info.name)
    }
    return "**\(d)** · \(week) · \(kind)"
  }

  /// Every date phrase a workflow writes, for hover.
  static func datePhrases(_ w: Workflow) -> [DatePhrase] {
    var out: [DatePhrase] = []
    for d in w.decls {
      switch d {
      case .term(let t):
        for item in t.items {
          switch item.kind {
          case .weekOneStarts(let p), .workday(let p, _), .swap(let p, _, _): out.append(p)
          case .holiday(_, let a, let b), .schoolBreak(_, let a, let b): out += [a] + (b.map { [$0] } ?? [])
          default: break
          }
        }
      case .step(let b), .payment(let b), .rule(let b), .policy(let b):
        for s in b.items {
          switch s.kind {
          case .start(let e), .due(let e), .on(let e): out += e.phrase.map { [$0] } ?? []
          case .window(let a, let z), .span(_, let a, let z): out += [a.phrase, z.phrase].compactMap { $0 }
          default: break
          }
        }
      default: break
      }
    }
    return out
  }

  // MARK: - Navigation

  func definition(_ doc: Document, at offset: Int) -> JSONValue? {
    guard let (space, name) = doc.index.name(at: offset), let s = doc.index.definition(space, name) else { return nil }
    return .object([("uri", .string(doc.uri)), ("range", LSPText(file: doc.file, utf8: utf8).range(s.name.range))])
  }

  func references(_ doc: Document, at offset: Int) -> JSONValue? {
    guard let (space, name) = doc.index.name(at: offset) else { return nil }
    let text = LSPText(file: doc.file, utf8: utf8)
    return .array(
      doc.index.references(space, name).map { .object([("uri", .string(doc.uri)), ("range", text.range($0))]) }
    )
  }

  /// The outline: every declaration, in file order.
  func symbols(_ doc: Document) -> JSONValue {
    let text = LSPText(file: doc.file, utf8: utf8)
    // LSP SymbolKind: Class 5, Function 12, Variable 13, Object 19, Event 24.
    let kinds: [String: Int] = [
      "step": 24, "payment": 24, "rule": 12, "policy": 19, "owner": 5, "audience": 5, "contact": 13,
    ]
    return .array(
      doc.index.symbols.sorted { $0.range.start < $1.range.start }.map { s in
        .object([
          ("name", .string(s.name.text)),
          ("detail", .string(s.keyword)),
          ("kind", .int(kinds[s.keyword] ?? 13)),
          ("range", text.range(s.range)),
          ("selectionRange", text.range(s.name.range)),
        ])
      }
    )
  }

  // MARK: - Edits

  /// Each fix-it of a diagnostic in `range` as a one-click quick fix.
  func codeActions(_ doc: Document, range: JSONNode?) -> JSONValue {
    let text = LSPText(file: doc.file, utf8: utf8)
    let lo = text.offset(range?["start"]), hi = max(lo, text.offset(range?["end"]))
    var actions: [JSONValue] = []
    for d in doc.analysis.diagnostics where d.file == doc.file.name && !d.fixIts.isEmpty {
      guard let r = d.range, r.start <= hi, r.end >= lo else { continue }
      for f in d.fixIts {
        let edit = JSONValue.object([("range", text.range(f.range)), ("newText", .string(f.replacement))])
        actions.append(
          .object([
            ("title", .string(f.message)),
            ("kind", .string("quickfix")),
            ("isPreferred", .bool(true)),
            (
              "diagnostics",
              .array([
                .object([
                  ("range", text.range(r)), ("severity", .int(d.severity == .error ? 1 : 2)),
                  ("code", .string(d.code.rawValue)), ("source", .string("termflow")), ("message", .string(d.message)),
                ])
              ])
            ),
            ("edit", .object([("changes", .object([(doc.uri, .array([edit]))]))])),
          ])
        )
      }
    }
    return .array(actions)
  }

  /// `fmt`'s text as one edit over the whole document; nothing when the document does not parse.
  func formatting(_ doc: Document) -> JSONValue {
    guard let formatted = Driver.format(doc.file).text, formatted != String(decoding: doc.file.bytes, as: UTF8.self)
    else { return .array([]) }
    let text = LSPText(file: doc.file, utf8: utf8)
    return .array([
      .object([("range", text.range(SourceRange(0, doc.file.bytes.count))), ("newText", .string(formatted))])
    ])
  }
}
