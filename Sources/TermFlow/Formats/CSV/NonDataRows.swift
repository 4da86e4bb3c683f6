/// Rows of an export that are not data: what systems print around a table (a title above the header,
/// blank lines, a total line, the header again on each printed page, a footer saying who made the
/// table and when). They are left out of the read and counted, so the run's report says what it did
/// not read: never an error, never silent.
struct NonDataRows: Sendable, Equatable {
  enum Kind: Int, CaseIterable, Sendable {
    case title, blank, header, total, footer, named

    /// Whether the report quotes the row's first cell (a title, a total's label, a footer).
    var quoted: Bool { self != .blank && self != .header }

    /// The report's word for one such row (`title line 1`).
    var noun: String {
      switch self {
      case .title: return "title line"
      case .blank: return "blank line"
      case .header: return "repeated header"
      case .total: return "total line"
      case .footer: return "footer line"
      case .named: return "skipped line"
      }
    }
  }

  /// What a total line's first filled cell starts with.
  static let totals = ["合计", "总计", "小计", "共计", "累计", "总合计", "本页合计", "本页小计", "Total", "TOTAL", "Subtotal"]
  /// What a footer's first filled cell starts with: who made or checked the table, when it was
  /// exported or printed, a note under it.
  static let footers = [
    "制表人", "制表", "制单人", "制单", "填表人", "填报人", "审核人", "审核", "经办人", "负责人", "导出时间", "导出日期",
    "导出人", "打印时间", "打印日期", "打印人", "统计时间", "统计日期", "生成时间", "数据截止", "注：", "注:", "说明：", "说明:",
    "备注：", "备注:",
  ]

  /// The rows of each kind (in file order): at most `kept` line numbers each, and every count.
  private(set) var counts = [Int](repeating: 0, count: Kind.allCases.count)
  private(set) var lines = [[Int]](repeating: [], count: Kind.allCases.count)
  /// The first cell of the first total, footer or named row of each kind (what the report quotes).
  private(set) var texts = [String](repeating: "", count: Kind.allCases.count)
  static let kept = 3

  var isEmpty: Bool { counts.allSatisfy { $0 == 0 } }
  var total: Int { counts.reduce(0, +) }

  mutating func add(_ kind: Kind, line: Int, text: String = "") {
    counts[kind.rawValue] += 1
    if lines[kind.rawValue].count < Self.kept { lines[kind.rawValue].append(line) }
    if texts[kind.rawValue].isEmpty { texts[kind.rawValue] = text }
  }

  mutating func add(_ other: NonDataRows) {
    for k in Kind.allCases {
      counts[k.rawValue] += other.counts[k.rawValue]
      lines[k.rawValue] = Array((lines[k.rawValue] + other.lines[k.rawValue]).prefix(Self.kept))
      if texts[k.rawValue].isEmpty { texts[k.rawValue] = other.texts[k.rawValue] }
    }
  }

  func count(_ k: Kind) -> Int { counts[k.rawValue] }
  func lines(_ k: Kind) -> [Int] { lines[k.rawValue] }
  func text(_ k: Kind) -> String { texts[k.rawValue] }
}

/// How the reader tells a row that is not data, for one file's header: the markers as bytes, so a
/// row is judged without making a string of it.
struct NonDataMarkers: Sendable {
  /// The header's cells, trimmed (a row equal to them is the header again).
  var header: [[UInt8]]
  /// The row position of the table's key (学号, 订单号): a total or footer leaves it empty or holds
  /// its marker there; a data row never does.
  var key: Int
  var markers: [(text: [UInt8], kind: NonDataRows.Kind)]
  /// The first byte of any marker or of the header's first cell: most rows are ruled out on it.
  private var firsts = [Bool](repeating: false, count: 256)

  init(header: [String], key: Int, named: [String]) {
    self.header = header.map { Array($0.utf8) }
    self.key = key
    markers =
      named.map { (Array($0.utf8), NonDataRows.Kind.named) } + NonDataRows.totals.map { (Array($0.utf8), .total) }
      + NonDataRows.footers.map { (Array($0.utf8), .footer) }
    for m in markers { if let b = m.text.first { firsts[Int(b)] = true } }
    if let b = self.header.first?.first { firsts[Int(b)] = true }
  }

  /// Whether the row is not data, and which kind; nil for a data row (or a row whose problem is for
  /// the reader to report).
  func classify(_ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<CSVScanner.Field>) -> NonDataRows.Kind? {
    guard let base = p.baseAddress else { return nil }
    func cell(_ k: Int) -> UnsafeBufferPointer<UInt8> {
      let f = fields[k]
      guard f.end > f.start else { return UnsafeBufferPointer(start: base, count: 0) }
      return trimmingSpaces(UnsafeBufferPointer(start: base + f.start, count: f.end - f.start))
    }
    var first = 0
    while first < fields.count, cell(first).isEmpty { first += 1 }
    guard first < fields.count else { return .blank }
    let text = cell(first)
    guard let lead = text.first, firsts[Int(lead)] else { return nil }
    if fields.count == header.count, (0..<fields.count).allSatisfy({ cell($0).elementsEqual(header[$0]) }) {
      return .header
    }
    // A marker counts only where the key is empty or is the marker's own cell.
    guard key >= fields.count || key == first || cell(key).isEmpty else { return nil }
    for m in markers where text.count >= m.text.count && text.starts(with: m.text) { return m.kind }
    return nil
  }

  /// The first filled cell, for the report to quote.
  static func firstCell(_ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<CSVScanner.Field>) -> String {
    for f in fields {
      let s = CSVScanner.string(p, f, trimmed: true)
      if !s.isEmpty { return s.count > 40 ? String(s.prefix(40)) + "…" : s }
    }
    return ""
  }
}
