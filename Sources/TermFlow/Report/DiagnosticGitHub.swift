/// `check --format github`: one workflow command per diagnostic (`::error file=…,line=…,col=…::message`),
/// which GitHub Actions turns into annotations on the pull request's lines. Notes and fix-its follow
/// the message on lines of their own, as the annotation's body.
enum DiagnosticGitHub {
  static func render(_ diagnostics: [Diagnostic], files: [String: SourceFile]) -> String {
    var out = ""
    for d in diagnostics {
      var props = ["file=\(property(d.file))"]
      if let r = d.range, let f = files[d.file] {
        let (l, c) = f.location(of: r.start)
        let (el, ec) = f.location(of: r.end)
        props += ["line=\(l)", "endLine=\(el)", "col=\(c)", "endColumn=\(ec)"]
      } else if let l = d.line {
        props.append("line=\(l)")
      }
      props.append("title=\(property(d.code.rawValue))")
      var body = d.message
      for n in d.notes { body += "\nnote: \(n.message)" }
      for f in d.fixIts { body += "\nfix-it: \(f.message)" }
      let command = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
      out += "::\(command) \(props.joined(separator: ","))::\(data(body))\n"
    }
    return out
  }

  /// A message, escaped as the runner reads it back: `%`, CR and LF.
  static func data(_ s: String) -> String {
    s.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
  }

  /// A property value, escaped as the runner reads it back: also `:` and `,`.
  static func property(_ s: String) -> String {
    s.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
  }
}

extension String {
  /// Each character replaced by its entry in `map`, in one pass (so `%` is never escaped twice).
  func replacingAll(_ map: [Character: String]) -> String {
    var out = ""
    for c in self {
      if let r = map[c] { out += r } else { out.append(c) }
    }
    return out
  }
}
