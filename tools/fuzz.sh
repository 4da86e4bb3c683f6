#!/usr/bin/env bash
# libFuzzer targets over termflow's own code (Tests/Fuzz/*.swift), built once with Sources/TermFlow into
# one binary (one module, fuzzer and address sanitizer) in its own scratch folder (.build-fuzz).
#   tools/fuzz.sh --list              the targets
#   tools/fuzz.sh TARGET SECONDS      build TARGET and run it; exit non-zero on a crash, leak or timeout
# The working corpus is .build-fuzz/corpus/TARGET, seeded from the workflows, fixtures and examples;
# a crash's input is written to Tests/Fuzz/crashes/ to become a regression fixture.
set -euo pipefail
cd "$(dirname "$0")/.."
targets="parse frontend fmt state"
if [ "${1:-}" = "--list" ]; then
  for t in $targets; do echo "$t"; done
  exit 0
fi
target="${1:?usage: tools/fuzz.sh --list | TARGET SECONDS}"
seconds="${2:-60}"
case " $targets " in *" $target "*) ;; *) echo "no target '$target' (tools/fuzz.sh --list)" >&2; exit 2 ;; esac
out=.build-fuzz
mkdir -p "$out/corpus/$target" Tests/Fuzz/crashes
bin="$out/termflow-fuzz"
if [ ! -x "$bin" ] || [ -n "$(find Sources/TermFlow Tests/Fuzz -newer "$bin" -name '*.swift' | head -1)" ]; then
  echo "building the fuzz targets…" >&2
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name TermFlow -suppress-warnings \
    $(find Sources/TermFlow Tests/Fuzz -name '*.swift' | sort) -o "$bin" 2> >(grep -v "ld.gold: warning" >&2)
fi
corpus="$out/corpus/$target"
if [ -z "$(ls -A "$corpus")" ]; then
  case "$target" in
    state)
      # Each seed: the five tables of a shipped state (an absent one empty), joined with NUL bytes.
      for d in examples/state examples/bzmc-state Tests/TermFlowTests/Fixtures/layout/gen-ref Tests/TermFlowTests/Fixtures/dryrun/window; do
        python3 - "$d" "$corpus/seed-$(basename "$d")" <<'PY'
import sys, os
d, out = sys.argv[1], sys.argv[2]
names = ["students.csv", "records.csv", "registrations.csv", "payments.csv", "bills.csv"]
parts = [open(os.path.join(d, n), "rb").read() if os.path.exists(os.path.join(d, n)) else b"" for n in names]
open(out, "wb").write(b"\0".join(parts))
PY
      done
      ;;
    *)
      cp workflows/*.flow bench/*.flow examples/registrar/*.flow "$corpus/"
      for f in Tests/TermFlowTests/Fixtures/check/*.flow Tests/TermFlowTests/Fixtures/parse/*.flow; do cp "$f" "$corpus/fixture-$(basename "$f")"; done
      ;;
  esac
fi
TERMFLOW_FUZZ_TARGET="$target" "$bin" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
  -artifact_prefix=Tests/Fuzz/crashes/ -print_final_stats=1
