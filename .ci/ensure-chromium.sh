#!/usr/bin/env bash
# End-to-end tests drive Debian's Chromium (npm cannot download browsers here).
# Installs it from Debian's packages when it is missing; needs root or sudo.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/lib/chromium/chromium ] || command -v chromium >/dev/null 2>&1; then exit 0; fi
echo "Chromium is missing: installing Debian's chromium package…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
echo "Installed: $(/usr/lib/chromium/chromium --version 2>/dev/null || chromium --version)"
