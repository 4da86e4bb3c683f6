/// Dates whose labels a page prints under them, as the notices' usual `label:date`.
extension NoticeImporter {
  /// A flow chart's boxes (`6月4日(三)-6月13日(五)` / `暑修报名` / `↓` / `6月9日(一)-6月18日(三)` / `暑修缴费`)
  /// or a two-column table copied a cell per line with its date column first (`时间` / `工作内容` / `6月4日`
  /// / `报名` / …) put each date's label on the line under it: each pair is written `暑修报名:6月4日(三)-…`,
  /// so that a date is its own label's, not the one above's. Only a run of two pairs or more that
  /// ends with a label and starts after no label of its own (after a heading, a sentence, or a header
  /// whose time column comes first): labels over dates (`报名时间` / `3月2日` / `缴费时间` / `3月5日`) end
  /// with a date. A header printed on the first date's line (`日期 申请流程 备注 6月4日(三)`) is kept on
  /// a line of its own.
  /// `written`: the lines as the page printed them (traditional characters), by line as read; the
  /// pairs' own are added, so the draft still quotes every line as printed. A flow chart's arrows stay.
  static func labellingFromBelow(_ lines: [String], written: inout [String: String]) -> [String] {
    var read = Read(lines: lines)
    var out: [String] = []
    var i = 0
    while i < lines.count {
      guard let run = read.run(at: i), let last = run.last else {
        out.append(lines[i])
        i += 1
        continue
      }
      for (n, pair) in run.enumerated() {
        let line = lines[pair.dateLine]
        let printed = written[line] ?? line
        let same = printed.count == line.count
        if let header = pair.header {
          out.append(header)
          // (Quoted as the page's whole line, which the pair's dates are read from.)
          written[header] = printed
        }
        let label = lines[pair.labelLine]
        out.append(label + ":" + pair.dates)
        written[label + ":" + pair.dates] =
          (written[label] ?? label) + ":" + (same ? String(printed.suffix(pair.dates.count)) : pair.dates)
        let next = n + 1 < run.count ? run[n + 1].dateLine : last.labelLine + 1
        out += lines[(pair.labelLine + 1)..<max(pair.labelLine + 1, next)].filter { !$0.isEmpty }
      }
      i = last.labelLine + 1
    }
    return out
  }

  /// The lines, each read at most once, when a run first asks: its dates, and whether it is a label
  /// (the span reader and a label's tests are what reading a notice costs).
  private struct Read {
    let lines: [String]
    var dates: [((String?, String)?)?]
    var labels: [Bool?]

    init(lines: [String]) {
      self.lines = lines
      (dates, labels) = (Array(repeating: nil, count: lines.count), Array(repeating: nil, count: lines.count))
    }

    mutating func dated(_ k: Int) -> (String?, String)? {
      if let known = dates[k] { return known }
      let d = datesOf(lines[k])
      dates[k] = .some(d)
      return d
    }

    mutating func label(_ k: Int) -> Bool {
      if let known = labels[k] { return known }
      let l = isLabel(lines[k])
      labels[k] = l
      return l
    }

    /// The pairs of the run that starts at `i`: each date's line, the header before its dates, the
    /// dates, its label's line. Nil where no such run starts there.
    mutating func run(at i: Int) -> [(dateLine: Int, header: String?, dates: String, labelLine: Int)]? {
      // (A label is short: a line with no short line after it starts no run, and needs no reading.)
      guard let next = following(i), lines[next].count <= 16, dated(i) != nil, opensRun(before: i) else { return nil }
      var run: [(dateLine: Int, header: String?, dates: String, labelLine: Int)] = []
      var k: Int? = i
      while let d = k, let (header, dates) = dated(d), header == nil || run.isEmpty, let l = following(d), label(l) {
        run.append((d, header, dates, l))
        k = following(l)
      }
      // (A run's first date may open the next sentence's range; its last label ends the run.)
      guard run.count >= 2, k.map({ dated($0) == nil }) ?? true else { return nil }
      return run
    }

    /// The next line after `k` that is neither blank nor a flow chart's arrow.
    func following(_ k: Int) -> Int? {
      lines.indices.dropFirst(k + 1).first { l in !lines[l].allSatisfy { " ↓↑→⇩⬇∨".contains($0) } }
    }

    /// Whether the lines before `i` leave its date no label above: a heading, a sentence, or a table's
    /// header whose time column is the first. (A header has at most eight names: more labels above are
    /// a column of cells.)
    mutating func opensRun(before i: Int) -> Bool {
      var above: [String] = []
      for k in lines.indices.prefix(i).reversed() where !lines[k].isEmpty {
        guard label(k) else { break }
        above.insert(lines[k], at: 0)
        if above.count > 8 { return false }
      }
      if above.isEmpty { return true }
      return above.count >= 2 && NoticeTable(header: above).map { $0.time == 0 } == true
    }
  }

  /// A line of nothing but dates, or a header's names before them (`日期 申请流程 备注 6月4日(三)`): the
  /// header and the dates.
  private static func datesOf(_ line: String) -> (String?, String)? {
    guard line.count <= 60, line.contains(where: { $0.isASCII && $0.isNumber }) else { return nil }
    let spans = ProseSpanReader.spans(in: line)
    guard let first = spans.first, first.from.hasDate else { return nil }
    let chars = Array(line)
    let dates = String(chars[first.lower...])
    guard isOnlyDates(Array(dates), ProseSpanReader.spans(in: dates)) else { return nil }
    guard first.lower > 0 else { return (nil, line) }
    let names = String(chars[..<first.lower]).split(separator: " ").map(String.init)
    guard names.count >= 2, let table = NoticeTable(header: names), table.time == 0 else { return nil }
    return (names.joined(separator: " "), dates)
  }

  /// A short line naming a work: no date, no item number, no sentence's end, no closing words, not a
  /// name that ends as an office's or a role's does (a signature's `教务处`).
  private static func isLabel(_ line: String) -> Bool {
    // (The cheap tests first: the span reader and the page's furniture are looked up last.)
    line.count <= 16 && !line.hasSuffix("。") && !line.hasSuffix(":") && !line.hasSuffix("：")
      && line.filter(NoticeClauses.isNameCharacter).count >= 2 && NoticeItem(line).level == nil
      && !NoticeRules.closings.contains { line.hasPrefix($0) } && ProseSpanReader.spans(in: line).isEmpty
      && !NoticeRules.doerEnds.contains(where: line.hasSuffix)
  }
}
