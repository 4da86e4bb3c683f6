/// The page around a notice, as a copy of it carries it along.
extension NoticeRules {
  /// A web page's own lines around the notice (breadcrumbs, posting and view counts, print links):
  /// kept as comments, never read as the notice.
  static let chromeMarkers = [
    "当前位置", "您的位置", "现在位置", "所在位置", "首页 >", "首页>", "首页 »", "首页»", "首页 ->", "首页->", ">>", "发布时间",
    "发布日期", "发布者", "发布人", "发布单位", "浏览次数", "浏览量", "点击数", "点击次数", "点击量", "阅读次数", "阅读量", "访问次数", "来源：", "来源:", "作者：",
    "作者:", "编辑：", "审核：", "字号", "打印本页",
    "关闭窗口", "上一篇", "下一篇", "分享到", "分享：", "分享:", "【大", "更新时间", "录入时间", "添加时间",
    // Pages in Taiwan: `張貼期間: 2022/08/01~2023/01/31`, `瀏覽人次:2667`.
    "张贴期间", "张贴日期", "张贴时间", "浏览人次", "点阅次数", "公告时间", "公告日期", "公告人:", "公告人：",
    // `日期範圍:2025/8/15 ~ 2025/9/16`: the days the page shows the notice.
    "日期范围",
  ]
  /// A page's posting line may also open with a bare 日期 and its date (`日期:2022-02-18各二级学院…`).
  static let chromeOpeners = ["日期:", "日期：", "时间:", "时间："]

  /// Whether a line is the page's, not the notice's.
  static func isChrome(_ line: String) -> Bool {
    guard line.count <= 120 else { return false }
    for m in chromeMarkers {
      guard let r = line.range(of: m) else { continue }
      // `发布时间：2019-09-03` is the page's; `成绩录入时间：课程结束后至…` is the notice's own label.
      // `学工部审核：6月18日前` is the notice's work: a byline's label (`审核：张三`, `信息来源:`) names a
      // person, not a day, and 审核 or 编辑 in it follows no office.
      if m.hasSuffix("：") || m.hasSuffix(":") {
        let lead = line[..<r.lowerBound].last
        let value = line[r.upperBound...].drop { $0 == " " }
        let work = m.hasPrefix("审核") || m.hasPrefix("编辑")
        if work && lead.map(NoticeClauses.isNameCharacter) == true
          || value.first.map({ $0.isASCII && $0.isNumber }) == true
        {
          continue
        }
        return true
      }
      guard m.hasSuffix("时间") || m.hasSuffix("日期") || m.hasSuffix("范围") else { return true }
      let value = line[r.upperBound...].drop { "：: 【[（(".contains($0) }
      if value.first.map({ $0.isASCII && $0.isNumber }) ?? true { return true }
    }
    if let o = chromeOpeners.first(where: { line.hasPrefix($0) }),
      line.dropFirst(o.count).prefix(10).allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
      line.dropFirst(o.count).prefix(10).count == 10
    {
      return true
    }
    // `浏览：75`, `点击：[]`: a count, not an instruction to click.
    let chars = Array(line)
    for w in ["浏览", "点击", "阅读", "人气"] {
      var from = line.startIndex
      while let r = line.range(of: w, range: from..<line.endIndex) {
        let i = line.distance(from: line.startIndex, to: r.upperBound)
        let after = chars[i..<min(chars.count, i + 3)].filter { $0 != "：" && $0 != ":" && $0 != " " }
        if let c = after.first, c.isNumber || c == "[" || c == "（" || c == "(" { return true }
        // `(点击: )`: a bracketed count the copy left empty.
        if i > w.count, i < chars.count, "(（".contains(chars[i - w.count - 1]), ":：".contains(chars[i]),
          after.first.map({ ")）".contains($0) }) == true
        {
          return true
        }
        // `18-03-04 15:07:19 浏览:` at a line's end: the count the copy left out.
        let rest = chars[i...].filter { $0 != " " }
        if rest.count == 1, rest.first == ":" || rest.first == "：" { return true }
        from = r.upperBound
      }
    }
    return false
  }

  /// A name that can sign a notice: an office's (`教务处`, `研究生院`, `教学办`) or, with a dated day, a
  /// school's unit (`重庆工商大学考点`).
  static func signs(_ name: String, dated: Bool) -> Bool {
    (ownerSuffixes + ["院", "办"]).contains(where: { name.hasSuffix($0) })
      || dated && name.count <= 16 && ["大学", "学院"].contains(where: { name.contains($0) })
  }
}
