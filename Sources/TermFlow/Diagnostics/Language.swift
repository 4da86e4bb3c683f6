/// The words termflow's human-facing output is labelled with, in English or Chinese (`--lang zh|en`,
/// or `TERMFLOW_LANG`). Machine-facing output (JSON, CSV values, diagnostic codes) keeps its English
/// tokens whatever the language, so scripts read one format. The phrases are keyed by their English;
/// each layer keeps its own Chinese beside its code (Report/Labels*.swift, Features/Import/NoticePhrases.swift).
public enum Language: String, Sendable, CaseIterable {
  case en, zh

  /// A label in this language; a key without a translation is printed as it is.
  func callAsFunction(_ key: String) -> String {
    self == .en ? key : Self.chinese[key] ?? Self.explaining[key] ?? Self.importing[key] ?? key
  }

  /// A phrase with values in it: `%1`, `%2` … in the phrase (and in its translation, in whatever order
  /// the language puts them) stand for `values`, put in one pass (a value's own `%1` stays as it is).
  func callAsFunction(_ key: String, _ values: String...) -> String { self(key, values: values) }

  func callAsFunction(_ key: String, values: [String]) -> String {
    let template = Array(self(key).unicodeScalars)
    var out = String.UnicodeScalarView()
    var k = 0
    while k < template.count {
      let next = k + 1 < template.count ? Int(template[k + 1].value) - 0x30 : 0
      if template[k] == "%", next >= 1, next <= min(9, values.count) {
        out.append(contentsOf: values[next - 1].unicodeScalars)
        k += 2
      } else {
        out.append(template[k])
        k += 1
      }
    }
    return String(out)
  }
}

extension Language {
  /// `3 rows`, `1 row`; in Chinese with the word's measure word (`3 行`, `2 个文件`).
  func count(_ n: Int, _ word: String) -> String {
    if self == .zh { return "\(n) " + (Self.measured[word] ?? word) }
    return "\(n) \(word)\(n == 1 ? "" : "s")"
  }

  static let measured = ["row": "行", "file": "个文件", "score": "个成绩"]
}
