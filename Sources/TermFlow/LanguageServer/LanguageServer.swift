/// `termflow lsp`: a language server (LSP 3.17) over the same stages as `check`. It is a value that
/// takes one message and returns the messages to send; the executable only moves bytes between it and
/// stdin/stdout, and the suite drives it the same way. Every open document is analysed on each change
/// (parse, check, calendar, schedule), and that analysis answers hover, definition, references,
/// completion, code actions, symbols and formatting.
public struct LanguageServer {
  /// One open document: its text and its analysis.
  struct Document {
    var uri: String
    var version: Int
    var file: SourceFile
    var analysis: Analysis
    var index: NameIndex
  }

  var documents: [String: Document] = [:]
  /// Positions in bytes when the client offered UTF-8, else UTF-16 code units (LSP's default).
  var utf8 = false
  var shutdownRequested = false
  /// Set by `exit`: the process ends with this code (0 after a shutdown request, 1 without one).
  public private(set) var exitCode: Int32?
  /// Loads a file a workflow `use`s, by the using document's path; nil reads nothing.
  let loader: (@Sendable (String) -> SourceLoader?)?

  /// The language hovers are worded in (`termflow lsp --lang zh`, or `TERMFLOW_LANG`).
  let lang: Language

  public init(loader: (@Sendable (String) -> SourceLoader?)? = nil, lang: Language = .en) {
    self.loader = loader
    self.lang = lang
  }

  /// The replies and notifications one incoming message (a JSON body, unframed) calls for.
  public mutating func handle(_ body: [UInt8]) -> [String] {
    guard let message = JSONNode.parse(body) else {
      return [Self.error(id: .null, code: -32700, "parse error: the message is not JSON")]
    }
    guard let method = message["method"]?.string else {
      // A response to a request of ours (we send none), or nothing sensible: no reply.
      if message["id"] != nil, message["result"] != nil || message["error"] != nil { return [] }
      return [Self.error(id: message["id"]?.value ?? .null, code: -32600, "invalid request: no method")]
    }
    let id = message["id"]
    let params = message["params"] ?? .object([:])
    if shutdownRequested, method != "exit", let id {
      return [Self.error(id: id.value, code: -32600, "invalid request: the server is shutting down")]
    }
    var out: [String] = []
    func reply(_ result: JSONValue) {
      if let id { out.append(Self.response(id: id.value, result)) }
    }
    switch method {
    case "initialize": reply(initialize(params))
    case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration": break
    case "shutdown":
      shutdownRequested = true
      reply(.null)
    case "exit": exitCode = shutdownRequested ? 0 : 1
    case "textDocument/didOpen":
      let doc = params["textDocument"]
      if let uri = doc?["uri"]?.string, let text = doc?["text"]?.string {
        out += open(uri, text: text, version: doc?["version"]?.int ?? 0)
      }
    case "textDocument/didChange":
      if let uri = params["textDocument"]?["uri"]?.string, let changes = params["contentChanges"]?.array {
        out += change(uri, changes, version: params["textDocument"]?["version"]?.int)
      }
    case "textDocument/didClose":
      if let uri = params["textDocument"]?["uri"]?.string {
        documents[uri] = nil
        out.append(
          Self.notification(
            "textDocument/publishDiagnostics",
            .object([("uri", .string(uri)), ("diagnostics", .array([]))])
          )
        )
      }
    case "textDocument/didSave": break
    case "textDocument/hover": reply(withDocument(params) { hover($0, at: $1) } ?? .null)
    case "textDocument/definition": reply(withDocument(params) { definition($0, at: $1) } ?? .null)
    case "textDocument/references": reply(withDocument(params) { references($0, at: $1) } ?? .array([]))
    case "textDocument/completion": reply(withDocument(params) { completion($0, at: $1) } ?? .array([]))
    case "textDocument/documentSymbol": reply(document(params).map(symbols) ?? .array([]))
    case "textDocument/formatting": reply(document(params).map(formatting) ?? .null)
    case "textDocument/codeAction":
      reply(document(params).map { codeActions($0, range: params["range"]) } ?? .array([]))
    default:
      // A request we do not know gets the protocol's error; a notification is ignored, as 3.17 says.
      if let id { out.append(Self.error(id: id.value, code: -32601, "method not found: \(method)")) }
    }
    return out
  }

  private mutating func initialize(_ params: JSONNode) -> JSONValue {
    let offered = params["capabilities"]?["general"]?["positionEncodings"]?.array?.compactMap(\.string) ?? []
    utf8 = offered.contains("utf-8")
    return .object([
      (
        "capabilities",
        .object([
          ("positionEncoding", .string(utf8 ? "utf-8" : "utf-16")),
          ("textDocumentSync", .object([("openClose", .bool(true)), ("change", .int(2))])),
          ("hoverProvider", .bool(true)),
          ("definitionProvider", .bool(true)),
          ("referencesProvider", .bool(true)),
          ("documentSymbolProvider", .bool(true)),
          ("documentFormattingProvider", .bool(true)),
          ("codeActionProvider", .object([("codeActionKinds", .array([.string("quickfix")]))])),
          ("completionProvider", .object([("triggerCharacters", .array([.string(" ")]))])),
        ])
      ),
      ("serverInfo", .object([("name", .string("termflow")), ("version", .string(Driver.version))])),
    ])
  }

  // MARK: - Documents

  private mutating func open(_ uri: String, text: String, version: Int) -> [String] {
    var file = SourceFile(name: Self.path(of: uri), text: text)
    file.loader = loader?(file.name)
    let a = Analysis(file: file)
    documents[uri] = Document(uri: uri, version: version, file: file, analysis: a, index: NameIndex(a.workflow))
    return [publish(uri)]
  }

  private mutating func change(_ uri: String, _ changes: [JSONNode], version: Int?) -> [String] {
    guard let doc = documents[uri] else { return [] }
    var bytes = doc.file.bytes
    for c in changes {
      guard let text = c["text"]?.string else { continue }
      guard let range = c["range"] else {
        bytes = Array(text.utf8)
        continue
      }
      // Each change is relative to the text as the previous one left it.
      let at = LSPText(file: SourceFile(name: doc.file.name, bytes: bytes), utf8: utf8)
      let start = at.offset(range["start"]), end = max(start, at.offset(range["end"]))
      bytes.replaceSubrange(start..<end, with: Array(text.utf8))
    }
    return open(uri, text: String(decoding: bytes, as: UTF8.self), version: version ?? doc.version + 1)
  }

  /// `textDocument/publishDiagnostics` for a document: `check`'s findings, notes as related information.
  func publish(_ uri: String) -> String {
    guard let doc = documents[uri] else { return "" }
    let text = LSPText(file: doc.file, utf8: utf8)
    let items: [JSONValue] = doc.analysis.diagnostics.filter { $0.file == doc.file.name }.map { d in
      let range = text.range(d.range ?? SourceRange(0, 0))
      var kv: [(String, JSONValue)] = [
        ("range", range),
        ("severity", .int(d.severity == .error ? 1 : d.severity == .warning ? 2 : 3)),
        ("code", .string(d.code.rawValue)),
        ("source", .string("termflow")),
        ("message", .string(d.message)),
      ]
      let related: [JSONValue] = d.notes.map { n in
        .object([
          ("location", .object([("uri", .string(uri)), ("range", n.range.map(text.range) ?? range)])),
          ("message", .string(n.message)),
        ])
      }
      if !related.isEmpty { kv.append(("relatedInformation", .array(related))) }
      return .object(kv)
    }
    return Self.notification(
      "textDocument/publishDiagnostics",
      .object([("uri", .string(uri)), ("version", .int(doc.version)), ("diagnostics", .array(items))])
    )
  }

  func document(_ params: JSONNode) -> Document? {
    params["textDocument"]?["uri"]?.string.flatMap { documents[$0] }
  }

  /// The document and the byte offset a position request names.
  func withDocument(_ params: JSONNode, _ body: (Document, Int) -> JSONValue?) -> JSONValue? {
    guard let doc = document(params) else { return nil }
    return body(doc, LSPText(file: doc.file, utf8: utf8).offset(params["position"]))
  }

  /// A `file://` URI's path, percent-decoded; any other URI as it is.
  static func path(of uri: String) -> String {
    guard uri.hasPrefix("file://") else { return uri }
    var bytes: [UInt8] = []
    var it = Array(uri.dropFirst(7).utf8)[...]
    while let b = it.popFirst() {
      if b == UInt8(ascii: "%"), it.count >= 2,
        let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16)
      {
        bytes.append(v)
        it = it.dropFirst(2)
      } else {
        bytes.append(b)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  // MARK: - Messages

  static func response(id: JSONValue, _ result: JSONValue) -> String {
    JSONValue.object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)]).render(pretty: false)
  }

  static func error(id: JSONValue, code: Int, _ message: String) -> String {
    JSONValue.object([
      ("jsonrpc", .string("2.0")), ("id", id),
      ("error", .object([("code", .int(code)), ("message", .string(message))])),
    ]).render(pretty: false)
  }

  static func notification(_ method: String, _ params: JSONValue) -> String {
    JSONValue.object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)])
      .render(pretty: false)
  }
}
