/// A JSON value built as a tree, for output small enough to build first (diagnostics, a timeline, a
/// language server's reply). Keys stay in the order given, so output is byte-identical on rerun
/// (Foundation's JSONSerialization does not promise key order). It is written by `JSONStream`, the one
/// encoder of strings, numbers and layout, so a tree and a streamed report cannot drift apart.
enum JSONValue {
  case string(String)
  case int(Int)
  case bool(Bool)
  case null
  case array([JSONValue])
  /// Keys in the order given.
  case object([(String, JSONValue)])

  /// Pretty: two spaces per level and `"key": value`; otherwise one line without spaces (a language
  /// server message).
  func render(pretty: Bool = true) -> String {
    var out = JSONStream(pretty: pretty)
    out.value(self)
    return out.string()
  }
}
