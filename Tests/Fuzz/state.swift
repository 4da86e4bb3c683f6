// libFuzzer target: bytes as the five state tables, loaded and run through rules (`FuzzEntry.state`).
func fuzzState(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzRun(FuzzEntry.state, data, size)
}
