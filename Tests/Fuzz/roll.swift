// libFuzzer target: a workflow that checks rolls to one that checks (`FuzzEntry.roll`).
func fuzzRoll(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzRun(FuzzEntry.roll, data, size)
}
