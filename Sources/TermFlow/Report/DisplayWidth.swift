/// Terminal cell widths: East Asian wide and fullwidth characters take two cells, combining marks none.
/// Used for carets and column alignment, where counting characters would misalign Chinese text.
enum DisplayWidth {
  static func of(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + of($1) } }

  static func of(_ c: Unicode.Scalar) -> Int {
    let v = c.value
    if v == 0 || (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v) || v == 0xFE0F { return 0 }
    if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
      || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
      || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
    {
      return 2
    }
    return 1
  }

  /// Pads `s` with spaces on the right to `width` cells.
  static func pad(_ s: String, to width: Int) -> String {
    let w = of(s)
    return w >= width ? s : s + String(repeating: " ", count: width - w)
  }

  /// Expands tabs to the next multiple of 4 cells, as the renderer prints source lines.
  /// `s` with control characters (NUL, ESC, …, and DEL) shown as their control pictures (␀ ␛ ␡), one
  /// cell each: bytes from a file are never sent to the terminal as commands. Newlines and tabs stay.
  static func visible(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F }) else {
      return s
    }
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars {
      if c.value < 0x20, c != "\n", c != "\t", let p = Unicode.Scalar(0x2400 + c.value) {
        out.append(p)
      } else if c.value == 0x7F {
        out.append("\u{2421}")
      } else {
        out.append(c)
      }
    }
    return String(out)
  }

  static func expandTabs(_ s: String) -> String {
    var out = ""
    var col = 0
    for c in s.unicodeScalars {
      if c == "\t" {
        let n = 4 - col % 4
        out += String(repeating: " ", count: n)
        col += n
      } else {
        out.unicodeScalars.append(c)
        col += of(c)
      }
    }
    return out
  }
}
