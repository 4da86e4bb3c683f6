#!/usr/bin/env bash
# The install an office needs: one termflow binary that runs without Swift on the machine.
#   tools/release.sh [OUTDIR]     (default dist/)
# Builds the release binary with the Swift runtime linked in (Linux: --static-swift-stdlib; macOS has
# the runtime in the system), checks that it needs no Swift library (ldd lists no libswift*, and it
# runs with an empty environment), and packs it with the README and the Swift runtime's licence (the
# binary carries that runtime) into termflow-VERSION-OS-ARCH.tar.gz, with its SHA-256 beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-dist}"
OS=$(uname -s | tr '[:upper:]' '[:lower:]')
ARCH=$(uname -m)

if [ "$OS" = linux ]; then
  swift build -c release --product termflow --static-swift-stdlib --scratch-path .build-static >/dev/null
  BIN=.build-static/release/termflow
else
  swift build -c release --product termflow --scratch-path .build-release >/dev/null
  BIN=.build-release/release/termflow
fi

# No Swift runtime library may be needed at run time.
if [ "$OS" = linux ]; then
  if ldd "$BIN" | grep -i 'libswift\|libFoundation\|libdispatch'; then
    echo "release: $BIN links a Swift runtime library dynamically" >&2
    exit 1
  fi
fi
VERSION=$(env -i "$BIN" --version | awk '{print $2}')
[ -n "$VERSION" ] || { echo "release: $BIN does not run in an empty environment" >&2; exit 1; }
# And it does its job there: the README's shipped example checks clean.
env -i "$BIN" check workflows/czie-retake.flow >/dev/null
# Where this runs as root with unshare (a CI container), the toolchain itself is hidden and the binary
# run again: nothing of Swift's may be found on the machine.
TOOLCHAIN=$(dirname "$(dirname "$(command -v swift)")")
if [ "$(id -u)" = 0 ] && [ "$OS" = linux ] && command -v unshare >/dev/null \
  && unshare -m sh -c "mount -t tmpfs none '$TOOLCHAIN'" 2>/dev/null; then
  unshare -m sh -c "mount -t tmpfs none '$TOOLCHAIN' && env -i '$BIN' check workflows/czie-retake.flow" >/dev/null \
    || { echo "release: $BIN does not run with the Swift toolchain hidden" >&2; exit 1; }
  echo "release: runs with $TOOLCHAIN hidden"
else
  echo "release: cannot hide the toolchain here (not root, or no mount namespace): checked by ldd and env -i only"
fi

NAME="termflow-$VERSION-$OS-$ARCH"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/$NAME" "$OUT"
cp "$BIN" "$STAGE/$NAME/termflow"
cp README.md "$STAGE/$NAME/README.md"
SWIFT_LICENSE=$(dirname "$(dirname "$(command -v swift)")")/share/swift/LICENSE.txt
if [ -f "$SWIFT_LICENSE" ]; then cp "$SWIFT_LICENSE" "$STAGE/$NAME/LICENSE-swift-runtime.txt"; fi
# A fixed order and time in the archive, so the same binary gives the same tarball.
tar -C "$STAGE" --sort=name --mtime='2000-01-01 00:00Z' --owner=0 --group=0 --numeric-owner -czf "$STAGE/$NAME.tar.gz" "$NAME"
mv "$STAGE/$NAME.tar.gz" "$OUT/$NAME.tar.gz.tmp" && mv "$OUT/$NAME.tar.gz.tmp" "$OUT/$NAME.tar.gz"
(cd "$OUT" && sha256sum "$NAME.tar.gz" > "$NAME.tar.gz.sha256")
echo "$OUT/$NAME.tar.gz"
cat "$OUT/$NAME.tar.gz.sha256"
