#!/usr/bin/env bash
# Configures (once) and builds planmap into build/ with Ninja.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${PLANMAP_BUILD_DIR:-$top/build}
build_type=${PLANMAP_BUILD_TYPE:-RelWithDebInfo}

launcher=()
# ccache, when present, makes rebuilds of other checkouts of the same sources cheap.
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$top")}
fi
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$top" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "${launcher[@]}"
fi
cmake --build "$build_dir" --parallel "$(nproc)"
