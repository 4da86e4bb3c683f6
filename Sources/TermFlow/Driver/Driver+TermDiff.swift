extension Driver {
  /// `termflow diff OLDDIR NEWDIR`: two terms' folders (last term's and the rolled one), file by file
  /// by their path in the folder: each pair as `diff` shows it, and the files only one side has.
  public static func diffFolders(
    _ old: [(path: String, file: SourceFile)],
    _ new: [(path: String, file: SourceFile)],
    format: DiffFormat,
    lang: Language = .en
  ) -> CommandOutput {
    let before = Dictionary(old.map { ($0.path, $0.file) }, uniquingKeysWith: { a, _ in a })
    let after = Dictionary(new.map { ($0.path, $0.file) }, uniquingKeysWith: { a, _ in a })
    var text = "", stderr = ""
    var parts: [String] = []
    var code: Int32 = 0
    for path in Set(before.keys).union(after.keys).sorted() {
      switch (before[path], after[path]) {
      case (let a?, let b?):
        let out = diff(a, b, format: format, lang: lang)
        stderr += out.stderr
        code = max(code, out.exitCode)
        if format == .json {
          parts.append(
            "{\"file\": \(JSONValue.string(path).render(pretty: false)), \"diff\": \(out.stdout.isEmpty ? "null" : out.stdout)}"
          )
        } else {
          text += "== \(path)\n" + out.stdout + "\n"
        }
      case (_?, nil):
        if format == .json {
          parts.append("{\"file\": \(JSONValue.string(path).render(pretty: false)), \"removed\": true}")
        } else {
          text += "== \(path): removed\n\n"
        }
      case (nil, _?):
        if format == .json {
          parts.append("{\"file\": \(JSONValue.string(path).render(pretty: false)), \"added\": true}")
        } else {
          text += "== \(path): added\n\n"
        }
      case (nil, nil): break
      }
    }
    let stdout = format == .json ? "[\n" + parts.joined(separator: ",\n") + "\n]\n" : text
    return CommandOutput(stdout: stdout, stderr: stderr, exitCode: code)
  }
}
