import Foundation

/// The arguments after a command's name, taken option by option: each option read is removed, so what
/// is left at the end are the positional arguments, and any option still there is one the command lacks.
struct OptionReader {
  private var args: [String]

  init(_ args: [String]) {
    self.args = args
  }

  /// Whether `--name` is given.
  mutating func flag(_ name: String) -> Bool {
    guard let i = args.firstIndex(of: name) else { return false }
    args.remove(at: i)
    return true
  }

  /// `--name VALUE` or `--name=VALUE`; given twice is an error rather than a silent choice.
  mutating func option(_ name: String) throws(UsageError) -> String? {
    if let i = args.firstIndex(where: { $0.hasPrefix(name + "=") }) {
      let v = String(args[i].dropFirst(name.count + 1))
      args.remove(at: i)
      try refuseSecond(name)
      return v
    }
    guard let i = args.firstIndex(of: name) else { return nil }
    guard i + 1 < args.count else { throw UsageError(message: "\(name) needs a value") }
    let v = args[i + 1]
    args.removeSubrange(i...(i + 1))
    try refuseSecond(name)
    return v
  }

  private func refuseSecond(_ name: String) throws(UsageError) {
    if args.contains(where: { $0 == name || $0.hasPrefix(name + "=") }) {
      throw UsageError(message: "\(name) is given twice")
    }
  }

  /// An option whose value is one of `E`'s cases; any other value is named with the ones allowed.
  mutating func choice<E: RawRepresentable & CaseIterable>(_ name: String, _: E.Type) throws(UsageError) -> E?
  where E.RawValue == String {
    guard let raw = try option(name) else { return nil }
    guard let v = E(rawValue: raw) else {
      throw UsageError(
        message: "\(name) must be one of \(E.allCases.map(\.rawValue).joined(separator: ", ")), not '\(raw)'"
      )
    }
    return v
  }

  /// The arguments left once every option is read. `-` alone is standard input; anything else starting
  /// with a dash is an option this command lacks.
  func positionals() throws(UsageError) -> [String] {
    if let unknown = args.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
      throw UsageError(message: "unknown option '\(unknown)'")
    }
    return args
  }

  /// The arguments left, as they are (for a command that reads them itself).
  var rest: [String] { args }
}

/// The options several commands share, read the same way and with the same defaults everywhere.
extension OptionReader {
  /// `--format`, one of the command's formats.
  mutating func format<E: RawRepresentable & CaseIterable>(_ type: E.Type) throws(UsageError) -> E?
  where E.RawValue == String {
    try choice("--format", type)
  }

  /// `--today YYYY-MM-DD[THH:MM]`, checked by the driver, which names what is wrong with it.
  mutating func today() throws(UsageError) -> String? { try option("--today") }

  /// `--state DIR`, the folder of exports.
  mutating func state() throws(UsageError) -> String? { try option("--state") }

  /// `--output FILE`.
  mutating func output() throws(UsageError) -> String? { try option("--output") }

  /// `--encoding auto|utf-8|gb18030` for the exports; `auto` when not given.
  mutating func encoding() throws(UsageError) -> TextEncoding { try choice("--encoding", TextEncoding.self) ?? .auto }

  /// `--wide`: every cell of a text table whole.
  mutating func wide() -> Bool { flag("--wide") }

  /// `--term ID --week1 DATE`, read in that order (roll requires both, import neither).
  mutating func termAndWeekOne() throws(UsageError) -> (term: String?, weekOne: String?) {
    let term = try option("--term")
    return (term, try option("--week1"))
  }

  /// `--lang zh|en` on any command, else `TERMFLOW_LANG`, else English.
  mutating func language() throws(UsageError) -> Language {
    if let lang = try choice("--lang", Language.self) { return lang }
    guard let env = ProcessInfo.processInfo.environment["TERMFLOW_LANG"], !env.isEmpty else { return .en }
    guard let lang = Language(rawValue: env.lowercased().prefix(2).description) else {
      throw UsageError(message: "TERMFLOW_LANG must be zh or en, not '\(env)'")
    }
    return lang
  }
}
