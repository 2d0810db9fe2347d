// The packages as users get them (`npm run test:package`, and the `package` suite of `npm test`):
//   1. `npm run package` (scripts/package.mjs) into a temp folder (or --out DIR, kept): the VSIX and the CLI tarball
//   2. the VSIX's contents: everything the extension loads inside, nothing that should not ship (vsixContents.mjs)
//   3. the CLI tarball installed with `npm install -g` into a temp prefix and run outside the clone (cliInstall.mjs)
// The installed-VSIX end-to-end runs are separate: MARKET_NOTES_E2E_VSIX=<file> node test/e2e/hover.e2e.mjs.
// Ends with `RESULT package <passed> <failed>`; exits 1 when a step failed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../harness/codeServer.mjs';
import { makeTempDir, removeDir, reportResult } from '../harness/util.mjs';
import { checkCliInstall } from './cliInstall.mjs';
import { checkVsix } from './vsixContents.mjs';

const startedAt = Date.now();
const log = (message) => console.log(`[${((Date.now() - startedAt) / 1000).toFixed(1)}s] ${message}`);
let passed = 0;
let failed = 0;
let broken = false;
const step = async (title, fn) => {
  if (broken) return log(`- skipped: ${title}`);
  try {
    await fn();
    passed++;
    log(`✔ ${title}`);
  } catch (err) {
    failed++;
    broken = true;
    log(`✘ ${title}\n    ${String(err.stack ?? err).replace(/\n/g, '\n    ')}`);
  }
};

const outIndex = process.argv.indexOf('--out');
const outDir = outIndex >= 0 ? path.resolve(process.argv[outIndex + 1]) : makeTempDir('package');
const { name, version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const vsix = path.join(outDir, `${name}-${version}.vsix`);
const tarball = path.join(outDir, `${name}-${version}.tgz`);
try {
  await step('npm run package writes the VSIX and the CLI tarball', () => {
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts/package.mjs'), '--out', outDir], { cwd: repoRoot, stdio: 'inherit' });
    for (const file of [vsix, tarball]) if (!fs.existsSync(file)) throw new Error(`no ${file}`);
  });
  await step('the VSIX holds what the extension loads and nothing that should not ship', () => {
    const { entries, problems } = checkVsix(vsix, repoRoot);
    log(`${entries.length} entries`);
    if (problems.length) throw new Error(problems.join('\n'));
  });
  await step('the CLI tarball holds the bundle, README, LICENSE and package.json only', () => {
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    // The bundle is cli.mjs, the lint server's script, the chart worker and the chunks they share (vega and vega-lite load on first use).
    const bundled = files.filter((file) => /^package\/dist\/[\w.-]+\.mjs$/.test(file) || file === 'package/dist/lintContext.js');
    const expected = ['package/LICENSE', 'package/README.md', 'package/package.json', ...bundled].sort();
    if (JSON.stringify(files) !== JSON.stringify(expected)) throw new Error(`tarball holds ${files.join(', ')}`);
    for (const entry of ['cli.mjs', 'lintContext.js', 'chart-worker.mjs']) {
      if (!bundled.includes(`package/dist/${entry}`)) throw new Error(`tarball lacks dist/${entry}`);
    }
    for (const file of bundled) {
      const bundle = execFileSync('tar', ['xzf', tarball, '-O', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (/sourceMappingURL/.test(bundle)) throw new Error(`${file} points at a source map`);
    }
  });
  await checkCliInstall({ tarball, repo: repoRoot, version, step, log });
} finally {
  if (outIndex < 0) removeDir(outDir);
}
reportResult('package', passed, failed, startedAt);
process.exit(failed > 0 ? 1 : 0);
