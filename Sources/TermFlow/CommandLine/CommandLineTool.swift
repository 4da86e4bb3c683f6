import Foundation

/// The command line as a front end over the driver: arguments in, what to print and the exit code
/// out. Only argument handling and file I/O live here; everything else is a `Driver` call. The
/// executable (Sources/TermFlowCLI) writes what this returns; tests call it directly
/// (Fixtures/cli: arguments → stdout, stderr, exit code).
public enum CommandLineTool {
  /// Parses `arguments` (without the program's name) and runs the command.
  public static func run(_ arguments: [String]) -> CommandOutput {
    do {
      let (args, lang) = try Arguments.language(arguments)
      return execute(try Arguments.parse(args), lang: lang)
    } catch {
      return .usage(error.message)
    }
  }
  /// The source at `path`, or the output that says why it cannot be read: the system's reason
  /// (`cannot read 'x.flow': Permission denied`), or a located error for a file past the size limit.
  static func readSource(_ path: String) -> (file: SourceFile?, failure: CommandOutput) {
    do {
      return (try FileIO.readSource(path), CommandOutput())
    } catch let f as FileIO.Failure {
      if case .tooLarge = f { return (nil, CommandOutput(stderr: "\(f)\n", exitCode: 1)) }
      return (nil, CommandOutput(stderr: "termflow: \(f)\n", exitCode: 1))
    } catch {
      return (nil, CommandOutput(stderr: "termflow: cannot read '\(path)': \(error)\n", exitCode: 1))
    }
  }

  /// The workflows at `paths`, each a file or a folder (every `.flow` under it), with each file's path in
  /// its folder; or the output that says which cannot be read.
  static func readWorkflows(_ paths: [String]) -> (files: [(path: String, file: SourceFile)], failure: CommandOutput?) {
    var out: [(path: String, file: SourceFile)] = []
    for p in paths {
      let root = p.hasSuffix("/") ? String(p.dropLast()) : p
      for f in FileIO.files(under: p, ending: ".flow") ?? [p] {
        let read = readSource(f)
        guard let file = read.file else { return ([], read.failure) }
        out.append((f == p ? f : String(f.dropFirst(root.count + 1)), file))
      }
    }
    return (out, nil)
  }

  /// The workflow at `path` handed to `body`, or the output that says it cannot be read.
  static func withWorkflow(_ path: String, _ body: (SourceFile) -> CommandOutput) -> CommandOutput {
    let read = readSource(path)
    guard let f = read.file else { return read.failure }
    return body(f)
  }

  /// The workflow and the state folder handed to `body`, or the output that says which cannot be read.
  static func withWorkflow(
    _ path: String,
    state: String,
    _ body: (SourceFile, StateFiles) -> CommandOutput
  ) -> CommandOutput {
    withWorkflow(path) { f in
      guard let files = try? FileIO.readState(state) else {
        return CommandOutput(stderr: "termflow: '\(state)' is not a folder\n", exitCode: 1)
      }
      return body(f, files)
    }
  }

  /// `termflow lsp`: bytes from stdin to the server, its messages to stdout, until `exit` or the end of
  /// the input. The server never traps on a message; a write that fails ends the session.
  static func serveLanguageServer(lang: Language) -> Int32 {
    var server = LanguageServer(loader: { FileIO.loader(beside: $0) }, lang: lang)
    var framer = LSPFramer()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = read(STDIN_FILENO, &buffer, buffer.count)
      if n < 0, errno == EINTR { continue }
      guard n > 0 else { return 1 }
      for message in framer.feed(Array(buffer[0..<n])) {
        for reply in server.handle(message) where !reply.isEmpty {
          if FileIO.write(String(decoding: LSPFramer.frame(reply), as: UTF8.self), to: STDOUT_FILENO) != nil {
            return 1
          }
        }
        if let code = server.exitCode { return code }
      }
    }
  }
}
