// Listings in the shapes outlets write them beyond the colon-and-parenthesis of press releases: a venue's name in title
// case before a spaced colon in running text. Our own sentences with invented companies; look-alikes that must stay
// prose are named cases.

import { checkNamed, checkNoMentions } from './mentionSummary';

describe('a venue in title case before a spaced colon in running text', () => {
  checkNamed([
    ['after a company’s legal name', 'Shares of Orcadia Inc. Nasdaq: ORCD rose 4% on Tuesday.', ['ORCD@NASDAQ/exchange']],
    ['at the sentence’s end', 'Orcadia now trades as Nasdaq: ORCD.', ['ORCD@NASDAQ/exchange']],
    ['before a price', 'Brenwick Nasdaq: BRNW $48.10 at the close.', ['BRNW@NASDAQ/exchange']],
  ]);
  checkNoMentions([
    ['without the colon', 'Nasdaq ORCH opened at $112.82 and the Nasdaq AI trade faded.'],
    ['a name, not a symbol, after it', 'Nasdaq: Orcadia rose.'],
    ['an abbreviation after it', 'In the Nasdaq: ETF flows rose and CEO shares fell.'],
    ['a plural or a longer word', 'Nasdaqs: ORCD rose; NasdaqGS ORCD rose.'],
    ['no market word after the symbol', 'The Nasdaq: ORCD holders met.'],
    ['a bracket holding prose, in either case', 'The bank [Nasdaq: BNKX; see below] fell and [NASDAQ: BNKX; see below] too.'],
  ]);
});
