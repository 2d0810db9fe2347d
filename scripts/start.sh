#!/usr/bin/env bash
# `npm start`: builds the extension and opens it, unpackaged (development mode), on the examples/ notes in a real
# VS Code. Desktop VS Code when a `code` command exists; otherwise VS Code in the browser (code-server, installed by
# test/harness/setup.sh, offline), printed as an address to open. Runs in the foreground; Ctrl+C stops it.
#   PORT=8123 npm start                   code-server port (default 8080, or a free one when 8080 is taken)
#   MARKET_NOTES_CODE_SERVER=1 npm start  use code-server even when `code` exists
# The examples' .vscode/settings.json selects the offline snapshot quote provider.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD

bash test/harness/install-deps.sh
node build.mjs

if [[ -z "${MARKET_NOTES_CODE_SERVER:-}" ]] && command -v code >/dev/null; then
  exec code --extensionDevelopmentPath="$repo" "$repo/examples"
fi
bash test/harness/setup.sh >/dev/null
# The server runs in its own process group; codeServer.mjs kills that group on Ctrl+C or exit.
exec node test/harness/codeServer.mjs serve --folder "$repo/examples" --extension "$repo"
