/// What the commands read and write, each written once: a failure is thrown as the output that says
/// why (exit 1), so a command reads as its happy path.
enum CommandIO {
  /// The source at `path`, or the output that says why it cannot be read: the system's reason
  /// (`cannot read 'x.flow': Permission denied`), or a located error for a file past the size limit.
  static func readSource(_ path: String) throws(CommandOutput) -> SourceFile {
    do {
      return try FileIO.readSource(path)
    } catch let f as FileIO.Failure {
      // The size limit is reported as a located diagnostic, which carries its own prefix.
      if case .tooLarge = f { throw CommandOutput(stderr: "\(f)\n", exitCode: 1) }
      throw CommandOutput(stderr: "termflow: \(f)\n", exitCode: 1)
    } catch {
      throw CommandOutput(stderr: "termflow: cannot read '\(path)': \(error)\n", exitCode: 1)
    }
  }

  /// The workflows at `paths`, each a file or a folder (every `.flow` under it), with each file's path in
  /// its folder.
  static func readWorkflows(_ paths: [String]) throws(CommandOutput) -> [(path: String, file: SourceFile)] {
    var out: [(path: String, file: SourceFile)] = []
    for p in paths {
      let root = p.hasSuffix("/") ? String(p.dropLast()) : p
      for f in FileIO.files(under: p, ending: ".flow") ?? [p] {
        let file = try readSource(f)
        out.append((f == p ? f : String(f.dropFirst(root.count + 1)), file))
      }
    }
    return out
  }

  /// The exports in `folder`. `systemReason`: say it as the system's reason (`cannot read 'x': not a
  /// folder`), as a term's run always has, rather than `'x' is not a folder`.
  static func readState(_ folder: String, systemReason: Bool = false) throws(CommandOutput) -> StateFiles {
    do {
      return try FileIO.readState(folder)
    } catch {
      throw CommandOutput(
        stderr: systemReason ? "termflow: \(error)\n" : "termflow: '\(folder)' is not a folder\n",
        exitCode: 1
      )
    }
  }

  /// A usage error when `output` is one of `inputs` (through links, `./`, hard links): no command writes
  /// over what it read. `namingInput`: add which input it is (`'b.flow' is 'a.flow'`).
  static func refuseToOverwrite(
    _ output: String,
    inputs: [String],
    command: String,
    namingInput: Bool = true
  ) throws(CommandOutput) {
    guard let input = inputs.first(where: { FileIO.sameFile(output, $0) }) else { return }
    throw .usage("\(command) never writes its input: '\(output)'" + (namingInput ? " is '\(input)'" : ""))
  }

  /// `bytes` written to `path` atomically (the old file stays whole on any failure). A failure keeps
  /// what the command already said on stderr (`so far`) and adds the system's reason.
  static func write(bytes: [UInt8], to path: String, after soFar: CommandOutput = CommandOutput()) throws(CommandOutput)
  {
    do { try FileIO.writeAtomically(bytes: bytes, to: path) } catch { throw failed(error, after: soFar) }
  }

  /// `text` written to `path` atomically, in GB18030 when `gb18030` (a workflow keeps its encoding).
  static func write(
    _ text: String,
    to path: String,
    gb18030: Bool = false,
    after soFar: CommandOutput = CommandOutput()
  ) throws(CommandOutput) {
    do { try FileIO.writeAtomically(text, to: path, gb18030: gb18030) } catch { throw failed(error, after: soFar) }
  }

  /// The output for a write that failed: what was said so far, then `termflow: <reason>`, exit 1.
  static func failed(_ error: any Error, after soFar: CommandOutput = CommandOutput()) -> CommandOutput {
    CommandOutput(stderr: soFar.stderr + "termflow: \(error)\n", exitCode: 1)
  }
}
