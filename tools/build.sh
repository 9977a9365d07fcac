#!/usr/bin/env bash
# Configures (once) and builds planmap into build/ with Ninja.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${PLANMAP_BUILD_DIR:-$top/build}
build_type=${PLANMAP_BUILD_TYPE:-RelWithDebInfo}

if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$top" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
fi
cmake --build "$build_dir" --parallel "$(nproc)"
