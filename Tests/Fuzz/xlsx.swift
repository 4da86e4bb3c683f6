// libFuzzer target: any bytes as an .xlsx workbook (`FuzzEntry.workbook`).
func fuzzWorkbook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzRun(FuzzEntry.workbook, data, size)
}
