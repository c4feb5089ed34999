#!/usr/bin/env bash
# Installs dependencies, builds with warnings as errors, runs the whole test suite and a quick
# run of every benchmark. Usage: scripts/test.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" ci
cd "$root"

echo "== quick benchmark run (figures for docs/benchmarks.md come from full runs) =="
for bench in build/ci/tests/bench/*_bench; do
    [ -x "$bench" ] || continue
    if [ "$(basename "$bench")" = startup_bench ]; then
        # On the graphics stack a desktop has: an X server and Mesa's OpenGL.
        xvfb-run -a -s "-screen 0 1400x900x24" "$bench" --quick
    else
        "$bench" --quick
    fi
done

echo "== Debian package: build, inspect, install, run, remove =="
bash tests/packaging/check-deb.sh build/ci

echo "== tests =="
export QT_QPA_PLATFORM=offscreen
ctest --preset ci --output-on-failure --timeout 600
