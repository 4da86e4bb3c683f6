#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The fuzz targets, in one binary that tools/fuzz.sh builds with Sources/TermFlow as one module (with
// the fuzzer and address sanitizer; SwiftPM never builds this folder). TERMFLOW_FUZZ_TARGET picks one.
let fuzzTargets: [String: (UnsafePointer<UInt8>, Int) -> CInt] = [
  "parse": fuzzParse, "frontend": fuzzFrontEnd, "fmt": fuzzFormat, "state": fuzzState, "notice": fuzzNotice,
  "roll": fuzzRoll, "lsp": fuzzLSP, "xlsx": fuzzWorkbook,
]
let fuzzTarget: (UnsafePointer<UInt8>, Int) -> CInt = {
  let name = getenv("TERMFLOW_FUZZ_TARGET").map { String(cString: $0) } ?? ""
  guard let target = fuzzTargets[name] else {
    fputs("TERMFLOW_FUZZ_TARGET must be one of \(fuzzTargets.keys.sorted().joined(separator: ", "))\n", stderr)
    exit(2)
  }
  return target
}()

/// Runs a target's body on the input; a wrong answer is a crash, so libFuzzer keeps the input.
func fuzzRun(_ body: ([UInt8]) -> String?, _ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  if let wrong = body(Array(UnsafeBufferPointer(start: data, count: size))) { fatalError(wrong) }
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { fuzzTarget(data, size) }
