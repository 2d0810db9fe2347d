// exchange-mismatch and venue groups: writers call the NYSE Group's venues "NYSE" — a fund on NYSE Arca, a share on
// NYSE American — so that name is not a mismatch for them; a member's own name, and any venue code, names one venue.
// Our own words, with the snapshot's symbols: SPY and IWM list on NYSE Arca, UUUU on NYSE American, KO on NYSE.

import { strict as assert } from 'node:assert';
import { lintNote, quoteLookupFrom } from '../../../src/core/lint';
import { silentLogger } from '../../../src/core/logger';
import { SnapshotProvider } from '../../../src/core/quotes/snapshotProvider';
import { writtenVenueCovers } from '../../../src/core/tickers/exchanges';

const quotesCsv = [
  'symbol,price,previousClose,currency,asOf,name,exchange',
  'SPY,668.21,665.40,USD,2026-11-20T16:00:00-05:00,SPDR S&P 500 ETF Trust,NYSE Arca',
  'IWM,246.92,243.11,USD,2026-11-20T16:00:00-05:00,iShares Russell 2000 ETF,NYSE Arca',
  'UUUU,14.86,15.32,USD,2026-11-20T16:00:00-05:00,Energy Fuels Inc.,NYSE American',
  'KO,69.42,69.10,USD,2026-11-20T16:00:00-05:00,The Coca-Cola Company,NYSE',
].join('\n');

async function mismatches(text: string): Promise<string[]> {
  const provider = new SnapshotProvider(async (relative) => (relative === '.market-notes/quotes.csv' ? quotesCsv : undefined), silentLogger);
  const findings = await lintNote(text, { today: '2026-11-21', quotes: quoteLookupFrom(provider), only: ['exchange-mismatch'] });
  return findings.filter((finding) => finding.ruleId === 'exchange-mismatch').map((finding) => text.slice(finding.offset, finding.offset + finding.length));
}

describe('venue groups', () => {
  it('NYSE covers NYSE Arca and NYSE American, not the reverse, and not other venues', () => {
    assert.equal(writtenVenueCovers('NYSE', 'NYSEARCA'), true);
    assert.equal(writtenVenueCovers('NYSE', 'NYSEAMERICAN'), true);
    assert.equal(writtenVenueCovers('NYSEARCA', 'NYSE'), false);
    assert.equal(writtenVenueCovers('NYSEAMERICAN', 'NYSEARCA'), false);
    assert.equal(writtenVenueCovers('NASDAQ', 'NYSEARCA'), false);
    assert.equal(writtenVenueCovers('TSX', 'TSXV'), false);
  });
});

describe('exchange-mismatch with a venue group’s name', () => {
  it('accepts NYSE for a fund on NYSE Arca and a share on NYSE American, however the prefix is written', async () => {
    const text = 'The S&P tracker (NYSE: SPY) and the small-cap fund (NYSE:IWM) rose; Energy Fuels (NYSE: UUUU) fell; NYSE:SPY again; SPY (NYSE) too.\n';
    assert.deepEqual(await mismatches(text), []);
  });

  it('still reports a member’s name for another venue, and another group', async () => {
    const text = 'Coca-Cola (NYSE Arca: KO) and (NYSE American: KO); the tracker (Nasdaq: SPY); Energy Fuels (NYSE Arca: UUUU).\n';
    assert.deepEqual(await mismatches(text), ['NYSE Arca', 'NYSE American', 'Nasdaq', 'NYSE Arca']);
  });

  it('still reports a venue code that names NYSE proper for a listing on Arca', async () => {
    const text = 'The S&P tracker (SPY.N) and the small-cap fund (IWM UN) rose.\n';
    assert.deepEqual(await mismatches(text), ['SPY.N', 'IWM UN']);
  });

  it('a dual listing written beside a group’s name is not reported either', async () => {
    const text = 'The fund (Nasdaq: SPY)(NYSE: SPY) rose.\n';
    assert.deepEqual(await mismatches(text), []);
  });
});
