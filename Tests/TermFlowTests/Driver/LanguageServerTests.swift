import Testing

@testable import TermFlow

/// `termflow lsp`, end to end as an editor drives it: framed JSON-RPC in, framed replies out, through
/// the same framer and server the executable uses.
struct LanguageServerTests {
  /// A scripted client: frames each message, feeds the bytes to the server in small chunks (as a pipe
  /// delivers them), and keeps every reply parsed.
  struct Client {
    var server = LanguageServer()
    var framer = LSPFramer()
    var replies: [JSONNode] = []
    var nextID = 1

    mutating func send(_ json: String) -> [JSONNode] {
      let bytes = LSPFramer.frame(json)
      var out: [JSONNode] = []
      var i = 0
      while i < bytes.count {
        let chunk = Array(bytes[i..<min(bytes.count, i + 7)])
        i += 7
        for message in framer.feed(chunk) {
          for reply in server.handle(message) {
            // Each reply is itself framed and parsed back, as the editor reads it.
            var f = LSPFramer()
            for body in f.feed(LSPFramer.frame(reply)) { out += JSONNode.parse(body).map { [$0] } ?? [] }
          }
        }
      }
      replies += out
      return out
    }

    mutating func request(_ method: String, _ params: String) -> JSONNode? {
      let id = nextID
      nextID += 1
      return send("{\"jsonrpc\":\"2.0\",\"id\":\(id),\"method\":\"\(method)\",\"params\":\(params)}").first {
        $0["id"]?.int == id
      }
    }

    mutating func notify(_ method: String, _ params: String) -> [JSONNode] {
      send("{\"jsonrpc\":\"2.0\",\"method\":\"\(method)\",\"params\":\(params)}")
    }
  }

  static let uri = "file:///office/%E9%87%8D%E4%BF%AE.flow"
  static let text = """
    term 2025-2026-1 {
      week 1 starts 2025-09-08
    }
    owner 教务处
    owner 学生所在学院
    step 报名 {
      owner 教务处
      due 9月26日（第三周周四） 17:00
    }
    step 汇总 {
      owner 学生所在学院
      due ９月１６日（第２周星期二） 25:00
      after 报名
    }
    rule second-failure {
      for student, course
      warn "预警" when failed-retakes >= 2 and not passed
    }

    """

  static func quoted(_ s: String) -> String {
    JSONValue.string(s).render(pretty: false)
  }

  static func opened(utf8: Bool = false, lang: Language = .en) -> (Client, [JSONNode]) {
    var c = Client(server: LanguageServer(lang: lang))
    let caps = utf8 ? "{\"general\":{\"positionEncodings\":[\"utf-8\",\"utf-16\"]}}" : "{}"
    _ = c.request("initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":\(caps)}")
    _ = c.notify("initialized", "{}")
    let out = c.notify(
      "textDocument/didOpen",
      "{\"textDocument\":{\"uri\":\"\(uri)\",\"languageId\":\"termflow\",\"version\":1,\"text\":\(quoted(text))}}"
    )
    return (c, out)
  }

  static func diagnostics(_ out: [JSONNode]) -> [JSONNode] {
    out.first { $0["method"]?.string == "textDocument/publishDiagnostics" }?["params"]?["diagnostics"]?.array ?? []
  }

  static func pos(_ line: Int, _ character: Int) -> String {
    "{\"textDocument\":{\"uri\":\"\(uri)\"},\"position\":{\"line\":\(line),\"character\":\(character)}}"
  }

  @Test func initializeNegotiatesThePositionEncoding() {
    var c = Client()
    let plain = c.request("initialize", "{\"capabilities\":{}}")
    #expect(plain?["result"]?["capabilities"]?["positionEncoding"]?.string == "utf-16")
    var d = Client()
    let offered = d.request("initialize", "{\"capabilities\":{\"general\":{\"positionEncodings\":[\"utf-8\"]}}}")
    #expect(offered?["result"]?["capabilities"]?["positionEncoding"]?.string == "utf-8")
    #expect(offered?["result"]?["capabilities"]?["textDocumentSync"]?["change"]?.int == 2)
  }

  /// The diagnostics are check's, with its codes; a caret after ９月１６日（第２周星期二） lands on 25:00 in
  /// UTF-16 code units and in bytes.
  @Test func diagnosticsOnOpenLandRightAfterCJK() throws {
    let (_, out) = Self.opened()
    let ds = Self.diagnostics(out)
    let codes = ds.compactMap { $0["code"]?.string }.sorted()
    #expect(codes == ["calendar.weekday-mismatch", "syntax.bad-time"])
    let time = try #require(ds.first { $0["code"]?.string == "syntax.bad-time" })
    // "  due " is 6 units; the phrase is 13 characters, all in the BMP; then a space.
    #expect(time["range"]?["start"]?["line"]?.int == 11)
    #expect(time["range"]?["start"]?["character"]?.int == 20)
    #expect(time["range"]?["end"]?["character"]?.int == 25)
    let mismatch = try #require(ds.first { $0["code"]?.string == "calendar.weekday-mismatch" })
    #expect(mismatch["relatedInformation"]?.array?.isEmpty == false)
    let (_, bytes) = Self.opened(utf8: true)
    let inBytes = try #require(Self.diagnostics(bytes).first { $0["code"]?.string == "syntax.bad-time" })
    // The same caret in bytes: each of the 13 characters takes 3.
    #expect(inBytes["range"]?["start"]?["character"]?.int == 6 + 13 * 3 + 1)
  }

  @Test func incrementalChangesAreApplied() {
    var (c, _) = Self.opened()
    // Replace 25:00 with 17:00 (line 11, characters 20–25).
    let out = c.notify(
      "textDocument/didChange",
      "{\"textDocument\":{\"uri\":\"\(Self.uri)\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":11,\"character\":20},\"end\":{\"line\":11,\"character\":25}},\"text\":\"17:00\"}]}"
    )
    let codes = Self.diagnostics(out).compactMap { $0["code"]?.string }.sorted()
    // The bad time is gone; with its date read, the step now shows it is due before the one it follows.
    #expect(codes == ["calendar.weekday-mismatch", "schedule.due-before-dependency"])
    // A full-text change too.
    let full = c.notify(
      "textDocument/didChange",
      "{\"textDocument\":{\"uri\":\"\(Self.uri)\",\"version\":3},\"contentChanges\":[{\"text\":\"step {\\n\"}]}"
    )
    #expect(!Self.diagnostics(full).isEmpty)
  }

  @Test func theWeekdayFixIsOneCodeAction() throws {
    var (c, _) = Self.opened()
    let reply = c.request(
      "textDocument/codeAction",
      "{\"textDocument\":{\"uri\":\"\(Self.uri)\"},\"range\":{\"start\":{\"line\":7,\"character\":8},\"end\":{\"line\":7,\"character\":8}},\"context\":{\"diagnostics\":[]}}"
    )
    let action = try #require(reply?["result"]?.array?.first)
    #expect(action["kind"]?.string == "quickfix")
    let edit = try #require(action["edit"]?["changes"]?[Self.uri]?.array?.first)
    #expect(edit["newText"]?.string == "9月26日（第3周星期五）")
    #expect(edit["range"]?["start"]?["character"]?.int == 6)
  }

  @Test func hoverOnADateAStepAndAField() throws {
    var (c, _) = Self.opened()
    let date = c.request("textDocument/hover", Self.pos(7, 9))?["result"]?["contents"]?["value"]?.string
    #expect(date?.contains("**2025-09-26** · 第3周星期五") == true)
    let step = c.request("textDocument/hover", Self.pos(12, 10))?["result"]?["contents"]?["value"]?.string
    #expect(step?.contains("step 报名") == true)
    #expect(step?.contains("derivation:") == true)
    let field = c.request("textDocument/hover", Self.pos(16, 22))?["result"]?["contents"]?["value"]?.string
    #expect(field?.contains("**failed-retakes**") == true)
    #expect(field?.contains("retake records that fail") == true)
  }

  /// `termflow lsp --lang zh`: the date's kind and the step's derivation in Chinese.
  @Test func hoverInChinese() throws {
    var (c, _) = Self.opened(lang: .zh)
    let date = c.request("textDocument/hover", Self.pos(7, 9))?["result"]?["contents"]?["value"]?.string
    #expect(date == "**2025-09-26** · 第3周星期五 · 工作日", "\(date ?? "")")
    let step = c.request("textDocument/hover", Self.pos(12, 10))?["result"]?["contents"]?["value"]?.string
    #expect(step?.contains("推算：") == true, "\(step ?? "")")
  }

  @Test func definitionAndReferences() throws {
    var (c, _) = Self.opened()
    let def = c.request("textDocument/definition", Self.pos(12, 9))?["result"]
    #expect(def?["uri"]?.string == Self.uri)
    #expect(def?["range"]?["start"]?["line"]?.int == 5)
    #expect(def?["range"]?["start"]?["character"]?.int == 5)
    let refs = c.request("textDocument/references", Self.pos(3, 7))?["result"]?.array ?? []
    #expect(refs.compactMap { $0["range"]?["start"]?["line"]?.int } == [3, 6])
  }

  @Test func completionKnowsWhereItIs() {
    var (c, _) = Self.opened()
    _ = c.notify(
      "textDocument/didChange",
      "{\"textDocument\":{\"uri\":\"\(Self.uri)\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":12,\"character\":10},\"end\":{\"line\":12,\"character\":10}},\"text\":\"\\n  owner \\n  after \\n  \"}]}"
    )
    func labels(_ line: Int, _ ch: Int) -> [String] {
      c.request("textDocument/completion", Self.pos(line, ch))?["result"]?.array?.compactMap { $0["label"]?.string }
        ?? []
    }
    #expect(labels(13, 8) == ["教务处", "学生所在学院"])
    #expect(labels(14, 8) == ["报名", "汇总"])
    #expect(labels(15, 2).contains("deliver"))
    #expect(labels(0, 0).contains("payment"))
    let fields = labels(19, 40)
    #expect(fields.contains("failed-retakes") && fields.contains("retake") && fields.contains("count"))
  }

  @Test func symbolsAndFormatting() {
    var (c, _) = Self.opened()
    let names = c.request("textDocument/documentSymbol", "{\"textDocument\":{\"uri\":\"\(Self.uri)\"}}")?["result"]?
      .array?.compactMap { $0["name"]?.string }
    #expect(names == ["教务处", "学生所在学院", "报名", "汇总", "second-failure"])
    // A document that does not parse is not formatted; a messy one that parses gets one whole edit.
    let none = c.request("textDocument/formatting", "{\"textDocument\":{\"uri\":\"\(Self.uri)\"},\"options\":{}}")
    #expect(none?["result"]?.array?.isEmpty == true)
    _ = c.notify(
      "textDocument/didOpen",
      "{\"textDocument\":{\"uri\":\"file:///m.flow\",\"version\":1,\"text\":\"owner    o\\nstep a{owner o;due 2018-09-03}\\n\"}}"
    )
    let edits = c.request("textDocument/formatting", "{\"textDocument\":{\"uri\":\"file:///m.flow\"},\"options\":{}}")
    let edit = edits?["result"]?.array?.first
    #expect(edit?["newText"]?.string == "owner o\n\nstep a {\n  owner o\n  due 2018-09-03\n}\n")
  }

  @Test func badMessagesGetProtocolErrorsAndShutdownIsHonoured() {
    var c = Client()
    #expect(c.send("{not json")[0]["error"]?["code"]?.int == -32700)
    #expect(c.request("textDocument/unknownThing", "{}")?["error"]?["code"]?.int == -32601)
    #expect(c.notify("$/unknownNotification", "{}").isEmpty)
    #expect(c.request("textDocument/hover", Self.pos(0, 0))?["result"] == .null)
    #expect(c.request("shutdown", "null")?["result"] == .null)
    #expect(c.request("textDocument/hover", Self.pos(0, 0))?["error"]?["code"]?.int == -32600)
    _ = c.notify("exit", "null")
    #expect(c.server.exitCode == 0)
    var d = Client()
    _ = d.notify("exit", "null")
    #expect(d.server.exitCode == 1)
  }

  @Test func garbageNeverKillsTheServer() {
    var c = Client()
    var seed: UInt64 = 7
    for _ in 0..<300 {
      var s = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/"
      for _ in 0..<40 {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        s.append(Character(Unicode.Scalar(UInt8(32 + (seed >> 33) % 90))))
      }
      _ = c.send(s)
    }
    _ = c.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"x\",\"text\":\"step {\"}}")
    #expect(
      c.request("textDocument/hover", "{\"textDocument\":{\"uri\":\"x\"},\"position\":{\"line\":99,\"character\":-5}}")
        != nil
    )
    #expect(
      c.request(
        "textDocument/completion",
        "{\"textDocument\":{\"uri\":\"x\"},\"position\":{\"line\":0,\"character\":999}}"
      ) != nil
    )
  }
}
