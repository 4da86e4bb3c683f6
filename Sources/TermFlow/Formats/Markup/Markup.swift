/// Text put into HTML or XML (the run and timeline pages, the Word notice): `&`, `<`, `>` and `"`
/// escaped, scalar by scalar (an `&` that a combining mark follows is still an `&`).
enum Markup {
  /// `controls`: a control character other than a tab becomes a space, as XML 1.0 (a Word document)
  /// allows no other; a page keeps them (a tooltip's line break).
  static func escape(_ s: String, replacingControls controls: Bool = false) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case _ where controls && c.value < 0x20 && c != "\t": out += " "
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }
}
