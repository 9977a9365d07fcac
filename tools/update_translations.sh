#!/usr/bin/env bash
# Adds new source strings to translations/*.ts (lupdate over the sources themselves: the CMake
# update_translations target parses every include and takes minutes), then fills the zh_CN
# ones listed in a TSV, if given: tools/update_translations.sh [NEW.tsv]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
mapfile -t sources < <(find app core gis -name '*.cpp' -o -name '*.h' | sort)
/usr/lib/qt6/bin/lupdate -silent -no-obsolete -locations none "${sources[@]}" \
    -ts translations/planmap_zh_CN.ts translations/planmap_en.ts
if [ $# -gt 0 ]; then
    python3 tools/fill_translations.py translations/planmap_zh_CN.ts "$1"
fi
