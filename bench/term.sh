#!/usr/bin/env bash
# A term's folder at scale: N workflows (default 500) of S steps each (default 20) over one term file,
# checked together and published as the 周历. Prints the whole-process time of `check DIR` and
# `timeline DIR --by week` (best of RUNS, default 5) with the release build.
# usage: bench/term.sh [N] [S] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
steps=${2:-20}
runs=${3:-5}
swift build -c release --product termflow --static-swift-stdlib --scratch-path .build-static >/dev/null
bin=.build-static/release/termflow
dir=bench/out/term-$n
rm -rf "$dir" && mkdir -p "$dir"
python3 - "$dir" "$n" "$steps" <<'PY'
import sys, os
d, n, steps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
open(os.path.join(d, "term.flow"), "w").write(
    "term 2023-2024-1 {\n  week 1 starts 2023-09-04\n  weeks 20\n  holidays official\n  exam weeks 19 .. 20\n"
    "  owner load 400 per week\n}\n\nowner 教务处\nowner 开课学院\nowner student \"学生\"\n"
)
owners = ["教务处", "开课学院", "student"]
for w in range(n):
    out = [f"workflow w{w} \"工作流{w}\"\n\nuse \"term.flow\"\n"]
    for i in range(steps):
        week = 1 + (w % 4) + i * 14 // steps
        day = 1 + i % 5
        after = f"\n  after 步骤{i - 1}" if i % 5 else ""
        out.append(f"\nstep 步骤{i} {{\n  owner {owners[(w + i) % 3]}\n  due 第{week}周星期{'一二三四五'[day - 1]}{after}\n}}\n")
    open(os.path.join(d, f"w{w:04d}.flow"), "w").write("".join(out))
PY
echo "folder: $(ls "$dir" | wc -l) files, $(cat "$dir"/*.flow | grep -c '^step') steps"
"$bin" check "$dir" | tail -1
python3 - "$bin" "$dir" "$runs" <<'PY'
import subprocess, sys, time
bin, d, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
for label, args in [("check DIR", ["check", d]), ("timeline DIR --by week", ["timeline", d, "--by", "week"])]:
    best = None
    for _ in range(runs):
        t = time.perf_counter()
        r = subprocess.run([bin] + args, capture_output=True)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    rows = r.stdout.count(b"\n")
    print(f"{label}: {best:.3f} s (best of {runs}, whole process), exit {r.returncode}, {rows} lines out")
PY
