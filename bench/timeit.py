#!/usr/bin/env python3
"""Best wall time and peak memory of a command, for bench/run.sh.

  timeit.py RUNS OUT CMD...   runs CMD RUNS times (stdout to OUT), prints "best_seconds peak_kib"

Wall time is measured around each run with a monotonic clock (sub-millisecond, unlike /usr/bin/time's
hundredths); peak memory is the largest resident set of any run (getrusage of the children).
"""
import resource
import subprocess
import sys
import time


def main() -> None:
    runs, out, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    best = None
    for _ in range(runs):
        with open(out, "wb") as f:
            start = time.perf_counter()
            code = subprocess.run(cmd, stdout=f).returncode
            took = time.perf_counter() - start
        if code != 0:
            sys.exit(f"{cmd[0]} exited {code}")
        best = took if best is None else min(best, took)
    print(f"{best:.4f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")


if __name__ == "__main__":
    main()
