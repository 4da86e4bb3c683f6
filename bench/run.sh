#!/usr/bin/env bash
# Rules over synthetic state: termflow against a pandas peer on the same files, in one run.
#   bench/run.sh N [RUNS]   N students (default 30000), best of RUNS timings (default 3)
# Prints: the files (wc -l, bytes), each tool's best wall time and peak memory, their four counts,
# whether the counts agree, and the speed ratio. Needs python3 with pandas (pip install pandas).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-30000}"
RUNS="${2:-3}"
STATE="bench/out/s$N"
GEN="../shared/bench/gen_state.py"

# The release build as it is shipped: one static binary (the Swift runtime linked in, which also
# saves the few milliseconds of loading it at each start).
swift build -c release --product termflow --static-swift-stdlib --scratch-path .build-static >/dev/null
TERMFLOW=.build-static/release/termflow
if [ ! -f "$STATE/payments.csv" ]; then
  mkdir -p bench/out
  python3 "$GEN" "$STATE" --students "$N" >/dev/null
fi

echo "== state: $N students ($STATE)"
wc -l "$STATE"/*.csv
INPUT_BYTES=$(cat "$STATE"/*.csv | wc -c)
echo "input: $INPUT_BYTES bytes"

# best-of wall time (s) and peak RSS (KiB) of a command; its stdout goes to $3
measure() {
  echo "$1 $(python3 bench/timeit.py "$RUNS" "$3" $2)"
}

TF=$(measure termflow "$TERMFLOW run bench/retake-2018.flow --state $STATE --format json" bench/out/termflow.json)
PD=$(measure pandas "python3 bench/peer_pandas.py $STATE" bench/out/pandas.txt)

python3 - "$TF" "$PD" "$INPUT_BYTES" <<'PY'
import json, sys
tf, pd, input_bytes = sys.argv[1].split(), sys.argv[2].split(), int(sys.argv[3])
ours = json.load(open("bench/out/termflow.json"))["summary"]
ours = {k: ours[k] for k in ["batch-limit", "ineligible-registration", "second-failure", "stuck-order"]}
theirs = dict((l.split()[0], int(l.split()[1])) for l in open("bench/out/pandas.txt"))
t_tf, t_pd = float(tf[1]), float(pd[1])
m_tf, m_pd = int(tf[2]) * 1024, int(pd[2]) * 1024
print(f"termflow: {t_tf:.3f} s, peak {m_tf / 2**20:.1f} MiB ({m_tf / input_bytes:.2f}x input)")
print(f"pandas:   {t_pd:.3f} s, peak {m_pd / 2**20:.1f} MiB ({m_pd / input_bytes:.2f}x input)")
print(f"speed-up: {t_pd / t_tf:.1f}x")
for k in sorted(ours):
    print(f"  {k:24} termflow {ours[k]:>8}  pandas {theirs.get(k, 'missing'):>8}")
print("counts:", "equal" if ours == theirs else "DIFFER")
sys.exit(0 if ours == theirs else 1)
PY
