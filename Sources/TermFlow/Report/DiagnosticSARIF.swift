/// `check --format sarif`: SARIF 2.1.0, the format code-scanning services (GitHub, GitLab, Azure DevOps)
/// read. One run; a result per diagnostic with its rule (the code), level, message and region; notes as
/// related locations; fix-its as fixes. Columns count Unicode code points, as `check`'s do, and the run
/// says so (`columnKind`), since the workflows are full of CJK.
enum DiagnosticSARIF {
  static func render(_ diagnostics: [Diagnostic], files: [String: SourceFile], version: String) -> String {
    func region(_ file: String, _ r: SourceRange?, line: Int?) -> JSONValue? {
      guard let r, let f = files[file] else {
        return line.map { .object([("startLine", .int(max(1, $0)))]) }
      }
      let (l, c) = f.location(of: r.start)
      let (el, ec) = f.location(of: r.end)
      return .object([("startLine", .int(l)), ("startColumn", .int(c)), ("endLine", .int(el)), ("endColumn", .int(ec))])
    }
    func location(_ file: String, _ r: SourceRange?, line: Int?, message: String? = nil) -> JSONValue {
      var physical: [(String, JSONValue)] = [("artifactLocation", .object([("uri", .string(uri(file)))]))]
      if let reg = region(file, r, line: line) { physical.append(("region", reg)) }
      var kv: [(String, JSONValue)] = [("physicalLocation", .object(physical))]
      if let message { kv.append(("message", .object([("text", .string(message))]))) }
      return .object(kv)
    }
    let rules = Array(Set(diagnostics.map(\.code.rawValue))).sorted()
    let results: [JSONValue] = diagnostics.map { d in
      var kv: [(String, JSONValue)] = [
        ("ruleId", .string(d.code.rawValue)),
        ("ruleIndex", .int(rules.firstIndex(of: d.code.rawValue) ?? -1)),
        ("level", .string(level(d.severity))),
        ("message", .object([("text", .string(d.message))])),
        ("locations", .array([location(d.file, d.range, line: d.line)])),
      ]
      if !d.notes.isEmpty {
        kv.append(
          (
            "relatedLocations",
            .array(
              d.notes.enumerated().map { i, n in
                var loc = location(d.file, n.range, line: n.range == nil ? d.line : nil, message: n.message)
                if case .object(var o) = loc {
                  o.insert(("id", .int(i)), at: 0)
                  loc = .object(o)
                }
                return loc
              }
            )
          )
        )
      }
      if !d.fixIts.isEmpty {
        kv.append(
          (
            "fixes",
            .array(
              d.fixIts.map { f in
                .object([
                  ("description", .object([("text", .string(f.message))])),
                  (
                    "artifactChanges",
                    .array([
                      .object([
                        ("artifactLocation", .object([("uri", .string(uri(d.file)))])),
                        (
                          "replacements",
                          .array([
                            .object([
                              ("deletedRegion", region(d.file, f.range, line: nil) ?? .object([])),
                              ("insertedContent", .object([("text", .string(f.replacement))])),
                            ])
                          ])
                        ),
                      ])
                    ])
                  ),
                ])
              }
            )
          )
        )
      }
      return .object(kv)
    }
    let driver: JSONValue = .object([
      ("name", .string("termflow")),
      ("version", .string(version)),
      ("rules", .array(rules.map { .object([("id", .string($0))]) })),
    ])
    return JSONValue.object([
      ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", .string("2.1.0")),
      (
        "runs",
        .array([
          .object([
            ("tool", .object([("driver", driver)])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
          ])
        ])
      ),
    ]).render() + "\n"
  }

  static func level(_ s: Diagnostic.Severity) -> String {
    switch s {
    case .error: return "error"
    case .warning: return "warning"
    default: return "note"
    }
  }

  /// A file name as a relative URI reference: every byte outside the URI's unreserved set and `/` is
  /// percent-encoded (CJK file names included, as UTF-8), so any SARIF reader resolves it.
  static func uri(_ name: String) -> String {
    var out = ""
    let hex = Array("0123456789ABCDEF")
    for b in name.utf8 {
      let c = Character(Unicode.Scalar(b))
      if b < 0x80, c.isLetter || c.isNumber || "-._~/".contains(c) {
        out.append(c)
      } else {
        out += "%" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 0xF)])
      }
    }
    return out
  }
}
