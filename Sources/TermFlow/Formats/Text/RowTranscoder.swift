/// Reads a GB18030 file in place: the scanner splits rows and fields on the file's own bytes (every
/// delimiter is ASCII, and no GB18030 character holds a byte below 0x30), and only a row that is not
/// all ASCII and that the caller's fast path did not take is turned into UTF-8 here, field by field,
/// for `CSVRow` to read. The raw fields stay at hand, so a reader can remember the file's own bytes
/// (for the fast path, which compares them with later rows). No copy of the whole file is made.
final class RowTranscoder {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private(set) var count = 0
  /// The decoded row's fields (into `bytes`).
  private(set) var fields = FieldBuffer()
  /// Whether the row being delivered was decoded (false: an ASCII row, read from the file itself).
  private(set) var decoded = false
  /// The row's fields in the file.
  private(set) var rawFields = UnsafeBufferPointer<CSVScanner.Field>(start: nil, count: 0)
  private let table = GB18030.utf8Table

  init() {
    capacity = 4096
    base = .allocate(capacity: capacity)
  }

  deinit {
    base.deallocate()
    fields.free()
  }

  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  /// The buffer the delivered row's fields point into.
  func rowBytes(_ file: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> { decoded ? bytes : file }

  /// An ASCII row: delivered from the file as it is.
  func pass(_ raw: UnsafeBufferPointer<CSVScanner.Field>) {
    decoded = false
    rawFields = raw
  }

  /// Decodes the row's fields; false when a field holds bytes that are not GB18030.
  func transcode(_ file: UnsafeBufferPointer<UInt8>, _ raw: UnsafeBufferPointer<CSVScanner.Field>) -> Bool {
    guard let fileBase = file.baseAddress else { return false }
    var need = 8
    for f in raw { need += 2 * (f.end - f.start) }
    if need > capacity {
      base.deallocate()
      capacity = max(need, capacity * 2)
      base = .allocate(capacity: capacity)
    }
    count = 0
    fields.count = 0
    let ok = table.withUnsafeBufferPointer { t -> Bool in
      for f in raw {
        guard f.end >= f.start, case .success(let made) = GB18030.decode(fileBase, f.start, f.end, base + count, t)
        else { return false }
        fields.append(CSVScanner.Field(start: count, end: count + made, escaped: f.escaped))
        count += made
      }
      return true
    }
    decoded = true
    rawFields = raw
    return ok
  }
}
