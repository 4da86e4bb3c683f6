import Foundation

/// `termflow lsp`: a language server on standard input and output.
enum LspCommand: Command {
  /// The server takes no options.
  struct Options {}

  static let name = "lsp"
  static let usage = """
      termflow lsp
          A language server (LSP 3.17) on stdin/stdout for editors: diagnostics as you type, quick
          fixes, hover, definition, references, completion, outline, formatting (docs/editors.md).

    """

  static func parse(_ args: inout OptionReader) throws(UsageError) -> Options {
    // Editors start servers with `--stdio`; stdio is the only transport, so it is accepted and ignored.
    guard args.rest.allSatisfy({ $0 == "--stdio" }) else {
      throw UsageError(message: "lsp takes no arguments (it speaks LSP on stdin and stdout)")
    }
    return Options()
  }

  static func run(_ o: Options, lang: Language) throws(CommandOutput) -> CommandOutput {
    CommandOutput(exitCode: serve(lang: lang))
  }

  /// Bytes from stdin to the server, its messages to stdout, until `exit` or the end of the input. The
  /// server never traps on a message; a write that fails ends the session.
  private static func serve(lang: Language) -> Int32 {
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
