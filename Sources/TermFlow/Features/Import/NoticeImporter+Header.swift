import Foundation

/// The head of a notice: its title, document number, issuer and addressees, read from its first
/// lines before its body.
extension NoticeImporter {
  /// Title, document number, issuer and addressees from the first lines; the lines stay for `read`.
  mutating func readHeader(_ lines: [String]) {
    let top = Array(lines.enumerated().filter { !$0.element.isEmpty }.prefix(8))
    // A `关于…` title below the page's first lines (`English`, another item's headline) is the title.
    let about = top.prefix { NoticeItem($0.element).level == nil }.contains { $0.element.hasPrefix("关于") }
    var k = 0
    var unnamed = 0
    while k < top.count {
      let (i, l) = top[k]
      // The body has begun at its first numbered item (`一、报名时间：…`): a page copied without its
      // head has no title, issuer or addressee below that.
      if NoticeItem(l).level != nil { break }
      k += 1
      // A line of bars or punctuation (a table's edge, `|`) names nothing: the title is below it.
      if l.filter(NoticeClauses.isNameCharacter).count < 2 {
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
      } else if let to = Self.addressee(l) {
        draft.header.append(("主送", to))
      } else if draft.title == nil, !about, k - unnamed == 1, !Self.isDatedSentence(l), !NoticeRules.isChrome(l) {
        draft.title = l.trimmingCharacters(in: CharacterSet(charactersIn: "# *"))
      } else {
        continue
      }
      headerLines.insert(i)
      draft.headerSource.insert(l, at: draft.headerSource.count - continued)
    }
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
}
