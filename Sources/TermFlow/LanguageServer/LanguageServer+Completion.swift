/// Completion: what may be written at the cursor, read from the line so far and the block around it
/// (from the text, so it works while the file does not parse): keywords for the block, owner, step and
/// audience names where a statement takes them, and the rule subject's fields in conditions.
extension LanguageServer {
  static let keywords: [String: [String]] = [
    "": [
      "workflow", "term", "owner", "audience", "contact", "step", "payment", "rule", "policy", "table", "values",
      "grades", "use", "notice",
    ],
    "notice": ["issuer", "number", "to", "preamble", "attachment", "signed", "copy"],
    "term": [
      "week 1 starts", "weeks", "opens", "closes", "holidays official", "holidays none", "holiday", "break", "workday",
      "swap",
      "working hours",
    ],
    "step": [
      "title", "owner", "note", "audience", "deliver", "start", "due", "on", "after",
      "postpone to next working day", "allow day off", "require",
    ],
    "payment": [
      "title", "owner", "note", "audience", "window", "channel", "fee", "first retake free", "exempt",
      "batch at most", "limit", "release after", "repay after", "sync lag", "clear unpaid registrations", "after",
      "postpone to next working day", "allow day off",
    ],
    "rule": ["title", "note", "for", "let", "when", "warn", "error", "task", "notify", "due"],
    "policy": ["title", "owner", "note", "audience", "deliver", "require"],
    // Every table's fields, once each (the block's own table is not read from the text here).
    "table": ["header row", "skip rows", "todo"]
      + LayoutField.allCases.map(\.rawValue).reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
  ]

  func completion(_ doc: Document, at offset: Int) -> JSONValue? {
    let bytes = doc.file.bytes
    let lineStart = doc.file.lineStart(of: offset)
    let line = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self)
    let prefix = line.drop { $0 == " " || $0 == "\t" }
    let words = prefix.split(separator: " ").map(String.init)
    let typing = !prefix.hasSuffix(" ")
    let complete = typing ? Array(words.dropLast()) : words
    let (block, blockStart) = Self.enclosingBlock(bytes, offset)
    // LSP CompletionItemKind: Function 3, Field 5, Class 7, Keyword 14, Reference 18, Event 23.
    func items(_ names: [String], kind: Int, detail: (String) -> String? = { _ in nil }) -> JSONValue {
      .array(
        names.map { n in
          var kv: [(String, JSONValue)] = [("label", .string(n)), ("kind", .int(kind))]
          if let d = detail(n) { kv.append(("detail", .string(d))) }
          return .object(kv)
        }
      )
    }
    let index = doc.index
    func names(_ space: NameIndex.Space, keyword: String? = nil) -> [String] {
      index.symbols.filter { $0.space == space && (keyword == nil || $0.keyword == keyword) }.map(\.name.text)
    }
    guard let first = complete.first else {
      return items(Self.keywords[block] ?? [], kind: 14)
    }
    let owners = items(names(.owner), kind: 7) { _ in "owner" }
    let steps = items(names(.step), kind: 23) { n in index.definition(.step, n)?.keyword }
    switch first {
    case "owner": return complete.count == 1 ? owners : .array([])
    case "deliver", "clear": return complete.last == "to" || complete.last == "by" ? owners : .array([])
    case "notify": return complete.last == "before" ? steps : complete.count == 1 ? owners : .array([])
    case "after": return steps
    case "audience", "exempt": return items(names(.audience), kind: 7) { _ in "audience" }
    case "channel": return complete.last == "for" ? items(names(.audience), kind: 7) : .array([])
    case "start", "due", "on", "window": return complete.last == "after" ? steps : .array([])
    case "for" where block == "rule":
      if complete.last == "of" { return items(names(.step, keyword: "payment"), kind: 23) { _ in "payment" } }
      return items(["student", "course", "registration", "order", "record", "bill"], kind: 14) { _ in "subject" }
    case "task" where complete.count == 1: return owners
    case "when", "let", "warn", "error", "task":
      guard first == "when" || first == "let" || complete.contains("when") || complete.contains("where") else {
        return .array([])
      }
      return fields(doc, blockStart: blockStart)
    default: return .array([])
    }
  }

  /// The rule subject's fields, the constants, the rule's own `let`s and the functions.
  private func fields(_ doc: Document, blockStart: Int) -> JSONValue {
    var subject: String?
    var lets: [String] = []
    for case .rule(let b) in doc.analysis.workflow.decls
    where b.range.start <= blockStart + 1 && b.range.end >= blockStart {
      for s in b.items {
        if case .forEach(let ns, _) = s.kind { subject = RuleVocabulary.subject(for: ns.map(\.text)) }
        if case .letBinding(let n, _) = s.kind { lets.append(n.text) }
      }
    }
    var out: [JSONValue] = []
    for (name, type) in (subject.flatMap { RuleVocabulary.subjects[$0] } ?? [:]).sorted(by: { $0.key < $1.key }) {
      let meaning = RuleVocabulary.meaning(name, subject: subject) ?? ""
      out.append(.object([("label", .string(name)), ("kind", .int(5)), ("detail", .string("\(type): \(meaning)"))]))
    }
    for (name, type) in RuleVocabulary.constants.sorted(by: { $0.key < $1.key }) {
      out.append(.object([("label", .string(name)), ("kind", .int(21)), ("detail", .string(type.description))]))
    }
    for l in lets { out.append(.object([("label", .string(l)), ("kind", .int(6)), ("detail", .string("let"))])) }
    for f in ["count", "any", "none"] { out.append(.object([("label", .string(f)), ("kind", .int(3))])) }
    return .array(out)
  }

  /// The kind of block the offset is inside (`step`, `rule`, `term`, … or "" at the top level) and
  /// where its keyword starts, read from the text: braces outside strings and comments.
  static func enclosingBlock(_ bytes: [UInt8], _ offset: Int) -> (String, Int) {
    var depth = 0
    var current = ("", 0)
    var lineStart = 0
    var i = 0
    var inString = false
    while i < min(offset, bytes.count) {
      let b = bytes[i]
      if inString {
        if b == UInt8(ascii: "\"") || b == 0x0A { inString = false }
      } else if b == UInt8(ascii: "\"") {
        inString = true
      } else if b == UInt8(ascii: "#") {
        while i < bytes.count, bytes[i] != 0x0A { i += 1 }
        continue
      } else if b == UInt8(ascii: "{") {
        if depth == 0 {
          let line = String(decoding: bytes[lineStart..<i], as: UTF8.self).trimmingCharacters(in: .whitespaces)
          current = (String(line.prefix { $0 != " " }), lineStart)
        }
        depth += 1
      } else if b == UInt8(ascii: "}") {
        depth = max(0, depth - 1)
        if depth == 0 { current = ("", 0) }
      }
      if b == 0x0A { lineStart = i + 1 }
      i += 1
    }
    return depth == 0 ? ("", 0) : current
  }
}
