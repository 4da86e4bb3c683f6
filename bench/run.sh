#!/usr/bin/env bash
# Rules over synthetic state: termflow against a pandas peer on the same files, in one run.
#   bench/run.sh N [RUNS] [zh|xlsx]   N students (default 30000), best of RUNS timings (default 3)
# Prints: the files (wc -l, bytes), each tool's best wall time and peak memory, their four counts,
# whether the counts agree, and the speed ratio. With `zh`, the same students are also written the way
# a registrar exports them (gen_state.py --layout zh: GB18030, Chinese headers) and run through
# bench/retake-2018-zh.flow, and both layouts are printed side by side, each against pandas on its own
# files. Needs python3 with pandas (pip install pandas).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-30000}"
RUNS="${2:-3}"
MODE="${3:-ref}"
GEN="../shared/bench/gen_state.py"

# The release build as it is shipped: one static binary (the Swift runtime linked in, which also
# saves the few milliseconds of loading it at each start).
swift build -c release --product termflow --static-swift-stdlib --scratch-path .build-static >/dev/null
TERMFLOW=.build-static/release/termflow
mkdir -p bench/out

# best-of wall time (s) and peak RSS (KiB) of a command; its stdout goes to $3
measure() {
  echo "$1 $(python3 bench/timeit.py "$RUNS" "$3" $2)"
}

# One layout: state folder, workflow, peer flag, label. Prints "label tf_s tf_kib pd_s pd_kib bytes counts".
bench_layout() {
  local state=$1 flow=$2 peer=$3 label=$4
  if [ ! -d "$state" ]; then
    python3 "$GEN" "$state" --students "$N" $([ "$label" = zh ] && echo --layout zh) >/dev/null
  fi
  echo "== $label state: $N students ($state)" >&2
  wc -l "$state"/*.csv >&2
  local bytes
  bytes=$(cat "$state"/*.csv | wc -c)
  local tf pd
  tf=$(measure termflow "$TERMFLOW run $flow --state $state --format json" "bench/out/termflow-$label.json")
  pd=$(measure pandas "python3 bench/peer_pandas.py $state $peer" "bench/out/pandas-$label.txt")
  echo "$label $bytes $tf $pd"
}

REF=$(bench_layout "bench/out/s$N" bench/retake-2018.flow "" ref)
LINES="$REF"
if [ "$MODE" = zh ]; then
  ZH=$(bench_layout "bench/out/z$N" bench/retake-2018-zh.flow --zh zh)
  LINES="$REF
$ZH"
fi

# With `xlsx`, the same reference-layout students as .xlsx workbooks (bench/xlsx_state.py, openpyxl; it
# takes minutes to write 30,000 students, so the workbooks are kept in bench/out/xN), through
# bench/retake-2018-xlsx.flow: the read speed next to the CSV figure, and the same findings.
if [ "$MODE" = xlsx ]; then
  [ -d "bench/out/x$N" ] || python3 bench/xlsx_state.py "bench/out/s$N" "bench/out/x$N"
  echo "== xlsx state: $N students (bench/out/x$N)" >&2
  ls -l "bench/out/x$N" >&2
  X=$(measure termflow "$TERMFLOW run bench/retake-2018-xlsx.flow --state bench/out/x$N --format json" bench/out/termflow-xlsx.json)
  python3 - "$REF" "$X" <<'PY'
import json, sys
ref, x = sys.argv[1].split(), sys.argv[2].split()
t_csv, t_x, m_x = float(ref[3]), float(x[1]), int(x[2]) * 1024
a = json.load(open("bench/out/termflow-ref.json"))["summary"]
b = json.load(open("bench/out/termflow-xlsx.json"))["summary"]
print(f"[xlsx] termflow: {t_x:.3f} s, peak {m_x / 2**20:.1f} MiB; csv {t_csv:.3f} s ({t_x / t_csv:.1f}x); findings {'equal' if a == b else 'DIFFER'}")
PY
fi

python3 - "$LINES" <<'PY'
import json, sys
ok = True
rows = []
for line in sys.argv[1].splitlines():
    label, size, _, t_tf, m_tf, _, t_pd, m_pd = line.split()
    size, t_tf, t_pd, m_tf, m_pd = int(size), float(t_tf), float(t_pd), int(m_tf) * 1024, int(m_pd) * 1024
    ours = json.load(open(f"bench/out/termflow-{label}.json"))["summary"]
    ours = {k: ours[k] for k in ["batch-limit", "ineligible-registration", "second-failure", "stuck-order"]}
    theirs = dict((l.split()[0], int(l.split()[1])) for l in open(f"bench/out/pandas-{label}.txt"))
    rows.append((label, size, t_tf, m_tf, t_pd, m_pd, ours, theirs))
    print(f"[{label}] input {size} bytes")
    print(f"  termflow: {t_tf:.3f} s, peak {m_tf / 2**20:.1f} MiB ({m_tf / size:.2f}x input)")
    print(f"  pandas:   {t_pd:.3f} s, peak {m_pd / 2**20:.1f} MiB ({m_pd / size:.2f}x input)")
    print(f"  speed-up: {t_pd / t_tf:.1f}x")
    for k in sorted(ours):
        print(f"    {k:24} termflow {ours[k]:>8}  pandas {theirs.get(k, 'missing'):>8}")
    print("  counts:", "equal" if ours == theirs else "DIFFER")
    ok = ok and ours == theirs
if len(rows) == 2:
    (_, _, t_ref, _, _, _, c_ref, _), (_, _, t_zh, _, _, _, c_zh, _) = rows
    print(f"zh / ref (termflow): {t_zh / t_ref:.2f}x; counts across layouts: {'equal' if c_ref == c_zh else 'DIFFER'}")
    ok = ok and c_ref == c_zh
sys.exit(0 if ok else 1)
PY
