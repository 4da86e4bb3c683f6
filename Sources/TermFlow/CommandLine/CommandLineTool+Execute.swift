import Foundation

extension CommandLineTool {
  /// Runs one command and returns what to print and the exit code. Only argument handling and file I/O
  /// live here; everything else is a `Driver` call.
  static func execute(_ command: Command, lang: Language) -> CommandOutput {
    switch command {
    case .help: return CommandOutput(stdout: Usage.text)
    case .version: return CommandOutput(stdout: "termflow \(Driver.version)\n")
    case .check(let paths, let format):
      // A folder is the term's workflows: every .flow under it, checked together.
      let (found, failure) = readWorkflows(paths)
      if let failure { return failure }
      let files = found.map(\.file)
      return Driver.check(files, format: format, lang: lang)
    case .fmt(let paths, let write, let check):
      var result = CommandOutput()
      for p in paths {
        let read = readSource(p)
        guard let f = read.file else { return read.failure }
        let (text, out) = Driver.format(f)
        result.stderr += out.stderr
        guard let text else {
          result.exitCode = 1
          continue
        }
        let original = String(decoding: f.bytes, as: UTF8.self)
        if check {
          if text != original {
            result.stdout += "\(p): not formatted\n"
            result.exitCode = 1
          }
        } else if write {
          if text != original {
            do { try FileIO.writeAtomically(text, to: p, gb18030: f.readAsGB18030) } catch {
              result.stderr += "termflow: \(error)\n"
              result.exitCode = 1
            }
          }
        } else {
          result.stdout += text
        }
      }
      return result
    case .calendar(let path, let from, let to, let format):
      var file: SourceFile?
      if let path {
        let read = readSource(path)
        guard let f = read.file else { return read.failure }
        file = f
      }
      return Driver.calendar(file: file, from: from, to: to, format: format, lang: lang)
    case .ownerCalendars(let paths, let output):
      let (found, failure) = readWorkflows(paths)
      if let failure { return failure }
      let files = found.map(\.file)
      switch Driver.ownerCalendars(files: files) {
      case .failure(let out): return out
      case .success(let calendars):
        do {
          try FileIO.makeFolder(output)
          for c in calendars { try FileIO.writeAtomically(c.ics, to: output + "/" + c.file) }
        } catch {
          return CommandOutput(stderr: "termflow: \(error)\n", exitCode: 1)
        }
        return CommandOutput(stderr: calendars.map { "wrote \(output)/\($0.file)\n" }.joined())
      }
    case .weekCalendar(let paths, let format, let today, let output, let wide):
      let (found, failure) = readWorkflows(paths)
      if let failure { return failure }
      let files = found.map(\.file)
      if format == .docx {
        guard let output else { return .usage("--format docx writes a Word document: give --output FILE.docx") }
        let (bytes, out) = Driver.weekCalendarDocument(files: files)
        guard let bytes else { return out }
        do { try FileIO.writeAtomically(bytes: bytes, to: output) } catch {
          return CommandOutput(stderr: out.stderr + "termflow: \(error)\n", exitCode: 1)
        }
        return out
      }
      let out = Driver.weekCalendar(files: files, format: format, today: today, wide: wide)
      guard let output, out.exitCode == 0 else { return out }
      if paths.contains(where: { FileIO.sameFile(output, $0) }) {
        return .usage("timeline never writes its input: '\(output)'")
      }
      do { try FileIO.writeAtomically(out.stdout, to: output) } catch {
        return CommandOutput(stderr: out.stderr + "termflow: \(error)\n", exitCode: 1)
      }
      return CommandOutput(stderr: out.stderr)
    case .timeline(let path, let today, nil, nil, let format, let output, let wide) where FileIO.isFolder(path):
      // A term's folder: its 周历, as `--by week` gives it.
      guard let weekly = Driver.WeekCalendarFormat(rawValue: format.rawValue) else {
        return .usage("a term folder's timeline is its 周历 (text, md, html, docx) or --by owner --format ics")
      }
      return execute(.weekCalendar(paths: [path], format: weekly, today: today, output: output, wide: wide), lang: lang)
    case .timeline(let path, let today, let owner, let done, let format, let output, let wide):
      return withWorkflow(path) { f in
        guard let output else {
          return Driver.timeline(
            file: f,
            today: today,
            owner: owner,
            done: done,
            format: format,
            wide: wide,
            lang: lang
          )
        }
        if FileIO.sameFile(output, path) { return .usage("timeline never writes its input: '\(output)' is '\(path)'") }
        let bytes: [UInt8]
        var out: CommandOutput
        if format == .docx {
          let (b, o) = Driver.timelineDocument(file: f, owner: owner)
          guard let b else { return o }
          (bytes, out) = (b, o)
        } else {
          out = Driver.timeline(file: f, today: today, owner: owner, done: done, format: format, lang: lang)
          guard out.exitCode == 0 else { return out }
          bytes = Array(out.stdout.utf8)
          out.stdout = ""
        }
        do { try FileIO.writeAtomically(bytes: bytes, to: output) } catch {
          return CommandOutput(stderr: out.stderr + "termflow: \(error)\n", exitCode: 1)
        }
        return out
      }
    case .explainStep(let path, let step):
      return withWorkflow(path) { Driver.explainStep(file: $0, step: step, lang: lang) }
    case .run(let path, let state, let today, let encoding, let format, _, let output, let wide)
    where FileIO.isFolder(path):
      // A term folder: every workflow over the same exports, one task list per office.
      let (found, failure) = readWorkflows([path])
      if let failure { return failure }
      let files = found.map(\.file)
      let stateFiles: StateFiles
      do { stateFiles = try FileIO.readState(state) } catch {
        return CommandOutput(stderr: "termflow: \(error)\n", exitCode: 1)
      }
      var out = Driver.runTerm(
        files: files,
        state: stateFiles,
        stateFolder: state,
        today: today,
        encoding: encoding,
        format: format,
        wide: wide,
        lang: lang
      )
      guard let output, !out.stdout.isEmpty else { return out }
      do { try FileIO.writeAtomically(out.stdout, to: output) } catch {
        return CommandOutput(stderr: out.stderr + "termflow: \(error)\n", exitCode: 1)
      }
      out.stdout = ""
      return out
    case .run(let path, let state, let today, let encoding, let format, let failOn, let output, let wide):
      return withWorkflow(path, state: state) { f, files in
        var out = Driver.run(
          file: f,
          state: files,
          stateFolder: state,
          today: today,
          encoding: encoding,
          format: format,
          failOn: failOn,
          wide: wide,
          lang: lang
        )
        guard let output, !out.stdout.isEmpty else { return out }
        if FileIO.sameFile(output, path) { return .usage("run never writes its input: '\(output)' is '\(path)'") }
        do { try FileIO.writeAtomically(out.stdout, to: output) } catch {
          return CommandOutput(stderr: out.stderr + "termflow: \(error)\n", exitCode: 1)
        }
        out.stdout = ""
        return out
      }
    case .explainStudent(let path, let state, let student, let course, let today, let encoding):
      return withWorkflow(path, state: state) { f, files in
        Driver.explainStudent(
          file: f,
          state: files,
          stateFolder: state,
          student: student,
          course: course,
          today: today,
          encoding: encoding,
          lang: lang
        )
      }
    case .inspectState(let folder, let encoding):
      guard let files = try? FileIO.readState(folder) else {
        return CommandOutput(stderr: "termflow: '\(folder)' is not a folder\n", exitCode: 1)
      }
      return Driver.inspectState(files: files, folder: folder, encoding: encoding, lang: lang)
    case .roll(let path, let term, let weekOne, let output) where FileIO.isFolder(path):
      // A term folder, rolled whole into a new folder.
      guard let output else { return .usage("roll of a folder writes a new folder: give --output NEWDIR") }
      let (files, failure) = readWorkflows([path])
      if let failure { return failure }
      let (rolled, out) = Driver.rollFolder(files, term: term, weekOne: weekOne, lang: lang)
      guard let rolled else { return out }
      do { try FileIO.writeFolderAtomically(rolled, to: output) } catch {
        return CommandOutput(stderr: out.stderr + "termflow: \(error)\n", exitCode: 1)
      }
      return CommandOutput(stderr: out.stderr + "rolled \(rolled.count) files into \(output)\n", exitCode: out.exitCode)
    case .roll(let path, let term, let weekOne, let output):
      return withWorkflow(path) { f in
        let (text, out) = Driver.roll(f, term: term, weekOne: weekOne, outputName: output ?? "<stdout>", lang: lang)
        guard let text else { return out }
        guard let output else { return CommandOutput(stdout: text, stderr: out.stderr, exitCode: out.exitCode) }
        if FileIO.sameFile(output, path) {
          return .usage("roll never writes its input: '\(output)' is '\(path)'")
        }
        do { try FileIO.writeAtomically(text, to: output, gb18030: f.readAsGB18030) } catch {
          return CommandOutput(stderr: out.stderr + "termflow: \(error)\n", exitCode: 1)
        }
        return out
      }
    case .diff(let old, let new, let format) where FileIO.isFolder(old) && FileIO.isFolder(new):
      // Two terms' folders, file by file.
      let (a, fa) = readWorkflows([old])
      if let fa { return fa }
      let (b, fb) = readWorkflows([new])
      if let fb { return fb }
      return Driver.diffFolders(a, b, format: format, lang: lang)
    case .diff(let old, let new, let format):
      return withWorkflow(old) { o in withWorkflow(new) { n in Driver.diff(o, n, format: format, lang: lang) } }
    case .importNotice(let path, let term, let weekOne):
      return withWorkflow(path) { Driver.importNotice($0, term: term, weekOne: weekOne, lang: lang) }
    case .test(let paths):
      var files: [SourceFile] = []
      for p in paths {
        guard let found = FileIO.files(under: p, ending: ".flowtest") else {
          return CommandOutput(stderr: "termflow: cannot read '\(p)'\n", exitCode: 1)
        }
        for f in found {
          let read = readSource(f)
          guard let s = read.file else { return read.failure }
          files.append(s)
        }
      }
      guard !files.isEmpty else {
        return CommandOutput(
          stderr: "termflow: no *.flowtest files under \(paths.joined(separator: " "))\n",
          exitCode: 1
        )
      }
      return Driver.test(
        files,
        loading: Driver.TestFiles(
          workflow: { test, path in try? FileIO.readSource(FileIO.relative(path, to: test)) },
          state: { test, path in try? FileIO.readState(FileIO.relative(path, to: test)) }
        ),
        lang: lang
      )
    case .lsp:
      return CommandOutput(exitCode: serveLanguageServer(lang: lang))
    case .dumpAST(let path):
      return withWorkflow(path) { Driver.dumpAST($0) }
    }
  }
}
