// The integration suite (test/integration) in desktop VS Code, through @vscode/test-electron, for machines that can
// download VS Code (or have one: set VSCODE_EXECUTABLE to its binary). `npm test` does not run this: on an offline
// machine the download cannot work, and test/harness/runIntegration.mjs runs the same suite in code-server instead.
//
// usage: npm run test:desktop        (builds first; or: node test/desktop/runDesktopTests.mjs after `node build.mjs`)
//   VSCODE_EXECUTABLE                     an installed VS Code binary: no download
//   VSCODE_VERSION                        version to download (default: newest that satisfies engines.vscode)
//   MARKET_NOTES_DOWNLOAD_TIMEOUT_MS      give up on the download after this long (default 30000)
// Prints `RESULT desktop <passed> <failed>` last; exits 1 when anything failed or VS Code could not be had.
import fs from 'node:fs';
import path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { repoRoot } from '../harness/codeServer.mjs';
import { buildIntegrationTests, copyExamples, makeTempDir, removeDir, reportResult } from '../harness/util.mjs';

const SUITE = 'desktop';
const startedAt = Date.now();
const downloadTimeoutMs = Number(process.env.MARKET_NOTES_DOWNLOAD_TIMEOUT_MS || 30_000);

/** The VS Code binary: the one given, or a download that must finish (or fail) within downloadTimeoutMs. */
async function vscodeExecutable() {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  let timer;
  const gaveUp = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no VS Code downloaded within ${downloadTimeoutMs / 1000} s`)),
      downloadTimeoutMs,
    );
  });
  try {
    return await Promise.race([
      downloadAndUnzipVSCode({
        version: process.env.VSCODE_VERSION,
        extensionDevelopmentPath: repoRoot,
        // idle timeout of each request; the race above bounds the whole attempt (the library retries)
        timeout: Math.min(10_000, downloadTimeoutMs),
      }),
      gaveUp,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function main() {
  const work = makeTempDir(SUITE);
  const resultsFile = path.join(work, 'mocha-results.json');
  try {
    let executable;
    try {
      executable = await vscodeExecutable();
    } catch (err) {
      console.error(
        `[desktop] cannot get desktop VS Code: ${err.message}\n` +
          '[desktop] this machine cannot download VS Code (offline?). Set VSCODE_EXECUTABLE to an installed VS Code,\n' +
          '[desktop] or run the same suite in code-server: node test/harness/runIntegration.mjs',
      );
      return { passed: 0, failed: 1 };
    }
    const extensionTestsPath = await buildIntegrationTests();
    const folder = copyExamples(work);
    const code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      launchArgs: [folder, '--disable-extensions'],
      extensionTestsEnv: { MARKET_NOTES_INTEGRATION_RESULTS: resultsFile },
    }).catch((err) => {
      console.error(`[desktop] ${err.message}`);
      return 1;
    });
    let counts = { passed: 0, failed: 0 };
    try {
      counts = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    } catch {
      console.error('[desktop] the suite reported no counts');
    }
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    return counts;
  } finally {
    removeDir(work);
  }
}

main()
  .then(({ passed, failed }) => {
    reportResult(SUITE, passed, failed, startedAt);
    process.exit(failed > 0 ? 1 : 0);
  })
  .catch((err) => {
    console.error(`[desktop] ${err.stack ?? err}`);
    reportResult(SUITE, 0, 1, startedAt);
    process.exit(1);
  });
