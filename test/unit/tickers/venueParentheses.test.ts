// A venue named alone in a parenthesis after the symbol: "Orcadia (ORCD) (Nasdaq)", "ORCD (Nasdaq) rose". Venue
// codes that are other things too, abbreviations before a venue and companies written by initials abroad are named
// cases. Fixtures are our own words, with invented companies.

import { strict as assert } from 'node:assert';
import { applyEdits, fixAll, lintNote } from '../../../src/core/lint';
import { fixtureQuotes, today } from '../lint/lintHarness';
import { checkNamed as check, checkNoMentions } from './mentionSummary';

describe('a venue alone in the parenthesis after a symbol', () => {
  check([
    ['after a company’s parenthesis', 'Orcadia Holdings Inc. (ORCD) (Nasdaq) rose.', ['ORCD@NASDAQ/exchange']],
    ['venues abroad, with or without a blank', 'Maple Rail (MPRL) (TSX) slid; Thamesbury (THMB)(LSE) rose.', ['MPRL@TSX/exchange', 'THMB@LSE/exchange']],
    ['after a bare symbol', 'ORCD (Nasdaq) fell.', ['ORCD@NASDAQ/exchange']],
    ['a venue in capitals, a bold symbol, a venue of two words', 'KOA (ASX) rose; **BRNW** (NYSE American) fell.', ['KOA@ASX/exchange', 'BRNW@NYSEAMERICAN/exchange']],
    ['a venue’s full name', 'Orcadia (ORCD) (Nasdaq Global Select Market) rose.', ['ORCD@NASDAQ/exchange']],
  ]);
});

describe('what a venue parenthesis never gives', () => {
  checkNoMentions([
    ['an abbreviation before it', 'The IPO (Nasdaq) priced and the ETF (NYSE Arca) listed.'],
    ['a name in mixed case before it', 'The Big Board (NYSE) opened.'],
    ['an index’s code before it', 'The gauge NDX (Nasdaq) fell.'],
    ['a venue before it', 'The NYSE (Nasdaq) rivalry.'],
    ['a company’s initials abroad', 'HSBC (LSE) and CIBC (TSX) moved.'],
    ['a code that is Tokyo or Toronto', 'Tokyo Electron TEL (TSE) fell.'],
    ['a code that is other things too', 'The agency ABC (EPA) ruled.'],
    ['more than a venue in the parenthesis', 'ORCD (see Nasdaq) fell.'],
  ]);
  check([
    ['a second listing in a parenthesis stays its own', 'Orcadia (ORCD) (Nasdaq: ORCD) rose.', ['ORCD/company', 'ORCD@NASDAQ/exchange']],
  ]);
});

describe('a venue and its symbol in a parenthesis, no colon between', () => {
  check([
    ['after a company’s name', 'Velmont Inc. (NASDAQ VLMT) rose; Halden Bank (NYSE HLB) fell; Koala Mines (ASX KOA) rose.', ['VLMT@NASDAQ/exchange', 'HLB@NYSE/exchange', 'KOA@ASX/exchange']],
  ]);
  checkNoMentions([
    ['after a word in lower case', 'The venue (NASDAQ VLMT) is odd.'],
    ['a venue’s longer name, its operator or its data', 'Data (NYSE TAQ), Arca (NYSE ARCA) and Group (NASDAQ OMX).'],
    ['an abbreviation', 'Velmont (NYSE IPO) priced.'],
    ['more words after the symbol', 'Velmont (NASDAQ VLMT rose) again.'],
  ]);
});

describe('exchange-mismatch on a venue in a parenthesis', () => {
  it('rewrites the venue in the parenthesis', async () => {
    const text = 'As of Nov. 20, 2026: the small-cap fund (IWM) (Nasdaq) slid; IWM (Nasdaq) again.\n';
    const findings = (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] })).filter((finding) => finding.ruleId === 'exchange-mismatch');
    assert.equal(findings.length, 2);
    assert.equal(applyEdits(text, fixAll(findings)), 'As of Nov. 20, 2026: the small-cap fund (IWM) (NYSEARCA) slid; IWM (NYSEARCA) again.\n');
  });

  it('rewrites the venue before the symbol when no colon stands between', async () => {
    const text = 'As of Nov. 20, 2026: iShares Russell 2000 ETF (NASDAQ IWM) slid.\n';
    const findings = (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] })).filter((finding) => finding.ruleId === 'exchange-mismatch');
    assert.equal(applyEdits(text, fixAll(findings)), 'As of Nov. 20, 2026: iShares Russell 2000 ETF (NYSEARCA IWM) slid.\n');
  });
});
