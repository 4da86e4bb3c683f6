/// Every name a workflow declares, by namespace, with the first declaration's name range.
/// Steps and payments share one namespace because both can be scheduled and depended on.
struct SymbolTable {
  var owners: [String: Name] = [:]
  var audiences: [String: Name] = [:]
  var schedulables: [String: Name] = [:]
  var rules: [String: Name] = [:]
  var policies: [String: Name] = [:]
  var contacts: [String: Name] = [:]
  var terms: [TermDecl] = []
  var workflowName: Name?

  /// The closest known name, for "did you mean" notes: shortest edit distance, at most 2 edits
  /// (or 1 for names of up to three characters).
  static func suggestion(for name: String, among candidates: some Sequence<String>) -> String? {
    let limit = name.count <= 3 ? 1 : 2
    var best: (String, Int)?
    for c in candidates.sorted() {
      let d = editDistance(name, c)
      if d <= limit, d < (best?.1 ?? Int.max) { best = (c, d) }
    }
    return best?.0
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    for i in 1...a.count {
      var cur = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      prev = cur
    }
    return prev[b.count]
  }
}
