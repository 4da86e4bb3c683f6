/// The fuzz targets' bodies (Tests/Fuzz calls them under libFuzzer; the test suite replays every
/// crash they found, and the committed corpus, through the same code). Each returns nil when the
/// input was handled as it must be, or what went wrong: a trap is the fuzzer's to find, a wrong
/// answer (fmt not idempotent) is returned.
public enum FuzzEntry {
  /// Bytes through the lexer and parser alone, and the tree printed.
  public static func parse(_ bytes: [UInt8]) -> String? {
    let file = SourceFile(name: "fuzz.flow", bytes: bytes)
    let sink = DiagnosticSink(file: file.name)
    _ = ASTDumper.dump(Parser.parse(file, sink: sink), file: file)
    return nil
  }

  /// Bytes as a workflow file, through everything `check` does, the diagnostics rendered both ways.
  public static func frontend(_ bytes: [UInt8]) -> String? {
    let file = SourceFile(name: "fuzz.flow", bytes: bytes)
    _ = Driver.check([file], format: .text)
    _ = Driver.check([file], format: .json)
    return nil
  }

  /// A file that parses formats to text that parses again and formats to itself.
  public static func format(_ bytes: [UInt8]) -> String? {
    guard let once = Driver.format(SourceFile(name: "fuzz.flow", bytes: bytes)).text else { return nil }
    guard let twice = Driver.format(SourceFile(name: "again.flow", text: once)).text else {
      return "fmt output does not parse:\n\(once)"
    }
    return twice == once ? nil : "fmt is not idempotent:\n\(once)\n---\n\(twice)"
  }

  /// Bytes as a notice: the draft `import` writes always parses (its problems are for `check` to
  /// name, never a syntax error of import's own making).
  public static func notice(_ bytes: [UInt8]) -> String? {
    let out = Driver.importNotice(FileIO.sourceFile("fuzz.txt", bytes), term: nil, weekOne: nil)
    // A notice in no known encoding is refused with a reason, and there is no draft.
    guard out.exitCode == 0 else { return out.stderr.isEmpty ? "refused without a reason" : nil }
    let sink = DiagnosticSink(file: "draft.flow")
    _ = Parser.parse(SourceFile(name: "draft.flow", text: out.stdout), sink: sink)
    let syntax = sink.diagnostics.filter { $0.severity == .error }
    return syntax.isEmpty ? nil : "the draft does not parse (\(syntax[0].message)):\n\(out.stdout)"
  }

  /// Bytes as a workflow rolled a year on: when the workflow checks, what roll writes checks too, and
  /// a diff of the two never traps.
  public static func roll(_ bytes: [UInt8]) -> String? {
    let file = SourceFile(name: "fuzz.flow", bytes: bytes)
    guard let text = Driver.roll(file, term: "2031-2032-1", weekOne: "2031-09-01", outputName: "r.flow").text else {
      return nil
    }
    let rolled = SourceFile(name: "r.flow", text: text)
    _ = Driver.diff(file, rolled, format: .json)
    let check = Driver.check([rolled], format: .text)
    return check.exitCode == 0 ? nil : "the rolled workflow does not check:\n\(check.stdout)\n\(text)"
  }

  /// Bytes as a document in the language server (and as a raw message): every feature asked at a spread
  /// of positions, and an edit, must answer without trapping.
  public static func lsp(_ bytes: [UInt8]) -> String? {
    var server = LanguageServer()
    _ = server.handle(bytes)
    _ = server.handle(Array("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{}}".utf8))
    let text = JSONValue.string(String(decoding: bytes, as: UTF8.self)).render(pretty: false)
    let doc = "{\"uri\":\"file:///f.flow\",\"version\":1,\"text\":\(text)}"
    _ = server.handle(
      Array("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":\(doc)}}".utf8)
    )
    let lines = bytes.filter { $0 == 0x0A }.count + 1
    for (k, method) in [
      "textDocument/hover", "textDocument/definition", "textDocument/references", "textDocument/completion",
      "textDocument/codeAction", "textDocument/formatting", "textDocument/documentSymbol",
    ].enumerated() {
      for line in stride(from: 0, to: min(lines, 40), by: 3) {
        let pos = "{\"line\":\(line),\"character\":\((line * 7 + k) % 30)}"
        let params =
          "{\"textDocument\":{\"uri\":\"file:///f.flow\"},\"position\":\(pos),\"range\":{\"start\":\(pos),\"end\":\(pos)},\"context\":{\"diagnostics\":[]}}"
        _ = server.handle(Array("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\(method)\",\"params\":\(params)}".utf8))
      }
    }
    let change =
      "{\"textDocument\":{\"uri\":\"file:///f.flow\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":1,\"character\":2},\"end\":{\"line\":0,\"character\":5}},\"text\":\"x\"}]}"
    _ = server.handle(Array("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":\(change)}".utf8))
    return nil
  }

  /// Bytes as an `.xlsx` workbook: read or refused with a reason, never a trap.
  public static func workbook(_ bytes: [UInt8]) -> String? {
    let r = bytes.withUnsafeBufferPointer { p in
      Result { () throws(Workbook.Failure) -> [UInt8] in try Workbook.csv(p, sheet: nil) }
    }
    if case .failure(.unreadable(let why)) = r, why.isEmpty { return "refused without a reason" }
    return nil
  }

  /// Bytes split at 0x00 into the five state tables (students, records, registrations, payments,
  /// bills, in the reference layout), loaded and run through retake, payment and bill rules: as JSON
  /// without a --today cut and as text with one.
  public static func state(_ bytes: [UInt8]) -> String? {
    let parts = bytes.split(separator: 0, maxSplits: 4, omittingEmptySubsequences: false)
    var files: [String: [UInt8]] = [:]
    for (k, name) in StateLoader.fileNames.enumerated() where k < parts.count { files[name] = Array(parts[k]) }
    _ = Driver.run(
      file: stateWorkflow,
      state: .memory(files),
      stateFolder: "s",
      today: nil,
      encoding: .auto,
      format: .json,
      failOn: .never
    )
    _ = Driver.run(
      file: stateWorkflow,
      state: .memory(files),
      stateFolder: "s",
      today: "2018-09-29T12:00",
      encoding: .auto,
      format: .text,
      failOn: .never
    )
    return nil
  }

  static let stateWorkflow = SourceFile(
    name: "fuzz.flow",
    text: """
      term 2018-2019-1 {
        week 1 starts 2018-09-03
        holidays official
      }
      owner student "学生"
      owner 计划财务处
      audience veterans "退伍军人"
      step 重修报名 {
        owner student
        start 9月23日（第3周星期日）
        due 9月28日（第4周星期五） 17:00
      }
      payment 重修费 {
        owner 计划财务处
        window 9月23日 .. 9月30日 17:00
        fee 80 per credit
        exempt veterans
        batch at most 3 courses
        release after 2 working days
        repay after 30 minutes
        sync lag 1 .. 2 working days, off-hours next working day
        clear unpaid registrations
      }
      rule second-failure {
        for student, course
        warn "x" when failed-retakes >= 2 and not passed
      }
      rule ineligible {
        for registration
        warn "y" when not taken or passed
      }
      rule orders {
        for order
        error "z" when course-count > batch-limit or amount != expected-amount
        task student "w" when stuck
        warn "v" when pending-sync or sync-overdue or paid-late or amount-mismatch
      }
      rule bills {
        for bill
        warn "u" when stuck or paid-times > 1 or (window-closed and not paid) or (paid and not invoiced)
      }

      """
  )
}
