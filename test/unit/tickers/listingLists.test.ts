// Parentheses that list a company's listings, as press releases open: several venues, some we map and some we do
// not (`(ASX: …, FSE: …, OTCQX: …)`), joined by `,` `;` "and" `|` `/`, with codes we cannot read and the company's
// short name among them. Each listing on a venue we map is read; the rest is stepped over and never put on another
// venue; prose in the parenthesis still makes it prose. Fixtures are our own words; every look-alike is a named case.

import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
import { checkNamed as check, summary } from './mentionSummary';
import { applyEdits, fixAll, lintNote } from '../../../src/core/lint';
import { fixtureQuotes, today } from '../lint/lintHarness';
import { assertLinear } from '../safety/scaling';

describe('a listing parenthesis keeps every listing it can read', () => {
  check([
    ['a venue we do not map, between commas', 'Copperleaf Metals (ASX: CPM, FSE: K9P, OTCQX: CPMLF) placed new shares.', ['CPM@ASX/exchange', 'CPMLF@OTC/exchange']],
    ['venues we do not map, between semicolons', 'Vantor Mining (TSXV: VTM; BVL: V2T; OTCQB: VTMNF) hit wide intercepts.', ['VTM@TSXV/exchange', 'VTMNF@OTC/exchange']],
    ['a venue we do not map, named first', 'Peony Holdings (BVL: PNYQ; NYSE: PNYH) posted its half-year numbers.', ['PNYH@NYSE/exchange']],
    ['a venue spelled out, glued to its symbol', 'Tinmoor PLC (LSE: TMR, Frankfurt:T7M, OTCQX:TMRLF) will raise funds.', ['TMR@LSE/exchange', 'T7M@FRA/exchange', 'TMRLF@OTC/exchange']],
    ['"and" between two venues', 'Peony Holdings (NYSE: PNYH and BVL: PNYQ) and the miner (NYSE American: UMX and TSX: UMC) rose.', ['PNYH@NYSE/exchange', 'UMX@NYSEAMERICAN/exchange', 'UMC@TSX/exchange']],
    ['a bar between two venues', 'Quarry Lake Lithium (ASX: QRL | OTCQX: QRLLF) started its plant.', ['QRL@ASX/exchange', 'QRLLF@OTC/exchange']],
    ['a spaced slash between two venues', 'The lender (NYSE: BKQ / TSX: BKQ) beat estimates.', ['BKQ@NYSE/exchange', 'BKQ@TSX/exchange']],
    ['the company’s short names after the listing', 'Peony Holdings Limited (NYSE: PNYH, "Peony" or the "Company") today reported.', ['PNYH@NYSE/exchange']],
    ['a short name in curly quotes, glued prefix', 'Peony Holdings Limited (NYSE:PNYH, “Peony”) today reported.', ['PNYH@NYSE/exchange']],
    ['a registered name after the listings, spaces inside', 'Clearwater Diagnostics Inc. ( TSX: CWD, OTCQX: CWDXF, Clearwater® ) widened its US listing.', ['CWD@TSX/exchange', 'CWDXF@OTC/exchange']],
    ['a debenture code after the units', 'The REIT (TSX: RVQ.UN, RVQ.DB.B) paid its monthly distribution.', ['RVQ.UN@TSX/exchange']],
    ['a warrant code after the shares', 'The blank-check company (NYSE: RFQ, RFQ/WS) found a target.', ['RFQ@NYSE/exchange']],
    ['a second symbol after a semicolon, same venue', 'The fund (NASDAQ: FNDQ; FNDQW) traded thinly.', ['FNDQ@NASDAQ/exchange', 'FNDQW@NASDAQ/exchange']],
    ['a list wrapped across lines', 'Copperleaf Metals (ASX: CPM,\nFSE: K9P, OTCQX: CPMLF) placed shares.', ['CPM@ASX/exchange', 'CPMLF@OTC/exchange']],
  ]);
});

describe('a listing parenthesis with the price a market wrap sets after its symbol', () => {
  check([
    ['a dollar price after the symbol', 'Orcadia Systems (NASDAQ: ORCD $41.20) led the gainers.', ['ORCD@NASDAQ/exchange']],
    ['a price and its change', 'Brenwick Energy (NYSE: BRNW $18.05, +2.4%) climbed.', ['BRNW@NYSE/exchange']],
    ['a price in its currency’s letters', 'Velmont Royalties (TSX: VLMT C$12.90) slipped.', ['VLMT@TSX/exchange']],
    ['two listings, each with its price', 'The pair (NASDAQ: ORCD $41.20 and NYSE: BRNW $18.05) moved apart.', ['ORCD@NASDAQ/exchange', 'BRNW@NYSE/exchange']],
    ['a London price in pence, and one in pounds', 'Thamesbury (LSE: THMB 212.40p) and Wexcombe (LSE: WXC £4.12, -1.1%) slipped.', ['THMB@LSE/exchange', 'WXC@LSE/exchange']],
    ['a Sydney price in cents, a Paris price in euros', 'Koala Mines (ASX: KOA 60.5c) and Lumiere (EPA: LUM €612.40) rose.', ['KOA@ASX/exchange', 'LUM@EPA/exchange']],
    ['a price after a currency’s code', 'Thamesbury (LSE: THMB GBX 212.40) and Lumiere (EPA: LUM EUR 612.40) and Alpwerk (SIX: ALPW CHF88.40) moved.', ['THMB@LSE/exchange', 'LUM@EPA/exchange', 'ALPW@SIX/exchange']],
    ['a company’s symbol with its price in pence', 'Thamesbury (THMB 212.40p) slipped.', ['THMB/company']],
    ['an amount after the symbol is prose', 'The buyback (NYSE: BRNW $5 billion) was approved.', []],
    ['an amount after a currency’s code is prose', 'The fund (LSE: THMB EUR 5 billion) and (EPA: LUM EUR bonds).', []],
    ['pence or a time that goes on is prose', 'The payout (LSE: THMB 5p dividend) and the call (NYSE: BRNW 4 pm) and (NYSE: BRNW 4p.m.).', []],
    ['a price glued to the symbol is no listing', 'The quote (NYSE: BRNW$18.05) was stale.', []],
  ]);

  it('lint reads the price as the one the note states for the listing', async () => {
    const text = 'As of November 20, 2026, Nvidia (NASDAQ: NVDA $160.30) led the group.\n';
    const findings = (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['price-drift'] })).filter((finding) => finding.ruleId === 'price-drift');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /NVDA is stated at \$160\.30/);
  });

  it('lint reads a price in pence as the one the note states for a London listing', async () => {
    const text = 'As of November 20, 2026, Vodafone (LSE: VOD 71.00p) slipped.\n';
    const findings = (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['price-drift'] })).filter((finding) => finding.ruleId === 'price-drift');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /VOD is stated at 71\.00p/);
  });

  it('lint reads a price after its currency’s code as the one the note states', async () => {
    const text = 'As of November 20, 2026, Vodafone (LSE: VOD GBX 71.00) slipped.\n';
    const findings = (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['price-drift'] })).filter((finding) => finding.ruleId === 'price-drift');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /VOD is stated at GBX 71\.00/);
  });
});

describe('what a listing parenthesis never gives', () => {
  check([
    ['symbols after a venue we do not map stay with it', 'Alder Bio (Nasdaq: ALDB; BVL: ALDQ, ALDX) won approval.', ['ALDB@NASDAQ/exchange']],
    ['only venues we do not map', 'Hanseatic Werke (FSE: H4W) and Jade Harbour (BVL: JDHQ, JDHR) slipped.', []],
    ['a lower-case word after "and"', 'Coca-Cola (NYSE: KO and more) is a staple.', []],
    ['prose after a semicolon', 'the bank (Nasdaq: BNKX; see the note below) fell', []],
    ['a preferred series written with a space', 'Cedar Point Bank (NYSE: CPB PrJ) was flat.', []],
    ['a number with a unit', 'volume (NYSE: 2025 shares) was light', []],
    ['a lower-case word in the list makes it prose', 'the app maker (NASDAQ: abcd, XYZQ) rose', []],
    ['a glued slash is one code, not two venues', 'The shell (NYSE: RFQ/WS) was flat.', []],
  ]);

  it('a label parenthesis stays the label scan’s', () => {
    assert.deepEqual(summary('The trust (Symbol: TRSQ; CUSIP 123456789) listed.'), ['TRSQ/label']);
  });
});

describe('each venue’s listing spans its own prefix', () => {
  it('the first listing of each venue spans the prefix, the others their symbol', () => {
    const text = 'Copperleaf (BVL: CPL; ASX: CPM, CPN | OTCQX: CPMLF)';
    const spans = findTickerMentions(text).map((m) => text.slice(m.offset, m.offset + m.length));
    assert.deepEqual(spans, ['ASX: CPM', 'CPN', 'OTCQX: CPMLF']);
  });

  it('exchange-mismatch rewrites the prefix of a listing after a venue we do not map', async () => {
    const text = 'Apple (FSE: APC; NYSE: AAPL) rose.\n';
    const findings = (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] })).filter((finding) => finding.ruleId === 'exchange-mismatch');
    assert.equal(findings.length, 1);
    assert.equal(applyEdits(text, fixAll(findings)), 'Apple (FSE: APC; NASDAQ: AAPL) rose.\n');
  });
});

describe('venues joined by a word before one colon', () => {
  check([
    ['"and" between two venues', 'Prairie Potash (TSX and NYSE: PRPQ) raised its outlook.', ['PRPQ@TSX/exchange']],
    ['"&" between two venues', 'Prairie Potash (NYSE & TSX: PRPQ) raised its outlook.', ['PRPQ@NYSE/exchange']],
    ['"and" between listings still reads both', 'Peony Holdings (NYSE: PNYQ and HKEX: 9989) rose.', ['PNYQ@NYSE/exchange', '9989@HKEX/exchange']],
  ]);
  check([
    ['a lower-case word after "and"', 'the fund (NYSE and more: see below) rose', []],
    ['a name that is no venue after "and"', 'the broker (Nasdaq and Apple: ABCQ) spoke', []],
    ['venues with no colon', 'it lists on both (NYSE and TSX) today', []],
  ]);
});

describe('a dual listing written back to back', () => {
  check([
    ['two parentheses glued together', 'Shopify (TSX:SHOP)(NYSE:SHOP) reported a beat.', ['SHOP@TSX/exchange', 'SHOP@NYSE/exchange']],
    ['two parentheses spaced', 'Shopify (TSX: SHOP) (NYSE: SHOP) reported a beat.', ['SHOP@TSX/exchange', 'SHOP@NYSE/exchange']],
  ]);

  const mismatches = async (text: string) =>
    (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] })).filter((finding) => finding.ruleId === 'exchange-mismatch').map((finding) => text.substr(finding.offset, finding.length));

  // The fixture quotes know SHOP on Toronto only, as a snapshot keeps one row a symbol.
  for (const text of ['Shopify (TSX:SHOP)(NYSE:SHOP) reported.', 'Shopify (TSX: SHOP) (NYSE: SHOP) reported.', 'Shopify (NYSE: SHOP; TSX: SHOP) reported.', 'Shopify (NYSE: SHOP) and (TSX: SHOP) reported.']) {
    it(`exchange-mismatch leaves the other venue of a listing the provider answered for: ${JSON.stringify(text)}`, async () => {
      assert.deepEqual(await mismatches(text), []);
    });
  }
  // A listing on another market than the provider's row is one the provider has no quote for: nothing to compare.
  for (const text of ['Shopify (NYSE: SHOP) reported.', 'Shopify (NYSE: SHOP) beat, and later Toronto (TSX: SHOP) fell.']) {
    it(`exchange-mismatch leaves a listing on another market than the provider's: ${JSON.stringify(text)}`, async () => {
      assert.deepEqual(await mismatches(text), []);
    });
  }
  // The fixture quotes know BRK.B on the NYSE.
  for (const [text, flagged] of [
    ['Berkshire (NASDAQ: BRK.B) reported.', ['NASDAQ']],
    ['Berkshire (NASDAQ: BRK.B) beat, and later Berkshire (NYSE: BRK.B) fell.', ['NASDAQ']],
    ['Berkshire (NASDAQ: BRK.B)(CBOE: BRK.B) reported.', ['NASDAQ', 'CBOE']],
    ['Berkshire (NASDAQ: BRK.B)(NYSE: BRKX) reported.', ['NASDAQ']],
  ] as const) {
    it(`exchange-mismatch still reports a venue named alone, apart or beside another wrong one: ${JSON.stringify(text)}`, async () => {
      assert.deepEqual(await mismatches(text), flagged);
    });
  }
});

describe('listing parentheses stay linear on hostile notes', () => {
  it('long lists of venues we do not map, never closed', () => {
    assertLinear((size) => `(${'FSE: ABC, '.repeat(size)}`, (text) => findTickerMentions(text), 500);
  });
  it('many parentheses each opening a name followed by a colon', () => {
    assertLinear((size) => '(Note: ABC and (NYSE: '.repeat(size), (text) => findTickerMentions(text), 500);
  });
});
