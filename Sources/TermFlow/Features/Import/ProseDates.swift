/// The date phrases inside a notice's prose, found with the lexer's own date code, so `import` writes
/// exactly the phrases `check` reads: `9月16日（第2周星期日）`, `第八周周二(11月6日)`, `二〇一八年九月十六日`,
/// `2018-09-16`, with a following time (`17:00`, `下午5点`), `前`, and a range (`到9月28日`, `至28日`).
struct ProseDate {
  /// The phrase as written (the date, then the time if any).
  var text: String
  var kind: DatePhrase.Kind
  /// Every day a list names (`3月29日、30日`), the first being `kind`.
  var kinds: [DatePhrase.Kind]
  var time: String?
  /// The end of a range, as written (`9月28日`, `28日`), with the word that joined it.
  var rangeEnd: (word: String, text: String)?
  /// Written with 前 (or 之前/以前) after it: a due.
  var before: Bool
  /// Byte offsets (UTF-8) in the sentence: where the mention starts and where it (with 前) ends.
  var start: Int
  var end: Int
}

extension Lexer {
  /// The end of the date phrase that starts at `at` in `bytes`, or nil.
  static func proseDate(_ bytes: [UInt8], at: Int) -> Int? {
    var l = Lexer(bytes: bytes, at: at)
    let c = l.peekScalar()
    let ok: Bool
    if ("0"..."9").contains(c) {
      ok = l.lexNumberOrDate() == .chineseDate || l.isISODate(from: at)
    } else if c == "第", l.looksLikeWeekPhrase() {
      let week = l.lexWeekPhrase(start: at)
      if week { l.lexWeekListTail() }
      ok = week && l.lexBracketedDate(start: at)
    } else if Lexer.isDateDigit(c), l.looksLikeNumeralDate() {
      ok = l.lexChineseDate(start: at)
    } else {
      ok = false
    }
    return ok && l.pos > at ? l.pos : nil
  }

  private func isISODate(from: Int) -> Bool {
    let s = String(decoding: bytes[from..<pos], as: UTF8.self)
    // As the parser reads `2018-09-16`: three parts and a four-digit year.
    return s.split(separator: "-").count == 3 && (CivilDate(iso: s)?.year ?? 0) >= 1000
  }
}

enum ProseDates {
  /// Every date mentioned in `sentence`, in order.
  static func find(in sentence: String) -> [ProseDate] {
    let bytes = Array(sentence.utf8)
    var out: [ProseDate] = []
    var i = 0
    while i < bytes.count {
      let startsHere = i == 0 || !isDigitByte(bytes[i - 1])
      guard startsHere, isLeadByte(bytes[i]), let end = Lexer.proseDate(bytes, at: i) else {
        i += 1
        continue
      }
      let literal = String(decoding: bytes[i..<end], as: UTF8.self)
      guard let kinds = literal.contains("-") ? isoKind(literal).map({ [$0] }) : Parser.parseChineseDateList(literal),
        let kind = kinds.first
      else {
        i = end
        continue
      }
      var p = end
      var mention = ProseDate(
        text: literal,
        kind: kind,
        kinds: kinds,
        time: nil,
        rangeEnd: nil,
        before: false,
        start: i,
        end: end
      )
      mention.time = time(bytes, &p)
      // A range: 到/至/—/～ then a whole date or a day alone.
      for word in ["到", "至", "—", "～", "~", "-"] where bytes[p...].starts(with: word.utf8) {
        let q = p + word.utf8.count
        if let e = Lexer.proseDate(bytes, at: q) {
          mention.rangeEnd = (word, String(decoding: bytes[q..<e], as: UTF8.self))
          p = e
        } else if let e = dayOnly(bytes, at: q) {
          mention.rangeEnd = (word, String(decoding: bytes[q..<e], as: UTF8.self))
          p = e
        }
        if mention.rangeEnd != nil, let t = time(bytes, &p) { mention.rangeEnd?.text += " " + t }
        break
      }
      for word in ["之前", "以前", "前"] where bytes[p...].starts(with: word.utf8) {
        mention.before = true
        p += word.utf8.count
        break
      }
      mention.end = p
      out.append(mention)
      i = p
    }
    return out
  }

  private static func isoKind(_ s: String) -> DatePhrase.Kind? {
    guard let d = CivilDate(iso: s), d.year >= 1000 else { return nil }
    return .calendar(year: d.year, month: d.month, day: d.day, stated: nil)
  }

  private static func isDigitByte(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// A byte where a date may start: an ASCII digit, or the first byte of 第, a fullwidth digit or a numeral.
  private static func isLeadByte(_ b: UInt8) -> Bool { isDigitByte(b) || b >= 0xE0 }

  /// `28日` or `28号` at `at`.
  private static func dayOnly(_ bytes: [UInt8], at: Int) -> Int? {
    var p = at
    while p < bytes.count, isDigitByte(bytes[p]) { p += 1 }
    guard p > at else { return nil }
    for unit in ["日", "号"] where bytes[p...].starts(with: unit.utf8) { return p + unit.utf8.count }
    return nil
  }

  /// A time right after a date (a space allowed): `17:00`, `24:00`, `下午5点`, `中午12:00`.
  private static func time(_ bytes: [UInt8], _ p: inout Int) -> String? {
    var q = p
    while q < bytes.count, bytes[q] == 0x20 { q += 1 }
    var end = q
    for prefix in ["上午", "中午", "下午", "晚上"] where bytes[q...].starts(with: prefix.utf8) {
      end = q + prefix.utf8.count
      break
    }
    let digits = end
    while end < bytes.count, isDigitByte(bytes[end]) { end += 1 }
    guard end > digits else { return nil }
    if end < bytes.count, bytes[end] == 0x3A {
      let m = end + 1
      end = m
      while end < bytes.count, isDigitByte(bytes[end]) { end += 1 }
      guard end > m else { return nil }
      // 14:46:48 is a timestamp with seconds, which a workflow does not write: no time is read.
      if end < bytes.count, bytes[end] == 0x3A { return nil }
    } else if bytes[end...].starts(with: "点".utf8), end > q + 0, digits > q {
      end += "点".utf8.count
      if bytes[end...].starts(with: "半".utf8) { end += "半".utf8.count }
    } else {
      return nil
    }
    let text = String(decoding: bytes[q..<end], as: UTF8.self)
    guard text.contains(":") || Parser.chineseTime(text) != nil else { return nil }
    p = end
    return text
  }
}
