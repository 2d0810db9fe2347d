// An API key as a user sets it: the workspace uses Finnhub (a real HTTP server on 127.0.0.1 speaking Finnhub's wire
// format, reached through MARKET_NOTES_FINNHUB_BASE_URL); without a key the card and the status bar say so and no
// request is made; "Market Notes: Set API Key…" takes the key through the quick pick and a password box; then the
// card shows the live quote, the server saw the key, and no settings file holds it.
//
// usage: node test/e2e/apiKey.e2e.mjs [--no-build]
import fs from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { hoverUntil, openFile, runCommand, runE2E, wordBox } from '../harness/e2e.mjs';
import { findNote } from '../harness/util.mjs';

// The provider tests' Finnhub server is TypeScript: load it through tsx rather than keep a second copy here.
const { startFinnhubServer, sampleQuotes } = await tsImport('../unit/quotes/servers/index.ts', import.meta.url);

const KEY = 'e2e-secret-key-7f3a';
const MENTION = '(NASDAQ: AAPL)';
const finnhub = await startFinnhubServer({ apiKey: KEY });
const price = sampleQuotes.AAPL.price.toFixed(2);

try {
  await runE2E(
    'api-key',
    async ({ page, folder, server, step }) => {
      const note = findNote(folder, MENTION);
      const statusBar = page.locator('.statusbar-item', { hasText: 'Finnhub' });

      await step('the workspace switches to the Finnhub provider', async () => {
        fs.writeFileSync(path.join(folder, '.vscode/settings.json'), JSON.stringify({ 'marketNotes.quoteProvider': 'finnhub' }, null, 2));
        await openFile(page, path.relative(folder, note.file), note.line + 1);
        await statusBar.first().waitFor({ timeout: 20_000 });
      });

      const point = await step('without a key the card says a key is needed, and nothing is sent', async () => {
        const at = await wordBox(page, MENTION, 'AAPL');
        const card = await hoverUntil(page, at, /key/i);
        if (!/Finnhub/.test(card)) throw new Error(`the card should name the provider: ${card}`);
        if (finnhub.requests.length !== 0) throw new Error(`${finnhub.requests.length} request(s) were sent without a key`);
        await statusBar.filter({ hasText: /no key/ }).first().waitFor({ timeout: 10_000 });
        return at;
      });

      await step('Set API Key… stores the key through a quick pick and a password box', async () => {
        await page.keyboard.press('Escape');
        await runCommand(page, 'Market Notes: Set API Key…');
        const input = page.locator('.quick-input-widget input');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Finnhub' }).first().waitFor({ timeout: 10_000 });
        await input.fill('Finnhub');
        await page.keyboard.press('Enter');
        await page.locator('.quick-input-widget input[type="password"]').waitFor({ timeout: 10_000 });
        await page.locator('.quick-input-widget input[type="password"]').fill(KEY);
        await page.keyboard.press('Enter');
        // The save is confirmed, naming the provider (and never the key): read it in the notification list, where
        // it stays whether or not its toast has already gone.
        await runCommand(page, 'Notifications: Show Notifications');
        const saved = page.locator('.notifications-center', { hasText: 'Finnhub API key saved' });
        await saved.first().waitFor({ timeout: 30_000 });
        if ((await saved.first().innerText()).includes(KEY)) throw new Error('the confirmation shows the key');
        await runCommand(page, 'Notifications: Hide Notifications');
      });

      await step(`with the key the card shows the live quote (${price}) and the server saw the key`, async () => {
        await page.keyboard.press('Escape');
        const card = await hoverUntil(page, point, new RegExp(price.replace('.', '\\.')));
        if (/key/i.test(card.split('\n')[0])) throw new Error(`unexpected card: ${card}`);
        if (!finnhub.requests.some((request) => request.query.token === KEY && request.query.symbol === 'AAPL')) {
          throw new Error('the server never received the key');
        }
        await statusBar.filter({ hasText: /live/ }).first().waitFor({ timeout: 10_000 });
      });

      await step('the key is in no settings file', async () => {
        const settingsFiles = [path.join(folder, '.vscode/settings.json'), ...findFiles(server.stateDir, 'settings.json')];
        for (const file of settingsFiles) {
          if (fs.readFileSync(file, 'utf8').includes(KEY)) throw new Error(`${file} holds the key`);
        }
        if (settingsFiles.length < 2) throw new Error(`expected the user settings too, found ${settingsFiles.join(', ')}`);
      });
    },
    { env: { MARKET_NOTES_FINNHUB_BASE_URL: finnhub.baseUrl } },
  );
} finally {
  await finnhub.close();
}

function findFiles(root, name) {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === name)
    .map((entry) => path.join(entry.parentPath, entry.name));
}
