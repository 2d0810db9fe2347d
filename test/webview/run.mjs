// The chart panel in a real browser: the built webview bundle (media/webview.js) in headless Chromium, in a page
// made by the extension's HTML builder under the exact CSP. Good charts must render with zero CSP violations;
// every hostile chart must make zero requests to a listening "attacker" server and cause no navigation.
// Prints one line per case (✓/✗) and `RESULT webview <passed> <failed>` last; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../harness/codeServer.mjs';
import { launchBrowser } from '../harness/launchBrowser.mjs';
import { reportResult } from '../harness/util.mjs';
import { cases } from './cases.mjs';
import { installProbes } from './panelPage.mjs';
import { startAttackerServer, startPanelServer } from './pageServer.mjs';

const startedAt = Date.now();
if (!fs.existsSync(path.join(repoRoot, 'media/webview.js'))) {
  execFileSync(process.execPath, [path.join(repoRoot, 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
}

const attacker = await startAttackerServer();
const server = await startPanelServer();
const browser = await launchBrowser({ viewport: { width: 900, height: 1400 } });
await browser.context.addInitScript(installProbes);

let passed = 0;
let failed = 0;
console.log('\n  chart panel webview (headless Chromium, exact CSP)');
for (const [group, tests] of Object.entries(cases({ browser, server, attacker }))) {
  console.log(`    ${group}`);
  for (const [name, run] of Object.entries(tests)) {
    // WEBVIEW_GREP=text runs only the cases whose group or name contains it (while working on one).
    if (process.env.WEBVIEW_GREP && !`${group} ${name}`.includes(process.env.WEBVIEW_GREP)) continue;
    const started = Date.now();
    try {
      await run();
      passed++;
      console.log(`      ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`      ✗ ${name}\n          ${String(error?.stack ?? error).split('\n').slice(0, 3).join('\n          ')}`);
    }
  }
}
console.log(`\n  ${passed} passing, ${failed} failing`);

await browser.close();
await attacker.close();
await server.close();
reportResult('webview', passed, failed, startedAt);
process.exitCode = failed > 0 ? 1 : 0;
