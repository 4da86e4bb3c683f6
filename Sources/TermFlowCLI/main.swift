import Foundation
import TermFlow

// A closed standard output (`>&-`) is noticed now, and its slot filled, so that no file this run opens
// takes descriptor 1 and receives the report.
let stdoutClosed = fcntl(STDOUT_FILENO, F_GETFD) == -1
if stdoutClosed { _ = open("/dev/null", O_RDONLY) }

let output = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()))
PhaseClock.shared.mark("teardown")
// Output that cannot be written (a full disk, a closed stdout) is an error with a reason, not a trap.
var exitCode = output.exitCode
if let why = stdoutClosed && !output.stdout.isEmpty
  ? "standard output is closed" : FileIO.write(output.stdout, to: STDOUT_FILENO)
{
  _ = FileIO.write("termflow: cannot write the output: \(why)\n", to: STDERR_FILENO)
  exitCode = 1
}
_ = FileIO.write(output.stderr, to: STDERR_FILENO)
PhaseClock.shared.mark("write")
PhaseClock.shared.flush()
exit(exitCode)
