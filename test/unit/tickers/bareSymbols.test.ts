// Symbols written bare, as retail sites print them once a page's links are stripped: after a company's legal name
// (Benzinga's "Nvidia Corp NVDA shares"), and before "shares" or "stock" once the note has named the ticker in a
// marked form ("NVDA shares were up", "KO stock traded down", "shares of KO"). Our own words; every look-alike that
// must stay prose is a named case.

import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
import { checkNamed, checkNoMentions, summary } from './mentionSummary';
import { assertLinear } from '../safety/scaling';

describe('bare symbols after a legal name', () => {
  checkNamed([
    ['after Corp, then its shares', 'Halvard Robotics Corp HVRD shares rose after the outlook raise.', ['HVRD/bare']],
    ['after Inc. and a verb', 'Meridian Foods, Inc. MRDF reported a smaller loss than feared.', ['MRDF/bare']],
    ['after a comma and a change', 'Lumen Assays, Inc. LMNA, up 14%, led the health-care movers.', ['LMNA/bare']],
    ['with the day’s change printed after it, unsigned', 'Kelmoor Bank Corp KLMR 1.67% reported better results.', ['KLMR/bare']],
    ['after "Company"', 'Harlan Company HRLN reported a wider loss.', ['HRLN/bare']],
    ['after Co and after a fund trust', 'Walt Disney Co DIS shares slipped while the Invesco QQQ Trust QQQ edged up.', ['DIS/bare', 'QQQ/bare']],
    ['after plc, a class share', 'Northway Holdings plc NWH.A shares were flat.', ['NWH.A/bare']],
    ['the symbol wrapped onto the next line', 'Nvidia Corp\nNVDA shares were trading higher.', ['NVDA/bare']],
  ]);

  it('positions: the mention is the symbol alone', () => {
    const text = 'Apple Inc AAPL slipped on the news.';
    const [apple] = findTickerMentions(text);
    assert.equal(text.substr(apple.offset, apple.length), 'AAPL');
    assert.equal(apple.form, 'bare');
  });
});

describe('never bare symbols after a legal name', () => {
  checkNoMentions([
    ['a percent and a noun after the capitals', 'Acme Inc. XYZ 5.00% stake was sold to a rival.'],
    ['a share of a measure', 'Acme Inc. ABC 12.50% of revenue came from China.'],
    ['a role', 'Acme Inc. CEO Jane Roe spoke; Acme Corp. CFO John Doe resigned.'],
    ['a usual abbreviation', 'Acme Inc. AI unit grew; Tesla Inc. EV deliveries rose; Acme Inc. Q3 sales fell.'],
    ['more of a name', 'Acme Corp. ABC Division said it would close; Acme Ltd. XYZ Holdings bought it.'],
    ['a change after, a measure as often', 'Acme Corp. NPS, +5% improved; Brightline Labs Ltd BRLB 3.4% higher.'],
    ['a venue or a currency', 'Acme Inc. NYSE listing and Acme Inc. USD bonds.'],
    ['capitals that say what the company does, before a noun', 'Meridian Energy plc LNG volumes grew; Halvard AG DAX weight fell; Acme Corp. ESG scores rose.'],
    ['one letter opening the next sentence', 'The plant was bought by Acme Inc. A new line opens in May.'],
    ['no legal form before', 'The Acme Group ABC shares rose; the fund FOO rose 2%.'],
    ['no capitalised name before the legal form', 'a holding inc. ABC shares and the corp XYZ said.'],
    ['capitals after, a headline', 'ACME INC. RAISES OUTLOOK; Acme Inc. NEW YORK office.'],
    ['inside code', '`Nvidia Corp NVDA shares rose`'],
  ]);
});

describe('bare symbols a note has named', () => {
  checkNamed([
    ['before shares, after a company mention', 'Nvidia (NVDA) led chips. NVDA shares were up 3.2% by noon.', ['NVDA/company', 'NVDA/bare']],
    ['before stock, with the venue of the marked mention', 'Coca-Cola (NYSE:KO) held up. KO stock traded down 40 cents.', ['KO@NYSE/exchange', 'KO@NYSE/bare']],
    ['a possessive', 'Tesla (TSLA) reports Wednesday. TSLA’s stock has lagged this year.', ['TSLA/company', 'TSLA/bare']],
    ['after shares of, at a sentence end', 'Shopify (TSX: SHOP) rose. I own shares of SHOP.', ['SHOP@TSX/exchange', 'SHOP@TSX/bare']],
    ['after shares in, as UK copy buys them', 'Glenmore Mining (LSE: GLM) drilled. Funds bought shares in GLM, and Shares in GLM rose.', ['GLM@LSE/exchange', 'GLM@LSE/bare', 'GLM@LSE/bare']],
    ['the mention after the bare one', 'KO stock looks cheap. More on Coca-Cola (KO) below.', ['KO/bare', 'KO/company']],
    ['named by a cashtag or a table', '$META rallied; META shares closed higher.', ['META/cashtag', 'META/bare']],
    ['after a legal name, then before shares', 'Nvidia Corp NVDA shares rose. Later NVDA shares eased.', ['NVDA/bare', 'NVDA/bare']],
  ]);
});

describe('never bare symbols a note has not named', () => {
  checkNoMentions([
    ['an unnamed symbol', 'NVDA shares were up 3.2% and KO stock traded down.'],
    ['shares in an unnamed symbol, a quarter, a place', 'Apple (AAPL) led. Shares in ETF wrappers, shares in Q3 and shares in NYC fell.'],
    ['group words', 'Apple (AAPL) led. AI stocks and EV shares lagged; FAANG stocks fell.'],
  ], (mention) => !mention.startsWith('AAPL/'));
  checkNoMentions([
    ['stocks, the word for a group', 'Apple (AAPL) led. AAPL stocks is not how anyone writes it.'],
    ['an index', 'The Russell 2000 (^RUT) rose; RUT shares do not exist.'],
    ['a one-letter symbol', 'Ford Motor (F) fell. Class F shares are another matter.'],
    ['an abbreviation the writer ignores', 'Apple (AAPL) rose; ETF shares and IPO stock fell.'],
    ['glued to a path or a price', 'Apple (AAPL) rose; see /AAPL shares and $AAPL.shares.'],
    ['inside a code span or a link target', 'Apple (AAPL) rose; `AAPL shares` and [see](https://x.test/AAPL%20shares).'],
  ], (mention) => mention.endsWith('/bare'));

  it('an abbreviation the writer asked to ignore', () => {
    assert.deepEqual(summary('Halvard Robotics Corp HVRD shares rose.', { ignoreAbbreviations: ['hvrd'] }), []);
  });
});

describe('bare symbols stay linear on hostile notes', () => {
  it('candidates before shares among code spans, all in one run of lines', () => {
    assertLinear((size) => 'Apple (AAPL) rose. ' + '`x` AAPL shares '.repeat(size), (text) => findTickerMentions(text), 500);
  });
  it('legal forms each followed by capitals and a word', () => {
    assertLinear((size) => 'Acme Inc ABC said `y` '.repeat(size), (text) => findTickerMentions(text), 500);
  });
});
