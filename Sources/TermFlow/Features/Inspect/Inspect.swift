/// `termflow state inspect DIR`: the office's first step with a new export. Reads the header and a
/// sample of every CSV in the folder (and its sub-folders) and prints a layout that `check`s: the
/// headers it recognised for each field, value maps and a grade scale built from the values it saw
/// (with their counts), time formats that read every sampled time, and a `# TODO` for whatever it
/// could not place.
extension Driver {
  /// Rows read from each file to count values.
  static let inspectSample = 20000

  struct InspectedFile {
    var name: String
    var encoding: String
    var header: [String]
    var rows: [[String]]
    var total: Int
    /// The line the header is on (a title above it makes it more than 1).
    var headerLine = 1
  }

  public static func inspectState(
    files: StateFiles,
    folder: String,
    encoding: TextEncoding,
    lang: Language = .en
  ) -> CommandOutput {
    let names = files.all()
    guard !names.isEmpty else { return CommandOutput(stderr: "termflow: no .csv files in '\(folder)'\n", exitCode: 1) }
    var inspected: [InspectedFile] = []
    var out = "# termflow state inspect \(folder): \(lang.count(names.count, "file"))\n"
    out +=
      "# "
      + lang(
        "A suggested layout. Check it, settle every TODO, and put it in the workflow (or in a school.flow it uses)."
      )
      + "\n"
    for name in names {
      var file: InspectedFile?
      _ = files.withTable(name) { raw in file = read(name, raw, encoding) }
      // A workbook whose first sheet is no table (a cover sheet, 说明): the first sheet that is one.
      if let f = file, LayoutGuess.table(of: f.header) == nil {
        for sheet in files.sheets(name).dropFirst() {
          var other: InspectedFile?
          _ = files.withTable("\(name)#\(sheet)") { raw in other = read("\(name)#\(sheet)", raw, encoding) }
          if let o = other, LayoutGuess.table(of: o.header) != nil {
            file = o
            break
          }
        }
      }
      guard let file else {
        out += "# " + lang("%1: neither UTF-8 nor GB18030 text; skipped", name) + "\n"
        continue
      }
      inspected.append(file)
    }
    var tables: [TableKind: [InspectedFile]] = [:]
    for f in inspected {
      guard let t = LayoutGuess.table(of: f.header) else {
        let header = CSVTable.cut(f.header.joined(separator: ","))
        out += "# " + lang("%1: could not tell which table this is (header: %2)", f.name, header) + "\n"
        continue
      }
      tables[t, default: []].append(f)
    }
    var blocks = ""
    var tableText = ""
    for t in TableKind.allCases {
      guard let group = tables[t] else {
        // Bills are for tuition workflows only: an export without them is the usual case.
        if t != .bills {
          tableText +=
            "\n# "
            + lang("no file looks like the %1 table; the built-in layout (%2) will be read", t.rawValue, t.defaultFile)
            + "\n"
        }
        continue
      }
      let (text, maps) = InspectedTable(table: t, files: group, lang: lang).render()
      tableText += "\n" + text
      blocks += maps
    }
    return CommandOutput(stdout: out + blocks + tableText)
  }

  private static func read(
    _ name: String,
    _ raw: UnsafeBufferPointer<UInt8>,
    _ encoding: TextEncoding
  ) -> InspectedFile? {
    guard case .success(let (bytes, found)) = TextEncoding.utf8Copy(raw, as: encoding) else { return nil }
    let label = found == .gb18030 ? "GB18030" : "UTF-8"
    // The header is the first of the leading rows that names a table's columns (or, failing that, the
    // first with two values): the rows above it are a title, said as `header row N`.
    var leading: [(line: Int, values: [String])] = []
    var header: (line: Int, values: [String])?
    var rows: [[String]] = []
    var total = 0
    func take(_ values: [String]) {
      total += 1
      if rows.count < inspectSample { rows.append(values) }
    }
    // Below the header, rows that are not data (a 合计 line, a footer, blank rows) are not sampled,
    // as the run leaves them out.
    var markers: NonDataMarkers?
    func headerFound(_ line: Int, _ values: [String]) {
      header = (line, values)
      let keys = [LayoutField.studentID, .orderID, .billID].flatMap { LayoutGuess.headers[$0] ?? [] }
      markers = NonDataMarkers(header: values, key: values.firstIndex(where: keys.contains) ?? Int.max, named: [])
    }
    _ = bytes.withUnsafeBufferPointer { p in
      CSVScanner.scan(p) { fields, line in
        let values = fields.map { CSVScanner.string(p, $0, trimmed: true) }
        if header != nil {
          if markers?.classify(p, fields) == nil { take(values) }
        } else if LayoutGuess.table(of: values) != nil {
          headerFound(line, values)
        } else {
          leading.append((line, values))
          if leading.count == 20 { settle() }
        }
        return true
      }
    }
    func settle() {
      guard header == nil,
        let first = leading.first(where: { $0.values.filter { !$0.isEmpty }.count >= 2 }) ?? leading.first
      else { return }
      headerFound(first.line, first.values)
      for (line, v) in leading where line > first.line { take(v) }
    }
    settle()
    return header.map {
      InspectedFile(name: name, encoding: label, header: $0.values, rows: rows, total: total, headerLine: $0.line)
    }
  }
}

/// One table's files, turned into layout text.
struct InspectedTable {
  let table: TableKind
  let files: [Driver.InspectedFile]
  var lang: Language = .en

  /// The `table` block, and the `values` and `grades` blocks it names.
  func render() -> (String, String) {
    var lines: [String] = []
    var maps = ""
    var used: Set<String> = []
    let rows = files.reduce(0) { $0 + $1.total }
    var text =
      "# \(files.map(\.name).joined(separator: ", ")): \(files.first?.encoding ?? "UTF-8"), \(lang.count(rows, "row"))\n"
    text += "table \(table.rawValue) \(fileSpec()) {\n"
    // Each file's header is found on its own (the reader's default): the files with a title are
    // named, so the user knows what the run will leave out.
    let titled = files.filter { $0.headerLine > 1 }
    if !titled.isEmpty {
      let which = titled.map { f in
        f.headerLine == 2 ? lang("%1 (line 1)", f.name) : lang("%1 (lines 1-%2)", f.name, String(f.headerLine - 1))
      }
      lines.append(
        "  # " + lang("a title above the header, left out: %1", which.joined(separator: ", "))
          + (titled.count < files.count ? "; " + lang("the other files have none") : "")
      )
    }
    let fields = suggestedFields
    let required = table.required(declaring: Set(fields.filter { !headers(for: $0).isEmpty }))
    for field in fields {
      let sources = headers(for: field)
      guard !sources.isEmpty else {
        if required.contains(field) {
          lines.append("  # TODO: \(field.rawValue) \"?\"  " + lang("(no column looks like it; this field is needed)"))
        } else if Self.ruleFields.contains(field), table.fields.contains(field) {
          lines.append(
            "  # \(field.rawValue): "
              + lang("no column looks like it; a rule that reads it needs its column or a value for every row")
          )
        }
        continue
      }
      let passedOver = choose(field).passedOver
      if !passedOver.isEmpty {
        // Written as a `todo` line, which `check` refuses: the suggestion never runs on a guess.
        let question = lang(
          "%1 could also be %2: which does this export mean?",
          field.rawValue,
          passedOver.joined(separator: ", ")
        )
        lines.append("  todo " + ExprPrinter.quote(question))
      }
      for s in sources { used.formUnion(s) }
      var line =
        "  \(field.rawValue) "
        + sources.map { $0.map { ExprPrinter.quote($0) }.joined(separator: " + ") }.joined(separator: " or ")
      let seen = counts(sources)
      switch field.kind {
      case .bool, .kind, .event, .status:
        let name = sources[0].joined()
        maps += valuesBlock(name, field, seen)
        line += " values \(name)"
      case .score:
        let name = sources[0].joined()
        maps += gradesBlock(name, seen)
        line += " grades \(name)"
      case .time:
        let formats = timeFormats(seen)
        line +=
          formats.isEmpty
          ? "  # TODO: " + lang("no known time format reads these; add: %1", "time \"yyyy/M/d H:mm\"")
          : " time " + formats.map { ExprPrinter.quote($0) }.joined(separator: ", ")
      case .list:
        let seps = ["、", ";", ",", "，", "；"].filter { sep in seen.keys.contains { $0.contains(sep) } }
        if !seps.isEmpty { line += " split " + seps.map { ExprPrinter.quote($0) }.joined(separator: ", ") }
      case .text, .key, .amount: break
      }
      lines.append(line)
    }
    text += lines.joined(separator: "\n") + "\n}\n"
    text += unread(used)
    return (text, maps)
  }

  /// One file, or a glob for all of them when they share a folder.
  private func fileSpec() -> String {
    guard files.count > 1 else { return ExprPrinter.quote(files.first?.name ?? table.defaultFile) }
    let folders = Set(files.map { $0.name.split(separator: "/").dropLast().joined(separator: "/") })
    // A glob when the files share a sub-folder and a kind (a glob in the state folder itself would take
    // the other tables' files too; a sheet named after `#` cannot be globbed).
    let kinds = Set(
      files.map { $0.name.contains("#") ? "#" : $0.name.lowercased().hasSuffix(".xlsx") ? "xlsx" : "csv" }
    )
    if folders.count == 1, let dir = folders.first, !dir.isEmpty, kinds.count == 1, let kind = kinds.first, kind != "#"
    {
      return ExprPrinter.quote(dir + "/*." + kind)
    }
    return files.map { ExprPrinter.quote($0.name) }.joined(separator: ", ")
  }

  /// The headers any file names the field by (alternatives, in the vocabulary's order).
  func headers(for field: LayoutField) -> [[String]] {
    let all = Set(files.flatMap(\.header))
    var out = choose(field).sources
    if field == .term, out.isEmpty {
      for (a, b) in LayoutGuess.termParts where all.contains(a) && all.contains(b) { out.append([a, b]) }
    }
    // The payments' course list shares 课程代码 with the records' code: only the list field keeps it.
    if table == .payments, field == .courseCode { return [] }
    return out
  }

  /// Each value of the field's column(s) in the sampled rows, with how often it occurs.
  private func counts(_ sources: [[String]]) -> [String: Int] {
    var seen: [String: Int] = [:]
    for f in files {
      guard let position = sources.lazy.compactMap({ s in s.count == 1 ? f.header.firstIndex(of: s[0]) : nil }).first
      else { continue }
      for row in f.rows where position < row.count { seen[row[position], default: 0] += 1 }
    }
    return seen
  }

  private func ordered(_ seen: [String: Int]) -> [(String, Int)] {
    seen.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
  }

  private func valuesBlock(_ name: String, _ field: LayoutField, _ seen: [String: Int]) -> String {
    var s = "\nvalues \(name) {\n"
    for (value, n) in ordered(seen).prefix(40) {
      if let to = (field.kind == .status ? LayoutGuess.billValues : LayoutGuess.values)[value],
        field.mapTargets.contains(to)
      {
        s += "  \(ExprPrinter.quote(value)) = \(to)  # \(lang.count(n, "row"))\n"
      } else {
        s +=
          "  # TODO: \(ExprPrinter.quote(value)) = \(field.mapTargets.joined(separator: "|"))?  "
          + (value.isEmpty
            ? lang("(%1 blank: what does a blank cell mean in this export?)", lang.count(n, "row"))
            : lang("(%1)", lang.count(n, "row"))) + "\n"
      }
    }
    if seen.count > 40 {
      s +=
        "  # " + lang("… and %1 more values: is this really a %2 column?", "\(seen.count - 40)", field.rawValue) + "\n"
    }
    return s + "}\n"
  }

  private func gradesBlock(_ name: String, _ seen: [String: Int]) -> String {
    var s = "\ngrades \(name) {\n  pass at 60\n"
    var top = 100, decimals = 0
    var texts: [(String, Int)] = []
    for (value, n) in ordered(seen) {
      if let t = Array(value.utf8).withUnsafeBufferPointer({ GradeScale.tenths($0) }) {
        top = max(top, (t + 9) / 10)
        if t % 10 != 0 { decimals += n }
      } else {
        texts.append((value, n))
      }
    }
    s +=
      "  range 0 .. \(top)" + (decimals > 0 ? "  # " + lang("%1 with a decimal", lang.count(decimals, "score")) : "")
      + "\n"
    for (value, n) in texts.prefix(40) {
      if value.isEmpty {
        // A blank score is 缺考 in one system and 缓考 (not an attempt) in another: never guessed.
        s +=
          "  # TODO: \"\" = absent|not-attempted|fail?  "
          + lang("(%1 blank: what does a blank score mean in this export?)", lang.count(n, "row")) + "\n"
      } else if let meaning = LayoutGuess.grades[value] {
        s += "  \(ExprPrinter.quote(value)) = \(meaning)  # \(lang.count(n, "row"))\n"
      } else {
        s +=
          "  # TODO: \(ExprPrinter.quote(value)) = " + lang("a score, pass, fail, absent or not-attempted?") + "  "
          + lang("(%1)", lang.count(n, "row")) + "\n"
      }
    }
    return s + "}\n"
  }

  /// The fewest known formats that together read every sampled time.
  private func timeFormats(_ seen: [String: Int]) -> [String] {
    var left = Set(seen.keys.filter { !$0.isEmpty })
    var chosen: [String] = []
    for pattern in LayoutGuess.timeFormats where !left.isEmpty {
      guard let f = TimeFormat(pattern) else { continue }
      let read = left.filter { v in Array(v.utf8).withUnsafeBufferPointer { f.parse($0) != nil } }
      if !read.isEmpty {
        chosen.append(pattern)
        left.subtract(read)
      }
    }
    return left.isEmpty ? chosen : []
  }
}
