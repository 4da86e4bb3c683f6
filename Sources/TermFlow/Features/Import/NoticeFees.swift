/// The fees a notice prints, as `payment`'s `fee` reads them: `80元/学分` → `80 per credit`,
/// `150元/门` and `每门20元` → `20 per course`, `110-120元/学分` → `110 .. 120 per credit`. A fee by
/// another unit (`2元/笔`, `学费总额的1/2`) is no `fee` the language has, and stays in the notice's words.
struct NoticeFee: Equatable {
  var low: String
  var high: String?
  /// `credit` or `course`.
  var unit: String

  /// `fee 80 per credit`, as the draft writes it.
  var statement: String { "fee \(low)" + (high.map { " .. \($0)" } ?? "") + " per \(unit)" }

  static func all(in text: String) -> [NoticeFee] {
    let c = Array(text)
    var out: [NoticeFee] = []
    var i = 0
    while i < c.count {
      defer { i += 1 }
      // 每学分80元, 每门20元
      if c[i] == "每", i + 1 < c.count, let unit = unit(c, at: i + 1) {
        var p = skipSpaces(c, i + 1 + unit.length)
        // 每学分人民币80元, 每學分新台幣 2,000 元整
        for w in currencies where p + w.count <= c.count && c[p..<p + w.count].elementsEqual(w) {
          p = skipSpaces(c, p + w.count)
        }
        if let (low, high, e0) = amount(c, at: p), case let e = skipSpaces(c, e0), e < c.count, c[e] == "元" {
          out.append(NoticeFee(low: low, high: high, unit: unit.name))
          i = e
        }
        continue
      }
      // 80元/学分, 110-120元/学分, 130/学分
      guard i == 0 || !isDigit(c[i - 1]) && c[i - 1] != ".", let (low, high, e) = amount(c, at: i) else { continue }
      let p = skipSpaces(c, e < c.count && c[e] == "元" ? e + 1 : e)
      guard p < c.count, c[p] == "/" || c[p] == "／" else { continue }
      let q = skipSpaces(c, p + 1)
      if let unit = unit(c, at: q) {
        out.append(NoticeFee(low: low, high: high, unit: unit.name))
        i = q + unit.length - 1
      }
    }
    var seen: [NoticeFee] = []
    for f in out where !seen.contains(f) { seen.append(f) }
    return seen
  }

  private static func unit(_ c: [Character], at i: Int) -> (name: String, length: Int)? {
    for (w, name) in [("学分", "credit"), ("學分", "credit"), ("门", "course"), ("門", "course"), ("科", "course")] {
      let wc = Array(w)
      if i + wc.count <= c.count, c[i..<i + wc.count].elementsEqual(wc) { return (name, wc.count) }
    }
    return nil
  }

  private static let currencies = ["人民币", "新台币", "新台幣"].map { Array($0) }

  private static func isGroup(_ c: [Character], _ k: Int) -> Bool {
    k + 3 <= c.count && c[k..<k + 3].allSatisfy(isDigit) && !(k + 3 < c.count && isDigit(c[k + 3]))
  }

  private static func skipSpaces(_ c: [Character], _ i: Int) -> Int {
    var p = i
    while p < c.count, c[p] == " " { p += 1 }
    return p
  }

  /// `80`, `80.5`, `110-120`, `2,000`: the amount (or range) and where it ends.
  private static func amount(_ c: [Character], at i: Int) -> (String, String?, Int)? {
    func number(_ p: Int) -> (String, Int)? {
      var q = p
      var digits = ""
      while q < c.count {
        if isDigit(c[q]) {
          digits.append(c[q])
        } else if c[q] != "," || digits.isEmpty || !isGroup(c, q + 1) {
          // A comma joins only a group of three (`2,000`); `1,2` is a list.
          break
        }
        q += 1
      }
      guard !digits.isEmpty, digits.count <= 6 else { return nil }
      var text = digits
      if q + 1 < c.count, c[q] == ".", isDigit(c[q + 1]) {
        let dot = q
        q += 1
        while q < c.count, isDigit(c[q]) { q += 1 }
        text += String(c[dot..<q])
      }
      return (text, q)
    }
    guard let (low, e) = number(i) else { return nil }
    if e < c.count, "-~～－—".contains(c[e]), let (high, e2) = number(e + 1) { return (low, high, e2) }
    return (low, nil, e)
  }

  private static func isDigit(_ ch: Character) -> Bool { ch.isASCII && ch.isNumber }
}
