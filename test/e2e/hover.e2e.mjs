// The quote card as a user gets it: open a note from the examples in the real VS Code UI, rest the mouse on the
// AAPL of "(NASDAQ: AAPL)", and read the hover widget. Saves a screenshot (test-results/hover.png; the README's docs/images/hover.png with MARKET_NOTES_UPDATE_DOCS_IMAGES=1).
//
// usage: node test/e2e/hover.e2e.mjs [--no-build]
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../harness/codeServer.mjs';
import { hoverUntil, openFile, resultsDir, runE2E, wordBox } from '../harness/e2e.mjs';
import { findNote, priceText, snapshotPrice } from '../harness/util.mjs';

const MENTION = '(NASDAQ: AAPL)';

await runE2E('hover', async ({ page, folder, step, log }) => {
  const note = findNote(folder, MENTION);
  const price = snapshotPrice(folder, 'AAPL');
  if (!price) throw new Error('the examples snapshot (.market-notes/quotes.csv) does not list AAPL');
  log(`AAPL in ${path.basename(note.file)} line ${note.line + 1}; snapshot price ${price}`);

  const point = await step(`${path.basename(note.file)} opens at the AAPL mention`, async () => {
    await openFile(page, path.relative(folder, note.file), note.line + 1);
    return wordBox(page, MENTION, 'AAPL');
  });

  const card = await step(`hovering AAPL shows its quote card with the snapshot price ${price}`, async () => {
    const text = await hoverUntil(page, point, /AAPL/);
    log(`hover card: ${JSON.stringify(text)}`);
    const shown = text.replace(/,/g, '');
    if (!shown.includes(priceText(price))) throw new Error(`the card does not show ${priceText(price)}: ${text}`);
    return text;
  });

  // Every run saves test-results/hover.png; the README's copy is refreshed on purpose (MARKET_NOTES_UPDATE_DOCS_IMAGES=1),
  // since the card shows the quote's age and would change the tracked file on every run.
  await step('a screenshot of the card is saved (test-results/hover.png)', async () => {
    if (!card) throw new Error('no card');
    fs.mkdirSync(resultsDir, { recursive: true });
    const shot = path.join(resultsDir, 'hover.png');
    await page.screenshot({ path: shot });
    if (fs.statSync(shot).size < 10_000) throw new Error(`the screenshot ${shot} is suspiciously small`);
    if (process.env.MARKET_NOTES_UPDATE_DOCS_IMAGES === '1') {
      const docsShot = path.join(repoRoot, 'docs/images/hover.png');
      fs.mkdirSync(path.dirname(docsShot), { recursive: true });
      fs.copyFileSync(shot, docsShot);
    }
  });
});
