// Look-alikes found by linting a fortnight of notes from several desks together (a weekly recap, a small-cap note, an
// ETF-flows note, an earnings wrap, a London and Toronto report): figures that name a subject the others also name,
// but are not its price return — another currency, a fund's assets or volume, the subject with a part left out.
// Fixtures are our own sentences, written the way those desks write.
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, NoteSource } from '../../../src/core/lint';

const round = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(4)) : value);

function claimsOf(text: string, asOf = 'November 27, 2026'): string[] {
  const note = new NoteSource(`As of ${asOf}.\n\n${text}\n`);
  return extractFigures(note, findAsOfStamps(note.text, note)).map((figure) => `${figure.key} ${round(figure.low)}…${round(figure.high)} "${figure.text}"`);
}

function makesNoClaim(cases: ReadonlyArray<[string, string]>): void {
  for (const [name, text] of cases) {
    it(`makes no claim: ${name}`, () => assert.deepEqual(claimsOf(text), []));
  }
}

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
