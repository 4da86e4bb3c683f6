import Foundation

/// The head of a notice: its title, document number, issuer and addressees, read from its first
/// lines before its body.
extension NoticeImporter {
  /// Title, document number, issuer and addressees from the first lines; the lines stay for `read`.
  mutating func readHeader(_ lines: [String]) {
    let top = Array(lines.enumerated().filter { !$0.element.isEmpty }.prefix(8))
    // A `关于…` title below the page's first lines (`English`, another item's headline) is the title.
    let about = top.prefix { NoticeItem($0.element).level == nil }.contains { $0.element.hasPrefix("关于") }
    // A line that ends as a title does (`计财处关于…的通知`, `排 课 通 知`) below the page's furniture
    // (`设为首页`, `学生工作`, a breadcrumb) and above the body names the notice.
    let titled =
      about
      ? nil
      : top.prefix { NoticeItem($0.element).level == nil && Self.addressee($0.element) == nil }
        .first { c in
          // `教学通知` under `首页» 教育教学» 教学通知`: the page's section, named in its breadcrumb.
          Self.readsAsTitle(c.element)
            && !top.contains { $0.element != c.element && $0.element.contains(Self.unspaced(c.element)) }
        }?.offset
    var k = 0
    var unnamed = 0
    while k < top.count {
      let (i, l) = top[k]
      // The body has begun at its first numbered item (`一、报名时间：…`): a page copied without its
      // head has no title, issuer or addressee below that.
      if NoticeItem(l).level != nil { break }
      k += 1
      // A line of bars or punctuation (a table's edge, `|`) names nothing: the title is below it; so
      // is the page's furniture above it (`首页 > 通知公告 > 正文`, `发布时间：… 浏览次数：128`).
      if l.filter(NoticeClauses.isNameCharacter).count < 2 || NoticeRules.isChrome(l) {
        unnamed += 1
        continue
      }
      // The title's continuation lines, already kept: the title's first line goes before them.
      var continued = 0
      if l.hasSuffix("文件"), draft.issuer == nil {
        draft.header.append(("发文机关", String(l.dropLast(2))))
        setIssuer(String(l.dropLast(2)))
      } else if l.contains("〔") && l.hasSuffix("号") || l.contains("[") && l.hasSuffix("号") {
        draft.header.append(("文号", l))
      } else if l.hasPrefix("关于"), draft.title == nil {
        titleLine = i
        var title = l
        // Its next lines go on with it while they are short and say nothing of their own (a date, the
        // page's furniture, an item).
        while !NoticeRules.titleEnds.contains(where: { title.hasSuffix($0) }), k < top.count, k <= 3 + i,
          top[k].element.count <= 30, !NoticeRules.isChrome(top[k].element),
          spans(in: top[k].element).isEmpty, NoticeItem(top[k].element).level == nil
        {
          title += top[k].element
          headerLines.insert(top[k].offset)
          draft.headerSource.append(top[k].element)
          continued += 1
          k += 1
        }
        draft.title = title
      } else if i == titled, draft.title == nil {
        titleLine = i
        draft.title = Self.unspaced(l)
        // `2009—2010学年度第二学期` over `排 课 通 知`: the title's first line names the term or the class.
        if k >= 2, k - 2 == unnamed, case let (j, first) = top[k - 2], Self.opensTitle(first) {
          draft.title = Self.unspaced(first) + (draft.title ?? "")
          headerLines.insert(j)
          draft.headerSource.append(first)
        }
      } else if let to = Self.addressee(l) {
        draft.header.append(("主送", to))
      } else if draft.title == nil, titled == nil, !about, k - unnamed == 1, !Self.isDatedSentence(l),
        !NoticeRules.isChrome(l)
      {
        draft.title = l.trimmingCharacters(in: CharacterSet(charactersIn: "# *"))
      } else {
        continue
      }
      headerLines.insert(i)
      draft.headerSource.insert(l, at: draft.headerSource.count - continued)
    }
  }

  /// `计财处关于催交学杂费的通知`, `2017-2018学年第一学期 选 课 须 知`: a short line, no sentence, that
  /// ends with a word titles end with.
  static func readsAsTitle(_ l: String) -> Bool {
    var t = Substring(unspaced(l))
    // `教务处:关于做好…的通知`: the issuer's name before a colon.
    if let colon = t.firstIndex(where: { $0 == ":" || $0 == "：" }), t.distance(from: t.startIndex, to: colon) <= 6 {
      t = t[t.index(after: colon)...]
    }
    guard t.count <= 60, !NoticeRules.isChrome(l), !t.contains(where: Self.endsClause),
      NoticeItem(l).level == nil
    else { return false }
    // `通知公告`, `- 通知公告`: a section of the page is title words and nothing else.
    var named = t.drop { "-·> ".contains($0) }
    var ends = 0
    while let w = NoticeRules.titleEnds.first(where: { named.hasSuffix($0) }) {
      named = named.dropLast(w.count)
      ends += 1
    }
    return ends > 0 && named.filter(NoticeClauses.isNameCharacter).count >= 2
  }

  /// A title's first line above the line that ends it: it names the year, the term or the class
  /// (`2009—2010学年度第二学期`, `教育科学学院2014届本科毕业生`) and says nothing else.
  static func opensTitle(_ l: String) -> Bool {
    l.count <= 30 && !NoticeRules.isChrome(l) && !l.contains(where: endsClause)
      && ProseSpanReader.spans(in: l).isEmpty && ["学年", "学期", "届", "级"].contains { l.contains($0) }
  }

  /// `排 课 通 知` → `排课通知`: a space between two Chinese characters only spreads the title out.
  static func unspaced(_ l: String) -> String {
    let cs = Array(l.trimmingCharacters(in: CharacterSet(charactersIn: "# *").union(.whitespaces)))
    var out = ""
    for (k, ch) in cs.enumerated() {
      if ch == " ", k > 0, k + 1 < cs.count, isHan(cs[k - 1]), isHan(cs[k + 1]) { continue }
      out.append(ch)
    }
    return out
  }

  /// Punctuation a sentence or a label has and a title does not.
  static func endsClause(_ c: Character) -> Bool { "，,。；;：:".contains(c) }

  static func isHan(_ c: Character) -> Bool {
    c.unicodeScalars.first.map { (0x3400...0x9FFF).contains($0.value) } ?? false
  }

  /// `数理教学部…补考工作将于9月6日-12日进行,请全体考生注意以下事项:`: a page copied without its title
  /// opens on a dated sentence, which is the notice's first line of work, not its title.
  static func isDatedSentence(_ l: String) -> Bool {
    guard !ProseSpanReader.spans(in: l).isEmpty else { return false }
    return l.contains("，") || l.contains(",") || l.hasSuffix("。") || l.hasSuffix("：") || l.hasSuffix(":")
  }

  /// Those a line addresses (`各学院：`, `各位同学/ To all international undergraduates`), or nil.
  static func addressee(_ l: String) -> String? {
    guard ProseSpanReader.spans(in: l).isEmpty, NoticeItem(l).level == nil, !NoticeRules.isChrome(l),
      !NoticeRules.notAddressees.contains(where: { l.contains($0) })
    else { return nil }
    // `各拟申请2026年上半年毕业的博士研究生：`: those 各 picks out may take longer to say.
    if l.hasSuffix("：") || l.hasSuffix(":"), l.count <= 20 || l.hasPrefix("各") && l.count <= 40 {
      return String(l.dropLast())
    }
    // A bilingual greeting: the Chinese before the slash.
    if l.hasPrefix("各") || l.hasPrefix("亲爱的"), let slash = l.firstIndex(of: "/"), l.count <= 80 {
      let to = l[..<slash].trimmingCharacters(in: .whitespaces)
      return to.count >= 2 && to.count <= 20 ? to : nil
    }
    return nil
  }

  mutating func setIssuer(_ issuer: String) {
    if let r = issuer.range(of: "学院") ?? issuer.range(of: "大学"), r.upperBound < issuer.endIndex {
      school = String(issuer[..<r.upperBound])
      draft.issuer = String(issuer[r.upperBound...])
    } else {
      draft.issuer = issuer
    }
  }

  /// `2016-02-21 教务处  教务处`: a posting line's day, then who posted it (no label, no sentence).
  static func datedByline(_ line: String, _ spans: [ProseSpan]) -> Bool {
    let chars = Array(line)
    guard let sp = spans.first, chars[..<sp.lower].allSatisfy(\.isWhitespace), sp.upper < chars.count,
      chars[sp.upper].isWhitespace
    else { return false }
    let names = chars[sp.upper...].split(whereSeparator: \.isWhitespace)
    return (1...3).contains(names.count)
      && names.allSatisfy { n in n.count <= 8 && n.allSatisfy(NoticeClauses.isNameCharacter) }
      && names.contains { n in NoticeRules.ownerSuffixes.contains { String(n).hasSuffix($0) } }
  }

  /// The page's posting day, printed apart from the notice's text: the year of its dates without one.
  mutating func posted(_ day: ProsePoint) {
    if noticeDay == nil { noticeDay = day }
    if postedYear == nil { postedYear = day.year }
  }
}
