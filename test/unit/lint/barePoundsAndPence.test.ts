// A bare figure for a London listing, whose quote comes in pence: writers state it in pounds as often as in pence
// ("| VOD.L | 0.7418 |" beside a quote of 74.18 GBp), and the figure's size says which it is.
import { strict as assert } from 'node:assert';
import { applyEdits, lintNote } from '../../../src/core/lint';
import { statedUnit } from '../../../src/core/lint/quoteComparison';
import { fixtureQuotes, today } from './lintHarness';

const table = (last: string) => `As of November 20, 2026, the desk's marks:\n\n| Ticker | Last |\n|---|---|\n| VOD.L | ${last} |\n`;

async function drifts(text: string): Promise<string[]> {
  return (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['price-drift'] })).map((finding) => finding.message);
}

describe('a bare price against a pence quote', () => {
  it('reads a figure a hundred times smaller than the quote as pounds', async () => {
    // 0.7418 pounds is the quote's 74.18 pence: no drift, where it read as 0.7418 pence had drifted by 9,900%.
    assert.deepEqual(await drifts(table('0.7418')), []);
    assert.deepEqual(await drifts(table('0.6418')), [
      'VOD is stated at 0.6418; the quote is 74.18 GBp (+15.58%), as of Nov 20, 2026, 4:35 PM GMT (snapshot); tolerance 2%',
    ]);
  });

  it('writes the fix back in pounds', async () => {
    const text = table('0.6418');
    const [finding] = await lintNote(text, { today, quotes: fixtureQuotes(), only: ['price-drift'] });
    assert.equal(finding.fixes?.[0].title, 'Update to 0.7418');
    assert.ok(applyEdits(text, finding.fixes[0].edits).includes('| VOD.L | 0.7418 |'));
  });

  it('still reads a figure near the quote as pence', async () => {
    assert.deepEqual(await drifts(table('74.18')), []);
    assert.deepEqual(await drifts(table('64.18')), ['VOD is stated at 64.18; the quote is 74.18 GBp (+15.58%), as of Nov 20, 2026, 4:35 PM GMT (snapshot); tolerance 2%']);
  });

  it('reads the nearer unit both ways, and only between pounds and pence', () => {
    assert.equal(statedUnit({ value: 0.7418 }, { currency: 'GBp', price: 74.18 }), 100);
    assert.equal(statedUnit({ value: 0.7418 }, { currency: 'GBX', price: 74.18 }), 100);
    assert.equal(statedUnit({ value: 74.18 }, { currency: 'GBP', price: 0.7418 }), 0.01);
    assert.equal(statedUnit({ value: 70 }, { currency: 'GBp', price: 74.18 }), 1);
    // Dollars have no minor-unit quote: a price down 95% is still read in dollars.
    assert.equal(statedUnit({ value: 3.1 }, { currency: 'USD', price: 62 }), 1);
    // A sign says the unit, whatever the size.
    assert.equal(statedUnit({ value: 0.7418, currencySign: 'p' }, { currency: 'GBp', price: 74.18 }), 1);
  });
});

describe('pence spelt out', () => {
  const pence = 'As of November 20, 2026.\n\nVodafone (LSE: VOD) shares closed at 70.10 pence.\n';

  it('reads "at 70.10 pence" as pence against a pence quote, and writes the fix back in pence', async () => {
    assert.deepEqual(await drifts(pence), ['VOD is stated at 70.10 pence; the quote is 74.18 GBp (+5.82%), as of Nov 20, 2026, 4:35 PM GMT (snapshot); tolerance 2%']);
    const findings = await lintNote(pence, { today, quotes: fixtureQuotes(), only: ['price-drift'] });
    assert.equal(findings[0]?.fixes?.[0]?.edits[0]?.newText, '74.18');
    assert.deepEqual(await drifts('As of November 20, 2026.\n\nVodafone (LSE: VOD) shares fell 3 per cent to 70.10 pence.\n'), [
      'VOD is stated at 70.10 pence; the quote is 74.18 GBp (+5.82%), as of Nov 20, 2026, 4:35 PM GMT (snapshot); tolerance 2%',
    ]);
  });

  it('reads no move or per-share amount in pence', async () => {
    assert.deepEqual(await drifts('As of November 20, 2026.\n\nVodafone (LSE: VOD) closed 3 pence higher.\n'), []);
    assert.deepEqual(await drifts('As of November 20, 2026.\n\nVodafone (LSE: VOD) will pay 12 pence a share.\n'), []);
  });
});
