// Small helpers shared by the runners in test/: a disposable copy of examples/, the snapshot price of a symbol,
// and the result convention that scripts/test.sh reads.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { repoRoot } from './codeServer.mjs';

/** A fresh temp folder for one run; the caller removes it (see removeDir). */
export function makeTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `market-notes-${prefix}-`));
}

export function removeDir(dir) {
  if (dir && !process.env.MARKET_NOTES_KEEP_TEMP) fs.rmSync(dir, { recursive: true, force: true });
}

/** Copies examples/ (hidden folders included) into dest/examples, so tests never dirty the repo's examples. */
export function copyExamples(dest) {
  const source = path.join(repoRoot, 'examples');
  if (!fs.existsSync(source)) throw new Error(`no examples/ folder in ${repoRoot}`);
  const target = path.join(dest, 'examples');
  fs.cpSync(source, target, { recursive: true });
  return target;
}

/** The first note (examples/*.md, sorted) whose text contains needle: { file, text, line } (line is 0-based). */
export function findNote(folder, needle) {
  for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.md')).sort()) {
    const file = path.join(folder, name);
    const text = fs.readFileSync(file, 'utf8');
    const index = text.indexOf(needle);
    if (index >= 0) return { file, text, line: text.slice(0, index).split('\n').length - 1 };
  }
  throw new Error(`no note in ${folder} mentions ${needle}`);
}

/**
 * The price of symbol in a workspace's .market-notes/quotes.csv, as the string written there (e.g. "256.44"), or
 * undefined when the symbol is absent. Header names are matched loosely (symbol|ticker, price|last|close).
 */
export function snapshotPrice(folder, symbol) {
  const rows = csvParse(fs.readFileSync(path.join(folder, '.market-notes/quotes.csv'), 'utf8'));
  const column = (...names) => rows.columns.find((c) => names.includes(c.trim().toLowerCase()));
  const symbolColumn = column('symbol', 'ticker');
  const priceColumn = column('price', 'last', 'close', 'regularmarketprice');
  if (!symbolColumn || !priceColumn) throw new Error(`quotes.csv: no symbol/price columns in ${rows.columns.join(',')}`);
  const row = rows.find((r) => r[symbolColumn].trim().toUpperCase() === symbol.toUpperCase());
  return row ? row[priceColumn].trim() : undefined;
}

/** A snapshot price as a card prints it, two decimals ("256.4" -> "256.40"); compare with thousands separators removed. */
export function priceText(price) {
  return Number(price).toFixed(2);
}

/**
 * Publishes a suite's counts for scripts/test.sh: a last stdout line `RESULT <suite> <passed> <failed>`, and when
 * $MARKET_NOTES_RESULTS names a JSON file, an entry { passed, failed, seconds } under the suite's name in it.
 */
export function reportResult(suite, passed, failed, startedAt) {
  const seconds = startedAt ? Math.round((Date.now() - startedAt) / 100) / 10 : undefined;
  const file = process.env.MARKET_NOTES_RESULTS;
  if (file) {
    let all = {};
    try {
      all = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      /* first suite to report */
    }
    all[suite] = { passed, failed, seconds };
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
  }
  console.log(`RESULT ${suite} ${passed} ${failed}`);
}

/**
 * Bundles every test/integration/**\/*.ts into out/test/integration/ (CommonJS, the extension host's module system).
 * Mocha is bundled in (v12 ships as ESM + CJS halves; one self-contained file loads in any extension host);
 * `vscode` stays external: the extension host provides it. Returns the path of the suite's entry point (index.js).
 */
export async function buildIntegrationTests() {
  const { build } = await import('esbuild');
  const sourceDir = path.join(repoRoot, 'test/integration');
  const outdir = path.join(repoRoot, 'out/test/integration');
  const entryPoints = fs
    .readdirSync(sourceDir, { recursive: true })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(sourceDir, f));
  fs.rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir,
    outbase: sourceDir,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    // mocha's parallel mode (never used here) require.resolve()s its worker files: harmless in a bundle.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return path.join(outdir, 'index.js');
}

/** `node build.mjs`: the extension bundle the tests load. */
export function buildExtension() {
  execFileSync(process.execPath, [path.join(repoRoot, 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
}
