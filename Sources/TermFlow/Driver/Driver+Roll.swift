extension Driver {
  /// `termflow roll FILE --term ID --week1 DATE`: next term's workflow text, with a `# CHECK:` comment
  /// above every date a person must confirm; the same findings, and the rolled file's own warnings,
  /// go to stderr. `outputName` names the result in those messages. Nil text when the input has errors
  /// (they are the output) or the new term is unusable.
  public static func roll(
    _ file: SourceFile,
    term: String,
    weekOne: String,
    outputName: String,
    lang: Language = .en,
    rolledLoader: SourceLoader? = nil
  ) -> (text: String?, output: CommandOutput) {
    guard let monday = CivilDate(iso: weekOne) else {
      return (nil, .usage("--week1 must be a date such as 2019-09-02, not '\(weekOne)'"))
    }
    guard monday.weekday == 1 else {
      let m = monday.adding(days: 1 - monday.weekday)
      return (
        nil,
        .usage(
          "--week1 must be a Monday: \(monday) is \(ChineseNumerals.weekdayName(monday.weekday)) (that week's Monday is \(m))"
        )
      )
    }
    guard term.utf8.allSatisfy({ $0 > 0x20 && $0 != 0x22 && $0 != 0x7B && $0 != 0x7D && $0 != 0x23 }), !term.isEmpty
    else {
      return (nil, .usage("--term must be a term name such as 2019-2020-1, not '\(term)'"))
    }
    let a = Analysis(file: file)
    guard !a.hasErrors else {
      return (nil, CommandOutput(stderr: renderForStderr(a), exitCode: 1))
    }
    guard let cal = a.calendar, let oldMonday = cal.weekOneMonday else {
      return (
        nil, CommandOutput(stderr: "termflow: \(file.name) has no term with a week 1 to roll from\n", exitCode: 1)
      )
    }
    let roll = TermRoll(
      file: file,
      workflow: a.workflow,
      oldMonday: oldMonday,
      newMonday: monday,
      newTerm: term,
      oldCalendar: cal
    )
    let (edits, notes) = roll.edits()
    var moved = SourceFile(name: outputName, text: SourceEdit.apply(edits, to: file.bytes))
    // A term folder's files are checked against the rolled term file, not the old one.
    moved.loader = rolledLoader ?? file.loader
    let checks = RollChecks.find(in: Analysis(file: moved), oldCalendar: cal, shift: roll.shift)
    // One comment line per finding, above the statement, indented as it is.
    let comments = checks.map {
      SourceEdit(
        range: SourceRange(moved.lineStart(of: $0.statement), moved.lineStart(of: $0.statement)),
        text: moved.indentation(of: $0.statement) + "# CHECK: " + $0.message(lang) + "\n"
      )
    }
    var final = SourceFile(name: outputName, text: SourceEdit.apply(comments, to: moved.bytes))
    final.loader = rolledLoader ?? file.loader
    let result = Analysis(file: final)
    var diagnostics = result.diagnostics
    for f in RollChecks.find(in: result, oldCalendar: cal, shift: roll.shift) {
      diagnostics.append(Diagnostic(RollDiagnostics.finding(f.message()), file: outputName, range: f.range))
    }
    diagnostics.sort(by: Diagnostic.sortKey)
    var err = notes.map { "termflow: roll: \($0)\n" }.joined()
    err += DiagnosticRenderer(files: result.files).render(diagnostics)
    let text = String(decoding: final.bytes, as: UTF8.self)
    return (text, CommandOutput(stderr: err, exitCode: result.hasErrors ? 1 : 0))
  }
}

extension Driver {
  /// `roll DIR --term ID --week1 DATE --output NEWDIR`: a term folder rolled whole (the term file once,
  /// every workflow with it). Each file is rolled, then rolled again against the others' rolled text,
  /// so a workflow that uses the term file is checked against the new term. The files by their path
  /// in the folder, with the rolled text; nil (and the output) when any cannot be rolled.
  public static func rollFolder(
    _ files: [(path: String, file: SourceFile)],
    term: String,
    weekOne: String,
    lang: Language = .en
  ) -> (files: [(path: String, text: String)]?, output: CommandOutput) {
    func loader(_ texts: [String: String], for path: String) -> SourceLoader {
      let dir = path.split(separator: "/").dropLast().joined(separator: "/")
      return SourceLoader { p in
        let key = dir.isEmpty ? p : dir + "/" + p
        return texts[key].map { SourceFile(name: key, text: $0) }
      }
    }
    var first: [String: String] = [:]
    for (path, f) in files {
      let (text, out) = roll(f, term: term, weekOne: weekOne, outputName: path, lang: lang)
      guard let text else { return (nil, out) }
      first[path] = text
    }
    var rolled: [(path: String, text: String)] = []
    var stderr = "", failed = false
    for (path, f) in files {
      let (text, out) = roll(
        f,
        term: term,
        weekOne: weekOne,
        outputName: path,
        lang: lang,
        rolledLoader: loader(first, for: path)
      )
      guard let text else { return (nil, out) }
      rolled.append((path, text))
      stderr += out.stderr
      failed = failed || out.exitCode != 0
    }
    return (rolled, CommandOutput(stderr: stderr, exitCode: failed ? 1 : 0))
  }
}
