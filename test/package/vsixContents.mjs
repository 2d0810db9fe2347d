// What must be inside the VSIX and what must not, read from the VSIX itself (a zip: `unzip -Z1` lists it).
// "Must" is derived from what the extension loads, not typed in twice: the manifest (main, icon, JSON schemas), the
// webview files the chart panel asks for (`media('…')` in src/vscode), every rule page (diagnostics link them), and
// every relative link of the README (the Extensions view renders it from the installed folder).
// The extension itself loads no fonts: the webview uses VS Code's, and only the CLI draws text (with DejaVu).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Entries of the zip, as paths. */
export function listVsix(vsix) {
  return execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** Files (relative to the extension folder) the installed extension loads or links to. */
export function filesTheExtensionNeeds(repo) {
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const needed = new Set(['package.json', manifest.main, manifest.icon]);
  for (const { url } of manifest.contributes?.jsonValidation ?? []) if (url.startsWith('./')) needed.add(url);
  // Scripts and styles VS Code's Markdown preview loads from the extension.
  for (const file of [...(manifest.contributes?.['markdown.previewScripts'] ?? []), ...(manifest.contributes?.['markdown.previewStyles'] ?? [])]) needed.add(file);
  for (const file of sourceFiles(path.join(repo, 'src/vscode'))) {
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/\bmedia\('([^']+)'\)/g)) needed.add(`media/${match[1]}`);
    // Scripts the extension starts from its own folder (the lint worker: `joinPath(extensionUri, 'dist', '…')`).
    for (const match of source.matchAll(/'dist', '([^']+)'/g)) needed.add(`dist/${match[1]}`);
  }
  for (const page of fs.readdirSync(path.join(repo, 'docs/rules'))) needed.add(`docs/rules/${page}`);
  // Code blocks and code spans are examples, not links: `[NVDA](…)` in a table of ticker forms names no file.
  const readme = fs
    .readFileSync(path.join(repo, 'README.md'), 'utf8')
    .replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, '')
    .replace(/`[^`\n]+`/g, '');
  for (const match of readme.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
    if (!/^[a-z]+:/i.test(match[1])) needed.add(match[1]);
  }
  return [...needed].map((file) => path.posix.normalize(file.replace(/^\.\//, '')));
}

/** Why an entry must not ship, or undefined when it may. */
export function forbiddenReason(entry) {
  const file = entry.replace(/^extension\//, '');
  if (/\.map$/.test(file)) return 'a source map';
  if (/\.(ts|tsx|mts|cts)$/.test(file)) return 'TypeScript source';
  if (/^(src|test|examples|bench|scripts|webview|node_modules|out|\.ci|\.vscode|\.vscode-test|test-results)\//.test(file)) return 'development folder';
  if (/^(tsconfig.*\.json|build\.mjs|eslint\.config\.mjs|\.vscodeignore|\.gitignore|\.mocharc.*|package-lock\.json)$/.test(file)) return 'build configuration';
  if (file === 'dist/cli.mjs' || file === 'dist/lintContext.js') return 'the CLI bundle (shipped by npm, not in the extension)';
  if (/\.(vsix|tgz)$/.test(file)) return 'a package inside the package';
  return undefined;
}

/** Checks one VSIX; returns a list of problems (empty when it is right). */
export function checkVsix(vsix, repo) {
  const entries = listVsix(vsix);
  const shipped = new Set(entries.filter((entry) => entry.startsWith('extension/')).map((entry) => entry.slice('extension/'.length)));
  const problems = [];
  for (const file of filesTheExtensionNeeds(repo)) {
    // vsce stores README/CHANGELOG/LICENSE under its own names (readme.md, LICENSE.txt).
    const aliases = [file, file.toLowerCase(), `${file}.txt`];
    if (!aliases.some((name) => shipped.has(name))) problems.push(`missing: ${file}`);
  }
  for (const entry of entries) {
    const reason = forbiddenReason(entry);
    if (reason) problems.push(`must not ship (${reason}): ${entry}`);
  }
  const bundle = execFileSync('unzip', ['-p', vsix, 'extension/dist/extension.js'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (/sourceMappingURL/.test(bundle)) problems.push('dist/extension.js points at a source map');
  // Minified: long lines (esbuild keeps the newlines inside template literals, so not one line).
  const charactersPerLine = bundle.length / bundle.split('\n').length;
  if (charactersPerLine < 400) problems.push(`dist/extension.js is not minified (${Math.round(charactersPerLine)} characters a line)`);
  return { entries, problems };
}

function sourceFiles(dir) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}
