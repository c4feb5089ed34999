#!/usr/bin/env bash
# Installs dependencies, builds GovDesk and starts the desktop app in demo mode (fictional data,
# no server): the trainers' one command. Arguments are passed to govdesk, e.g. `--lang en`.
# `scripts/run.sh cli <args>` runs the command-line tool instead.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" release
if [ "${1:-}" = "cli" ]; then
    shift
    exec "$root/build/release/app/cli/govdesk-cli" "$@"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: no display found (DISPLAY/WAYLAND_DISPLAY unset); start it from a desktop session," >&2
    echo "        or set QT_QPA_PLATFORM=offscreen to run it without one." >&2
    exit 1
fi
exec "$root/build/release/app/shell/govdesk" --demo "$@"
