// Look-alikes found by linting a fortnight of notes from several desks together (a weekly recap, a small-cap note, an
// ETF-flows note, an earnings wrap, a London and Toronto report): figures that name a subject the others also name,
// but are not its price return — another currency, a fund's assets or volume, the subject with a part left out.
// A fund named by its symbol ("IWM is up 13.9%") tracks its index within a few tenths, not to the hundredth.
// Fixtures are our own sentences, written the way those desks write.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt, makesNoClaim as noClaims } from './claimsOf';
import { lintTogether } from './wireScore';

const makesNoClaim = (cases: ReadonlyArray<[string, string]>) => noClaims(cases, 'November 27, 2026');
const claimsOf = (text: string, asOf = 'November 27, 2026') => claimsAt(text, asOf);

describe('claims: a return measured in another currency', () => {
  makesNoClaim([
    ['measured in euros, opening the sentence', 'Measured in euros, the Russell 2000 has gained only 5% this year.'],
    ['a currency right after the value', 'The FTSE 100 is up 19% in dollars this year.'],
    ['in U.S. dollar terms, with the dots', 'In U.S. dollar terms the S&P/TSX composite is up 21% year to date.'],
    ['a currency adjective before "terms"', 'The TSX has gained 23% this year in Canadian-dollar terms.'],
    ['a bare currency opening the clause', 'In sterling, the S&P 500 is up 12% this year.'],
    ['priced in another currency', 'Priced in yen, the S&P 500 is up 9% year to date.'],
  ]);

  it('keeps a figure beside the currency’s own move', () => {
    assert.deepEqual(claimsOf('A rally in sterling weighed on exporters, and the FTSE 100 is down 1% this week.'), ['ftse-100|return|week:2026-11-23 -1.5…-0.5 "1%"']);
    assert.deepEqual(claimsOf('The FTSE 100 is up 14.5% this year, as the pound rose 2% against the euro.'), ['ftse-100|return|ytd:2026 14.45…14.55 "14.5%"']);
  });
});

describe('claims: a fund’s assets, flows or volume are not its return', () => {
  makesNoClaim([
    ['assets in a fund', 'Assets in IWM have grown 18% this year.'],
    ['a fund’s assets, possessive', "IWM's assets rose 4% this week."],
    ['its assets after the verb', 'The iShares Russell 2000 ETF (NYSEARCA: IWM) took in $3.4 billion, lifting its assets 4.2% this week.'],
    ['trading volume in a fund named with its exchange', 'Trading volume in the Invesco QQQ Trust (NASDAQ: QQQ) was up 35% this week.'],
    ['net inflows into a fund', 'Net inflows into SPY rose 12% this month.'],
    ['short interest in a fund', 'Short interest in IWM fell 6% this month.'],
  ]);

  it('keeps the fund’s own move in the same note', () => {
    assert.deepEqual(claimsOf('IWM rose 1.9% this week.'), ['russell-2000|return|week:2026-11-23 1.85…1.95 "1.9%"']);
    assert.deepEqual(claimsOf('Heavy volume did not stop IWM, which rose 1.9% this week.'), ['russell-2000|return|week:2026-11-23 1.85…1.95 "1.9%"']);
    assert.deepEqual(claimsOf('SPY took in $2 billion this week, and the fund’s parent index, the S&P 500, rose 0.8% this week.'), ['sp-500|return|week:2026-11-23 0.75…0.85 "0.8%"']);
  });
});

describe('claims: a clause that opens by leaving part of its subject out', () => {
  makesNoClaim([
    ['excluding a group, opening the sentence', 'Excluding the Magnificent Seven, S&P 500 earnings grew just 7.1% in the third quarter.'],
    ['ex- before a sector', 'Ex-energy, S&P 500 earnings rose 9% in the third quarter.'],
    ['stripping out one company', 'Stripping out Nvidia, the Nasdaq-100 is up only 11% this year.'],
    ['outside a group, after a comma', 'Growth has been narrow; outside the Magnificent Seven, the S&P 500 is up 8% this year.'],
  ]);

  it('keeps the whole subject’s figure in the clause before', () => {
    assert.deepEqual(claimsOf('S&P 500 earnings grew 13.4% in the third quarter, but excluding the Magnificent Seven, they grew 7.1%.'), ['sp-500|earnings-growth|quarter:2026-Q3 13.35…13.45 "13.4%"']);
    // A figure for the thing left out is not inside the exclusion's lead.
    assert.deepEqual(claimsOf('The S&P 500 is up 16% this year, excluding a slow start that nobody remembers.'), ['sp-500|return|ytd:2026 15.5…16.5 "16%"']);
  });
});

describe('claims: an index named after a style or weighting is not the index before it', () => {
  it('does not let "the equal-weight index" stand for the S&P 500', () => {
    assert.deepEqual(claimsOf('The S&P 500 trades at 22.4 times forward earnings. The equal-weight index trades at 16 times forward earnings.'), [
      'sp-500|forward-pe|current 22.35…22.45 "22.4 times forward earnings"',
    ]);
    assert.deepEqual(claimsOf('The Russell 2000 is up 14% this year. The value index has gained 9.8% this year.'), ['russell-2000|return|ytd:2026 13.5…14.5 "14%"']);
  });

  it('still lets a described index refer back', () => {
    assert.deepEqual(claimsOf('The Nasdaq Composite closed at a record. The tech-heavy index is up 21% this year.'), ['nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"']);
  });
});

describe('claims: Toronto’s and the Dow’s other indexes', () => {
  it('reads the venture board, the TSX 60 and the Dow utilities as subjects of their own', () => {
    assert.deepEqual(claimsOf('The TSX Venture Exchange is up 31% this year.'), ['tsx-venture|return|ytd:2026 30.5…31.5 "31%"']);
    assert.deepEqual(claimsOf('The S&P/TSX 60 rose 1.1% this week.'), ['sp-tsx-60|return|week:2026-11-23 1.05…1.15 "1.1%"']);
    assert.deepEqual(claimsOf('The Dow Jones Utility Average fell 2% this week.'), ['dow-utilities|return|week:2026-11-23 -2.5…-1.5 "2%"']);
  });

  it('keeps the composite and the Dow', () => {
    assert.deepEqual(claimsOf('The TSX is up 18.2% year to date.'), ['sp-tsx|return|ytd:2026 18.15…18.25 "18.2%"']);
    assert.deepEqual(claimsOf('The Dow Jones Industrial Average is up 10% this year.'), ['dow|return|ytd:2026 9.5…10.5 "10%"']);
  });
});

describe('conflicting-figures: a fund and the index it tracks', () => {
  const lint = async (a: string, b: string) => {
    const results = await lintTogether({ 'a.md': `As of 2026-11-27.\n\n${a}\n`, 'b.md': `As of 2026-11-27.\n\n${b}\n` }, '2026-11-30');
    return [...results['a.md'], ...results['b.md']].filter((finding) => finding.ruleId === 'conflicting-figures');
  };

  it('lets a fund’s return lie a few tenths from its index’s', async () => {
    assert.deepEqual(await lint('IWM is up 13.9% year to date.', 'The Russell 2000 is up 14.1% year to date.'), []);
    assert.deepEqual(await lint('SPY has gained 16.3% this year.', 'VOO has gained 16.0% this year.'), []);
    assert.deepEqual(await lint('| Ticker | YTD % |\n|---|---|\n| IWM | +13.9% |', 'Small caps have gained 14.1% this year.'), []);
  });

  it('still reports a fund a point and more from its index, and names the fund in the message', async () => {
    const findings = await lint('IWM is up 13.9% year to date.', 'The Russell 2000 is up 12.4% year to date.');
    assert.equal(findings.length, 2);
    assert.equal(
      findings[0].message,
      "The Russell 2000's year-to-date return is +13.9% (IWM) as of November 27, 2026 here, but +12.4% as of November 27, 2026 at b.md:3",
    );
    assert.match(findings[1].message, /is \+12\.4% as of November 27, 2026 here, but \+13\.9% \(IWM\) as of/);
  });

  it('gives an index named by its own name or symbol no slack', async () => {
    assert.equal((await lint('The Russell 2000 is up 13.9% year to date.', 'The ^RUT is up 14.1% year to date.')).length, 2);
  });
});
