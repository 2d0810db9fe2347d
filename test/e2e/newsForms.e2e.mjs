// Tickers written as the wires write them, hovered in the real VS Code UI: "Palantir Technologies (PLTR)" (the
// company form) and "Coca-Cola (KO.N)" (a Reuters RIC) in examples/weekly-watchlist.md each show their quote card
// with the snapshot price; "(FOMC)" in the same paragraph shows none.
//
// usage: node test/e2e/newsForms.e2e.mjs [--no-build]
import path from 'node:path';
import { hoverUntil, openFile, runE2E, wordBox } from '../harness/e2e.mjs';
import { findNote, priceText, snapshotPrice } from '../harness/util.mjs';

const cases = [
  { context: 'Palantir Technologies (PLTR)', word: 'PLTR', symbol: 'PLTR', form: 'company (TICK)' },
  { context: 'Coca-Cola (KO.N)', word: 'KO', symbol: 'KO', form: 'Reuters RIC' },
];

await runE2E('news-forms', async ({ page, folder, step, log }) => {
  const note = findNote(folder, cases[0].context);
  await step(`${path.basename(note.file)} opens at the wire-style paragraph`, async () => {
    await openFile(page, path.relative(folder, note.file), note.line + 1);
    return wordBox(page, cases[0].context, cases[0].word);
  });
  for (const { context, word, symbol, form } of cases) {
    const price = snapshotPrice(folder, symbol);
    if (!price) throw new Error(`the examples snapshot does not list ${symbol}`);
    await step(`hovering ${symbol} in "${context}" (${form}) shows its card with the snapshot price ${price}`, async () => {
      const point = await wordBox(page, context, word);
      const text = await hoverUntil(page, point, new RegExp(`\\b${symbol}\\b[\\s\\S]*${priceText(price).replace('.', '\\.')}`));
      log(`${symbol} card: ${JSON.stringify(text)}`);
      return text;
    });
  }
});
