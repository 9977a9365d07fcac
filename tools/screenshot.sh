#!/usr/bin/env bash
# Takes a screenshot of the planmap window on a virtual X server (Xvfb), after the first frame.
# Usage: tools/screenshot.sh OUT.png [DATASET]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$top/docs/screenshot.png}")
shift || true
export PLANMAP_LANG=${PLANMAP_LANG:-zh_CN}
xvfb-run -a -s "-screen 0 1600x1000x24" \
    "${PLANMAP_BUILD_DIR:-$top/build}/app/planmap" --screenshot "$out" "$@"
echo "screenshot: $out"
