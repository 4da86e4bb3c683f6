/// Compiles `table`, `values` and `grades` declarations into a `StateLayout`, reporting every problem
/// at its place in the file that declares it. Sources are searched in order: the workflow, the files
/// it uses, then the built-in layout; a table the workflow does not declare is the built-in one.
struct LayoutCompiler {
  /// One parsed file and where its problems go.
  struct Source {
    var file: SourceFile
    var workflow: Workflow
    var sink: DiagnosticSink
  }

  private var values: [String: (ValuesDecl, Source)] = [:]
  private var grades: [String: (GradesDecl, Source)] = [:]

  /// The built-in layout, compiled once.
  static let builtin: StateLayout = {
    let file = SourceFile(name: "<\(BuiltinLayout.name)>", bytes: Array(BuiltinLayout.text.utf8))
    let sink = DiagnosticSink(file: file.name)
    let w = Parser.parse(file, sink: sink)
    return compile([Source(file: file, workflow: w, sink: sink)], fallback: nil, origin: { _, _ in BuiltinLayout.name })
  }()

  static func compile(_ sources: [Source]) -> StateLayout {
    compile(
      sources,
      fallback: builtin,
      origin: { s, r in
        let (l, c) = s.file.location(of: r.start)
        return "\(s.file.name):\(l):\(c)"
      }
    )
  }

  private static func compile(
    _ sources: [Source],
    fallback: StateLayout?,
    origin: @escaping (Source, SourceRange) -> String
  ) -> StateLayout {
    var c = LayoutCompiler()
    for s in sources {
      for d in s.workflow.decls {
        switch d {
        case .values(let v):
          c.declare(v.name, v, s, &c.values, "values")
          c.checkEntries(v.entries, s)
        case .grades(let g):
          c.declare(g.name, g, s, &c.grades, "grades")
          // Checked where declared, used or not; a use compiles it again, quietly.
          _ = c.scale(g, s)
        default: break
        }
      }
    }
    var tables: [TablePlan] = []
    var declared: [TableKind: (Name, Source)] = [:]
    for s in sources {
      for case .table(let t) in s.workflow.decls {
        guard let kind = TableKind(rawValue: t.table.text) else {
          s.sink.report(
            LayoutDiagnostics.unknownTable(t.table.text, tables: TableKind.allCases.map(\.rawValue)),
            at: t.table.range
          )
          continue
        }
        if let (first, firstSource) = declared[kind] {
          // The workflow's own table overrides a used file's; twice in one file is a mistake.
          if firstSource.file.name == s.file.name {
            s.sink.report(
              LayoutDiagnostics.tableTwice(kind.rawValue, first: first.range),
              at: t.table.range
            )
          }
          continue
        }
        declared[kind] = (t.table, s)
        tables.append(c.table(t, kind, s, fallback: fallback?.plan(kind), origin: origin))
      }
    }
    for kind in TableKind.allCases where declared[kind] == nil {
      if let f = fallback { tables.append(f.plan(kind)) }
    }
    tables.sort { TableKind.allCases.firstIndex(of: $0.table) ?? 0 < TableKind.allCases.firstIndex(of: $1.table) ?? 0 }
    return StateLayout(tables: tables)
  }

  private func declare<D>(_ name: Name, _ d: D, _ s: Source, _ table: inout [String: (D, Source)], _ what: String) {
    if let (_, first) = table[name.text] {
      if first.file.name == s.file.name {
        s.sink.report(LayoutDiagnostics.declaredTwice(what, name: name.text), at: name.range)
      }
      return
    }
    table[name.text] = (d, s)
  }

  private func table(
    _ t: TableDecl,
    _ kind: TableKind,
    _ s: Source,
    fallback: TablePlan?,
    origin: (Source, SourceRange) -> String
  ) -> TablePlan {
    var files: [String] = []
    for f in t.files {
      let parts = f.value.split(separator: "/", omittingEmptySubsequences: false)
      if f.value.isEmpty || f.value.hasPrefix("/") || parts.contains("..") || parts.contains("") {
        s.sink.report(
          LayoutDiagnostics.notInStateFolder(f.value),
          at: f.range
        )
      } else {
        files.append(f.value)
      }
    }
    if t.files.isEmpty { files = fallback?.files ?? [kind.defaultFile] }
    var columns: [LayoutField: ColumnPlan] = [:]
    var seen: [LayoutField: Name] = [:]
    let fields = kind.fields
    for col in t.columns {
      guard let field = LayoutField(rawValue: col.field.text), fields.contains(field) else {
        s.sink.report(
          LayoutDiagnostics.unknownField(table: kind.rawValue, field: col.field.text, fields: fields.map(\.rawValue)),
          at: col.field.range
        )
        continue
      }
      if let first = seen[field] {
        s.sink.report(
          LayoutDiagnostics.fieldTwice(field.rawValue, first: first.range),
          at: col.field.range
        )
        continue
      }
      seen[field] = col.field
      columns[field] = column(col, field, s, fallback: fallback?.column(field), origin: origin(s, col.range))
    }
    let required = kind.required(declaring: Set(seen.keys))
    if kind == .payments { checkPaymentShape(seen, s) }
    let missing = fields.filter { required.contains($0) && seen[$0] == nil }
    if !missing.isEmpty {
      s.sink.report(
        LayoutDiagnostics.missingFields(table: kind.rawValue, fields: missing.map(\.rawValue)),
        at: t.table.range
      )
    }
    let plans = fields.map { f in columns[f] ?? ColumnPlan(field: f, sources: [], origin: origin(s, t.table.range)) }
    var plan = TablePlan(table: kind, files: files, columns: plans, origin: origin(s, t.range))
    rowOptions(t, s, fallback: fallback, origin: { origin(s, $0) }, into: &plan)
    return plan
  }

  private func column(
    _ col: ColumnDecl,
    _ field: LayoutField,
    _ s: Source,
    fallback: ColumnPlan?,
    origin: String
  ) -> ColumnPlan {
    // A declared column reads another export: the built-in map or scale it falls back on keeps every
    // text but the empty one, whose meaning this export must say (a blank is 缺考 in one, 缓考 in another).
    var inherited = fallback?.scale
    inherited?.entries.removeAll { $0.key.isEmpty }
    var plan = ColumnPlan(
      field: field,
      sources: col.sources.map { $0.map(\.value) },
      map: fallback?.map.map { m in ValueMap(entries: m.entries.filter { !$0.key.isEmpty }, origin: m.origin) },
      scale: inherited,
      times: fallback?.times ?? [],
      separators: fallback?.separators ?? [],
      origin: origin
    )
    if let k = col.constant { return constantColumn(k, field, s, origin: origin) }
    if field != .term, let joined = col.sources.first(where: { $0.count > 1 }), let plus = joined.dropFirst().first {
      s.sink.report(LayoutDiagnostics.headersJoinedOutsideTerm, at: plus.range)
    }
    func wrong(_ option: LayoutDiagnostics.Option, _ r: SourceRange) {
      s.sink.report(LayoutDiagnostics.takesNo(field: field.rawValue, option), at: r)
    }
    for o in col.options {
      switch o {
      case .valuesNamed(let n):
        guard !field.mapTargets.isEmpty else { wrong(.values, n.range); continue }
        guard let (v, vs) = values[n.text] else {
          s.sink.report(
            LayoutDiagnostics.undeclared("values", name: n.text, declared: values.keys),
            at: n.range
          )
          continue
        }
        plan.map = valueMap(v.entries, field, vs, origin: location(vs, v.range), declaredApart: true)
      case .valuesInline(let es, let r):
        guard !field.mapTargets.isEmpty else { wrong(.values, r); continue }
        plan.map = valueMap(es, field, s, origin: origin)
      case .grades(let n):
        guard field == .score else { wrong(.grades, n.range); continue }
        guard let (g, gs) = grades[n.text] else {
          s.sink.report(
            LayoutDiagnostics.undeclared("grades", name: n.text, declared: grades.keys),
            at: n.range
          )
          continue
        }
        plan.scale = scale(
          g,
          LayoutCompiler.Source(file: gs.file, workflow: gs.workflow, sink: DiagnosticSink(file: gs.file.name))
        )
      case .time(let fs):
        guard field.kind == .time else {
          wrong(.timeFormats, fs.first?.range ?? col.range); continue
        }
        plan.times = fs.compactMap { f in
          guard let t = TimeFormat(f.value) else {
            s.sink.report(
              LayoutDiagnostics.notATimeFormat(f.value),
              at: f.range
            )
            return nil
          }
          return t
        }
      case .unless(let other, let es, let r):
        plan.override = columnOverride(other, es, field, s, range: r)
      case .split(let fs):
        guard field == .courseCodes else { wrong(.separators, fs.first?.range ?? col.range); continue }
        plan.separators = fs.compactMap { f in
          guard !f.value.isEmpty else {
            s.sink.report(LayoutDiagnostics.separatorEmpty, at: f.range)
            return nil
          }
          return Array(f.value.utf8)
        }
      }
    }
    return plan
  }

  /// Every value any map may give: each field kind's targets, in field order.
  private static let allTargets: [String] = {
    var out: [String] = []
    for f in LayoutField.allCases { for t in f.mapTargets where !out.contains(t) { out.append(t) } }
    return out
  }()

  /// A `values` declaration's entries, checked where declared: values no field takes, texts mapped twice.
  private func checkEntries(_ entries: [MapEntry], _ s: Source) {
    var keys: Set<String> = []
    for e in entries {
      if e.isNumber || !Self.allTargets.contains(e.value.text) {
        s.sink.report(
          LayoutDiagnostics.notAMapValue(e.value.text, targets: Self.allTargets),
          at: e.value.range
        )
      }
      if !keys.insert(e.key.value).inserted {
        s.sink.report(LayoutDiagnostics.mappedTwice(ExprPrinter.quote(e.key.value)), at: e.key.range)
      }
    }
  }

  /// The map for one field. Inline entries are checked here; a `values` declaration was checked
  /// where declared, and here only for values this field cannot take.
  func valueMap(
    _ entries: [MapEntry],
    _ field: LayoutField,
    _ s: Source,
    origin: String,
    declaredApart: Bool = false
  ) -> ValueMap {
    if !declaredApart { checkEntries(entries, s) }
    var out: [ValueMap.Entry] = []
    var keys: Set<String> = []
    for e in entries where !e.isNumber && Self.allTargets.contains(e.value.text) {
      guard let code = field.mapTargets.firstIndex(of: e.value.text) else {
        s.sink.report(
          LayoutDiagnostics.valueNotForField(field: field.rawValue, value: e.value.text, targets: field.mapTargets),
          at: e.value.range
        )
        continue
      }
      guard keys.insert(e.key.value).inserted else { continue }
      out.append(ValueMap.Entry(key: Array(e.key.value.utf8), value: UInt8(code)))
    }
    return ValueMap(entries: out, origin: origin)
  }

  func scale(_ g: GradesDecl, _ s: Source) -> GradeScale {
    var scale = GradeScale(origin: location(s, g.range))
    var keys: Set<String> = []
    func tenths(_ n: Name) -> Int? {
      guard let t = Array(n.text.utf8).withUnsafeBufferPointer({ GradeScale.tenths($0) }), t <= 30000 else {
        s.sink.report(LayoutDiagnostics.notAScore(n.text), at: n.range)
        return nil
      }
      return t
    }
    for item in g.items {
      switch item.kind {
      case .passAt(let n): if let t = tenths(n) { scale.passAt = t }
      case .range(let lo, let hi):
        if let a = tenths(lo), let b = tenths(hi) {
          if a > b { s.sink.report(LayoutDiagnostics.rangeBackwards, at: item.range) }
          scale.low = a
          scale.high = b
        }
      case .entry(let e):
        let meaning: GradeScale.Meaning?
        if e.isNumber {
          meaning = tenths(e.value).map { .score(Int16($0)) }
        } else {
          switch e.value.text {
          case "pass": meaning = .pass
          case "fail": meaning = .fail
          case "absent": meaning = .absent
          case "not-attempted": meaning = .notAttempted
          default:
            s.sink.report(
              LayoutDiagnostics.notAGrade(e.value.text),
              at: e.value.range
            )
            meaning = nil
          }
        }
        guard let meaning else { continue }
        guard keys.insert(e.key.value).inserted else {
          s.sink.report(LayoutDiagnostics.gradeTwice(ExprPrinter.quote(e.key.value)), at: e.key.range)
          continue
        }
        scale.entries.append(GradeScale.Entry(key: Array(e.key.value.utf8), meaning: meaning))
      }
    }
    return scale
  }

  func location(_ s: Source, _ r: SourceRange) -> String {
    if s.file.name.hasPrefix("<") { return BuiltinLayout.name }
    let (l, c) = s.file.location(of: r.start)
    return "\(s.file.name):\(l):\(c)"
  }
}
