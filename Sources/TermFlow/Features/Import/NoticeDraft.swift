/// A workflow drafted from a notice, and its text. Every line of the notice is kept in the text: as
/// the `# 原文:` above what was made of it, in the header, or as a `# TODO:` where nothing was made.
struct NoticeDraft {
  struct Step {
    var name: String
    var title: String
    var owner: String?
    /// The date lines (`on`, `due`, `start`), each with its phrase: as the notice writes it where the
    /// language reads that, else in the language's own form (see `SpanPhrases`).
    var dates: [(keyword: String, phrase: String)]
    /// What the date cannot say (an office's closing time), as a TODO under it.
    var todo: String? = nil
    /// `即日起至…`: open from the notice's own day, the due as read; settled once that day is known.
    var sinceNow: ProsePoint? = nil
    /// A payment whose window opens on the notice's day.
    var paying = false
    var deliveries: [(form: String, to: String?)] = []
    var notes: [String] = []
    var source: [String]
    /// The notice's section (`一、` …) the step is in, 0 before the first.
    var section = 0
    /// Where an owner the sentence does not name came from.
    var ownerGuess: OwnerGuess? = nil
    /// The days it names, and whether the notice's opening paragraph named them as a day or a list of
    /// days (a summary, maybe).
    var days: [ProsePoint] = []
    var inPreamble = false
    /// A range the opening paragraph names (`论文答辩将于12月28日至1月18日期间进行`): a summary only where
    /// a later item gives the same range.
    var rangeInPreamble = false
    /// Made from a table's row, not from prose.
    var fromTable = false
    /// The notice's line it was read from.
    var line = 0
    /// The line's item level (`2.` 1, `(1)` 2), nil for a line with no marker.
    var level: Int?
    /// An item that is only its label and its dates (`2.提交申请表、面试:3月12日--3月18日`): a phase,
    /// which the lines under it may spell out.
    var phase = false
  }

  enum OwnerGuess {
    case section, audience, elsewhere, addressee, work
    var note: String {
      switch self {
      case .work: "TODO: whose work this is (the notice names no one for it)"
      case .section: "TODO: guessed from its section (the sentence names no office)"
      case .audience: "TODO: the audience the notice declares (the sentence names no office)"
      case .elsewhere: "TODO: who the notice says does this work elsewhere (the sentence names no office)"
      case .addressee: "TODO: the office the notice is addressed to (the sentence names no office)"
      }
    }
  }

  struct Payment {
    var name: String
    var owner: String?
    var ownerGuessed: Bool
    var window: String
    var source: [String]
    /// `fee 80 per credit` lines and the channels (`微信`, `支付宝`) the notice names.
    var fees: [String] = []
    var channels: [String] = []
    var days: [ProsePoint] = []
    var line = 0
    /// The hours within the window the notice takes payments (`每周一、三、五的9:00至16:00`).
    var schedule: String? = nil
    /// Why a window the notice does not call a time of paying is one (with what the notice says).
    var why: (phrase: String, values: [String])? = nil
  }

  struct Policy {
    var name: String
    var owner: String?
    var note: String
    var source: [String]
  }

  struct Contact {
    var name: String
    var number: String
    var purpose: String
    var source: [String]
  }

  /// One thing in the body, in the notice's order.
  enum Item {
    case step(Step)
    case payment(Payment)
    case policy(Policy)
    case contact(Contact)
    /// A line kept as a comment: `TODO` when nothing was made of it, else a label (附件, 抄送).
    case comment(label: String, text: String)
  }

  var source: String
  var title: String?
  var header: [(label: String, text: String)] = []
  /// The notice's lines the header was read from, as written.
  var headerSource: [String] = []
  var term: String?
  var weekOne: CivilDate?
  /// The term's extent when the notice's dates run past the default 20 weeks or start before week 1.
  var weeks = 20
  var opens: CivilDate?
  var closes: CivilDate?
  /// Why week 1 is what it is, or why there is none.
  /// How week 1 was found, as phrases with their values (said in the draft's language).
  var weekNote: [(phrase: String, values: [String])] = []
  /// Whether the notice counts its years from 民国 (`113年9月9日`, `112學年度`): a page from Taiwan.
  var countsROCYears = false
  /// The office that issued the notice: the owner of what names none.
  var issuer: String?
  var items: [Item] = []
  /// The notice's lines as written, by the line as read, where the two differ (`CopiedText`).
  var written: [String: String] = [:]
  /// Fees the notice prints where it gives no payment window to hang them on.
  var looseFees: [String] = []

  /// Owners in the order first named, with the name as written where the identifier reorders it
  /// (a grade group: `2020级新生` is 新生2020级).
  var owners: [(id: String, written: String?)] {
    var seen: [(id: String, written: String?)] = []
    func add(_ o: String?) {
      guard let o, !seen.contains(where: { $0.id == Self.ownerName(o) }) else { return }
      seen.append((Self.ownerName(o), NoticeClauses.gradeIdentifier(o).map { _ in o }))
    }
    for i in items {
      switch i {
      case .step(let s):
        add(s.owner ?? NoticeDraft.unknownOwner)
        s.deliveries.forEach { add($0.to) }
      case .payment(let p): add(p.owner ?? NoticeDraft.unknownOwner)
      case .policy(let p): add(p.owner ?? NoticeDraft.unknownOwner)
      default: break
      }
    }
    return seen
  }

  /// The owner written where the notice names none: declared, so the draft checks, and flagged.
  static let unknownOwner = "待定"

  /// An office's name as the language reads one identifier: a notice's brackets, control characters
  /// and stray symbols dropped (`各院（部）` → 各院部), so the draft parses whatever the notice held.
  static func ownerName(_ s: String) -> String {
    if let grade = NoticeClauses.gradeIdentifier(s) { return grade }
    let name = s.filter { NoticeClauses.isNameCharacter($0) || $0.isASCII && $0.isNumber }
    guard let first = name.first else { return unknownOwner }
    return first.isASCII && first.isNumber ? unknownOwner + name : name
  }

  /// The draft, its comments in `lang` (the language's own words and the notice's text as they are).
  func text(_ lang: Language = .en) -> String {
    var out = lang(
      "# Drafted by `termflow import` from %1. Check it (`termflow check`), rename the steps,\n# and add what prose cannot say (after, allow day off, channels, rules).\n",
      source
    )
    for (label, text) in header { out += "# \(label): \(asWritten(text))\n" }
    out += origin(headerSource)
    out += "\nworkflow notice \(quoted(title ?? lang("TODO: the notice's title")))\n\n"
    out += frame()
    for n in weekNote { out += "# " + lang(n.phrase, values: n.values) + "\n" }
    out += "term \(term ?? "TODO-term") {\n"
    if let w = weekOne {
      out += "  week 1 starts \(w)\n"
    } else {
      out += "  # " + lang("TODO: week 1 starts YYYY-MM-DD") + "\n"
    }
    if let o = opens { out += "  opens \(o)  # " + lang("the notice's first date, before week 1") + "\n" }
    if let c = closes {
      out += "  closes \(c)  # " + lang("the notice's last date, after the last teaching week") + "\n"
    }
    out += "  weeks \(weeks)\n"
    // `holidays official` is the mainland's calendar: a notice that counts its years from 民国 keeps
    // Taiwan's days off, which the draft does not know.
    out +=
      countsROCYears
      ? "  # "
        + lang(
          "TODO: the notice counts its years from 民国 (Taiwan): list its days off; holidays official is the mainland's"
        )
        + "\n}\n\n"
      : "  holidays official\n}\n\n"
    for o in owners { out += "owner \(o.id)" + (o.written.map { " " + quoted($0) } ?? "") + "\n" }
    for f in looseFees { out += "# " + lang("TODO: %1: the notice gives no payment window for it", f) + "\n" }
    var names: Set<String> = []
    func unique(_ n: String) -> String {
      var name = n, k = 2
      while names.contains(name) {
        name = "\(n)\(k)"
        k += 1
      }
      names.insert(name)
      return name
    }
    for item in items {
      switch item {
      case .step(let s):
        out += "\n" + origin(s.source)
        out += "step \(unique(s.name)) {\n  title \(quoted(s.title))\n"
        out += ownerLine(s.owner, missing: "TODO: the sentence names no office", lang)
        if let g = s.ownerGuess { out.insert(contentsOf: "  # " + lang(g.note), at: out.index(before: out.endIndex)) }
        for d in s.dates { out += "  \(d.keyword) \(d.phrase)\n" }
        if let t = s.todo { out += "  # TODO: " + lang(t) + "\n" }
        if let todo = Self.rejoinedTodo(s.days) { out += "  # " + lang(todo) + "\n" }
        for d in s.deliveries {
          out += "  deliver \(quoted(d.form))" + (d.to.map { " to \(Self.ownerName($0))" } ?? "") + "\n"
        }
        for n in s.notes { out += "  note \(quoted(n))\n" }
        out += "}\n"
      case .payment(let p):
        out += "\n" + origin(p.source)
        out += "payment \(unique(p.name)) {\n"
        if p.owner == nil {
          out += ownerLine(nil, missing: "TODO: the item names no office", lang)
        } else {
          let owner = Self.ownerName(p.owner ?? Self.unknownOwner)
          out +=
            "  owner \(owner)" + (p.ownerGuessed ? "  # " + lang("TODO: guessed from the item's other sentences") : "")
            + "\n"
        }
        out += "  window \(p.window)"
        // A window opens at the start of its first day: the hour the notice opens it at is kept in view.
        if let t = p.days.first?.time, p.days.count > 1, t.clock != "00:00" {
          out += "  # " + lang("TODO: the notice opens it at %1; a window opens at the start of its first day", t.clock)
        }
        out += "\n"
        if let (phrase, values) = p.why { out += "  # " + lang(phrase, values: values) + "\n" }
        if let h = p.schedule { out += "  # " + lang("TODO: paid only %1; a window is whole days", h) + "\n" }
        if let todo = Self.rejoinedTodo(p.days) { out += "  # " + lang(todo) + "\n" }
        for c in p.channels { out += "  channel \(quoted(c))\n" }
        for f in p.fees { out += "  \(f)\n" }
        out += "}\n"
      case .policy(let p):
        out += "\n" + origin(p.source)
        out += "policy \(unique(p.name)) {\n"
        out += ownerLine(p.owner, missing: "TODO: the item names no office", lang)
        out += "  note \(quoted(p.note))\n}\n"
      case .contact(let c):
        out += "\n" + origin(c.source)
        out += "contact \(unique(c.name)) \(quoted(c.number)) \(quoted(c.purpose))\n"
      case .comment(let label, let text):
        if out.hasSuffix("}\n") || out.hasSuffix("\"\n") { out += "\n" }
        out += "# \(label): \(asWritten(text))\n"
      }
    }
    return out
  }

  /// The `notice` block, from the header and the tail the notice prints (nothing when it prints none).
  private func frame() -> String {
    var lines: [String] = []
    func fact(_ label: String) -> String? { header.first { $0.label == label }?.text }
    if let issuer = fact("发文机关") { lines.append("issuer \(quoted(issuer))") }
    if let number = fact("文号") { lines.append("number \(quoted(number))") }
    if let to = fact("主送") { lines.append("to \(quoted(to))") }
    if let p = preamble { lines.append("preamble \(quoted(p))") }
    for a in attachments { lines.append("attachment \(quoted(a))") }
    if let by = fact("落款"), let on = fact("发文日期") { lines.append("signed \(quoted(by)) \(on)") }
    for c in copies { lines.append("copy \(quoted(c))") }
    guard !lines.isEmpty else { return "" }
    return "notice {\n" + lines.map { "  \($0)\n" }.joined() + "}\n\n"
  }

  /// The notice's opening paragraph: the first line before the items that holds no date.
  var preamble: String? {
    for case .comment("前言", let text) in items where text.hasSuffix("：") || text.hasSuffix(":") { return text }
    return nil
  }

  /// The attachments the notice lists before its signature (`附件1：标题`).
  var attachments: [String] {
    var out: [String] = []
    for case .comment("附件", let text) in items {
      guard text.hasPrefix("附件"), let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { continue }
      let title = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if title.isEmpty { break }
      if out.contains(title) { break }
      out.append(title)
    }
    return out
  }

  /// Who is copied (`抄送：分管校领导、学工处。`).
  var copies: [String] {
    var out: [String] = []
    for case .comment("抄送", let text) in items {
      var t = Substring(text.drop { $0 != "：" && $0 != ":" }.dropFirst())
      while let last = t.last, "。.".contains(last) { t = t.dropLast() }
      if !t.isEmpty { out.append(String(t)) }
    }
    return out
  }

  /// Below a date read from digits that lost what was between them (`621前`, `35—37日`), and says how
  /// it was read.
  static func rejoinedTodo(_ days: [ProsePoint]) -> String? {
    let lost = "TODO: the copy lost the 年/月/日 between these digits; "
    if days.contains(where: \.nearest) {
      return lost + "read as the date near the notice's other dates: check it against the notice"
    }
    return days.contains(where: \.rejoined)
      ? lost + "read as the one date they can be: check it against the notice" : nil
  }

  private func origin(_ lines: [String]) -> String { lines.map { "# 原文: \(asWritten($0))\n" }.joined() }

  /// A line as the notice wrote it, where the reader read it otherwise (`CopiedText`).
  func asWritten(_ line: String) -> String { written[line] ?? line }

  /// `  owner 教务处`, or the declared stand-in with a TODO saying why.
  private func ownerLine(_ owner: String?, missing: String, _ lang: Language) -> String {
    owner.map { "  owner \(Self.ownerName($0))\n" } ?? "  owner \(Self.unknownOwner)  # " + lang(missing) + "\n"
  }

  /// A string literal of the language, written as `fmt` writes one (by scalar, so a backslash before a
  /// combining mark is still escaped); line breaks and tabs in a notice's sentence become spaces.
  func quoted(_ s: String) -> String {
    var flat = String.UnicodeScalarView()
    for c in s.unicodeScalars { flat.append(c == "\n" || c == "\r" || c == "\t" ? " " : c) }
    return ExprPrinter.quote(String(flat))
  }
}
