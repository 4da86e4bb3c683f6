#!/usr/bin/env bash
# Fails when the tree would not check out or build on macOS or Windows: two tracked paths equal
# ignoring case (one folder on those disks), a platform import in Sources outside
# Support/Platform.swift, or one anywhere that is not inside `#if canImport(...)`.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
dups=$(git ls-files | awk -F/ '{p=""; for (i=1;i<=NF;i++){p=(p==""?$i:p"/"$i); print p}}' | sort -u \
  | tr '[:upper:]' '[:lower:]' | sort | uniq -d)
if [ -n "$dups" ]; then echo "paths equal ignoring case:"; echo "$dups"; status=1; fi
platform='^[[:space:]]*(@_exported[[:space:]]+)?import[[:space:]]+(Glibc|Darwin|Musl|WinSDK|ucrt|Android)([^A-Za-z0-9_]|$)'
outside=$(git grep -nE "$platform" -- 'Sources/*.swift' | grep -v '^Sources/TermFlow/Support/Platform.swift:' || true)
if [ -n "$outside" ]; then echo "platform imports outside Sources/TermFlow/Support/Platform.swift:"; echo "$outside"; status=1; fi
# An import is conditional when the line above it is `#if canImport(X)` or `#elseif canImport(X)`.
bare=$(git ls-files -- '*.swift' | while read -r f; do
  awk -v f="$f" -v re="$platform" 'prev !~ /^#(else)?if canImport\(/ && $0 ~ re { print f ":" NR ": " $0 } { prev = $0 }' "$f"
done)
if [ -n "$bare" ]; then echo "unconditional platform imports:"; echo "$bare"; status=1; fi
exit $status
