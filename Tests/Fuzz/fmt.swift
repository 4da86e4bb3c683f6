// libFuzzer target: formatting is idempotent and its output parses (`FuzzEntry.format`); a difference
// is a crash libFuzzer keeps.
func fuzzFormat(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzRun(FuzzEntry.format, data, size)
}
