// libFuzzer target: any bytes as a document (and a message) in the language server (`FuzzEntry.lsp`).
func fuzzLSP(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzRun(FuzzEntry.lsp, data, size)
}
