import Glibc

/// Big buffers a run fills once (a million records) asked of the kernel as 2 MiB pages where it hands
/// them out on request (`transparent_hugepage` set to `madvise`, the usual default): one page fault and
/// one page to clear per 2 MiB instead of per 4 KiB. Only the whole 2 MiB pages inside the buffer are
/// advised; elsewhere, or where the kernel declines, nothing changes.
enum HugePages {
  static let size = 2 << 20

  /// Advises the buffer's interior; call it before the buffer is first written.
  static func advise(_ start: UnsafeMutableRawPointer, bytes: Int) {
    let from = (Int(bitPattern: start) + size - 1) & ~(size - 1)
    let to = (Int(bitPattern: start) + bytes) & ~(size - 1)
    guard to > from, let p = UnsafeMutableRawPointer(bitPattern: from) else { return }
    _ = madvise(p, to - from, MADV_HUGEPAGE)
  }
}
