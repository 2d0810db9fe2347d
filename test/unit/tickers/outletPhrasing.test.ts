// Ticker mentions as news outlets phrase them around the listing: the sentence's full stop kept inside the
// parenthesis, a venue adjective before the name, symbol-first codes from data pages and the FT. Fixtures are our own
// words, with made-up companies where the symbol does not matter; every look-alike that must stay prose is a named case.

import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
import { checkNamed, checkNoMentions } from './mentionSummary';

describe('a full stop inside the listing parenthesis', () => {
  checkNamed([
    ['on NYSE', 'Traders sold the oil major (NYSE: BP.)', ['BP@NYSE/exchange']],
    ['on Nasdaq, a longer symbol', 'The chip designer closed at a record (NASDAQ: ORCD.)', ['ORCD@NASDAQ/exchange']],
    ['after a share class', 'The conglomerate held steady (NYSE: BRK.B.)', ['BRK.B@NYSE/exchange']],
    ['the last of a list', 'The miner lists twice (TSX: KGQ, NYSE: KGQN.)', ['KGQ@TSX/exchange', 'KGQN@NYSE/exchange']],
    ['in brackets', 'The lender rallied [NYSE: WFQ.]', ['WFQ@NYSE/exchange']],
    ['London’s own dot still reads', 'Aviva plc (LSE: AV.) and (LON: RR.)', ['AV@LSE/exchange', 'RR@LSE/exchange']],
  ]);
  checkNoMentions([
    ['a dot before more words is prose', 'Our coverage (NYSE: KO. See below) continues.'],
    ['a year, a lower-case name', 'Listed since (NYSE: 2019.) and (NYSE: bp.)'],
  ]);

  it('positions: the mention ends at the symbol, the full stop stays the sentence’s', () => {
    const text = 'Traders sold the oil major (NYSE: BP.)';
    const [bp] = findTickerMentions(text);
    assert.equal(text.substr(bp.offset, bp.length), 'NYSE: BP');
  });
});
