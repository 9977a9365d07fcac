#!/usr/bin/env bash
# Second README command: install what is missing, build, run every test through ctest.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/tools/deps.sh"
"$top/tools/build.sh"
cd "${PLANMAP_BUILD_DIR:-$top/build}"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
ctest --output-on-failure --parallel "$(nproc)" "$@"
