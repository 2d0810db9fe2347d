// Ticker completion as a writer gets it: in a draft note, type `$MET` in the real VS Code UI; the suggest widget
// lists META (the workspace snapshot) and MetLife (the provider's symbol search, a Yahoo-format server on
// 127.0.0.1 reached through MARKET_NOTES_YAHOO_BASE_URL); Enter accepts META and the line reads `$META`.
// Saves test-results/completion.png.
//
// usage: node test/e2e/completion.e2e.mjs [--no-build]
import fs from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { openFile, resultsDir, runE2E, wordBox } from '../harness/e2e.mjs';

// The provider tests' Yahoo server is TypeScript: load it through tsx rather than keep a second copy here.
const { startYahooServer } = await tsImport('../unit/quotes/servers/index.ts', import.meta.url);
const yahoo = await startYahooServer();
const DRAFT = 'draft-completion.md';

try {
  await runE2E(
    'completion',
    async ({ page, folder, step, log }) => {
      const widget = page.locator('.editor-widget.suggest-widget');

      await step('a draft note opens in a workspace that quotes from Yahoo', async () => {
        fs.writeFileSync(path.join(folder, '.vscode/settings.json'), JSON.stringify({ 'marketNotes.quoteProvider': 'yahoo' }, null, 2));
        fs.writeFileSync(path.join(folder, DRAFT), '# Draft\n\nWatching \n');
        await openFile(page, DRAFT, 3);
        // The workspace setting reaches the extension a moment after the file changes: the status bar tells.
        await page.locator('.statusbar-item', { hasText: 'Yahoo' }).first().waitFor({ timeout: 120_000 });
        const word = await wordBox(page, 'Watching', 'Watching');
        await page.mouse.click(word.x, word.y);
        await page.keyboard.press('End');
      });

      await step('typing $MET lists META and, from the symbol search, MetLife', async () => {
        await page.keyboard.type('$MET', { delay: 120 });
        await widget.locator('.monaco-list-row', { hasText: 'MetLife' }).first().waitFor({ timeout: 90_000 });
        const rows = await widget.locator('.monaco-list-row').allInnerTexts();
        log(`suggestions: ${JSON.stringify(rows.map((row) => row.replace(/\s+/g, ' ')))}`);
        if (!rows.some((row) => /\bMETA\b/.test(row))) throw new Error('META is not offered');
        const searched = yahoo.requests.filter((request) => request.path === '/v1/finance/search').map((request) => request.query.q);
        log(`searches sent: ${JSON.stringify(searched)}`);
        if (!searched.some((q) => q?.toLowerCase() === 'met')) throw new Error('the provider was never asked for "MET"');
        if (searched.some((q) => q && q.length < 2)) throw new Error('a search was sent for fewer than 2 characters');
      });

      await step('Enter accepts META: the line reads "Watching $META"', async () => {
        const focused = widget.locator('.monaco-list-row.focused');
        const text = await focused.innerText();
        if (!/\bMETA\b/.test(text)) throw new Error(`the first suggestion is not META: ${text}`);
        await page.keyboard.press('Enter');
        await page.locator('.editor-group-container.active .view-line', { hasText: 'Watching $META' }).first().waitFor({ timeout: 10_000 });
        const line = await page.locator('.editor-group-container.active .view-line', { hasText: 'Watching' }).first().innerText();
        if (line.replace(/\u00a0/g, ' ').trim() !== 'Watching $META') throw new Error(`the line reads ${JSON.stringify(line)}`);
      });

      await step('a screenshot is saved (test-results/completion.png)', async () => {
        fs.mkdirSync(resultsDir, { recursive: true });
        await page.keyboard.type(' and $coca', { delay: 120 });
        await widget.locator('.monaco-list-row', { hasText: 'Coca-Cola' }).first().waitFor({ timeout: 30_000 });
        await page.screenshot({ path: path.join(resultsDir, 'completion.png') });
      });
    },
    { env: { MARKET_NOTES_YAHOO_BASE_URL: yahoo.baseUrl } },
  );
} finally {
  await yahoo.close();
}
