#!/usr/bin/env bash
# First README command: install what is missing, build, open planmap on the bundled project.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/tools/deps.sh"
"$top/tools/build.sh"
planmap="${PLANMAP_BUILD_DIR:-$top/build}/app/planmap"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "planmap: no display found; starting on a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$planmap" "$@"
fi
exec "$planmap" "$@"
