#!/usr/bin/env bash
# Installs the Debian 12 packages planmap needs, and only those that are missing,
# so that a second run costs a dpkg query and nothing more.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev qt6-pdf-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libqt6opengl6-dev libgdal-dev gdal-bin libproj-dev proj-bin proj-data libboost-dev
    fonts-noto-cjk python3-fonttools xvfb xauth poppler-utils
    postgresql-15 postgresql-15-postgis-3 qtkeychain-qt6-dev
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "planmap: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
