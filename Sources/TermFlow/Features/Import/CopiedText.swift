import Foundation

/// A notice's text as the reader reads it: a page served in traditional characters (`學生可於4月6日`)
/// read as simplified, its ratio signs read as the colons they stand for (`18∶00`), and without the
/// pinyin such pages gloss words with, so the office lexicon, the date words and the rules find them.
/// Each line keeps its place, and the draft quotes the line as written (`NoticeDraft.written`).
enum CopiedText {
  /// The lines of `text` as read, each with the line as written.
  static func lines(_ text: String) -> [(read: String, written: String)] {
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
      .map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(["\u{3000}", "\u{FEFF}", "\r"])) }
    let joined = joiningBrokenDates(lines)
    // A table's cell (`… |` beside other such lines, or with a tab between cells) lists its tasks
    // in the table's row, where they are read; any other long line is cut at its numbered items.
    func isCell(_ k: Int) -> Bool {
      if joined[k].contains("\t") { return true }
      guard joined[k].hasSuffix("|") else { return false }
      let near = [joined[..<k].last { !$0.isEmpty }, joined[(k + 1)...].first { !$0.isEmpty }]
      return near.contains { $0?.hasSuffix("|") == true }
    }
    return joined.indices.flatMap { k in isCell(k) ? [joined[k]] : splittingRunOnItems(joined[k]) }
      .map { (read($0), $0) }
  }

  /// A page whose paragraphs lost their breaks copies as one long line with its items numbered inside
  /// it (`…如下: 1、教务处… 2、各单位… 5、…为: (1)5月20日后… (2)6月1日后…`): it is cut before each
  /// number of such a run (1, 2, 3… of one style, each after a space or a sentence's end), so each
  /// item is a line as the notice meant it. A line with fewer than two such numbers stays whole.
  static func splittingRunOnItems(_ line: String) -> [String] {
    guard line.count >= 120 else { return [line] }
    let pieces = numberedPieces(line)
    guard let last = pieces.last, let signature = signature(endingRunOn: last) else { return pieces }
    return pieces.dropLast() + [String(last.dropLast(signature.count)).trimmingCharacters(in: .whitespaces), signature]
  }

  /// `…请各学院遵照执行。 教务处 2025年2月26日`: the signature a run-on page ends with, after its last
  /// sentence: a name and a dated day, nothing else (the signature's own line, as the notice set it).
  static func signature(endingRunOn text: String) -> String? {
    guard let stop = text.lastIndex(where: { "。！!；;".contains($0) }) else { return nil }
    let rest = text[text.index(after: stop)...].trimmingCharacters(in: .whitespaces)
    guard (6...40).contains(rest.count), !rest.contains(where: { "，,：:、".contains($0) }),
      case let spans = ProseSpanReader.spans(in: rest), spans.count == 1, let only = spans.first,
      only.upper == rest.count, only.from.year != nil, only.to == nil, only.lower > 0
    else { return nil }
    // The name: an office's or the school's, short (`学生所在学院教务员收到成绩单后请于` is a sentence).
    let name = String(Array(rest)[..<only.lower]).trimmingCharacters(in: .whitespaces)
    guard name.count <= 16, NoticeRules.signs(name, dated: true) else { return nil }
    return rest
  }

  /// `text` cut before each number of a run of numbered items (1, 2, 3… of one style, each at the
  /// start or after a space or a sentence's end), with what comes before the first; `[text]` when
  /// fewer than two numbers run. Also a table's work cell that lists its tasks (`1.学生上交…; 2.…`).
  static func numberedPieces(_ text: String) -> [String] {
    let c = Array(text)
    var cuts: [Int] = []
    // The next number each kind of marker expects, by its rank in a Chinese document's outline:
    // `一、` > `(一)` > `1、`/`1.` > `(1)`.
    var expected = [0: 1, 1: 1, 2: 1, 3: 1]
    for k in c.indices where (k == 0 || " 。；;：:".contains(c[k - 1])) && !"-*•".contains(c[k]) {
      // The attachments after the last item (`… 附: 《反馈汇总表》`) start the notice's tail.
      if !cuts.isEmpty, NoticeRules.attachmentPrefixes.contains(where: { c[k...].starts(with: $0) }) {
        cuts.append(k)
        break
      }
      let item = NoticeItem(String(c[k..<min(c.count, k + 8)]))
      guard let level = item.level, let number = item.number, let n = ChineseNumerals.parse(number) else { continue }
      let rank = level == 0 ? 0 : level == 1 ? 2 : number.allSatisfy(\.isASCII) ? 3 : 1
      guard expected[rank] == n else { continue }
      // `1.学生…`, never `5.25` (a date), `1.5学分` or `8:30` (a time).
      let closer = k + number.count + (level == 2 ? 1 : 0)
      if closer + 1 < c.count, ".．:：".contains(c[closer]), c[closer + 1].isNumber { continue }
      cuts.append(k)
      expected[rank] = n + 1
      // A new item's own sub-items count from 1 again (`1.… (1)… (2)… 2.… (1)…`).
      for deeper in (rank + 1)..<4 { expected[deeper] = 1 }
    }
    guard cuts.filter({ $0 > 0 }).count >= (cuts.first == 0 ? 1 : 2) else { return [text] }
    var out: [String] = []
    var from = 0
    for k in cuts {
      let piece = String(c[from..<k]).trimmingCharacters(in: .whitespaces)
      if !piece.isEmpty { out.append(piece) }
      from = k
    }
    out.append(String(c[from...]).trimmingCharacters(in: .whitespaces))
    return out
  }

  /// A page that sets each run of a date in its own element copies as a date broken over lines
  /// (`09` / `年12` / `月1` / `日` / `——` / `12` / `月3` / `日` / `:各院部…`): such lines are joined back
  /// where a date's own characters continue across the break, and a range's dash or the words after
  /// its last 日 (`:`, `之前`) with it.
  static func joiningBrokenDates(_ lines: [String]) -> [String] {
    func continues(_ a: String, _ b: String) -> Bool {
      guard let x = a.last, let y = b.first else { return false }
      let digitA = x.isASCII && x.isNumber, digitB = y.isASCII && y.isNumber
      if digitA && "年月日号".contains(y) { return true }
      if "年月".contains(x) && digitB { return true }
      // A week and its dates' bracket on the next line (`秋季学期第11周` / `(2021.11.15-2021.11.19`).
      if x == "周" && "(（".contains(y) && b.dropFirst().first.map({ $0.isASCII && $0.isNumber }) == true {
        return true
      }
      // A range's dash on its own line, between a day and the next date.
      if isDash(a) && digitB || "日号".contains(x) && a.count <= 4 && isDash(b) { return true }
      // After a broken date's last 日 (a 日 alone on its line is nothing else): what it is the date of.
      if "日号".contains(x) && a.count <= 4 && (":：之前".contains(y) || b.hasPrefix("前")) { return true }
      if (a == "日" || a == "号") && NoticeItem(b).level == nil { return true }
      // A table's date cell and its time cell, one per line (`9月2日` / `8:30-15:20`).
      if "日号".contains(x) && a.count <= 12 && isTimeCell(b) { return true }
      // A date in its own element inside a sentence (`…将于` / `3月` / `24日` / `(星期六)开始,…`): the
      // words that lead to it and its weekday or part of the day after it.
      if "于在至到从自".contains(x), digitB, b.prefix(3).contains(where: { "年月".contains($0) }) { return true }
      if a.count <= 6,
        "日号".contains(x) || NoticeRules.dayParts.contains(where: { (a.hasSuffix("日" + $0) || a.hasSuffix("号" + $0)) }),
        a.first.map({ $0.isNumber }) == true,
        "(（".contains(y) || (NoticeRules.dayParts + ["至", "到", "开始", "进行"]).contains(where: b.hasPrefix)
      {
        return true
      }
      return false
    }
    // A date's first digits alone on a line, after the word or item marker that leads to it.
    func leadsToDate(_ a: String, _ b: String, _ c: String?) -> Bool {
      guard let x = a.last, let c, let y = c.first, "年月".contains(y), b.count <= 4,
        b.allSatisfy({ $0.isASCII && $0.isNumber })
      else { return false }
      return "于在至到从自".contains(x) || NoticeItem(a).level != nil && NoticeItem(a).text.isEmpty
    }
    // A flow chart's box (`6月4日(三)` / `-` / `6月13日(五)`): a range's dash on its own line after a whole
    // date with its weekday, before the next date.
    func dashAfterDate(_ a: String, _ b: String, _ c: String?) -> Bool {
      guard isDash(b), a.count <= 40, let y = c?.first, y.isASCII && y.isNumber,
        let last = ProseSpanReader.spans(in: a).last, last.upper == a.count, last.from.hasDate
      else { return false }
      return true
    }
    var out: [String] = []
    // The last line as copied: whether a break continues depends on it, not on what it joined. Blank
    // lines between the pieces (a page that spaces its elements) go with the break.
    var piece = ""
    var blanks = 0
    let next = lines.indices.map { i in lines[(i + 1)...].first { !$0.isEmpty } }
    for (i, line) in lines.enumerated() {
      if line.isEmpty {
        blanks += 1
        continue
      }
      if let last = out.last, !piece.isEmpty,
        continues(piece, line) || leadsToDate(piece, line, next[i]) || dashAfterDate(piece, line, next[i])
      {
        out[out.count - 1] = last + line
      } else {
        out += Array(repeating: "", count: blanks) + [line]
      }
      blanks = 0
      piece = line
    }
    return out + Array(repeating: "", count: blanks)
  }

  /// `8:30-15:20`, `13:00`: a line holding only a time or a span of times.
  private static func isTimeCell(_ s: String) -> Bool {
    guard let first = s.first, first.isASCII, first.isNumber, s.count <= 13, s.contains(":") || s.contains("：")
    else { return false }
    return s.allSatisfy { $0.isASCII && $0.isNumber || ":： ~～至到".contains($0) || ProseSpanReader.dashes.contains($0) }
  }

  private static func isDash(_ s: String) -> Bool {
    !s.isEmpty && s.count <= 3 && s.allSatisfy { "—–-~～至".contains($0) }
  }

  /// One line as read.
  static func read(_ line: String) -> String {
    var c = line.map { c in c == "∶" ? "：" : simplified(c) }
    // `08：00`, as sites that set every colon full-width print a clock: the clock's colon.
    for k in c.indices.dropFirst().dropLast() where c[k] == "：" && c[k - 1].isASCII && c[k - 1].isNumber {
      if c[k + 1].isASCII && c[k + 1].isNumber { c[k] = ":" }
    }
    return withoutPinyin(c)
  }

  /// A heading without the English a bilingual page glosses it with after a slash (`返校报到时间/Back to
  /// School Reporting Time`), which would hide that it is a short label.
  static func withoutGloss(_ line: String) -> String {
    guard let slash = line.lastIndex(of: "/"), slash > line.startIndex,
      case let before = line[line.index(before: slash)], !before.isASCII, before.isLetter,
      case let gloss = line[line.index(after: slash)...], gloss.contains(where: \.isLetter),
      gloss.allSatisfy({ $0.isASCII && ($0.isLetter || " '-".contains($0)) })
    else { return line }
    return String(line[..<slash])
  }

  /// The text without the pinyin such a site glosses characters with (`学(xué)费(fèi)`): a bracket of
  /// lower-case Latin letters, tone marks included, right after a Chinese character.
  static func withoutPinyin(_ c: [Character]) -> String {
    var out = ""
    var i = 0
    while i < c.count {
      if c[i] == "(" || c[i] == "（", let last = out.last, !last.isASCII, last.isLetter,
        let close = c[(i + 1)...].prefix(8).firstIndex(where: { $0 == ")" || $0 == "）" }), close > i + 1,
        c[(i + 1)..<close].allSatisfy(isPinyinLetter)
      {
        i = close + 1
        continue
      }
      out.append(c[i])
      i += 1
    }
    return out
  }

  private static func isPinyinLetter(_ c: Character) -> Bool {
    guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
    return ("a"..."z").contains(s) || (0xE0...0x1DC).contains(s.value) && c.isLowercase
  }

  /// Traditional characters that notices use, as simplified. A page served in traditional characters
  /// is most often the office's simplified text converted by the site (`調(diào)整`), so reading it back
  /// as simplified restores what the office wrote; a character with two simplified readings is left out.
  /// Keyed by scalar: each is one scalar, and a table of four thousand keyed by `Character` cost an
  /// import a few milliseconds to build.
  static let simplified: [UInt32: Character] = {
    var out: [UInt32: Character] = [:]
    out.reserveCapacity(4096)
    var traditional: Unicode.Scalar?
    for s in pairs.unicodeScalars where !s.properties.isWhitespace {
      if let t = traditional {
        if out[t.value] == nil { out[t.value] = Character(s) }
        traditional = nil
      } else {
        traditional = s
      }
    }
    return out
  }()

  /// A character as read: its simplified form where the table has one.
  static func simplified(_ c: Character) -> Character {
    guard let u = c.unicodeScalars.first, c.unicodeScalars.count == 1, let s = simplified[u.value] else { return c }
    return s
  }
}
