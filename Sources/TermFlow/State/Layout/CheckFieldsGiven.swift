/// No silent defaults: a field a rule reads, or a payment's own words need (`exempt veterans`, a
/// channel `for on-campus`, a fee `per credit` or `for "专业必修课"`), must come from a column of the
/// declared table or from a value given for every row (`practical = false`). Left out, it would read
/// as false, 0 or empty, and `run` would count wrongly with a clean `check`.
enum CheckFieldsGiven {
  /// Rule names that are columns of the students and records tables.
  static let columns: [String: (TableKind, LayoutField)] = [
    "name": (.students, .name), "college": (.students, .college), "major": (.students, .major),
    "grade": (.students, .grade), "on-campus": (.students, .onCampus), "veteran": (.students, .veteran),
    "course-name": (.records, .courseName), "course-type": (.records, .courseType),
    "practical": (.records, .practical), "credits": (.records, .credits),
  ]

  /// Audiences a payment names, by the field they are read from.
  static let audiences: [String: String] = [
    "veterans": "veteran", "veteran": "veteran", "on-campus": "on-campus", "off-campus": "on-campus",
  ]

  static func run(_ w: Workflow, _ layout: StateLayout, sink: DiagnosticSink) {
    var uses: [(name: String, range: SourceRange, who: String)] = []
    for d in w.decls {
      switch d {
      case .rule(let b):
        var lets: Set<String> = []
        for s in b.items {
          switch s.kind {
          case .letBinding(let n, let v):
            names(in: v, except: lets) { uses.append(($0, $1, "rule '\(b.name.text)'")) }
            lets.insert(n.text)
          case .when(let e):
            names(in: e, except: lets) { uses.append(($0, $1, "rule '\(b.name.text)'")) }
          case .outcome(let o):
            if let c = o.condition { names(in: c, except: lets) { uses.append(($0, $1, "rule '\(b.name.text)'")) } }
          default: break
          }
        }
      case .payment(let b):
        let who = "payment '\(b.name.text)'"
        for s in b.items {
          switch s.kind {
          case .exempt(let ns), .channel(_, let ns):
            for n in ns { if let f = audiences[n.text] { uses.append((f, n.range, who)) } }
          case .fee(let f):
            if f.per == .credit { uses.append(("credits", s.range, who)) }
            if !f.courseTypes.isEmpty { uses.append(("course-type", s.range, who)) }
          default: break
          }
        }
      default: break
      }
    }
    var said: Set<String> = []
    for u in uses {
      guard let (table, field) = columns[u.name] else { continue }
      let plan = layout.plan(table)
      guard plan.origin != BuiltinLayout.name, let column = plan.column(field), column.sources.isEmpty,
        column.constant == nil
      else { continue }
      // One error per field and reader: the first place it is read.
      guard said.insert(u.who + "/" + u.name).inserted else { continue }
      sink.report(
        LayoutDiagnostics.fieldNotGiven(
          reader: u.who,
          name: u.name,
          table: table.rawValue,
          field: field,
          declaredAt: plan.origin
        ),
        at: u.range
      )
    }
  }

  /// Every name an expression reads that is not a `let` of the rule.
  private static func names(in e: Expr, except lets: Set<String>, _ found: (String, SourceRange) -> Void) {
    switch e.kind {
    case .name(let n): if !lets.contains(n) { found(n, e.range) }
    case .number, .string: break
    case .call(_, let args): for a in args { names(in: a, except: lets, found) }
    case .filter(let c, let p):
      names(in: c, except: lets, found)
      names(in: p, except: lets, found)
    case .not(let x): names(in: x, except: lets, found)
    case .binary(_, let l, let r):
      names(in: l, except: lets, found)
      names(in: r, except: lets, found)
    }
  }
}
