#!/usr/bin/env bash
# `npm ci` only when needed, for scripts/test.sh and scripts/start.sh on a fresh clone: a stamp in node_modules
# remembers the package-lock.json it was installed from, so a changed lock file (a pull, a new dependency) reinstalls.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
stamp=node_modules/.market-notes-lock.sha256
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -d node_modules && "$(cat "$stamp" 2>/dev/null)" == "$lock_hash" ]]; then
  echo "node_modules is up to date with package-lock.json"
  exit 0
fi
echo "installing dependencies (npm ci)"
npm ci --no-audit --no-fund
echo "$lock_hash" >"$stamp"
