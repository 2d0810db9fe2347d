// Prices at a glance (issue 12 §2) as a writer meets them in the real VS Code on the examples (snapshot quotes).
// With `marketNotes.inlinePrices: on`, Apple's mention shows its snapshot price and move as an inlay hint, whose
// hover is the quote card. The status bar's count of tickers that moved since a note's as-of date, as a writer meets it in the real VS Code
// on the examples (snapshot quotes): earnings-season.md states Apple at $256.44 "as of January 26, 2026" where the
// snapshot has it at 272.41 (+6.2%, beyond the 2% tolerance), and Microsoft at $498.12, the snapshot's own price
// (no move). The item counts the moves; a click lists them with their sizes; picking Apple puts the cursor on the
// line that states its price; the list's last item opens the Problems view.
//
// usage: node test/e2e/pricesAtAGlance.e2e.mjs [--no-build]
import fs from 'node:fs';
import path from 'node:path';
import { hoverUntil, openFile, runE2E } from '../harness/e2e.mjs';
import { findNote, snapshotPrice } from '../harness/util.mjs';

await runE2E('pricesAtAGlance', async ({ page, folder, step, log }) => {
  const item = page.locator('.statusbar-item', { hasText: /\d+ moved/ }).first();
  const widget = page.locator('.quick-input-widget');
  const rows = widget.locator('.quick-input-list .monaco-list-row');
  const appleLine = findNote(folder, 'Apple (NASDAQ: AAPL) closed at $256.44');
  const applePrice = Number(snapshotPrice(folder, 'AAPL'));
  const expectedMove = `▲${(((applePrice - 256.44) / 256.44) * 100).toFixed(1)}%`;

  await step('earnings-season.md opens and the status bar counts the tickers that moved', async () => {
    await openFile(page, path.relative(folder, appleLine.file), 1);
    await item.waitFor({ timeout: 120_000 });
    const text = (await item.innerText()).trim();
    log(`status bar: ${JSON.stringify(text)}`);
    const count = Number(/(\d+) moved/.exec(text)?.[1]);
    if (!(count >= 1)) throw new Error(`the count reads ${JSON.stringify(text)}`);
  });

  await step(`a click lists Apple ${expectedMove} (from the note's $256.44) and not Microsoft (stated at its snapshot price)`, async () => {
    await item.click();
    await rows.first().waitFor({ timeout: 30_000 });
    const texts = (await rows.allInnerTexts()).map((row) => row.replace(/\s+/g, ' '));
    log(`list: ${JSON.stringify(texts)}`);
    const apple = texts.find((row) => /\bAAPL\b/.test(row));
    if (!apple) throw new Error('AAPL is not listed');
    if (!apple.includes(expectedMove)) throw new Error(`AAPL's row does not show ${expectedMove}: ${apple}`);
    if (!apple.includes('$256.44')) throw new Error(`AAPL's row does not say what it is measured from: ${apple}`);
    if (texts.some((row) => /\bMSFT\b/.test(row))) throw new Error('MSFT is listed though the note states its current price');
    if (!/Problems/.test(texts.at(-1) ?? '')) throw new Error('the last item does not open the Problems view');
  });

  await step(`picking AAPL puts the cursor on line ${appleLine.line + 1}, where the note states its price`, async () => {
    await widget.locator('.quick-input-box input').fill('AAPL');
    await page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden', timeout: 10_000 });
    const position = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
    const deadline = Date.now() + 15_000;
    for (;;) {
      const text = await position.innerText();
      if (text.includes(`Ln ${appleLine.line + 1},`)) break;
      if (Date.now() > deadline) throw new Error(`the cursor is at ${text}`);
      await page.waitForTimeout(200);
    }
  });

  await step(`with inline prices on, Apple's mention is followed by its price (${applePrice.toFixed(2)} ▲…), its hover the quote card`, async () => {
    const settings = path.join(folder, '.vscode/settings.json');
    fs.writeFileSync(settings, JSON.stringify({ 'marketNotes.quoteProvider': 'snapshot', 'marketNotes.inlinePrices': 'on' }, null, 2));
    // The innermost span holding the label (the editor draws it with non-breaking spaces).
    const hint = page.locator('.view-line span:not(:has(span))', { hasText: new RegExp(`${applePrice.toFixed(2).replace('.', '\\.')}\\s[▲▼■]\\d`) }).first();
    await hint.waitFor({ timeout: 60_000 });
    log(`hint: ${JSON.stringify(await hint.innerText())}`);
    const box = await hint.boundingBox();
    if (!box) throw new Error('the hint has no box on screen');
    const card = await hoverUntil(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, /Apple[\s\S]*Snapshot|Snapshot[\s\S]*Apple/);
    log(`hint tooltip: ${JSON.stringify(card.slice(0, 160))}`);
  });

  await step('the last item of the list opens the Problems view', async () => {
    await item.click();
    await rows.first().waitFor({ timeout: 30_000 });
    await rows.last().click();
    await page.locator('.markers-panel, .pane-body.markers-panel').first().waitFor({ timeout: 30_000 });
  });
});
