// `npm run package`: the two things users install, built from production bundles (minified, no source maps).
//   market-notes-<version>.vsix  the extension, by @vscode/vsce; what goes in is .vscodeignore's list
//   market-notes-<version>.tgz   the CLI for `npm install -g`: only dist/*.mjs (cli.mjs, its workers and chunks), README, LICENSE and a package.json
//                                whose dependencies are what the bundle leaves outside (resvg's native addon, DejaVu)
// Both land in the repository folder (or --out DIR). Prints the size budgets; asserts nothing (test/package does).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outDir = path.resolve(outIndex >= 0 ? process.argv[outIndex + 1] : repo);
const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
const run = (command, args, options = {}) => execFileSync(command, args, { cwd: repo, stdio: 'inherit', ...options });

// Stale development output (source maps) must not be picked up: start from empty bundle folders.
fs.rmSync(path.join(repo, 'dist'), { recursive: true, force: true });
for (const file of ['webview.js', 'webview.js.map', 'preview.js', 'preview.js.map']) fs.rmSync(path.join(repo, 'media', file), { force: true });
run(process.execPath, ['build.mjs', '--production']);

fs.mkdirSync(outDir, { recursive: true });
const vsix = path.join(outDir, `${manifest.name}-${manifest.version}.vsix`);
// --no-dependencies: esbuild bundled them; --no-rewrite-relative-links: the README's images and rule pages ship in the
// VSIX, so the Extensions view resolves them locally (there is no public repository URL to rewrite them to).
run(path.join(repo, 'node_modules/.bin/vsce'), [
  'package',
  '--no-dependencies',
  '--no-rewrite-relative-links',
  '--allow-missing-repository',
  '--out',
  vsix,
]);

const tarball = packCli(outDir);

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const size = (file) => fs.statSync(file).size;
console.log('\nBudgets (figures, not assertions):');
console.log(`  VSIX                  ${mb(size(vsix)).padStart(10)}   goal <= 5 MB   ${path.relative(process.cwd(), vsix)}`);
console.log(`  dist/extension.js     ${kb(size(path.join(repo, 'dist/extension.js'))).padStart(10)}`);
console.log(`  media/webview.js      ${kb(size(path.join(repo, 'media/webview.js'))).padStart(10)}`);
console.log(`  CLI tarball           ${mb(size(tarball)).padStart(10)}   ${path.relative(process.cwd(), tarball)}`);
console.log('  activation time: npm run bench:activation (the installed VSIX in the real extension host)');

/** Stages the CLI's package in a temp folder and packs it with `npm pack`; returns the tarball's path. */
function packCli(destination) {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'market-notes-cli-'));
  try {
    fs.mkdirSync(path.join(stage, 'dist'));
    // cli.mjs, the lint server's script (lintContext.js), the chart-rendering worker and the chunks they share
    // (vega, vega-lite: loaded on first use).
    const cliFiles = fs.readdirSync(path.join(repo, 'dist')).filter((file) => file.endsWith('.mjs') || file === 'lintContext.js');
    for (const file of cliFiles) fs.copyFileSync(path.join(repo, 'dist', file), path.join(stage, 'dist', file));
    fs.chmodSync(path.join(stage, 'dist/cli.mjs'), 0o755);
    for (const file of ['README.md', 'LICENSE']) fs.copyFileSync(path.join(repo, file), path.join(stage, file));
    const cliManifest = {
      name: manifest.name,
      version: manifest.version,
      description: 'market-notes: list ticker mentions, quote them, lint Markdown research notes for stale figures and render their vega-lite charts.',
      license: manifest.license,
      private: true, // installed from the tarball, never published by accident
      type: 'module',
      bin: manifest.bin,
      files: cliFiles.map((file) => `dist/${file}`),
      engines: { node: manifest.engines.node },
      // The bundle holds everything else; these are a native addon and font files, resolved at run time.
      dependencies: manifest.dependencies,
    };
    fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(cliManifest, null, 2)}\n`);
    const [{ filename }] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
    );
    return path.join(destination, filename);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}
