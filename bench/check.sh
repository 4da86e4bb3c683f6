#!/usr/bin/env bash
# Generates a workflow of about N lines (default 1000) and reports `termflow check` time.
# usage: bench/check.sh [LINES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000}
runs=${2:-20}
swift build -c release --product termflow >/dev/null
out=bench/out
mkdir -p "$out"
python3 - "$lines" > "$out/big.flow" <<'PY'
import sys
n = int(sys.argv[1])
print("term 2018-2019-1 {\n  week 1 starts 2018-09-03\n  weeks 20\n  holidays official\n}")
print("owner 教务处\nowner 开课学院\nowner student")
lines, i = 8, 0
while lines < n:
    day = 3 + (i % 100)
    month, d = (9, day) if day <= 30 else (10, day - 30) if day <= 61 else (11, day - 61)
    # Each step waits for the one before, within a run of 100 whose dates only move forward.
    after = f"\n  after 步骤{i - 1}" if i % 100 else ""
    print(f"\nstep 步骤{i} {{\n  title \"第{i}步\"\n  owner 开课学院\n  due {month}月{min(d, 28)}日\n  allow day off{after}\n}}")
    lines += 7 if i else 6
    i += 1
PY
bin=.build/release/termflow
echo "workflow: $(wc -l < "$out/big.flow") lines, $(grep -c '^step' "$out/big.flow") steps"
"$bin" check "$out/big.flow" | tail -1
python3 - "$bin" "$out/big.flow" "$runs" <<'PY'
import subprocess, sys, time
binary, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
times = []
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run([binary, "check", path], capture_output=True)
    times.append((time.perf_counter() - t) * 1000)
times.sort()
print(f"check: median {times[len(times)//2]:.1f} ms, min {times[0]:.1f} ms over {runs} runs (process start included; goal < 20 ms)")
PY
