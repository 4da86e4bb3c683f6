#!/usr/bin/env bash
# libFuzzer targets over termflow's own code (Tests/Fuzz/*.swift), built once with Sources/TermFlow into
# one binary (one module, fuzzer and address sanitizer) in its own scratch folder (.build-fuzz).
#   tools/fuzz.sh --list              the targets
#   tools/fuzz.sh TARGET SECONDS      build TARGET and run it; exit non-zero on a crash, leak or timeout
#   tools/fuzz.sh --build             build the targets only (CI builds them beside another build)
#   tools/fuzz.sh --merge TARGET      minimize what runs found into the committed corpus
# The committed corpus is Tests/Fuzz/corpus/TARGET (seeded from the workflows, fixtures and examples,
# then minimized with --merge); what a run finds goes to .build-fuzz/corpus/TARGET. A crash's input is
# written to Tests/Fuzz/crashes/ to become a regression fixture.
set -euo pipefail
cd "$(dirname "$0")/.."
targets="parse frontend fmt state notice roll lsp xlsx"
if [ "${1:-}" = "--list" ]; then
  for t in $targets; do echo "$t"; done
  exit 0
fi
out=.build-fuzz
bin="$out/termflow-fuzz"
build() {
  if [ ! -x "$bin" ] || [ -n "$(find Sources/TermFlow Tests/Fuzz -newer "$bin" -name '*.swift' | head -1)" ]; then
    echo "building the fuzz targets…" >&2
    mkdir -p "$out"
    swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name TermFlow -suppress-warnings \
      $(find Sources/TermFlow Tests/Fuzz -name '*.swift' | sort) -o "$bin" 2> >(grep -v "ld.gold: warning" >&2)
  fi
}
if [ "${1:-}" = "--build" ]; then
  build
  exit 0
fi
merge=0
if [ "${1:-}" = "--merge" ]; then merge=1; shift; fi
target="${1:?usage: tools/fuzz.sh --list | --build | TARGET SECONDS | --merge TARGET}"
seconds="${2:-60}"
case " $targets " in *" $target "*) ;; *) echo "no target '$target' (tools/fuzz.sh --list)" >&2; exit 2 ;; esac
mkdir -p "$out/corpus/$target" "Tests/Fuzz/corpus/$target" Tests/Fuzz/crashes
build
corpus="Tests/Fuzz/corpus/$target"
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
    notice)
      cp examples/notices/*.txt "$corpus/"
      ;;
    xlsx)
      for f in Tests/TermFlowTests/Fixtures/xlsx/*/*.xlsx; do cp "$f" "$corpus/$(basename "$(dirname "$f")")-$(basename "$f")"; done
      ;;
    roll | lsp)
      cp workflows/*.flow Tests/TermFlowTests/Fixtures/roll/*.flow "$corpus/"
      ;;
    *)
      cp workflows/*.flow bench/*.flow examples/registrar/*.flow "$corpus/"
      for f in Tests/TermFlowTests/Fixtures/check/*.flow Tests/TermFlowTests/Fixtures/parse/*.flow; do cp "$f" "$corpus/fixture-$(basename "$f")"; done
      ;;
  esac
fi
if [ "$merge" = 1 ]; then
  # The committed corpus, minimized over itself and every run's finds: the fewest inputs that keep
  # all the coverage reached.
  merged="$out/merged-$target"
  rm -rf "$merged" && mkdir -p "$merged"
  TERMFLOW_FUZZ_TARGET="$target" "$bin" -merge=1 -max_len=8192 "$merged" "$corpus" "$out/corpus/$target" 2>&1 | tail -2
  rm -rf "$corpus" && mv "$merged" "$corpus"
  echo "$(ls "$corpus" | wc -l) inputs, $(du -sh "$corpus" | cut -f1) in $corpus"
  exit 0
fi
TERMFLOW_FUZZ_TARGET="$target" "$bin" "$out/corpus/$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=8192 \
  -artifact_prefix="Tests/Fuzz/crashes/$target-" -print_final_stats=1
