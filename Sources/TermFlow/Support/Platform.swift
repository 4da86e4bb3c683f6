#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that calls the C library directly, so the rest of termflow builds wherever Swift
/// does: Linux (Glibc) and macOS (Darwin). Elsewhere each call answers what a platform without it
/// would: no advice taken, no conversion available (the caller then reports the file as unreadable).
enum Platform {
  /// Big buffers a run fills once (a million records) asked of the kernel as 2 MiB pages where it hands
  /// them out on request (`transparent_hugepage` set to `madvise`, the usual default): one page fault and
  /// one page to clear per 2 MiB instead of per 4 KiB. Only the whole 2 MiB pages inside the buffer are
  /// advised; elsewhere, or where the kernel declines, nothing changes.
  static let hugePageSize = 2 << 20

  /// Advises the buffer's interior; call it before the buffer is first written.
  static func adviseHugePages(_ start: UnsafeMutableRawPointer, bytes: Int) {
    #if os(Linux)
    let size = hugePageSize
    let from = (Int(bitPattern: start) + size - 1) & ~(size - 1)
    let to = (Int(bitPattern: start) + bytes) & ~(size - 1)
    guard to > from, let p = UnsafeMutableRawPointer(bitPattern: from) else { return }
    _ = madvise(p, to - from, MADV_HUGEPAGE)
    #endif
  }

  /// Converts between two encodings with the C library's iconv(3); nil when the input is not valid in
  /// `source` or the platform has no iconv.
  static func iconv(_ input: UnsafeBufferPointer<UInt8>, from source: String, to target: String) -> [UInt8]? {
    #if canImport(Glibc) || canImport(Darwin)
    let cd = iconv_open(target, source)
    guard let cd, Int(bitPattern: cd) != -1, let base = input.baseAddress else { return nil }
    defer { iconv_close(cd) }
    var out = [UInt8](repeating: 0, count: input.count * 4 + 16)
    var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(
      mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
    )
    var inLeft = input.count
    let made: Int? = out.withUnsafeMutableBufferPointer { o in
      guard let outBase = o.baseAddress else { return nil }
      var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
      var outLeft = o.count
      #if canImport(Glibc)
      let r = Glibc.iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
      #else
      let r = Darwin.iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
      #endif
      guard r != -1, inLeft == 0 else { return nil }
      return o.count - outLeft
    }
    guard let made else { return nil }
    out.removeLast(out.count - made)
    return out
    #else
    return nil
    #endif
  }
}
