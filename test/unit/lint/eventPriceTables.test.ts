// Tables of offerings, takeovers, insiders' dealings and trades head the event's price "Price" just as a quote table
// heads the market's: "| Company | Ticker | IPO date | Price | First-day close |", "| Target | Ticker | Acquirer |
// Price | Premium |", "| Ticker | Action | Price | Stop |". Such a price is no quote of today. Fixtures are our own.
import { strict as assert } from 'node:assert';
import { lintNote } from '../../../src/core/lint';
import { fixtureQuotes, statedPrices as stated, today } from './lintHarness';

const table = (header: string, ...rows: string[]) => {
  const columns = header.split('|').length - 2;
  return `${header}\n|${'---|'.repeat(columns)}\n${rows.join('\n')}\n`;
};

describe('a bare Price column of a table of events', () => {
  it('is the offering\'s, the takeover\'s, the insider\'s or the trade\'s', () => {
    assert.deepEqual(stated(table('| Company | Ticker | IPO date | Price | First-day close |', '| Marlow Bio | MRLB | Mar 3 | $18.00 | $24.10 |')), []);
    assert.deepEqual(stated(table('| Target | Ticker | Acquirer | Price | Premium |', '| Halvern Robotics | HVRN | Stellar | $48.50 | 31% |')), []);
    assert.deepEqual(stated(table('| Ticker | Insider | Shares | Price | Value |', '| NLPH | J. Ames (CFO) | 10,000 | $30.10 | $301,000 |')), []);
    assert.deepEqual(stated(table('| Ticker | Action | Price | Stop | Target |', '| NLPH | Buy | $30.50 | $28.00 | $36.00 |', '| CRDL | Trim | $41.20 | $38.00 | $48.00 |')), []);
  });

  it('is the pick\'s beside the day a newsletter or a model portfolio made it', () => {
    assert.deepEqual(stated(table('| Ticker | Price | Rec. date |', '| NLPH | $30.10 | 3/1/2026 |', '| CRDL | $41.20 | 4/1/2026 |')), []);
    assert.deepEqual(stated(table('| Ticker | Date added | Price |', '| NLPH | Mar 1 | $30.10 |')), []);
    assert.deepEqual(stated(table('| Ticker | Entry date | Price | Stop |', '| NLPH | 3/1/2026 | $30.10 | $27.00 |')), []);
    // the pick's own price named beside it: the bare Price is today's
    assert.deepEqual(stated(table('| Ticker | Rec. date | Rec. price | Price |', '| NLPH | 3/1/2026 | $30.10 | $36.40 |')), [['NLPH', '$36.40']]);
    assert.deepEqual(stated(table('| Ticker | Entry price | Price |', '| NLPH | $30.10 | $36.40 |')), [['NLPH', '$36.40']]);
  });

  it('stays the market\'s beside a column that names the event\'s price, or a ratings table\'s action', () => {
    assert.deepEqual(stated(table('| Company | Ticker | IPO price | Price | Return |', '| Marlow Bio | MRLB | $18.00 | $31.20 | 73% |')), [['MRLB', '$31.20']]);
    assert.deepEqual(stated(table('| Ticker | Broker | Action | Price | Target |', '| PMBR | Jefferies | Upgrade | $61.30 | $75.00 |')), [['PMBR', '$61.30']]);
    assert.deepEqual(stated(table('| Ticker | Price | NAV | Premium |', '| NLPH | $30.10 | $31.00 | -2.9% |')), [['NLPH', '$30.10']]);
  });

  it('leaves a header that names the market\'s price a quote', () => {
    assert.deepEqual(stated(table('| Target | Ticker | Acquirer | Offer | Last |', '| Halvern Robotics | HVRN | Stellar | $48.50 | $47.10 |')), [['HVRN', '$47.10']]);
  });

  it('gives stale-quote-table nothing to refresh in a table of offerings', async () => {
    const note = `As of September 1, 2026, the desk kept these.\n\n${table('| Symbol | IPO date | Price |', '| MSFT | Mar 3, 1986 | 21.00 |')}`;
    const findings = await lintNote(note, { today, quotes: fixtureQuotes() });
    assert.deepEqual(findings.filter((finding) => finding.ruleId === 'stale-quote-table' || finding.ruleId === 'price-drift'), []);
    const quoted = await lintNote(note.replace('IPO date', 'Sector').replace('Mar 3, 1986', 'Software'), { today, quotes: fixtureQuotes() });
    assert.equal(quoted.filter((finding) => finding.ruleId === 'stale-quote-table').length, 1);
  });
});
