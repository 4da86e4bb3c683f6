/// `{"diagnostics":[{"file","line","column","severity","code","message",…}]}`.
enum DiagnosticJSON {
  static func render(_ diagnostics: [Diagnostic], files: [String: SourceFile]) -> String {
    let items: [JSONValue] = diagnostics.map { d in
      var line = d.line ?? 0, column = 0, endLine = 0, endColumn = 0
      if let r = d.range, let f = files[d.file] {
        (line, column) = f.location(of: r.start)
        (endLine, endColumn) = f.location(of: r.end)
      }
      return .object([
        ("file", .string(d.file)),
        ("line", .int(line)),
        ("column", .int(column)),
        ("endLine", .int(endLine)),
        ("endColumn", .int(endColumn)),
        ("severity", .string(d.severity.rawValue)),
        ("code", .string(d.code.rawValue)),
        ("message", .string(d.message)),
        ("notes", .array(d.notes.map { .string($0.message) })),
        (
          "fixIts",
          .array(
            d.fixIts.map { .object([("message", .string($0.message)), ("replacement", .string($0.replacement))]) }
          )
        ),
      ])
    }
    return JSONValue.object([("diagnostics", .array(items))]).render() + "\n"
  }
}
