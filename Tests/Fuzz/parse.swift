// libFuzzer target: bytes through the lexer and parser alone (the fast target: the syntax front end
// is where hostile input arrives first). The body is `FuzzEntry.parse`.
func fuzzParse(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzRun(FuzzEntry.parse, data, size)
}
