// Look-alikes of a claim: a figure read at another moment than the note's stamp, measured another way, of a geared
// fund, or of an index the table does not know, is not the note's own claim:
// "A week ago, the S&P 500 was up 14% for the year" or "In dollar terms, the FTSE 100 is up 19%" beside the plain
// figure is no conflict. Fixtures are our own sentences, in the manner of weekly recaps and fund commentary.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt, makesNoClaim as noClaims } from './claimsOf';
import { conflictsOfSentences } from './wireScore';

const makesNoClaim = (cases: ReadonlyArray<[string, string]>) => noClaims(cases, 'November 20, 2026');
const claimsOf = (text: string, asOf = 'November 20, 2026') => claimsAt(text, asOf);

describe('claims: a running figure read at an earlier moment', () => {
  makesNoClaim([
    ['a week ago', 'A week ago, the S&P 500 was up 14% for the year.'],
    ['the same point a year ago', 'At this point a year ago, the Dow was up 11% for the year.'],
    ['two months earlier', 'Two months earlier the Nasdaq Composite had gained 12% year to date.'],
    ['the end of a named month', 'At the end of October the S&P 500 was up 13% for the year.'],
    ['the end of last month', 'At the end of last month, the Russell 2000 stood 9% higher year to date.'],
    ['a peak', 'At its July peak, the Nasdaq Composite was up 26% for the year.'],
    ['a low', 'At the April low the S&P 500 was down 15% year to date.'],
    ['then', 'Back then the Dow was up only 3% this year.'],
    ['a named month in the past tense', 'In June, the S&P 500 was up 5% for the year.'],
    ['a part of a named month', 'By mid-July the Nasdaq Composite had gained 12% year to date.'],
    ['a day of the calendar before the stamp', 'On Nov. 10, the S&P 500 was up 14% YTD.'],
    ['a dated note quoted', 'In a Nov. 10 note, strategists said the S&P 500 was up 14% YTD.'],
    ['last month', 'Last month the S&P 500 was up 14% for the year.'],
    ['earlier this month', 'Earlier this month, the Nasdaq was up 19% for the year.'],
    ['the writer’s last update', 'In our last update, the Russell 2000 was up 11% this year.'],
    ['had been, before an event', 'Before the selloff, the S&P 500 had been up 14% YTD.'],
    ['heading into the week', 'The S&P 500 was up 14% YTD heading into this week.'],
  ]);

  it('keeps a span measured from an earlier day, and a close at a high', () => {
    assert.deepEqual(claimsOf('The S&P 500 is up 14% from a year ago.'), ['sp-500|return|span:12m 13.5…14.5 "14%"']);
    assert.deepEqual(claimsOf('The Dow closed at its high of the day, up 1% on Friday.'), ['dow|return|day:2026-11-20 0.5…1.5 "1%"']);
    assert.deepEqual(claimsOf('By the end of October shares had settled, and the Dow is up 9% this year.'), ['dow|return|ytd:2026 8.5…9.5 "9%"']);
    // The note's own month in the present, and a month's own move, are still claims.
    assert.deepEqual(claimsOf('In November, the Dow is up 9% for the year.'), ['dow|return|ytd:2026 8.5…9.5 "9%"']);
    assert.deepEqual(claimsOf('In June the S&P 500 rose 5%.'), ['sp-500|return|month:2026-6 4.5…5.5 "5%"']);
    // The stamp's own day, a weekend note's Friday, a day still to come, an event told beside a present figure.
    assert.deepEqual(claimsOf('On Nov. 20, the S&P 500 was up 16% YTD.'), ['sp-500|return|ytd:2026 15.5…16.5 "16%"']);
    assert.deepEqual(claimsOf('On Nov. 20, the S&P 500 was up 16% YTD.', 'November 22, 2026'), ['sp-500|return|ytd:2026 15.5…16.5 "16%"']);
    assert.deepEqual(claimsOf('The S&P 500 was up 16% YTD ahead of the Dec. 10 Fed meeting.'), ['sp-500|return|ytd:2026 15.5…16.5 "16%"']);
    assert.deepEqual(claimsOf('On Nov. 10 the Fed cut rates, and the S&P 500 is up 16% this year.'), ['sp-500|return|ytd:2026 15.5…16.5 "16%"']);
    // A date that names an event is no moment the figure was read at.
    assert.deepEqual(claimsOf('The Nasdaq was up 21% YTD, well above its Nov. 10 low.'), ['nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"']);
    // "last week" right after another value is that value's period, no moment of this one's.
    assert.deepEqual(claimsOf('The Nasdaq was up 0.3% this week after falling 1.1% last week.'), [
      'nasdaq-composite|return|week:2026-11-16 0.25…0.35 "0.3%"',
      'nasdaq-composite|return|week:2026-11-09 -1.15…-1.05 "1.1%"',
    ]);
  });
});

describe('claims: a figure measured another way', () => {
  makesNoClaim([
    ['in another currency', 'In dollar terms, the FTSE 100 is up 19% this year.'],
    ['for an investor of another currency', 'For a dollar-based investor, the Nikkei 225 has gained only 14% this year.'],
    ['in local-currency terms', 'The Nikkei 225 is up 22% this year in local-currency terms.'],
    ['with dividends', 'Including dividends, the S&P 500 has returned 17.3% year to date.'],
    ['on a total-return basis', 'On a total-return basis the Dow is up 11% this year.'],
    // A data desk's suffix for an index's total-return (net, gross) version.
    ['the total-return index by its suffix', 'The S&P 500 TR is up 17.3% this year; the MSCI World NTR has gained 14%.'],
    ['after inflation', 'Adjusted for inflation, the S&P 500 is up 13% this year.'],
    ['in real terms', 'The Russell 2000 is up 6% in real terms this year.'],
    ['weighted equally, as a lead', 'Equal-weighted, the S&P 500 is up only 6% this year.'],
    ['on an equal-weight basis', 'On an equal-weight basis, the S&P 500 has gained 6% this year.'],
  ]);

  it('keeps the plain figure of the same sentence’s other clause', () => {
    assert.deepEqual(claimsOf('The FTSE 100 is up 12% this year, while in dollar terms it is up 19%.'), ['ftse-100|return|ytd:2026 11.5…12.5 "12%"']);
    assert.deepEqual(claimsOf('The dollar rose, and the S&P 500 is up 16% this year.'), ['sp-500|return|ytd:2026 15.5…16.5 "16%"']);
    assert.deepEqual(claimsOf('The S&P 500 TR is up 17.3% this year, while the Nasdaq is up 19%.'), ['nasdaq-composite|return|ytd:2026 18.5…19.5 "19%"']);
  });

  it('keeps the plain figure a restatement on another basis follows, and reads the restatement as none', () => {
    assert.deepEqual(claimsOf('The S&P 500 is up 16.2% this year, or 17.6% including dividends.'), ['sp-500|return|ytd:2026 16.15…16.25 "16.2%"']);
    assert.deepEqual(claimsOf('The S&P 500 is up 16.2% this year (17.6% with dividends).'), ['sp-500|return|ytd:2026 16.15…16.25 "16.2%"']);
    assert.deepEqual(claimsOf('The FTSE 100 has gained 12% this year, or 19% in dollar terms.'), ['ftse-100|return|ytd:2026 11.5…12.5 "12%"']);
    // A basis named before the plain figure is still its own.
    assert.deepEqual(claimsOf('Including dividends, the S&P 500 is up 17.6% this year, or 16.2% on price alone.'), []);
  });
});

describe('claims: a fund that gears an index is not the index', () => {
  makesNoClaim([
    ['a leveraged fund', 'A 3x leveraged Nasdaq-100 fund is up 50% this year.'],
    ['an inverse fund', 'An inverse S&P 500 ETF is down 14% this year.'],
    ['a multiple written after the name', 'The Direxion S&P 500 Bull 3X fund is up 40% this year.'],
    ['an ultra fund', 'The ProShares Ultra S&P 500 fund has gained 30% this year.'],
  ]);

  it('keeps the plain tracker, and a multiple that compares two figures', () => {
    assert.deepEqual(claimsOf('The SPDR S&P 500 ETF is up 16% this year.'), ['sp-500|return|ytd:2026 15.5…16.5 "16%"']);
    assert.deepEqual(claimsOf('The Nasdaq-100 is up 18% this year, about 3x the Dow.'), ['nasdaq-100|return|ytd:2026 17.5…18.5 "18%"']);
  });
});

describe('claims: "the … index" with a capitalised name is another index', () => {
  it('does not let "The MSCI Pacific index" stand for the index of the sentence before', () => {
    assert.deepEqual(claimsOf('The S&P 500 is up 16% this year. The MSCI Pacific index is up 14% this year.'), ['sp-500|return|ytd:2026 15.5…16.5 "16%"']);
    assert.deepEqual(claimsOf('The Dow rose 1% on Friday, while the Stoxx Europe 50 benchmark fell 1% on Friday.'), ['dow|return|day:2026-11-20 0.5…1.5 "1%"']);
  });

  it('still lets a described index refer back', () => {
    assert.deepEqual(claimsOf('The Nasdaq Composite rose 1% on Friday. The tech-heavy index is up 20% this year.'), [
      'nasdaq-composite|return|day:2026-11-20 0.5…1.5 "1%"',
      'nasdaq-composite|return|ytd:2026 19.5…20.5 "20%"',
    ]);
    assert.deepEqual(claimsOf('The Dow rose 1% on Friday, and the 30-stock index is up 9% this year.'), ['dow|return|day:2026-11-20 0.5…1.5 "1%"', 'dow|return|ytd:2026 8.5…9.5 "9%"']);
  });
});

describe('claims: a listing on a venue with its own currency is its own subject', () => {
  it('keeps a London listing apart from the New York one of the same symbol', () => {
    assert.deepEqual(claimsOf('Shell (LSE: SHEL) is up 8% this year, and Shell (NYSE: SHEL) is up 14% this year in New York.'), [
      'ticker:LSE:SHEL|return|ytd:2026 7.5…8.5 "8%"',
      'ticker:SHEL|return|ytd:2026 13.5…14.5 "14%"',
    ]);
  });

  it('keeps a home listing in Europe or Asia apart from its American depositary receipt', () => {
    assert.deepEqual(claimsOf('SAP (XETRA: SAP) is up 8% this year in Frankfurt, and SAP (NYSE: SAP) is up 14% this year in New York.'), [
      'ticker:XETRA:SAP|return|ytd:2026 7.5…8.5 "8%"',
      'ticker:SAP|return|ytd:2026 13.5…14.5 "14%"',
    ]);
    assert.deepEqual(claimsOf('Infosys (NSE: INFY) has gained 6% this year, while Infosys (NYSE: INFY) has gained 12% this year.'), [
      'ticker:NSE:INFY|return|ytd:2026 5.5…6.5 "6%"',
      'ticker:INFY|return|ytd:2026 11.5…12.5 "12%"',
    ]);
    assert.deepEqual(claimsOf('Carmel Defence (TASE: CMLD) is up 8% this year in Tel Aviv, and Carmel Defence (NASDAQ: CMLD) is up 14% this year in New York.'), [
      'ticker:TASE:CMLD|return|ytd:2026 7.5…8.5 "8%"',
      'ticker:CMLD|return|ytd:2026 13.5…14.5 "14%"',
    ]);
    assert.deepEqual(claimsOf('Luzon Telecom (PSE: LTQ) is up 8% this year in Manila, and Luzon Telecom (NYSE: LTQ) is up 14% this year in New York.'), [
      'ticker:PSE:LTQ|return|ytd:2026 7.5…8.5 "8%"',
      'ticker:LTQ|return|ytd:2026 13.5…14.5 "14%"',
    ]);
    assert.deepEqual(claimsOf('Novo Nordisk (NYSE: NVO) fell 3% on Friday.'), ['ticker:NVO|return|day:2026-11-20 -3.5…-2.5 "3%"']);
  });

  it('still reads one US listing as one subject however it is written, and "the stock" of a sole listing abroad', () => {
    assert.deepEqual(claimsOf('Apple (NASDAQ: AAPL) is up 12% this year, and $AAPL rose 1% on Friday.'), ['ticker:AAPL|return|ytd:2026 11.5…12.5 "12%"', 'ticker:AAPL|return|day:2026-11-20 0.5…1.5 "1%"']);
    assert.deepEqual(claimsOf('Shopify (TSX: SHOP) reported on Friday. The stock is up 30% this year.'), ['ticker:TSX:SHOP|return|ytd:2026 29.5…30.5 "30%"']);
  });
});

describe('claims: a figure inside a quotation is the speaker’s, not the writer’s', () => {
  makesNoClaim([
    ['straight quotes', '"The S&P 500 is up 25% this year on our numbers," a strategist wrote.'],
    ['curly quotes', 'The manager said the Dow “is up 9% this year” by her count.'],
    ['the second sentence of a quotation', '“It was a good year. The Dow is up 9% this year.”'],
  ]);

  it('keeps the writer’s own figures beside a quotation and after scare quotes', () => {
    assert.deepEqual(claimsOf('“We see upside,” said one strategist, and the Dow is up 9% this year.'), ['dow|return|ytd:2026 8.5…9.5 "9%"']);
    assert.deepEqual(claimsOf('The S&P 500 is up 16% this year, the "risk-on" trade intact.'), ['sp-500|return|ytd:2026 15.5…16.5 "16%"']);
    assert.deepEqual(claimsOf('“A good year.” The Nasdaq is up 20% this year.'), ['nasdaq-composite|return|ytd:2026 19.5…20.5 "20%"']);
  });
});

describe('claims: a move inside the session as desks outside New York time it', () => {
  makesNoClaim([
    ['Tokyo’s midday break', 'The Nikkei was up 0.8% at the midday break on Friday.'],
    ['Hong Kong’s lunch break', 'The Hang Seng was up 0.8% at the lunch break on Friday.'],
    ['a wire’s GMT time', 'The Nikkei was up 0.8% by 0300 GMT on Friday.'],
    ['early trade named by its region', 'The Nikkei was up 0.8% in early Asian trade on Friday.'],
    ['the open', 'The FTSE 100 opened 0.8% higher on Friday.'],
    ['the open, its direction first', 'The FTSE 100 opened up 0.8% on Friday.'],
  ]);

  it('still reads the close told beside the open', () => {
    assert.deepEqual(claimsOf('The FTSE 100 opened lower but closed up 0.3% on Friday.'), ['ftse-100|return|day:2026-11-20 0.25…0.35 "0.3%"']);
    assert.deepEqual(claimsOf('The Nikkei closed up 0.3% on Friday.'), ['nikkei-225|return|day:2026-11-20 0.25…0.35 "0.3%"']);
  });

  it('does not set a midday reading against another note’s close', async () => {
    const found = await conflictsOfSentences({ 'midday.md': 'The Nikkei was up 0.8% at the midday break on Friday.', 'close.md': 'The Nikkei closed up 0.3% on Friday.' }, '2026-11-20', '2026-11-21');
    assert.deepEqual(found, [[], []]);
  });
});
