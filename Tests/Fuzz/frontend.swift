// libFuzzer target: bytes as a workflow file, through everything `check` does (`FuzzEntry.frontend`).
func fuzzFrontEnd(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzRun(FuzzEntry.frontend, data, size)
}
