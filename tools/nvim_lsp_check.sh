#!/usr/bin/env bash
# A real editor against `termflow lsp`: Neovim's built-in client, headless, opens a workflow whose
# 9月16日 is written with the wrong week and must show termflow's diagnostic at the phrase, a hover
# with the date's week and day kind, and the weekday quick fix. CI runs it when nvim is installed
# (Debian's neovim package); exit 0 with a note when it is not.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v nvim >/dev/null; then echo "nvim not installed: skipped"; exit 0; fi
termflow="$(pwd)/${1:-.build/debug/termflow}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sed 's/9月16日（第2周星期日）/9月16日（第3周星期日）/' workflows/fjut-2018-retake.flow > "$dir/重修.flow"
line=$(grep -n '9月16日（第3周星期日）' "$dir/重修.flow" | cut -d: -f1)
OUT="$dir/out.txt" TERMFLOW="$termflow" LINE="$line" COL=9 \
  timeout 60 nvim --headless --clean -n "$dir/重修.flow" -c "luafile tools/nvim_lsp_check.lua" >/dev/null 2>&1 || true
cat "$dir/out.txt" 2>/dev/null || { echo "nvim wrote nothing"; exit 1; }
grep -q "^diagnostic $line:7 calendar.weekday-mismatch 2018-09-16 is 第2周星期日, not 第3周星期日" "$dir/out.txt"
grep -q "^hover \*\*2018-09-16\*\* · 第2周星期日 · a weekend day" "$dir/out.txt"
grep -q "^action replace with \"9月16日（第2周星期日）\"" "$dir/out.txt"
echo "nvim $(nvim --version | head -1 | cut -d' ' -f2): diagnostics, hover and quick fix as expected"
