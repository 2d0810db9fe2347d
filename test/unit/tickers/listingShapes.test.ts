// Listings in the shapes outlets write them beyond the colon-and-parenthesis of press releases: a venue's name in title
// case before a spaced colon in running text, as an adjective before the symbol (`Nasdaq-listed ORCD rose`), after the
// symbol and a dash (`(VLMT-TSXV)`), and a company's symbol in square brackets (`Orcadia Systems [ORCD]`). Our own
// sentences with invented companies; look-alikes that must stay prose are named cases.

import { strict as assert } from 'node:assert';
import { applyEdits, fixAll, lintNote } from '../../../src/core/lint';
import { fixtureQuotes, today } from '../lint/lintHarness';
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

describe('a venue’s adjective right before the symbol', () => {
  checkNamed([
    ['before a market word', 'Nasdaq-listed ORCD rose 4% and NYSE-traded BRNW fell.', ['ORCD@NASDAQ/exchange', 'BRNW@NYSE/exchange']],
    ['in capitals, before a price', 'NASDAQ-listed VLMT $12.40 at the open.', ['VLMT@NASDAQ/exchange']],
  ]);
  checkNoMentions([
    ['a kind of listed security', 'Nasdaq-listed ETF flows rose; NYSE-listed MLP units and Nasdaq-listed BDC shares fell.'],
    ['a company’s name in capitals', 'Nasdaq-listed ABC Technologies rose.'],
    ['a venue whose symbols are not companies’ names', 'TSX-listed CIBC rose and LSE-listed HSBC fell.'],
    ['no market word after the symbol', 'Nasdaq-listed ORCD, a chip designer, rose.'],
    ['one letter', 'NYSE-listed F rose.'],
    ['another word than listed or traded', 'Nasdaq-listing ORCD rose and Nasdaq-style ORCD rose.'],
  ]);
  checkNamed([['the adjective before a name keeps its parenthesis', 'Nasdaq-listed Orcadia (ORCD) rose.', ['ORCD@NASDAQ/company']]]);

  it('exchange-mismatch rewrites the adjective’s venue', async () => {
    const text = 'As of Nov. 20, 2026: Nasdaq-listed IWM rose 1%.\n';
    const findings = (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] })).filter((finding) => finding.ruleId === 'exchange-mismatch');
    assert.equal(applyEdits(text, fixAll(findings)), 'As of Nov. 20, 2026: NYSEARCA-listed IWM rose 1%.\n');
  });
});

describe('a symbol, a dash and its venue in a parenthesis', () => {
  checkNamed([
    ['a junior listing', 'Velmont Royalties (VLMT-TSXV) rose.', ['VLMT@TSXV/exchange']],
    ['a venue in title case, with or without blanks around the dash', 'Orcadia Systems (ORCD-Nasdaq) slipped; Orcadia Systems (ORCD – Nasdaq) too.', ['ORCD@NASDAQ/exchange', 'ORCD@NASDAQ/exchange']],
    ['a list, a venue we do not map stepped over', 'Brenwick Mining (BRNW-TSXV, 9BW-FSE, BRNWF-OTCQB) rose.', ['BRNW@TSXV/exchange', 'BRNWF@OTC/exchange']],
    ['a venue’s full name', 'Velmont Resources (VLMT – Toronto Stock Exchange) and Brenwick (BRNW-NYSE American) rose.', ['VLMT@TSX/exchange', 'BRNW@NYSEAMERICAN/exchange']],
    ['the Globe and Mail’s venue letter stays its code', 'Loblaw Companies (L-T) rose.', ['L@TSX/ric']],
    ['a market named by its city or board', 'Velmont AG (VLM - Frankfurt) rose; Brenwick Mining (BRNW-TSXV, 9BW-Frankfurt) and Halvern (HLVN-LSE AIM) held.', ['VLM@FRA/exchange', 'BRNW@TSXV/exchange', '9BW@FRA/exchange', 'HLVN@LSE/exchange']],
  ]);
  checkNoMentions([
    ['after a word in lower case', 'The rate (ABCD-TSX) rose.'],
    ['prose’s dashes', 'Trade (US-China), the Pair (EUR-USD), Therapy (CAR-T) and Protein (PD-L1).'],
    ['a usual abbreviation or a venue before the dash', 'The Fund (ETF-NYSE) and the Board (TSX-Nasdaq) met.'],
    ['a venue code that is other things too', 'The Agency (ABCD-EPA) and the Market (ABCD-AIM).'],
    ['a vendor’s two-letter code or a city after initials', 'The Antibody (PDX-OB), the Desk (ABC-DB) and the Talks (US-Frankfurt).'],
    ['a dash glued on one side only', 'Orcadia (ORCD -Nasdaq) and Orcadia (ORCD- Nasdaq).'],
    ['prose in the parenthesis', 'Globex (GLBX – Toronto Stock Exchange, GLBXF – OTCQX in the US) rose.'],
  ]);

  it('exchange-mismatch rewrites the venue after the dash', async () => {
    const text = 'As of Nov. 20, 2026: iShares Russell 2000 ETF (IWM-Nasdaq) rose 1%.\n';
    const findings = (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] })).filter((finding) => finding.ruleId === 'exchange-mismatch');
    assert.equal(applyEdits(text, fixAll(findings)), 'As of Nov. 20, 2026: iShares Russell 2000 ETF (IWM-NYSEARCA) rose 1%.\n');
  });
});

describe('a company’s symbol in square brackets', () => {
  checkNamed([
    ['after the name', 'Orcadia Systems [ORCD] rose; Brenwick Energy Inc. [BRNW] fell.', ['ORCD/company', 'BRNW/company']],
    ['after a bold or linked name, a class', '**Orcadia** [ORCD] and [Velmont](https://example.com/v) [VLMT.B] rose.', ['ORCD/company', 'VLMT.B/company']],
    ['the venue from an adjective', 'Nasdaq-listed Orcadia [ORCD] rose.', ['ORCD@NASDAQ/company']],
  ]);
  checkNoMentions([
    ['link text and references', 'Orcadia [ORCD](https://example.com) and Orcadia [ORCD][1] rose.\n\n[ORCD]: https://example.com'],
    ['footnotes, editors’ marks, task boxes and alerts', 'See note [1], the quote [sic], a footnote[^2] and Orcadia Systems[ORCD].\n\n- [X] Done\n\n> [!NOTE]'],
    ['labels, tags and placeholders', 'The Annual Report [PDF], the Call [VIDEO], an Update [NOTE], Contents [TOC] and Price [TBD].'],
    ['an abbreviation of the words before', 'The Federal Reserve [FED] and Gross Domestic Product [GDP] and the Chief Executive [CEO].'],
    ['after lower-case words', 'the chip designer [ORCD] rose.'],
    ['more than a symbol', 'Orcadia Systems [ORCD rose] and [ ORCD ] and [ORCD, BRNW].'],
    ['a tag closing a title or a line', '# Orcadia Notes [DRAFT]\n\nPortfolio Review [OC]\n\nWeekly Wrap [EN]. Orcadia Systems [ORCD].'],
    ['a note’s state mid-sentence', 'The Orcadia Notes [WIP] and Portfolio Review [TODO], then Promo [ADV] rose.'],
  ]);
});

describe('a symbol and its price in a parenthesis', () => {
  checkNamed([
    ['a price in dollars, with or without a comma', 'Orcadia Systems (ORCD $16.30) and Brenwick (BRNW, $48.10) rose.', ['ORCD/company', 'BRNW/company']],
    ['a price and its change after a comma', 'Orcadia Systems (ORCD, $16.30, +2.1%) rose.', ['ORCD/company']],
    ['a price with its currency’s letters', 'Maple Rail (MPRL C$16.30), Koala Mines (KOA, A$2.10) and Orcadia (ORCD US$16.30) rose.', ['MPRL/company', 'KOA/company', 'ORCD/company']],
    ['a Bloomberg code stays a code', 'Orcadia Systems (ORCD US) rose.', ['ORCD/bloomberg']],
  ]);
  checkNoMentions([['after lower-case words', 'the chip designer (ORCD $16.30) and the miner (KOA, A$2.10) rose.']]);
});
