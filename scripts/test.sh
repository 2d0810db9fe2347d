#!/usr/bin/env bash
# The test command (`npm test`): everything from a fresh clone on an offline machine with npm and apt.
#   install (npm ci when node_modules is missing or older than package-lock.json) -> real VS Code (setup.sh) -> build
#   -> lint, typecheck (one test each) -> unit (mocha) -> webview (if any) -> integration (extension host in
#   code-server) -> e2e (the UI in headless Chromium) -> package (VSIX + CLI tarball built, checked, the CLI installed)
#   -> e2e hover and charts again against the installed VSIX
# Every suite runs even when an earlier one failed, so one run shows everything that is broken. Suites other than
# lint/typecheck/unit print `RESULT <suite> <passed> <failed>` as their last line; this script sums them and ends with
# exactly one line `N passed, N failed`. Exit status is 1 when anything failed.
# Environment: MARKET_NOTES_RESULTS=<file.json> makes the node suites also write their counts there.
# CI=true installs the real VS Code into a fresh, empty folder for this run (a few minutes) instead of the shared cache,
# so every CI run proves the install works from scratch; a local run keeps the cache.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

logs=$(mktemp -d "${TMPDIR:-/tmp}/market-notes-test.XXXXXX")
trap 'rm -rf "$logs"' EXIT
if [[ ${CI:-} == true ]]; then
  MARKET_NOTES_VSCODE_DIR=$(mktemp -d "${TMPDIR:-/tmp}/market-notes-ci-vscode.XXXXXX")
  export MARKET_NOTES_VSCODE_DIR # setup.sh and the harness install into and run from it
  trap 'rm -rf "$logs" "$MARKET_NOTES_VSCODE_DIR"' EXIT
fi
total_passed=0
total_failed=0
summary=()

section() { printf '\n━━ %s ━━\n' "$1"; }

# record NAME PASSED FAILED SECONDS
record() {
  total_passed=$((total_passed + $2))
  total_failed=$((total_failed + $3))
  summary+=("$(printf '  %-22s %4d passed, %d failed  (%ss)' "$1" "$2" "$3" "$4")")
}

# finish: the per-suite table, then the closing line, last.
finish() {
  section summary
  printf '%s\n' "${summary[@]}"
  echo "$total_passed passed, $total_failed failed"
  [[ $total_failed -eq 0 ]]
  exit
}

# gate NAME CMD...: a check that passes or fails as a whole (counts as one test).
gate() {
  local name=$1 start=$SECONDS
  shift
  section "$name"
  if "$@"; then record "$name" 1 0 $((SECONDS - start)); else record "$name" 0 1 $((SECONDS - start)); fi
}

# suite NAME TIMEOUT CMD...: a runner that ends with `RESULT <suite> <passed> <failed>` (several for one command are
# summed). No RESULT line, a timeout or a non-zero exit without failures counts as one failure.
suite() {
  local name=$1 limit=$2 start=$SECONDS log="$logs/$1.log" rc passed=0 failed=0
  shift 2
  section "$name"
  timeout --kill-after=15 "$limit" "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  while read -r _ _ p f; do
    passed=$((passed + p)) failed=$((failed + f))
  done < <(grep -E '^RESULT [^ ]+ [0-9]+ [0-9]+$' "$log")
  [[ $rc -eq 124 ]] && echo "$name: timed out after ${limit}s"
  if [[ $rc -ne 0 && $failed -eq 0 ]]; then failed=1; fi
  record "$name" "$passed" "$failed" $((SECONDS - start))
}

# Unit tests: mocha's spec reporter ends with "N passing", "N pending", "N failing".
unit() {
  local start=$SECONDS log="$logs/unit.log" rc passed failed
  section unit
  timeout --kill-after=15 600 node_modules/.bin/mocha 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  passed=$(grep -oE '^ *[0-9]+ passing' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
  failed=$(grep -oE '^ *[0-9]+ failing' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
  if [[ $rc -ne 0 && $failed -eq 0 ]]; then failed=1; fi
  record unit "${passed:-0}" "${failed:-0}" $((SECONDS - start))
}

# --- set-up ----------------------------------------------------------------------------------------------------------
section install
bash test/harness/install-deps.sh || { record install 0 1 0; finish; }
# A real VS Code (code-server) and headless Chromium, cached outside the clone (first run ~2 min).
[[ -n ${MARKET_NOTES_VSCODE_DIR:-} && ${CI:-} == true ]] && echo "CI: installing code-server afresh into $MARKET_NOTES_VSCODE_DIR"
bash test/harness/setup.sh >/dev/null || { record "setup (code-server)" 0 1 0; finish; }
echo "code-server ready"

gate build node build.mjs
if [[ $total_failed -gt 0 ]]; then finish; fi # nothing below can run without the bundles
export MARKET_NOTES_BUILT=1                   # the runners below must not rebuild
rm -f test-results/*-failure.png test-results/integration-timeout.png

# --- suites ----------------------------------------------------------------------------------------------------------
gate lint node_modules/.bin/eslint .
gate typecheck npm run --silent typecheck
unit
if [[ -f test/webview/run.mjs ]]; then suite webview 600 node test/webview/run.mjs; fi
suite integration 600 node test/harness/runIntegration.mjs --no-build
for e2e in test/e2e/*.e2e.mjs; do
  [[ -e $e2e ]] || continue
  suite "e2e $(basename "$e2e" .e2e.mjs)" 600 node "$e2e" --no-build
done

# --- the packages as users get them ----------------------------------------------------------------------------------
# Last: it rebuilds the bundles for production. The VSIX and the CLI tarball go to a temp folder; the CLI is installed
# with npm -g into a temp prefix; then the hover and chart-panel suites run against the VSIX installed into code-server.
packages="$logs/packages"
suite package 900 node test/package/run.mjs --out "$packages"
vsix=$(ls "$packages"/*.vsix 2>/dev/null | head -1)
for e2e in hover charts; do
  if [[ -n $vsix ]]; then
    MARKET_NOTES_E2E_VSIX=$vsix suite "e2e $e2e (installed VSIX)" 600 node "test/e2e/$e2e.e2e.mjs"
  else
    record "e2e $e2e (installed VSIX)" 0 1 0 # no VSIX: the package suite said why
  fi
done
finish
