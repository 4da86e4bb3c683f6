/// The choices `state inspect` makes for a table beyond matching names: which shape a payments table
/// has, which of two candidate columns a field takes, and what it leaves for the user to decide — each
/// said in the suggestion, never made silently.
extension InspectedTable {
  /// The order-list times: a payments table has them only when it names when each order was created.
  static let orderTimes: [LayoutField] = [.createdAt, .paidAt, .refundedAt, .releasedAt]

  /// The fields to suggest, in the table's order: a payments table is one row per event (`time`) or
  /// an order list (`created-at` and the other times), never both.
  var suggestedFields: [LayoutField] {
    guard table == .payments else { return table.fields }
    let orderList = !candidates(for: .createdAt).isEmpty
    return table.fields.filter { orderList ? $0 != .time : !Self.orderTimes.contains($0) }
  }

  /// Fields a rule commonly reads that no column supplies: the user gives a column or a value for
  /// every row, or `check` refuses the rule that reads it.
  static let ruleFields: [LayoutField] = [.onCampus, .veteran, .practical, .credits, .courseType, .college]

  /// Each vocabulary header a file has for the field, in the vocabulary's order.
  func candidates(for field: LayoutField) -> [String] {
    let all = Set(files.flatMap(\.header))
    return (LayoutGuess.headers[field] ?? []).filter { all.contains($0) }
  }

  /// The headers for a field, as alternatives across files, and the other candidates a file also has
  /// (which the suggestion names rather than choosing silently). A time column must be filled on every
  /// sampled row to be a `time` (支付时间 is empty until an order is paid); one that is not is passed over
  /// for one that is.
  func choose(_ field: LayoutField) -> (sources: [[String]], passedOver: [String]) {
    var names = candidates(for: field)
    if field == .time || field == .createdAt || field == .registeredAt {
      let filled = names.filter { blanks($0) == 0 }
      if !filled.isEmpty { names = filled + names.filter { !filled.contains($0) } }
    }
    var sources: [[String]] = []
    var passed: [String] = []
    for f in files {
      guard let first = names.first(where: f.header.contains) else { continue }
      if !sources.contains([first]) { sources.append([first]) }
      for other in names where other != first && f.header.contains(other) && !passed.contains(other) {
        passed.append(other)
      }
    }
    // Alternatives in the vocabulary's order, whatever the files' order.
    sources.sort { a, b in (names.firstIndex(of: a[0]) ?? 0) < (names.firstIndex(of: b[0]) ?? 0) }
    return (sources, passed.filter { p in !sources.contains([p]) })
  }

  /// How many sampled rows leave the column empty.
  func blanks(_ header: String) -> Int {
    files.reduce(0) { n, f in
      guard let at = f.header.firstIndex(of: header) else { return n }
      return n + f.rows.filter { at >= $0.count || $0[at].isEmpty }.count
    }
  }

  /// `# not read: 备注 (3 values: 缓考 ×12, 缺考 ×3, 已复核 ×1)`: each column no field took, with what it
  /// holds, so a map or an `unless` can be written without opening the file.
  func unread(_ used: Set<String>) -> String {
    var out = ""
    var seen: Set<String> = []
    for f in files {
      for (at, h) in f.header.enumerated() where !used.contains(h) && !h.isEmpty && seen.insert(h).inserted {
        var counts: [String: Int] = [:]
        for g in files {
          guard let k = g.header.firstIndex(of: h) else { continue }
          for row in g.rows where k < row.count { counts[row[k], default: 0] += 1 }
        }
        _ = at
        let ordered = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        // Values are shown for a column of a few repeated texts (a status, a reason), not for names.
        let rows = counts.values.reduce(0, +)
        let shown =
          counts.count > 8 || (counts.count > 3 && counts.count * 3 > rows)
          ? lang("%1 distinct values", String(counts.count))
          : ordered.map { "\($0.key.isEmpty ? lang("(blank)") : $0.key) ×\($0.value)" }.joined(separator: ", ")
        out += "# " + lang("not read: %1 (%2)", h, shown) + "\n"
      }
    }
    return out
  }
}
