/// Row indices grouped by a key (a student, a course) in two flat arrays, made by a counting sort:
/// group `k` is `items[offsets[k]..<offsets[k + 1]]`, in ascending row order. (An array per student
/// was thirty thousand allocations a run.)
struct Groups: Sendable {
  private var offsets: [Int32]
  private var items: [Int32]

  /// `keys[i]` is row `i`'s group; a key outside `0..<count` puts the row in no group.
  init(count: Int, keys: [Int]) {
    var offsets = [Int32](repeating: 0, count: count + 1)
    for k in keys where k >= 0 && k < count { offsets[k + 1] += 1 }
    for k in 0..<count { offsets[k + 1] += offsets[k] }
    var next = offsets
    var items = [Int32](repeating: 0, count: Int(offsets[count]))
    for (i, k) in keys.enumerated() where k >= 0 && k < count {
      items[Int(next[k])] = Int32(truncatingIfNeeded: i)
      next[k] += 1
    }
    self.offsets = offsets
    self.items = items
  }

  var count: Int { offsets.count - 1 }

  /// Group `k`'s rows; none for a key outside the groups.
  subscript(k: Int) -> ArraySlice<Int32> {
    guard k >= 0, k + 1 < offsets.count else { return [] }
    return items[Int(offsets[k])..<Int(offsets[k + 1])]
  }
}
