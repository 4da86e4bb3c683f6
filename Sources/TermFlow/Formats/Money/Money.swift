/// Amounts as exports print them: `240`, `240.00`, `￥240.00`, `¥1,200.00`, `240.00元`, `１２０．５０`,
/// read as hundredths (fen). The plain form is read by the caller's fast loop; this is the general
/// reader it falls back to, and the one that says why a text is no amount.
enum Money {
  enum Failure: Error, Equatable {
    /// Not an amount at all; the message names what is wrong.
    case notAnAmount(String)
  }

  /// Hundredths, or why not: `'80.005'` has three decimals, `'1,20.00'` a misplaced thousands
  /// separator, `'八十'` no digits.
  static func hundredths(_ text: String) -> Result<Int, Failure> {
    var t = Substring(text).drop { $0 == " " || $0 == "\t" }
    while let last = t.last, last == " " || last == "\t" { t = t.dropLast() }
    for p in ["￥", "¥", "RMB", "CNY"] where t.hasPrefix(p) {
      t = t.dropFirst(p.count).drop { $0 == " " }
      break
    }
    for s in ["元整", "元"] where t.hasSuffix(s) {
      t = t.dropLast(s.count)
      break
    }
    var ascii = ""
    for u in t.unicodeScalars {
      switch u {
      case "０"..."９": ascii.unicodeScalars.append(Unicode.Scalar(u.value - 0xFF10 + 0x30) ?? "0")
      case "．": ascii.append(".")
      case "，": ascii.append(",")
      default: ascii.unicodeScalars.append(u)
      }
    }
    guard !ascii.isEmpty else { return .failure(.notAnAmount("an amount (it is empty)")) }
    let parts = ascii.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return .failure(.notAnAmount("an amount: it has more than one decimal point")) }
    var whole = String(parts[0])
    if whole.contains(",") {
      let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
      guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 })
      else { return .failure(.notAnAmount("an amount: its thousands separators are misplaced (1,200.00)")) }
      whole = groups.joined()
    }
    guard !whole.isEmpty, whole.count <= 12, whole.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      guard ascii.contains(where: { $0.isASCII && $0.isNumber }),
        let odd = ascii.first(where: { !($0.isASCII && ($0.isNumber || $0 == "." || $0 == ",")) })
      else { return .failure(.notAnAmount("an amount such as 80, 80.00, ￥1,200.00 or 240元")) }
      return .failure(.notAnAmount("an amount: '\(odd)' is not part of one (80, 80.00, ￥1,200.00, 240元)"))
    }
    var cents = (Int(whole) ?? 0) * 100
    if parts.count == 2 {
      let frac = parts[1]
      guard frac.allSatisfy({ $0.isASCII && $0.isNumber }), !frac.isEmpty else {
        return .failure(.notAnAmount("an amount: '\(frac)' after the decimal point is not digits"))
      }
      guard frac.count <= 2 else {
        return .failure(.notAnAmount("an amount in yuan and fen: it has \(frac.count) decimals"))
      }
      cents += (Int(frac) ?? 0) * (frac.count == 1 ? 10 : 1)
    }
    return .success(cents)
  }
}
