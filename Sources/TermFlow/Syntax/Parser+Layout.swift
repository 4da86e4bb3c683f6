/// The state layout: `table`, `values` and `grades` blocks.
extension Parser {
  /// `table NAME "file" [, "file"…] { column* }`
  mutating func parseTable(start: Int) throws -> TableDecl {
    let name = try expectName("the table (students, records, registrations or payments)")
    var files: [StringLit] = []
    if current.kind == .string {
      files.append(try expectString("a file name or glob"))
      while accept(.comma) { files.append(try expectString("a file name or glob")) }
    }
    let open = try expect(.lbrace, "'{' to open the table '\(name.text)'")
    enum Item {
      case column(ColumnDecl)
      case headerRow(TableDecl.HeaderRow)
      case skipRows(TableDecl.SkipRows)
      case todo(StringLit)
    }
    let items = items(closing: "table '\(name.text)'") { p -> Item in
      if p.current.text == "todo", p.peek().kind == .string {
        _ = p.advance()
        return .todo(try p.expectString("what is left to settle"))
      }
      if p.current.text == "skip", p.peek().text == "rows" {
        let at = p.advance().range.start
        _ = p.advance()
        var texts = [try p.expectString("the text a row that is not data starts with, as in: skip rows \"本页合计\"")]
        while p.accept(.comma) { texts.append(try p.expectString("the text a row that is not data starts with")) }
        return .skipRows(TableDecl.SkipRows(texts: texts, range: SourceRange(at, p.previousEnd)))
      }
      guard p.current.text == "header", p.peek().text == "row" else { return .column(try p.parseColumn()) }
      let at = p.advance().range.start
      _ = p.advance()
      let number = try p.expectNumber("the line (or sheet row) the header is on, as in: header row 3")
      return .headerRow(TableDecl.HeaderRow(number: number, range: SourceRange(at, p.previousEnd)))
    }
    try closeBlock(open: open, what: "table '\(name.text)'")
    var table = TableDecl(table: name, files: files, columns: [], range: SourceRange(start, previousEnd))
    for item in items {
      switch item {
      case .column(let c): table.columns.append(c)
      case .headerRow(let h): table.headerRows.append(h)
      case .skipRows(let k): table.skipRows.append(k)
      case .todo(let t): table.todos.append(t)
      }
    }
    return table
  }

  /// `notice { issuer "…"; number "…"; to "…"; preamble "…"; attachment "…"; signed "…" DATE; copy "…" }`
  mutating func parseNotice(start: Int) throws -> NoticeDecl {
    let open = try expect(.lbrace, "'{' to open the notice")
    let items = items(closing: "notice") { p -> NoticeDecl.Item in
      let at = p.current.range.start
      guard p.current.kind == .identifier else {
        throw p.fail(
          "expected issuer, number, to, preamble, attachment, signed or copy",
          code: SyntaxDiagnostics.unknownStatement
        )
      }
      let word = p.advance().text
      let kind: NoticeDecl.Item.Kind
      switch word {
      case "issuer": kind = .issuer(try p.expectString("the issuing office"))
      case "number": kind = .number(try p.expectString("the document number"))
      case "to": kind = .to(try p.expectString("the addressees"))
      case "preamble": kind = .preamble(try p.expectString("the opening paragraph"))
      case "attachment": kind = .attachment(try p.expectString("the attachment's title"))
      case "signed": kind = .signed(try p.expectString("who signs"), try p.parseDatePhrase())
      case "copy": kind = .copy(try p.expectString("who is copied"))
      default:
        p.index -= 1
        throw p.fail(
          "unknown notice statement '\(word)' (issuer, number, to, preamble, attachment, signed, copy)",
          code: SyntaxDiagnostics.unknownStatement
        )
      }
      return NoticeDecl.Item(kind: kind, range: SourceRange(at, p.previousEnd))
    }
    try closeBlock(open: open, what: "notice")
    return NoticeDecl(items: items, range: SourceRange(start, previousEnd))
  }

  /// `values NAME { "key" = value … }`
  mutating func parseValues(start: Int) throws -> ValuesDecl {
    let name = try expectName("the value map's name")
    let open = try expect(.lbrace, "'{' to open the values '\(name.text)'")
    let entries = items(closing: "values '\(name.text)'") { p in try p.parseMapEntry() }
    try closeBlock(open: open, what: "values '\(name.text)'")
    return ValuesDecl(name: name, entries: entries, range: SourceRange(start, previousEnd))
  }

  /// `grades NAME { pass at 60; range 0 .. 100; "优秀" = 95; "缺考" = absent … }`
  mutating func parseGrades(start: Int) throws -> GradesDecl {
    let name = try expectName("the grade scale's name")
    let open = try expect(.lbrace, "'{' to open the grades '\(name.text)'")
    let items = items(closing: "grades '\(name.text)'") { p -> GradeItem in
      let itemStart = p.current.range.start
      let kind: GradeItem.Kind
      if p.accept("pass") {
        _ = try p.expectWord("at", "in 'pass at 60'")
        kind = .passAt(try p.expectNumber("the pass mark"))
      } else if p.accept("range") {
        let lo = try p.expectNumber("the lowest score")
        _ = try p.expect(.dotdot, "'..' between the lowest and the highest score")
        kind = .range(lo, try p.expectNumber("the highest score"))
      } else if p.current.kind == .string {
        kind = .entry(try p.parseMapEntry())
      } else {
        throw p.fail(
          "expected 'pass at N', 'range N .. N' or \"text\" = value",
          code: SyntaxDiagnostics.unknownStatement
        )
      }
      return GradeItem(kind: kind, range: SourceRange(itemStart, p.previousEnd))
    }
    try closeBlock(open: open, what: "grades '\(name.text)'")
    return GradesDecl(name: name, items: items, range: SourceRange(start, previousEnd))
  }

  /// Items up to the closing `}`, one a line (or separated by `;` or `,`), each parsed by `item`; a
  /// bad item is reported and skipped to the next line.
  private mutating func items<T>(closing what: String, _ item: (inout Parser) throws -> T) -> [T] {
    var out: [T] = []
    while current.kind != .rbrace, current.kind != .eof {
      let before = index
      do {
        out.append(try item(&self))
        if accept(.comma) { continue }
        try endStatement()
      } catch {
        // An item that fails where the next line starts (`header row` with no number) leaves that
        // line for the next item.
        if !(current.atLineStart && index > before) { synchronize() }
        if index == before, current.kind != .rbrace, current.kind != .eof { _ = advance() }
      }
    }
    return out
  }

  /// `FIELD "header" [+ "header"…] [or …] [values …] [grades NAME] [time "…", …] [split "…", …]`
  private mutating func parseColumn() throws -> ColumnDecl {
    let start = current.range.start
    guard current.kind == .identifier else {
      throw fail("expected a field name (as in: student-id \"学号\")", code: SyntaxDiagnostics.unknownStatement)
    }
    let field = try expectName("a field")
    if current.kind == .op, current.text == "=" {
      _ = advance()
      let t = current
      guard t.kind == .string || t.kind == .number || t.kind == .identifier else {
        throw fail("expected the value every row has (true, false, a number or \"text\")")
      }
      let constant: ColumnConstant
      if t.kind == .string {
        let s = try expectString("the text every row has")
        constant = ColumnConstant(value: s.value, isString: true, isNumber: false, range: s.range)
      } else {
        _ = advance()
        constant = ColumnConstant(value: t.text, isString: false, isNumber: t.kind == .number, range: t.range)
      }
      return ColumnDecl(
        field: field,
        sources: [],
        options: [],
        range: SourceRange(start, previousEnd),
        constant: constant
      )
    }
    var sources: [[StringLit]] = []
    repeat {
      var parts = [try expectString("the export's header for '\(field.text)'")]
      while current.kind == .op, current.text == "+" {
        _ = advance()
        parts.append(try expectString("a header to join"))
      }
      sources.append(parts)
    } while accept("or")
    var options: [ColumnOption] = []
    while !atStatementEnd, current.kind != .comma {
      let word = current.text
      if accept("values") {
        if current.kind == .lbrace {
          let (entries, range) = try parseInlineMap(of: field.text)
          options.append(.valuesInline(entries, range: range))
        } else {
          options.append(.valuesNamed(try expectName("a values map's name, or '{'")))
        }
      } else if accept("unless") {
        let other = try expectString(
          "the other column's header, as in: unless \"备注\" values { \"缓考\" = not-attempted }"
        )
        guard accept("values"), current.kind == .lbrace else {
          throw fail("expected 'values {' and what the other column's texts make the field")
        }
        let (entries, range) = try parseInlineMap(of: field.text)
        options.append(.unless(other, entries, range: SourceRange(other.range.start, range.end)))
      } else if accept("grades") {
        options.append(.grades(try expectName("a grade scale's name")))
      } else if accept("time") || accept("split") {
        var list = [
          try expectString(word == "time" ? "a time format such as \"yyyy/M/d H:mm\"" : "a separator such as \"、\"")
        ]
        while current.kind == .comma, peek().kind == .string {
          _ = advance()
          list.append(try expectString("another"))
        }
        options.append(word == "time" ? .time(list) : .split(list))
      } else {
        throw fail("expected 'or', 'values', 'grades', 'time', 'split' or 'unless'")
      }
    }
    return ColumnDecl(field: field, sources: sources, options: options, range: SourceRange(start, previousEnd))
  }

  /// `{ "key" = value, … }` after `values` (or `unless "…" values`), and its range.
  private mutating func parseInlineMap(of field: String) throws -> ([MapEntry], SourceRange) {
    let open = advance()
    var entries: [MapEntry] = []
    while current.kind != .rbrace, current.kind != .eof {
      entries.append(try parseMapEntry())
      if !accept(.comma), !accept(.semicolon), current.kind != .rbrace, !current.atLineStart {
        throw fail("expected ',' or '}'")
      }
    }
    guard accept(.rbrace) else {
      sink.report(
        SyntaxDiagnostics.valuesNotClosed(field: field, openAt: open.range),
        at: current.range
      )
      throw Failure()
    }
    return (entries, SourceRange(open.range.start, previousEnd))
  }

  /// `"key" = value`, the value an identifier or a number.
  private mutating func parseMapEntry() throws -> MapEntry {
    let key = try expectString("the text as the export writes it")
    guard current.kind == .op, current.text == "=" else {
      throw fail("expected '=' after \(ExprPrinter.quote(key.value))")
    }
    _ = advance()
    let isNumber = current.kind == .number
    guard current.kind == .identifier || isNumber else {
      throw fail("expected what \(ExprPrinter.quote(key.value)) stands for")
    }
    let t = advance()
    return MapEntry(
      key: key,
      value: Name(text: t.text, range: t.range),
      isNumber: isNumber,
      range: SourceRange(key.range.start, t.range.end)
    )
  }

  private mutating func expectNumber(_ what: String) throws -> Name {
    guard current.kind == .number else { throw fail("expected \(what) (a number)") }
    let t = advance()
    return Name(text: t.text, range: t.range)
  }
}
