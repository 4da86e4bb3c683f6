import Dispatch

/// `body(0) … body(count - 1)` spread over the machine's cores, the results in index order. Each
/// call writes only its own slot, and everything `body` reads must stay unchanged meanwhile.
func parallelMap<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
  guard count > 1 else { return (0..<count).map(body) }
  let slots = Slots<T>(count)
  withoutActuallyEscaping(body) { body in
    let shared = Unchecked(body)
    DispatchQueue.concurrentPerform(iterations: count) { k in slots.set(k, shared.value(k)) }
  }
  return slots.values()
}

/// A value handed to parallel pieces that only read it.
struct Unchecked<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}

/// One result per piece, each written once by the thread that ran the piece.
private final class Slots<T>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<T?>

  init(_ count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func set(_ k: Int, _ value: T) { slots[k] = value }

  func values() -> [T] { slots.compactMap { $0 } }
}
