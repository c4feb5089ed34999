#!/usr/bin/env bash
# Configures and builds GovDesk with a CMake preset (default: release; CI uses "ci").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
preset="${1:-release}"
cd "$root"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
