/// `timeline --format docx`: the notice as the office sends it, a Word document: the issuer in red
/// above a red rule with the document number, the title, the addressees, the preamble, the numbered
/// items worded exactly as `--format md` words them (其他事项 and every recipient included), the
/// attachments, the signature and date, and 抄送. CJK fonts are declared (仿宋 for the body, 小标宋/宋体
/// for the title), so Word and LibreOffice pick a Chinese face.
enum NoticeDocx {
  static func render(_ t: Timeline, steps: [ScheduledStep]) -> [UInt8] {
    let n = NoticeText(t, steps: steps)
    var body = ""
    if let issuer = n.issuer {
      body += para(
        issuer + "文件",
        align: "center",
        size: 52,
        bold: true,
        color: "FF0000",
        font: "方正小标宋简体",
        spaceAfter: 240
      )
    }
    if let number = n.number {
      body += para(number, align: "center", size: 32, redRule: true, spaceAfter: 360)
    } else if n.issuer != nil {
      body += para("", align: "center", size: 16, redRule: true, spaceAfter: 360)
    }
    body += para(n.title, align: "center", size: 44, bold: true, font: "方正小标宋简体", spaceAfter: 360)
    if let to = n.to { body += para(to + "：", size: 32) }
    if let p = n.preamble { body += para(p, size: 32, indent: true) }
    for (i, item) in n.items.enumerated() {
      body += para("\(i + 1). " + item.text, size: 32, indent: true)
      for d in item.details { body += para(d, size: 28, indent: true, left: 640) }
    }
    if !n.otherMatters.isEmpty {
      body += para("\(n.items.count + 1). 其他事项", size: 32, indent: true)
      for (i, m) in n.otherMatters.enumerated() { body += para("（\(i + 1)）" + m, size: 32, indent: true) }
    }
    if !n.attachments.isEmpty {
      body += para("", size: 32)
      for (i, a) in n.attachments.enumerated() {
        body += para((i == 0 ? "附件：" : "　　　") + "\(i + 1). " + a, size: 32, indent: true)
      }
    }
    if let by = n.signedBy { body += para("", size: 32) + para(by, align: "right", size: 32, right: 640) }
    if let on = n.signedOn { body += para(on, align: "right", size: 32, right: 480) }
    if !n.copies.isEmpty {
      body += para("", size: 32) + para("抄送：" + n.copies.joined(separator: "、") + "。", size: 28, topRule: true)
    }
    return package(body)
  }

  /// One paragraph of one run. Sizes are in half-points (32 = 三号, 16 pt), indents in twentieths.
  static func para(
    _ text: String,
    align: String? = nil,
    size: Int,
    bold: Bool = false,
    color: String? = nil,
    font: String? = nil,
    indent: Bool = false,
    left: Int = 0,
    right: Int = 0,
    redRule: Bool = false,
    topRule: Bool = false,
    spaceAfter: Int = 0
  ) -> String {
    var p = "<w:pPr>"
    if redRule { p += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"18\" w:space=\"6\" w:color=\"FF0000\"/></w:pBdr>" }
    if topRule { p += "<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\"000000\"/></w:pBdr>" }
    p += "<w:spacing w:after=\"\(spaceAfter)\" w:line=\"560\" w:lineRule=\"exact\"/>"
    if indent || left > 0 || right > 0 {
      p +=
        "<w:ind w:left=\"\(left)\" w:right=\"\(right)\""
        + (indent ? " w:firstLineChars=\"200\" w:firstLine=\"640\"" : "") + "/>"
    }
    if let align { p += "<w:jc w:val=\"\(align)\"/>" }
    p += "</w:pPr>"
    var r = "<w:rPr>"
    if let font { r += "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\"/>" }
    if bold { r += "<w:b/>" }
    if let color { r += "<w:color w:val=\"\(color)\"/>" }
    r += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr>"
    return
      "<w:p>\(p)<w:r>\(r)<w:t xml:space=\"preserve\">\(Markup.escape(text, replacingControls: true))</w:t></w:r></w:p>"
  }

  /// The document around `body`: A4, portrait with the official document's margins, or landscape (a
  /// wide table such as the 周历) with even ones.
  static func document(_ body: String, landscape: Bool = false) -> String {
    let page =
      landscape
      ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
      : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)<w:sectPr>\(page)</w:sectPr></w:body></w:document>
      """
  }

  /// A document's parts, zipped: the body in a page as `document` lays it out.
  static func package(_ body: String, landscape: Bool = false) -> [UInt8] {
    var zip = ZipWriter()
    zip.add("[Content_Types].xml", Array(contentTypes.utf8))
    zip.add("_rels/.rels", Array(rels.utf8))
    zip.add("word/document.xml", Array(document(body, landscape: landscape).utf8))
    zip.add("word/styles.xml", Array(styles.utf8))
    return zip.bytes()
  }

  static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>
    """

  static let rels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
    """

  /// The body's default face: 仿宋 for Chinese (the official-document face), Times New Roman for Latin.
  static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" w:cs="Times New Roman"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>
    """
}
