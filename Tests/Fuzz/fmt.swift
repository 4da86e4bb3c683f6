// libFuzzer target: a file that parses formats to text that formats to itself (fmt is idempotent),
// and that text parses without errors. A difference is a crash libFuzzer keeps.
func fuzzFormat(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let file = SourceFile(name: "fuzz.flow", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
  guard let once = Driver.format(file).text else { return 0 }
  guard let twice = Driver.format(SourceFile(name: "again.flow", text: once)).text else {
    fatalError("fmt output does not parse:\n\(once)")
  }
  if twice != once { fatalError("fmt is not idempotent:\n\(once)\n---\n\(twice)") }
  return 0
}
