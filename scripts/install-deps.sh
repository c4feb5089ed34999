#!/usr/bin/env bash
# Installs everything GovDesk needs to build, test and run on Debian 12 (bookworm).
set -euo pipefail

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

PACKAGES=(
    # toolchain
    g++ cmake ninja-build pkg-config file
    # Qt 6.4 as Debian ships it
    qt6-base-dev libgl-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    # encrypted store, key derivation, hashing
    libsqlcipher-dev libargon2-dev libssl-dev
    # Chinese text must render, not boxes
    fonts-noto-cjk
    # Debian package: dpkg-shlibdeps, icon rendering, launcher and AppStream validation
    dpkg-dev librsvg2-bin desktop-file-utils appstream
)

missing=()
for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Front-end packages (ECharts) come from npm once the project has a package.json.
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ -f "$root/package.json" ]; then
    if ! command -v npm >/dev/null 2>&1; then
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
    fi
    (cd "$root" && npm ci --no-audit --no-fund)
fi
echo "install-deps: all dependencies present"
