// Runs the integration suite (test/integration, mocha) inside a real VS Code's extension host: code-server + headless
// Chromium. The workbench is opened with the smoke-test payload (the extension loaded unpackaged from the repo, the
// suite's index.js as extensionTestsPath, a temp copy of examples/ as the folder) and reports the suite's exit code
// through window.codeAutomationExit.
//
// usage: node test/harness/runIntegration.mjs [--no-build]
//   --no-build (or MARKET_NOTES_BUILT=1)  the extension is already built (dist/); the test bundle is always rebuilt
//   MARKET_NOTES_TEST_GREP                only tests whose title matches
//   MARKET_NOTES_TEST_TIMEOUT_MS          whole-run guard (default 540000: under scripts/test.sh's 600 s, sized for a loaded machine)
//   MARKET_NOTES_RESULTS                  JSON file that receives { integration: { passed, failed, seconds } }
// Prints `RESULT integration <passed> <failed>` last; exits 1 when anything failed.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { launchBrowser } from './launchBrowser.mjs';
import {
  buildExtension,
  buildIntegrationTests,
  copyExamples,
  makeTempDir,
  removeDir,
  reportResult,
} from './util.mjs';

const SUITE = 'integration';
const startedAt = Date.now();
const timeoutMs = Number(process.env.MARKET_NOTES_TEST_TIMEOUT_MS || 540_000);
const skipBuild = process.argv.includes('--no-build') || process.env.MARKET_NOTES_BUILT === '1';

// Browser console lines that are the workbench's own chatter in an offline, headless run, not the suite's output.
const NOISE = [
  /Failed to load resource/,
  /vsda/,
  /Ignoring fetching/,
  /sandbox attribute/,
  /connection token/,
  /Creating a socket/,
  /reconnection-grace-time/,
  /web worker extension host/,
  /\[Service Worker\]/,
  /\[AgentHost/,
  /\[AccountPolicyGate\]/,
  /Unable to write into user settings/,
  /Updating additional builtin extensions cache/,
  /No search provider registered for scheme/,
];

/** Workbench log lines reach the page console as `%c INFO color: #33f <text>`; keep the text. */
function cleanConsoleText(text) {
  return text.replace(/^%c\s*\w+\s+color: #\w+\s?/, '');
}

async function main() {
  const work = makeTempDir(SUITE);
  const resultsFile = path.join(work, 'mocha-results.json');
  let server;
  let browser;
  let lastCountsLine;
  try {
    if (!skipBuild) buildExtension();
    const testsPath = await buildIntegrationTests();
    const folder = copyExamples(work);

    // The extension host inherits the server's environment: that is how the suite learns where to write its counts.
    server = await startCodeServer({
      stateDir: path.join(work, 'code-server'),
      env: { MARKET_NOTES_INTEGRATION_RESULTS: resultsFile },
    });
    browser = await launchBrowser();
    const { page } = browser;

    let reportExit;
    const exited = new Promise((resolve) => (reportExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
    page.on('console', (message) => {
      const text = cleanConsoleText(message.text());
      if (NOISE.some((re) => re.test(text))) return;
      if (/^\d+ passed, \d+ failed$/.test(text.trim())) lastCountsLine = text.trim();
      console.log(`  ${text.replace(/\n/g, '\n  ')}`);
    });
    page.on('pageerror', (err) => console.log(`[page error] ${err.message}`));
    page.on('requestfailed', (request) => {
      if (!request.url().startsWith(server.url)) console.log(`[non-local request failed] ${request.url().slice(0, 120)}`);
    });

    const url = workbenchUrl(server.url, {
      folder,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsPath,
    });
    console.log(`[integration] VS Code ${server.url}, workspace ${folder}`);
    // The workbench's first load is megabytes of script: on a loaded machine it takes longer than goto's 30 s default.
    await page.goto(url, { timeout: 120_000 });

    let timer;
    const code = await Promise.race([
      exited,
      new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (code === 'timeout') {
      console.log(`[integration] no result after ${timeoutMs / 1000} s (see ${server.logFile})`);
      const shot = path.join(repoRoot, 'test-results/integration-timeout.png');
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).catch(() => {});
    } else {
      console.log(`[integration] extension host exit code: ${code}`);
    }
    return { code, counts: readCounts(resultsFile, lastCountsLine) };
  } finally {
    await browser?.close();
    await server?.stop();
    removeDir(work);
  }
}

/** The suite's counts: the JSON its index.js wrote, else its `N passed, N failed` console line. */
function readCounts(file, countsLine) {
  try {
    const { passed, failed } = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { passed, failed };
  } catch {
    const m = countsLine?.match(/^(\d+) passed, (\d+) failed$/);
    return m ? { passed: Number(m[1]), failed: Number(m[2]) } : undefined;
  }
}

main()
  .then(({ code, counts }) => {
    const passed = counts?.passed ?? 0;
    let failed = counts?.failed ?? 0;
    // A run that crashed, timed out or exited non-zero with no failing test still counts as a failure.
    if (code !== 0 && failed === 0) failed = 1;
    if (!counts) console.log('[integration] the suite reported no counts');
    reportResult(SUITE, passed, failed, startedAt);
    process.exit(failed > 0 ? 1 : 0);
  })
  .catch((err) => {
    console.error(`[integration] ${err.stack ?? err}`);
    reportResult(SUITE, 0, 1, startedAt);
    process.exit(1);
  });
