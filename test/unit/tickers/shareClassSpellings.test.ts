// One class share, however a note, a typed symbol or a snapshot spells it: Yahoo's dash (`BRK-B`) is the dotted
// `BRK.B` the product looks up, so a note's `(BRK-B)` and a snapshot's `BRK.B` row are one ticker.

import { strict as assert } from 'node:assert';
import { findTickerMentions, LineIndex } from '../../../src/core/tickers';
import { canonicalShareClass } from '../../../src/core/tickers/shareClassSymbols';
import { parseWrittenTicker } from '../../../src/core/tickers/parseWrittenTicker';
import { SnapshotProvider } from '../../../src/core/quotes/snapshotProvider';
import type { Logger } from '../../../src/core/logger';

function summary(text: string): string[] {
  return findTickerMentions(text, new LineIndex(text)).map((m) => `${m.symbol}${m.exchange ? `@${m.exchange}` : ''}/${m.form}`);
}

const quietLogger: Logger = { trace: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('share classes spelt with a dash', () => {
  it('a dash, a slash or a space and one letter is a class; anything longer is left as written', () => {
    assert.deepEqual(
      ['BRK-B', 'BF-B', 'HEI-A', 'BRK/B', 'BRK B', 'BAC-PK', 'SPY-QQQ', 'P/E1', 'BRK.B', 'AAPL', 'A-B'].map(canonicalShareClass),
      ['BRK.B', 'BF.B', 'HEI.A', 'BRK.B', 'BRK.B', 'BAC-PK', 'SPY-QQQ', 'P/E1', 'BRK.B', 'AAPL', 'A.B'],
    );
  });

  const cases: Array<[string, string, string[]]> = [
    ['a company parenthesis', 'Holloway Partners (HLW-B) and Brown Distillers (BF-B) firmed.', ['HLW.B/company', 'BF.B/company']],
    ['a listing parenthesis', 'Holloway Partners (NYSE: HLW-B) slipped.', ['HLW.B@NYSE/exchange']],
    ['a cashtag, whole', 'Watching $BRK-B and $BF-B into the close.', ['BRK.B/cashtag', 'BF.B/cashtag']],
    ['a cashtag before a dashed word is not a class', 'The $SPY-QQQ spread and $XLE-heavy funds.', ['SPY/cashtag', 'XLE/cashtag']],
    ['a cashtag with a class already dotted', 'Adding $BRK.B here.', ['BRK.B/cashtag']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(summary(text), expected));
  }

  it('a symbol typed with a dash is looked up dotted', () => {
    assert.deepEqual(parseWrittenTicker('BRK-B'), { symbol: 'BRK.B' });
    assert.deepEqual(parseWrittenTicker('nyse:bf-b'), { symbol: 'BF.B', exchange: 'NYSE' });
  });

  it("a snapshot exported with Yahoo's spelling answers the dotted symbol", async () => {
    const csv = 'symbol,price,previousClose,currency,asOf\nBRK-B,503.27,501.66,USD,2026-11-20T16:00:00-05:00\n';
    const provider = new SnapshotProvider(async (path) => (path.endsWith('.csv') ? csv : undefined), quietLogger);
    const quote = await provider.quote({ symbol: 'BRK.B' });
    assert.deepEqual([quote.symbol, quote.price], ['BRK.B', 503.27]);
  });
});
