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
    # the public 政府信息公开 portal: Mustache templates (header-only); its browser test drives
    # Debian's Chromium with the test CA in a private NSS database (certutil)
    libkainjow-mustache-dev chromium libnss3-tools
    # the 审判 通报 as a spreadsheet (.xlsx)
    libxlsxwriter-dev
    # the reference sync server (govdesk-syncd): Boost.Beast and Asio (header-only); its test
    # fixture makes certificates with the openssl CLI, two tests drive curl, and server_bench
    # measures nginx serving the same bytes as its baseline
    libboost1.74-dev openssl curl nginx-light
    # its PostgreSQL back-end (libpq), and the server its tests start themselves (initdb, pg_ctl)
    libpq-dev postgresql-15
    # encrypted store, key derivation, hashing
    libsqlcipher-dev libargon2-dev libssl-dev
    # search: traditional → simplified folding (OpenCC C API; t2s data in libopencc-data)
    libopencc-dev libopencc-data
    # sync transport
    libcurl4-openssl-dev
    # Chinese text must render, not boxes; 公文 PDFs need 仿宋 and 楷体 where the government fonts
    # (仿宋_GB2312, 楷体_GB2312) are not installed (modules/documents/OfficialFonts)
    fonts-noto-cjk fonts-arphic-ukai
    # a monospaced face that tst_ofdview embeds in its OFD, to see that the embedded font draws
    fonts-dejavu-core
    # PDF: QtPdf reads exported 公文 back in tests and shows received PDFs; libqpdf corrects
    # the text maps of the PDFs Qt writes (PdfTextMap)
    qt6-pdf-dev libqpdf-dev
    # OFD (GB/T 33190): fonts embedded as subsets (HarfBuzz's subsetter, harfbuzz-subset.pc)
    # and the package's ZIP (libzip)
    libharfbuzz-dev libzip-dev
    # pdftoppm: tst_ofdrender rasterises the PDF's pages to compare them with ofd.js's render
    poppler-utils
    # the WebEngine host (dashboards with ECharts); its tests run under Xvfb
    qt6-webengine-dev qt6-webchannel-dev xvfb xauth
    # Mesa's OpenGL, as on a desktop: start-up is measured with it present (startup_bench)
    libgl1-mesa-dri
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

# Front-end packages (ECharts, ofd.js, JSZip) come from npm once the project has a package.json.
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ -f "$root/package.json" ]; then
    if ! command -v npm >/dev/null 2>&1; then
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
    fi
    # Only when needed: npm ci deletes node_modules first, and the build copies the bundles from
    # it (app/ui/web/CMakeLists.txt). .package-lock.json is npm's record of the last install.
    installed="$root/node_modules/.package-lock.json"
    if [ ! -f "$installed" ] || [ "$root/package-lock.json" -nt "$installed" ] || [ "$root/package.json" -nt "$installed" ]; then
        (cd "$root" && npm ci --no-audit --no-fund)
    fi
fi
echo "install-deps: all dependencies present"
