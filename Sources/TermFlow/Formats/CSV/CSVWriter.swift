/// CSV as the reports write it (RFC 4180): a field with a comma, a quote or a line break is quoted,
/// its quotes doubled; every other field is written as it is.
enum CSVWriter {
  static func field(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
    return "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
  }

  static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\n" }
}
