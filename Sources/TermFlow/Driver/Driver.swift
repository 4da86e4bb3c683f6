/// The public entry points. The `termflow` executable turns arguments into one of these calls; golden
/// tests call them directly. None of them touches the file system: inputs come in as `SourceFile`s.
public enum Driver {
  /// termflow's version, as `termflow version` and SARIF's tool driver print it.
  public static let version = "0.1.0"

  /// `termflow check FILE...`: syntax and meaning. Exit 0 when clean (warnings allowed), 1 on any error.
  public static func check(_ files: [SourceFile], format: DiagnosticFormat, lang: Language = .en) -> CommandOutput {
    let together = checkTogether(files)
    let (all, byName) = (together.diagnostics, together.files)
    let errors = all.filter { $0.severity == .error }.count
    let warnings = all.filter { $0.severity == .warning }.count
    let code: Int32 = errors > 0 ? 1 : 0
    switch format {
    case .json:
      return CommandOutput(stdout: DiagnosticJSON.render(all, files: byName), exitCode: code)
    case .sarif:
      return CommandOutput(stdout: DiagnosticSARIF.render(all, files: byName, version: version), exitCode: code)
    case .github:
      return CommandOutput(stdout: DiagnosticGitHub.render(all, files: byName), exitCode: code)
    case .text:
      var out = DiagnosticRenderer(files: byName).render(all)
      let fileWord = files.count == 1 ? "file" : "files"
      if lang == .zh {
        out += "已检查 \(files.count) 个文件：" + (all.isEmpty ? "没有问题" : "\(errors) 个错误，\(warnings) 个警告") + "\n"
      } else if all.isEmpty {
        out += "checked \(files.count) \(fileWord): no problems\n"
      } else {
        out +=
          "checked \(files.count) \(fileWord): \(Language.en.count(errors, "error")), \(Language.en.count(warnings, "warning"))\n"
      }
      return CommandOutput(stdout: out, exitCode: code)
    }
  }

  /// `termflow fmt`: the canonical text, or nil with diagnostics when the file does not parse.
  public static func format(_ file: SourceFile) -> (text: String?, output: CommandOutput) {
    let sink = DiagnosticSink(file: file.name)
    let w = Parser.parse(file, sink: sink)
    let errors = sink.diagnostics.filter { $0.severity == .error }.sorted(by: Diagnostic.sortKey)
    guard errors.isEmpty else {
      return (nil, CommandOutput(stderr: DiagnosticRenderer(files: [file.name: file]).render(errors), exitCode: 1))
    }
    return (Formatter.format(w, file: file), CommandOutput())
  }

  /// The AST dump used by the parse goldens, with the parser's diagnostics.
  public static func dumpAST(_ file: SourceFile) -> CommandOutput {
    let sink = DiagnosticSink(file: file.name)
    let w = Parser.parse(file, sink: sink)
    let ds = sink.diagnostics.sorted(by: Diagnostic.sortKey)
    return CommandOutput(
      stdout: ASTDumper.dump(w, file: file),
      stderr: DiagnosticRenderer(files: [file.name: file]).render(ds),
      exitCode: ds.contains { $0.severity == .error } ? 1 : 0
    )
  }

  /// Diagnostics as text for stderr, for the commands whose stdout is something else.
  static func renderForStderr(_ a: Analysis) -> String {
    DiagnosticRenderer(files: a.files).render(a.diagnostics)
  }
}
