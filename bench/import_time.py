#!/usr/bin/env python3
"""How long `termflow import` takes per notice, as an office runs it: the whole process, over the
corpus of real notices (Tests/Corpus/notices). The target is under 50 ms per notice.

  bench/import_time.py TERMFLOW [OTHER_TERMFLOW] [--corpus DIR]

Build the binary as it ships first (`swift build -c release --product termflow --static-swift-stdlib
--scratch-path .build-static`). Prints the median over the notices (each the best of 3 runs), then
the 12 slowest notices timed again, each the best of 10, and the slowest of those: one slow run is
the machine stalling more often than the reader. Given a second binary (say, the last commit's), it
times both on the same notices in the same minutes, so the two figures compare.
"""
import glob
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best(binary, notice, runs):
    fastest = None
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([binary, "import", notice], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ms = (time.perf_counter() - t) * 1000
        fastest = ms if fastest is None else min(fastest, ms)
    return fastest


def main():
    argv = sys.argv[1:]
    corpus = os.path.join(ROOT, "Tests", "Corpus", "notices")
    if "--corpus" in argv:
        i = argv.index("--corpus")
        corpus = argv[i + 1]
        del argv[i : i + 2]
    if not argv:
        print(__doc__)
        return 2
    binaries = [os.path.abspath(b) for b in argv[:2]]
    notices = sorted(glob.glob(os.path.join(corpus, "*", "notice.txt")))
    name = lambda n: os.path.basename(os.path.dirname(n))
    slowest = None
    for b in binaries:
        times = {n: best(b, n, 3) for n in notices}
        v = sorted(times.values())
        print(f"{b}: {len(v)} notices, median {statistics.median(v):.1f} ms (best of 3 each)")
        # The same 12 notices for every binary: the first one's slowest.
        slowest = slowest or sorted(notices, key=times.get, reverse=True)[:12]
    for b in binaries:
        again = [(best(b, n, 10), name(n)) for n in slowest]
        ms, worst = max(again)
        print(f"{b}: slowest of the 12 slowest, best of 10 each: {ms:.1f} ms ({worst})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
