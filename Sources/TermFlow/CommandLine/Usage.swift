/// The text of `termflow help`: each command's own lines, in the table's order, between a heading and
/// what every command shares.
enum Usage {
  static let text: String = {
    var text = """
      termflow — check, schedule and run academic-office workflows

      usage:

      """
    for command in CommandTable.all {
      text += command.usage
      for other in CommandTable.all where other.usageBeside?.command == command.name {
        text += other.usageBeside?.text ?? ""
      }
    }
    return text + """
        termflow help | version

      Every command takes --lang zh|en (or TERMFLOW_LANG): labels and statuses for people in Chinese or
      English (default English); JSON, CSV tokens and diagnostic codes stay the same.

      """
  }()
}
