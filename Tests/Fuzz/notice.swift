// libFuzzer target: any bytes as a notice; the draft `import` writes must parse (`FuzzEntry.notice`).
func fuzzNotice(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzRun(FuzzEntry.notice, data, size)
}
