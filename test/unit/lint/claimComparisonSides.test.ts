// The other side of a comparison set off by a comma: "Small caps are up 14% this year, versus 17% for the S&P 500"
// claims both figures, the second with the first's period and direction; and a style name ("the equal-weight S&P
// 500") is no index weight. Sentences are our own.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt } from './claimsOf';

const claimsOf = (text: string) => claimsAt(text, 'November 27, 2026');

describe('claims: the other side of a comparison', () => {
  it('shares the period and direction of the side it answers', () => {
    assert.deepEqual(claimsOf('Small caps are up 12% this year, versus 18% for the S&P 500.'), [
      'russell-2000|return|ytd:2026 11.5…12.5 "12%"',
      'sp-500|return|ytd:2026 17.5…18.5 "18%"',
    ]);
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) has returned 31% over the past 12 months, compared with 15% for the Nasdaq.'), [
      'ticker:ORCD|return|span:12m 30.5…31.5 "31%"',
      'nasdaq-composite|return|span:12m 14.5…15.5 "15%"',
    ]);
  });

  it('keeps a direction of its own, and reads no estimate as a move', () => {
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) fell 4% this week, versus a 2% gain for the S&P 500.'), [
      'ticker:ORCD|return|week:2026-11-23 -4.5…-3.5 "4%"',
      'sp-500|return|week:2026-11-23 1.5…2.5 "2%"',
    ]);
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) is up 40% year to date, compared with analysts’ 25% estimate.'), ['ticker:ORCD|return|ytd:2026 39.5…40.5 "40%"']);
  });

  it('is the same subject’s only at a time it names, never a figure of something it does not know', () => {
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) rose 30% this year, versus 10% last year.'), [
      'ticker:ORCD|return|ytd:2026 29.5…30.5 "30%"',
      'ticker:ORCD|return|year:2025 9.5…10.5 "10%"',
    ]);
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) rose 30% this year, versus 10% for the rest of the market.'), ['ticker:ORCD|return|ytd:2026 29.5…30.5 "30%"']);
    assert.deepEqual(claimsOf('Magnificent Seven earnings grew 24% in the third quarter, versus 11% for the rest of the index.'), [
      'mega-caps|earnings-growth|quarter:2026-Q3 23.5…24.5 "24%"',
    ]);
  });
});

describe('claims: a comparison side that names its owner at each value', () => {
  it('reads a list of sides after "compared with", never for the unnamed subject before', () => {
    assert.deepEqual(claimsOf('The fund has returned 14% this year, compared with 16% for the S&P 500 and 21% for the Nasdaq.'), [
      'sp-500|return|ytd:2026 15.5…16.5 "16%"',
      'nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"',
    ]);
    assert.deepEqual(claimsOf('Small caps are up 12% this year, compared with 16% for the S&P 500, 21% for the Nasdaq and 14% for the Dow.'), [
      'russell-2000|return|ytd:2026 11.5…12.5 "12%"',
      'sp-500|return|ytd:2026 15.5…16.5 "16%"',
      'nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"',
      'dow|return|ytd:2026 13.5…14.5 "14%"',
    ]);
    assert.deepEqual(claimsOf('The Magnificent Seven are up 24% this year, against 9% for the equal-weight S&P 500.'), [
      'mega-caps|return|ytd:2026 23.5…24.5 "24%"',
      'sp-500-equal-weight|return|ytd:2026 8.5…9.5 "9%"',
    ]);
    assert.deepEqual(claimsOf('Small caps are up 12% this year, versus the S&P 500’s 16% gain and the Nasdaq’s 21% advance.'), [
      'russell-2000|return|ytd:2026 11.5…12.5 "12%"',
      'sp-500|return|ytd:2026 15.5…16.5 "16%"',
      'nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"',
    ]);
  });

  it('reads a possessive after a comparing verb as the possessor’s move over the sentence’s period', () => {
    assert.deepEqual(claimsOf('Small caps are up 12% this year, trailing the Nasdaq’s 21% gain.'), [
      'russell-2000|return|ytd:2026 11.5…12.5 "12%"',
      'nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"',
    ]);
    assert.deepEqual(claimsOf('Small caps are up 12% in 2026, outpacing the S&P 500’s 9% advance.'), [
      'russell-2000|return|ytd:2026 11.5…12.5 "12%"',
      'sp-500|return|ytd:2026 8.5…9.5 "9%"',
    ]);
    assert.deepEqual(claimsOf('The Nasdaq rose 1.1% on Friday, beating the Dow’s 0.4% drop.'), [
      'nasdaq-composite|return|day:2026-11-27 1.05…1.15 "1.1%"',
      'dow|return|day:2026-11-27 -0.45…-0.35 "0.4%"',
    ]);
  });

  it('hands on no period to a side whose owner it does not name, or that names a time of its own', () => {
    assert.deepEqual(claimsOf('The fund is up 14% this year, versus 16% for the S&P 500 and 21% for its peers.'), ['sp-500|return|ytd:2026 15.5…16.5 "16%"']);
    assert.deepEqual(claimsOf('Small caps are up 12% this year, trailing the Nasdaq’s 21% gain during the pandemic rally.'), ['russell-2000|return|ytd:2026 11.5…12.5 "12%"']);
    assert.deepEqual(claimsOf('Small caps are up 12% this year, compared with 16% for the S&P 500, and the Nasdaq fell 2%.'), [
      'russell-2000|return|ytd:2026 11.5…12.5 "12%"',
      'sp-500|return|ytd:2026 15.5…16.5 "16%"',
    ]);
  });
});

describe('claims: a possessive’s value named by another measure than its move', () => {
  it('is no return', () => {
    assert.deepEqual(claimsOf('Small caps are up 12% this year, versus the Nasdaq’s 21% share of the market.'), ['russell-2000|return|ytd:2026 11.5…12.5 "12%"']);
    assert.deepEqual(claimsOf('Small caps are up 12% this year, trailing the Nasdaq’s 21% peak-to-trough drawdown.'), ['russell-2000|return|ytd:2026 11.5…12.5 "12%"']);
  });

  it('still reads a move noun after a period or a size as an adjective, or no noun at all', () => {
    assert.deepEqual(claimsOf('Small caps are up 12% this year, versus the Nasdaq’s 21% cumulative advance.'), [
      'russell-2000|return|ytd:2026 11.5…12.5 "12%"',
      'nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"',
    ]);
    assert.deepEqual(claimsOf('Small caps are up 12% this year, lagging the Nasdaq’s 21%.'), ['russell-2000|return|ytd:2026 11.5…12.5 "12%"', 'nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"']);
    assert.deepEqual(claimsOf('The Nasdaq’s 3% weekly slide was its worst since April.'), ['nasdaq-composite|return|week:2026-11-23 -3.5…-2.5 "3%"']);
  });
});

describe('claims: a sentence that opens as the other side of the comparison before it', () => {
  it('takes the one period the sentence before names', () => {
    assert.deepEqual(claimsOf('Small caps are up 12% this year. By comparison, the S&P 500 has gained 16%.'), ['russell-2000|return|ytd:2026 11.5…12.5 "12%"', 'sp-500|return|ytd:2026 15.5…16.5 "16%"']);
    assert.deepEqual(claimsOf('Small caps are up 12% this year. That compares with a 16% gain for the S&P 500.'), [
      'russell-2000|return|ytd:2026 11.5…12.5 "12%"',
      'sp-500|return|ytd:2026 15.5…16.5 "16%"',
    ]);
  });

  it('not two periods before, a growth figure’s, one of its own or across a paragraph', () => {
    assert.deepEqual(claimsOf('Small caps rose 2% on Friday and are up 12% this year. By comparison, the S&P 500 has gained 16%.'), [
      'russell-2000|return|day:2026-11-27 1.5…2.5 "2%"',
      'russell-2000|return|ytd:2026 11.5…12.5 "12%"',
    ]);
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) said revenue grew 12% in the third quarter. By comparison, the S&P 500 has gained 16%.'), ['ticker:ORCD|revenue-growth|quarter:2026-Q3 11.5…12.5 "12%"']);
    assert.deepEqual(claimsOf('Small caps are up 12% this year. By comparison, the S&P 500 rose 1% on Friday.'), ['russell-2000|return|ytd:2026 11.5…12.5 "12%"', 'sp-500|return|day:2026-11-27 0.5…1.5 "1%"']);
    assert.deepEqual(claimsOf('Small caps are up 12% this year.\n\nBy comparison, the S&P 500 has gained 16%.'), ['russell-2000|return|ytd:2026 11.5…12.5 "12%"']);
  });
});

describe('claims: a span from one subject’s own event is not shared', () => {
  it('stays the answered side’s, never the other side’s', () => {
    assert.deepEqual(claimsOf('The fund has returned 14% since inception, compared with 16% for the S&P 500.'), []);
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) has returned 140% since inception, versus 60% for the S&P 500.'), ['ticker:ORCD|return|since:inception 139.5…140.5 "140%"']);
  });

  it('while a market’s own moment is shared', () => {
    assert.deepEqual(claimsOf('Small caps have gained 30% since the April low, versus 20% for the S&P 500.'), [
      'russell-2000|return|since:april-low 29.5…30.5 "30%"',
      'sp-500|return|since:april-low 19.5…20.5 "20%"',
    ]);
  });
});

describe('claims: a weighting in a name', () => {
  it('reads the equal-weight S&P 500’s move, however its name is spelled, but no index weight', () => {
    assert.deepEqual(claimsOf('The equal-weight S&P 500 has gained 7% this year.'), ['sp-500-equal-weight|return|ytd:2026 6.5…7.5 "7%"']);
    // Another index weighted equally is no index of the table: never its cap-weighted parent.
    assert.deepEqual(claimsOf('The Nasdaq 100 is up 21% year to date, but the equal-weight Nasdaq 100 has gained only 9%.'), ['nasdaq-100|return|ytd:2026 20.5…21.5 "21%"']);
    assert.deepEqual(claimsOf('The equally weighted Russell 2000 has gained 9% this year.'), []);
    assert.deepEqual(claimsOf('The equal weight S&P 500 rose 0.8% on Friday.'), ['sp-500-equal-weight|return|day:2026-11-27 0.75…0.85 "0.8%"']);
    assert.deepEqual(claimsOf('Nvidia’s weight in the S&P 500 rose to 8% this year.'), []);
  });
});

describe('claims: a figure in brackets after a name', () => {
  it('is that name’s, even the side a subject is compared with', () => {
    assert.deepEqual(claimsOf('Year to date, large caps (+11.8%) have trailed the Nasdaq (+15.4%).'), [
      'sp-500|return|ytd:2026 11.75…11.85 "+11.8%"',
      'nasdaq-composite|return|ytd:2026 15.35…15.45 "+15.4%"',
    ]);
    assert.deepEqual(claimsOf('Small caps (+14.1% YTD) still lag the S&P 500 (+16.2% YTD) and the Nasdaq (up 21.4% YTD).'), [
      'russell-2000|return|ytd:2026 14.05…14.15 "+14.1%"',
      'sp-500|return|ytd:2026 16.15…16.25 "+16.2%"',
      'nasdaq-composite|return|ytd:2026 21.35…21.45 "21.4%"',
    ]);
  });
});

describe('claims: figures in brackets after their names, the period told once', () => {
  it('is each figure’s period, however the names are joined', () => {
    assert.deepEqual(claimsOf('The S&P 500 (+0.5%) and the Nasdaq (+0.7%) rose on Friday.'), [
      'sp-500|return|day:2026-11-27 0.45…0.55 "+0.5%"',
      'nasdaq-composite|return|day:2026-11-27 0.65…0.75 "+0.7%"',
    ]);
    assert.deepEqual(claimsOf('Small caps outperformed on Friday, with the Russell 2000 (+1.1%) beating the S&P 500 (+0.5%).'), [
      'russell-2000|return|day:2026-11-27 1.05…1.15 "+1.1%"',
      'sp-500|return|day:2026-11-27 0.45…0.55 "+0.5%"',
    ]);
    assert.deepEqual(claimsOf('The S&P 500 (6,812.44, +0.5%) closed higher on Friday.'), [
      'sp-500|level|day:2026-11-27 6811.94…6812.94 "6,812.44"',
      'sp-500|return|day:2026-11-27 0.45…0.55 "+0.5%"',
    ]);
  });

  it('not a period inside one figure’s brackets, which is that figure’s alone', () => {
    assert.deepEqual(claimsOf('The S&P 500 (+16% YTD) and the Nasdaq (+21%) rose on Friday.'), ['sp-500|return|ytd:2026 15.5…16.5 "+16%"']);
    assert.deepEqual(claimsOf('The S&P 500 (+0.5% on Friday) and the Nasdaq (+21%) have rallied.'), ['sp-500|return|day:2026-11-27 0.45…0.55 "+0.5%"']);
  });
});
