/// Every command of `termflow`, in the order `termflow help` lists them. A new command is its own file
/// in Commands/ and one line here.
enum CommandTable {
  // Computed, not stored: a stored array of metatypes is not `Sendable` before Swift 6.2's
  // `SendableMetatype`, and the package builds from tools version 6.0.
  static var all: [any Command.Type] {
    [
      CheckCommand.self,
      FmtCommand.self,
      CalendarCommand.self,
      TimelineCommand.self,
      ExplainCommand.self,
      RunCommand.self,
      StateCommand.self,
      ImportCommand.self,
      RollCommand.self,
      DiffCommand.self,
      TestCommand.self,
      LspCommand.self,
      DumpASTCommand.self,
    ]
  }

  /// The command called `name`, if there is one.
  static func command(named name: String) -> (any Command.Type)? {
    all.first { $0.name == name }
  }
}
