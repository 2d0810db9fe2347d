// The mining trade press lists a junior's markets in square brackets after its name, each symbol with its venue after
// a dash and the items set apart by semicolons or commas. Read as the same list in a parenthesis is; a venue we do not
// map (`7QX-FSE`) is stepped over. Our own words; the companies are invented.

import { findTickerMentions } from '../../../src/core/tickers';
import { assertLinear } from '../safety/scaling';
import { checkNamed as check } from './mentionSummary';

describe('dashed listings in square brackets', () => {
  check([
    ['a junior’s markets after its name', 'Quillstone Exploration Ltd. [QSX-TSXV; QSXLF-OTCQX; 7QX-FSE] reported gold assays.', ['QSX@TSXV/exchange', 'QSXLF@OTC/exchange']],
    ['one market', 'Tamber Gold Corp. [TBG-TSXV] drilled 40 metres of core.', ['TBG@TSXV/exchange']],
    ['items set apart by a comma', 'Velmont Royalties [VLMT-TSXV, VLMTF-OTCQB] rose 6%.', ['VLMT@TSXV/exchange', 'VLMTF@OTC/exchange']],
  ]);
  check([
    ['a link’s text', 'See [QSX-TSXV](https://example.com/qsx) for the filing.', []],
    ['after lower-case words', 'Shares of the miner [QSX-TSXV] rose.', []],
    ['a pair of places', 'The US-China [US-China] spat widened.', []],
  ]);
});

describe('dashed listings in brackets stay linear on hostile notes', () => {
  it('brackets opening on a dashed listing and never closed', () => {
    assertLinear((size) => 'Acme Ltd. [ACM-TSXV; '.repeat(size), (text) => findTickerMentions(text), 500);
  });
});
