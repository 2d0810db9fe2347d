// A price stated after hours or before the open is newer than the regular session's quote of that day: price-drift
// leaves it alone until a later session's quote is in. Fixtures are our own sentences about a made-up company.
import { strict as assert } from 'node:assert';
import { lintNote, type QuoteLookup } from '../../../src/core/lint';

/** A lookup that knows one stock, closing at $50.00 at 4 p.m. New York time on `day`. */
function closeOn(day: string): QuoteLookup {
  const asOf = Date.parse(`${day}T16:00:00-05:00`);
  return async (ticker) => ({ quote: { symbol: ticker.symbol, providerSymbol: ticker.symbol, provider: 'test', price: 50, currency: 'USD', asOf, exchangeTimezone: 'America/New_York' } });
}

async function drifts(line: string, quoteDay: string, stampDay = 'November 20, 2026'): Promise<string[]> {
  const text = `_As of ${stampDay}._\n\n${line}\n`;
  const findings = await lintNote(text, { today: '2026-11-23', quotes: closeOn(quoteDay) });
  return findings.filter((finding) => finding.ruleId === 'price-drift').map((finding) => text.slice(finding.offset, finding.offset + finding.length));
}

describe('price-drift: a price stated in an extended session', () => {
  it('leaves an after-hours price of the stamp’s day beside that day’s close', async () => {
    assert.deepEqual(await drifts('Orbital Freight (NASDAQ: OFX) fell 8% after hours to $46.00 once results came out.', '2026-11-20'), []);
    assert.deepEqual(await drifts('Shares of Orbital Freight (NASDAQ: OFX) rose 8% in extended trading to $54.00.', '2026-11-20'), []);
    assert.deepEqual(await drifts('Orbital Freight (NASDAQ: OFX) jumped 8% to $54.00 in\npost-market trading.', '2026-11-20'), []);
  });

  it('leaves a premarket price beside the day before’s close', async () => {
    assert.deepEqual(await drifts('Orbital Freight (NASDAQ: OFX) was up 8% at $54.00 in premarket trading.', '2026-11-19'), []);
  });

  it('compares it with a quote of a later session', async () => {
    assert.deepEqual(await drifts('Orbital Freight (NASDAQ: OFX) fell 8% after hours to $46.00.', '2026-11-23'), ['$46.00']);
    assert.deepEqual(await drifts('Orbital Freight (NASDAQ: OFX) was up 8% at $54.00 in premarket trading.', '2026-11-20'), ['$54.00']);
  });

  it('compares a regular session’s price, even beside an after-hours one of another sentence', async () => {
    assert.deepEqual(await drifts('Orbital Freight (NASDAQ: OFX) closed at $54.00.', '2026-11-20'), ['$54.00']);
    assert.deepEqual(await drifts('Rivals slid after hours. Orbital Freight (NASDAQ: OFX) closed at $54.00.', '2026-11-20'), ['$54.00']);
  });
});
