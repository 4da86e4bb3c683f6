/// `termflow diff` as text (for a person reviewing next term's notice) and as JSON (for a tool).
enum DiffReport {
  static func weekPhrase(_ r: WeekRef?) -> String {
    r.map { "第\($0.week)周\(ChineseNumerals.weekdayName($0.weekday))" } ?? "before week 1"
  }

  static func moment(_ m: Moment?, _ r: WeekRef?) -> String {
    guard let m else { return "—" }
    return "\(m.iso) \(weekPhrase(r))"
  }

  static func text(_ d: WorkflowDiff, lang L: Language = .en) -> String {
    var out = ""
    func pair(_ label: String, _ a: String, _ b: String) {
      let padded = DisplayWidth.pad(label, to: 8)
      out += a == b ? "\(padded)  \(a)\n" : "\(padded)  \(a) → \(b)\n"
    }
    pair(L("workflow"), d.workflow.old ?? "—", d.workflow.new ?? "—")
    pair(L("term"), d.term.old, d.term.new)
    pair(L("week 1"), d.weekOne.old?.description ?? "—", d.weekOne.new?.description ?? "—")
    let sign: [WorkflowDiff.Change: String] = [.same: "=", .changed: "~", .added: "+", .removed: "-"]
    let changed = d.steps.filter { $0.change != .same }
    out += "\n\(L("steps and payments")): \(count(d.steps.map(\.change), L))\n"
    for s in d.steps {
      out += "  \(sign[s.change] ?? "?") \(s.id)"
      out += s.kind == "step" ? "" : " (\(s.kind))"
      out += s.change == .same ? ": \(L("unchanged"))\n" : "\n"
      guard s.change != .same else { continue }
      for c in s.dates {
        let label = DisplayWidth.pad(c.what, to: 5)
        switch s.change {
        case .added: out += "      \(label) \(moment(c.new, c.newRef))\n"
        case .removed: out += "      \(label) \(moment(c.old, c.oldRef))\n"
        default:
          let a = moment(c.old, c.oldRef), b = moment(c.new, c.newRef)
          out += a == b ? "      \(label) \(a)\n" : "      \(label) \(a) → \(b)\n"
        }
      }
      if let t = s.title2 { out += "      title \(t.old) → \(t.new)\n" }
      if let o = s.owner { out += "      owner \(o.old ?? "—") → \(o.new ?? "—")\n" }
      for x in s.deliverablesAdded { out += "      + deliver \(x)\n" }
      for x in s.deliverablesRemoved { out += "      - deliver \(x)\n" }
      if let dep = s.dependsOn {
        out += "      after \(list(dep.old)) → \(list(dep.new))\n"
      }
      if let n = s.note { out += "      note: \(n)\n" }
    }
    for kind in ["rule", "policy", "owner", "audience", "contact"] {
      let xs = d.others.filter { $0.kind == kind }
      guard !xs.isEmpty else { continue }
      let title = kind == "policy" ? "policies" : kind + "s"
      out += "\n\(L(title)): \(count(xs.map(\.change), L))\n"
      for x in xs where x.change != .same { out += "  \(sign[x.change] ?? "?") \(x.id) (\(L(x.change.rawValue)))\n" }
    }
    let others = d.others.filter { $0.change != .same }.count
    if d.isEmpty {
      out += "\n\(L("no changes"))\n"
    } else if L == .en {
      out += "\n\(changed.count) of \(d.steps.count) steps changed, \(others) other declarations changed\n"
    } else {
      out +=
        "\n\(d.steps.count) 个步骤中 \(changed.count) \(L("steps changed"))，\(others) \(L("other declarations changed"))\n"
    }
    return out
  }

  private static func list(_ xs: [String]) -> String { xs.isEmpty ? "—" : xs.joined(separator: ", ") }

  /// `8 (7 changed, 1 added)`.
  private static func count(_ cs: [WorkflowDiff.Change], _ L: Language) -> String {
    let parts = [WorkflowDiff.Change.changed, .added, .removed].compactMap { c -> String? in
      let n = cs.filter { $0 == c }.count
      return n == 0 ? nil : "\(n) \(L(c.rawValue))"
    }
    return "\(cs.count)" + (parts.isEmpty ? ", \(L("none changed"))" : " (" + parts.joined(separator: ", ") + ")")
  }

  static func json(_ d: WorkflowDiff) -> String {
    func date(_ m: Moment?, _ r: WeekRef?) -> JSONValue {
      guard let m else { return .null }
      return .object([
        ("at", .string(m.iso)),
        ("week", r.map { .int($0.week) } ?? .null),
        ("weekday", r.map { .string(CivilDate.englishWeekdays[$0.weekday - 1]) } ?? .null),
      ])
    }
    func opt(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    let steps: [JSONValue] = d.steps.map { s in
      var kv: [(String, JSONValue)] = [
        ("id", .string(s.id)), ("kind", .string(s.kind)), ("change", .string(s.change.rawValue)),
        ("title", .string(s.title)),
      ]
      for c in s.dates {
        kv.append((c.what, .object([("old", date(c.old, c.oldRef)), ("new", date(c.new, c.newRef))])))
      }
      if let o = s.owner { kv.append(("owner", .object([("old", opt(o.old)), ("new", opt(o.new))]))) }
      if let t = s.title2 { kv.append(("titleChange", .object([("old", .string(t.old)), ("new", .string(t.new))]))) }
      kv.append(("deliverablesAdded", .array(s.deliverablesAdded.map { .string($0) })))
      kv.append(("deliverablesRemoved", .array(s.deliverablesRemoved.map { .string($0) })))
      if let dep = s.dependsOn {
        kv.append(
          (
            "after",
            .object([("old", .array(dep.old.map { .string($0) })), ("new", .array(dep.new.map { .string($0) }))])
          )
        )
      }
      kv.append(("teachingShiftDays", s.teachingShift.map { .int($0) } ?? .null))
      kv.append(("note", opt(s.note)))
      return .object(kv)
    }
    let others: [JSONValue] = d.others.map {
      .object([("kind", .string($0.kind)), ("id", .string($0.id)), ("change", .string($0.change.rawValue))])
    }
    return JSONValue.object([
      ("workflow", .object([("old", opt(d.workflow.old)), ("new", opt(d.workflow.new))])),
      ("term", .object([("old", .string(d.term.old)), ("new", .string(d.term.new))])),
      ("weekOne", .object([("old", opt(d.weekOne.old?.description)), ("new", opt(d.weekOne.new?.description))])),
      ("changed", .bool(!d.isEmpty)),
      ("steps", .array(steps)),
      ("declarations", .array(others)),
    ]).render() + "\n"
  }
}
