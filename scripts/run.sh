#!/usr/bin/env bash
# Installs dependencies, builds GovDesk and starts it. Until the desktop shell lands this is the
# command-line tool: with no arguments it prepares the demo profile and lists the profiles.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" release
cli="$root/build/release/app/cli/govdesk-cli"
if [ $# -gt 0 ]; then
    exec "$cli" "$@"
fi
"$cli" --help
"$cli" demo reset
"$cli" profile list
