// Crypto traders tag coins as stock traders tag shares. A coin's cashtag is no listing: its letters would quote a
// fund that holds the coin, another company or nothing. Letters that are also a well-known listing are the coin's
// only on a line about crypto. Fixtures are our own words; the companies are invented.

import { findTickerMentions } from '../../../src/core/tickers';
import { assertLinear } from '../safety/scaling';
import { checkNamed as check } from './mentionSummary';

describe('crypto cashtags are coins, not tickers', () => {
  check([
    ['the large coins wherever tagged', '$BTC broke $100,000 overnight while $ETH slipped and $DOGE and $XRP rallied.', []],
    ['a coin tagged beside a share', '$MSTR rose 9% as $BTC climbed.', ['MSTR/cashtag']],
    ['StockTwits’ coin suffix', '$DOGE.X and $PEPE.X ripped while $ORCD held.', ['ORCD/cashtag']],
    ['letters a listing shares, on a line with a large coin', 'Rotation day: $BTC flat, $SOL and $LINK up 6%.', []],
    ['letters a listing shares, on a line with a word for crypto', 'Among altcoins, $SOL led and $SUI followed.', []],
    ['a listed coin fund in a listing parenthesis stays a listing', 'The Harbor Bitcoin Mini Trust (NYSE Arca: BTC) drew inflows.', ['BTC@NYSEARCA/exchange']],
  ]);
  check([
    ['letters a listing shares, on a line about shares', 'REIT picks: $LTC and $SUI both yield over 4%.', ['LTC/cashtag', 'SUI/cashtag']],
    ['storage names', '$STX and $WDC gapped up on pricing.', ['STX/cashtag', 'WDC/cashtag']],
    ['a company named for a coin keeps its tag', '$COIN and $HOOD rose with bitcoin.', ['COIN/cashtag', 'HOOD/cashtag']],
    [
      'one coin on a screener line of shares leaves the shared letters shares',
      'Gap scan: $NVDA $APT $PLTR $ADA $AMD $ARB $SMCI',
      ['NVDA/cashtag', 'APT/cashtag', 'PLTR/cashtag', 'AMD/cashtag', 'ARB/cashtag', 'SMCI/cashtag'],
    ],
  ]);
  check([
    ['coins outnumbering the shares on the line make the shared letters coins', 'Majors: $BTC and $ETH firm, $APT and $ARB up 8%, $MSTR up 3%.', ['MSTR/cashtag']],
    ['as many coins as shares still make a coin line', '$BTC rallied; $SOL followed and $COIN rose.', ['COIN/cashtag']],
  ]);
});

describe('crypto cashtags stay linear on hostile notes', () => {
  it('a long line of cashtags whose letters a listing shares, with no word for crypto', () => {
    assertLinear((size) => '$SOL $LTC $SUI '.repeat(size), (text) => findTickerMentions(text), 500);
  });
});
