#!/usr/bin/env bash
# The Word notice as a person sees it: `timeline --format docx` for a workflow, converted by LibreOffice
# (Debian's libreoffice-writer) to PDF and its first page to PNG (poppler-utils) in docs/images. Skipped
# with a note when LibreOffice is not installed.
#   tools/docx_render.sh [TERMFLOW] [WORKFLOW] [NAME]
set -euo pipefail
cd "$(dirname "$0")/.."
termflow="${1:-.build/debug/termflow}"
flow="${2:-workflows/fjut-2018-retake.flow}"
name="${3:-notice-fjut}"
if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  echo "LibreOffice or pdftoppm not installed: skipped"
  exit 0
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$termflow" timeline "$flow" --format docx --output "$dir/$name.docx"
timeout 180 soffice --headless --convert-to pdf --outdir "$dir" "$dir/$name.docx" >/dev/null 2>&1
pages=$(pdfinfo "$dir/$name.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
pdftoppm -r 80 -png -f 1 -l 1 "$dir/$name.pdf" "$dir/page"
mkdir -p docs/images
cp "$dir"/page-1.png "docs/images/$name.png"
echo "docs/images/$name.png: page 1 of ${pages:-?} (LibreOffice $(soffice --version 2>/dev/null | awk '{print $2}'))"
# The term's 周历 as the office publishes it: landscape, one table, rendered the same way.
if [ "$name" = notice-fjut ]; then
  "$termflow" timeline examples/term-2023-2024-1 --by week --format docx --output "$dir/week.docx"
  timeout 180 soffice --headless --convert-to pdf --outdir "$dir" "$dir/week.docx" >/dev/null 2>&1
  size=$(pdfinfo "$dir/week.pdf" 2>/dev/null | awk '/^Page size:/ {print $3, $5}')
  w=${size% *}; h=${size#* }
  [ "${w%.*}" -gt "${h%.*}" ] || { echo "the 周历 document is not landscape ($size)"; exit 1; }
  pdftoppm -r 80 -png -f 1 -l 1 "$dir/week.pdf" "$dir/week"
  cp "$dir"/week-1.png docs/images/week-calendar-docx.png
  echo "docs/images/week-calendar-docx.png: the 周历, landscape ($size pt)"
fi
