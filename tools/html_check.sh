#!/usr/bin/env bash
# The run report in a real browser: `run --format html` on the example term, opened by headless Chromium
# (Debian's chromium, with fonts-noto-cjk): the warnings table filters by student and by rule as the
# page's own script does it (filters given in the link, #student=…), and a screenshot goes to
# docs/images/run-czie.png. Skipped with a note when chromium is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
termflow="${1:-.build/debug/termflow}"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then echo "chromium not installed: skipped"; exit 0; fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$termflow" run workflows/czie-retake.flow --state examples/state --today 2023-09-22T18:00 --format html --output "$dir/run.html"
shown() {
  timeout 60 "$browser" --headless --no-sandbox --disable-gpu --virtual-time-budget=2000 --dump-dom "file://$dir/run.html#$1" 2>/dev/null \
    | grep -o 'id="shown">[0-9]*' | grep -o '[0-9]*$'
}
[ "$(shown "")" = 6 ] || { echo "unfiltered: expected 6 warnings shown"; exit 1; }
[ "$(shown "student=2021007")" = 3 ] || { echo "student 2021007: expected 3 warnings shown"; exit 1; }
[ "$(shown "rule=ineligible-registration&college=信息")" = 2 ] || { echo "rule and college: expected 2 shown"; exit 1; }
mkdir -p docs/images
"$termflow" run workflows/czie-retake.flow --state examples/state --today 2023-09-22T18:00 --format html --lang zh \
  --output "$dir/run-zh.html"
for page in run run-zh; do
  timeout 60 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1500 \
    --screenshot="$(pwd)/docs/images/${page/run/run-czie}.png" "file://$dir/$page.html" >/dev/null 2>&1
done
echo "chromium: the warnings filter by student, rule and college; docs/images/run-czie.png, run-czie-zh.png"
# The term's 周历 as a page: every teaching week down, every office across, today's week marked.
"$termflow" timeline examples/term-2023-2024-1 --by week --format html --today 2023-09-13 --output "$dir/week.html"
timeout 60 "$browser" --headless --no-sandbox --disable-gpu --virtual-time-budget=1000 --dump-dom "file://$dir/week.html" \
  2>/dev/null | grep -q '<tr class="now"><th class="week">第2周' || { echo "the 周历 page: week 2 not marked"; exit 1; }
timeout 60 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1300 \
  --screenshot="$(pwd)/docs/images/week-calendar.png" "file://$dir/week.html" >/dev/null 2>&1
echo "chromium: the 周历 page marks today's week; docs/images/week-calendar.png"
