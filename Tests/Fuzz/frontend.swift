// libFuzzer target: bytes as a workflow file, through everything `check` does, and the diagnostics
// rendered.
func fuzzFrontEnd(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let file = SourceFile(name: "fuzz.flow", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
  _ = Driver.check([file], format: .text)
  _ = Driver.check([file], format: .json)
  return 0
}
