// libFuzzer target: bytes through the lexer and parser alone, and the tree printed (the fast target:
// the syntax front end is where hostile input arrives first).
func fuzzParse(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let file = SourceFile(name: "fuzz.flow", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
  let sink = DiagnosticSink(file: file.name)
  _ = ASTDumper.dump(Parser.parse(file, sink: sink), file: file)
  return 0
}
