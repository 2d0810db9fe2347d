// The rules test/package applies to the VSIX, on their own: what the extension needs is derived from the repository
// (so a new webview file or rule page is required without editing the check), and what must not ship is refused.
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error -- a plain .mjs module of the test harness, without type declarations
import { filesTheExtensionNeeds, forbiddenReason } from '../../package/vsixContents.mjs';

const repo = join(__dirname, '..', '..', '..');

describe('VSIX contents rules', () => {
  const needed = (filesTheExtensionNeeds as (repo: string) => string[])(repo);

  it('require what the extension loads: bundle, webview script and CSS, schema, icon, every rule page', () => {
    for (const file of ['package.json', 'dist/extension.js', 'media/webview.js', 'media/charts.css', 'schemas/market-notes.schema.json', 'media/icon.png']) {
      assert.ok(needed.includes(file), file);
    }
    for (const page of readdirSync(join(repo, 'docs/rules'))) assert.ok(needed.includes(`docs/rules/${page}`), page);
  });

  it('require the README\'s relative links (images, docs), not its web links or code blocks', () => {
    assert.ok(needed.includes('docs/images/hover.png'));
    assert.ok(needed.every((file) => !/^[a-z]+:/i.test(file) && !file.includes('#')), needed.join(', '));
  });

  it('refuse sources, tests, examples, maps, the CLI bundle and build files; allow the rest', () => {
    const refused = (forbiddenReason as (entry: string) => string | undefined);
    for (const entry of ['extension/src/vscode/extension.ts', 'extension/test/e2e/hover.e2e.mjs', 'extension/examples/weekly-watchlist.md', 'extension/dist/extension.js.map', 'extension/media/webview.js.map', 'extension/dist/cli.mjs', 'extension/node_modules/vega/index.js', 'extension/tsconfig.json', 'extension/webview/src/main.ts']) {
      assert.ok(refused(entry), entry);
    }
    for (const entry of ['extension/dist/extension.js', 'extension/media/webview.js', 'extension/docs/rules/price-drift.md', 'extension/readme.md', 'extension.vsixmanifest']) {
      assert.equal(refused(entry), undefined, entry);
    }
  });
});
