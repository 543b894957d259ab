#!/usr/bin/env bash
# Installs the npm dependencies exactly as the lockfile pins them, unless node_modules
# already matches it (npm records the installed tree in node_modules/.package-lock.json).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies from package-lock.json…"
  npm ci --no-audit --no-fund
fi
