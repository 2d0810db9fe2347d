// Return columns of a table as claims: a Symbol/Ticker column and a column headed with a period ("YTD", "1-yr
// return", "Change (week)"), each row the claim of its ticker. Tables are our own, in the manner of ETF and watchlist notes.
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, NoteSource } from '../../../src/core/lint';
import { lintTogether } from './wireScore';

const round = (value: number) => Number(value.toFixed(4));

function claimsOf(text: string): string[] {
  const note = new NoteSource(`As of November 19, 2026.\n\n${text}\n`);
  return extractFigures(note, findAsOfStamps(note.text, note)).map((figure) => `${figure.key} ${round(figure.low)}…${round(figure.high)} "${figure.text}" ${figure.line}:${figure.column}`);
}

const table = (header: string, ...rows: string[]) => [header, header.replace(/[^|]+/g, ' --- '), ...rows].join('\n');

describe('claims: return columns of a table', () => {
  it('reads a YTD column as each row’s year-to-date return, where its cell is', () => {
    assert.deepEqual(claimsOf(table('| Ticker | Price | YTD |', '| IWM | 246.92 | +14.1% |', '| AAPL | 272.41 | -3.5% |')), [
      'russell-2000|return|ytd:2026 14.05…14.15 "+14.1%" 5:18',
      'ticker:AAPL|return|ytd:2026 -3.55…-3.45 "-3.5%" 6:19',
    ]);
  });

  it('reads the period each header names, and a percent sign in the header or the cell', () => {
    const keys = (header: string, cell: string) => claimsOf(table(`| Symbol | ${header} |`, `| AAPL | ${cell} |`)).map((claim) => claim.split(' ').slice(0, 2).join(' '));
    assert.deepEqual(keys('YTD %', '12.0'), ['ticker:AAPL|return|ytd:2026 11.95…12.05']);
    assert.deepEqual(keys('% YTD', '(4.2)'), ['ticker:AAPL|return|ytd:2026 -4.25…-4.15']);
    assert.deepEqual(keys('YTD return', '−4.2%'), ['ticker:AAPL|return|ytd:2026 -4.25…-4.15']);
    assert.deepEqual(keys('Year to date (%)', '7'), ['ticker:AAPL|return|ytd:2026 6.5…7.5']);
    assert.deepEqual(keys('1-yr return', '21.3%'), ['ticker:AAPL|return|span:12m 21.25…21.35']);
    assert.deepEqual(keys('12-mo', '21.3%'), ['ticker:AAPL|return|span:12m 21.25…21.35']);
    assert.deepEqual(keys('1Y', '21.3%'), ['ticker:AAPL|return|span:12m 21.25…21.35']);
    assert.deepEqual(keys('Change (week)', '+1.1%'), ['ticker:AAPL|return|week:2026-11-16 1.05…1.15']);
    assert.deepEqual(keys('MTD %', '2.5'), ['ticker:AAPL|return|month:2026-11 2.45…2.55']);
  });

  it('reads nothing from other columns: a change in dollars, a day’s change, multi-year returns, highs, targets, blanks', () => {
    const none = (header: string, cell: string) => assert.deepEqual(claimsOf(table(`| Symbol | ${header} |`, `| AAPL | ${cell} |`)), [], header);
    none('YTD chg', '+12.30');
    none('Chg %', '+1.2%');
    none('1D', '+1.2%');
    none('5-yr return', '84%');
    none('3Y (ann.)', '12%');
    none('52-wk high', '288.00');
    none('Target upside', '15%');
    none('YTD', 'n/a');
    none('YTD', '—');
    none('YTD weight', '6.5%');
  });

  it('reads nothing from a table its caption or heading says is not the rows\' own past: forecasts, targets, relative returns, another year', () => {
    const captioned = (caption: string) => claimsOf(`${caption}\n\n${table('| Ticker | 1Y | YTD |', '| IWM | +8.0% | +3.0% |')}`);
    assert.deepEqual(captioned('## Our 12-month return forecasts'), []);
    assert.deepEqual(captioned('Expected returns over the next year, by analyst consensus:'), []);
    assert.deepEqual(captioned('Price targets imply these returns:'), []);
    assert.deepEqual(captioned('Returns relative to the S&P 500:'), []);
    assert.deepEqual(captioned('Excess return over the benchmark:'), []);
    assert.deepEqual(captioned('How our picks did in 2025:'), []);
    // A caption that dates or describes the returns leaves them claims; so does a footnote about the past.
    assert.equal(captioned('Returns in 2026, as of November 19:').length, 2);
    assert.equal(captioned('## Performance').length, 2);
    assert.equal(claimsOf(`${table('| Ticker | YTD |', '| IWM | +3.0% |')}\n\nPast performance does not guarantee future results.`).length, 1);
  });

  it('reads nothing from a table whose rows are dated, each row its own day', () => {
    assert.deepEqual(claimsOf(table('| Date | Ticker | YTD |', '| Oct. 31 | AAPL | 10.2% |', '| Nov. 19 | AAPL | 14.3% |')), []);
    assert.deepEqual(claimsOf(table('| Ticker | As of | YTD |', '| AAPL | Sept. 30 | 10.2% |')), []);
    assert.deepEqual(claimsOf(table('| Week ending | Ticker | WTD |', '| Nov. 13 | IWM | 2.0% |')), []);
  });

  it('reads no column whose period another column of the table also has: total and price, NAV and market', () => {
    assert.deepEqual(claimsOf(table('| Ticker | YTD total return | YTD price return | 1Y |', '| SPY | 17.4% | 16.2% | 15.0% |')).map((claim) => claim.split(' ')[0]), ['sp-500|return|span:12m']);
    assert.deepEqual(claimsOf(table('| Ticker | YTD (NAV) | YTD (market price) |', '| IWM | 14.0% | 14.3% |')), []);
  });

  it('keys rows of two funds that track one index by their tickers, so they never contradict each other', () => {
    assert.deepEqual(claimsOf(table('| Ticker | YTD |', '| SPY | 16.41% |', '| VOO | 16.45% |')).map((claim) => claim.split(' ')[0]), ['ticker:SPY|return|ytd:2026', 'ticker:VOO|return|ytd:2026']);
  });

  it('dates a table by its caption', () => {
    const note = new NoteSource(`As of November 19, 2026.\n\nReturns as of November 2, 2026:\n\n${table('| Ticker | YTD |', '| AAPL | 4.0% |')}\n`);
    assert.deepEqual(extractFigures(note, findAsOfStamps(note.text, note)).map((figure) => figure.asOf?.label), ['November 2, 2026']);
  });

  // Fund and ETF comparisons often put the tickers across the top and the periods down the side.
  it('reads a transposed table: tickers as column headers, periods as row labels', () => {
    assert.deepEqual(claimsOf(table('| | IWM | SPY |', '| YTD | 14.1% | 16.3% |', '| 1-yr return | 9.8% | 15.0% |')), [
      'russell-2000|return|ytd:2026 14.05…14.15 "14.1%" 5:9',
      'sp-500|return|ytd:2026 16.25…16.35 "16.3%" 5:17',
      'russell-2000|return|span:12m 9.75…9.85 "9.8%" 6:17',
      'sp-500|return|span:12m 14.95…15.05 "15.0%" 6:24',
    ]);
    const keys = (header: string, ...rows: string[]) => claimsOf(table(header, ...rows)).map((claim) => claim.split(' ').slice(0, 2).join(' '));
    // A ticker the prose scan reads ($) or in emphasis, a label column with a header, a percent sign in the label.
    assert.deepEqual(keys('| Period | $AAPL | $MSFT |', '| YTD % | 12.0 | (4.2) |'), ['ticker:AAPL|return|ytd:2026 11.95…12.05', 'ticker:MSFT|return|ytd:2026 -4.25…-4.15']);
    assert.deepEqual(keys('| Return | **IWM** |', '| Change (week) | +1.1% |', '| 1D | +0.4% |', '| 5-yr return | 40% |'), ['russell-2000|return|week:2026-11-16 1.05…1.15']);
    // Two funds that track one index keep their tickers; two rows of one period are two measures, neither read.
    assert.deepEqual(keys('| | SPY | VOO |', '| YTD | 16.41% | 16.45% |'), ['ticker:SPY|return|ytd:2026 16.405…16.415', 'ticker:VOO|return|ytd:2026 16.445…16.455']);
    assert.deepEqual(keys('| | SPY |', '| YTD (NAV) | 16.4% |', '| YTD (market price) | 16.5% |', '| 1Y | 15.0% |'), ['sp-500|return|span:12m 14.95…15.05']);
  });

  it('reads no transposed table whose headers are not all tickers, or that its caption or a date row says is not the past', () => {
    const none = (text: string) => assert.deepEqual(claimsOf(text), [], text);
    // Column headers that are measures, words, abbreviations, one letter or a ticker with a word.
    none(table('| | NAV | Market price |', '| YTD | 14.1% | 14.3% |'));
    none(table('| | NAV | IWM |', '| YTD | 14.1% | 14.3% |'));
    none(table('| | USD | EUR |', '| YTD | -2.1% | 4.0% |'));
    none(table('| | Fund | Index |', '| YTD | 14.1% | 16.3% |'));
    none(table('| | A | B |', '| YTD | 14.1% | 16.3% |'));
    none(table('| | IWM vs SPY |', '| YTD | -2.2% |'));
    none(table('| | Iwm | Spy |', '| YTD | 14.1% | 16.3% |'));
    // A forecast caption; a row that dates each column; a history down the side.
    none(`## Our 12-month return forecasts\n\n${table('| | IWM | SPY |', '| 1Y | 8.0% | 6.0% |')}`);
    none(table('| | IWM | SPY |', '| As of | Sept. 30 | Oct. 31 |', '| YTD | 10.2% | 14.3% |'));
    none(table('| Date | IWM | SPY |', '| Oct. 31 | 10.2% | 14.3% |'));
    // A usual table stays read the usual way, once.
    assert.equal(claimsOf(table('| Ticker | YTD |', '| IWM | +3.0% |')).length, 1);
  });

  it('conflicts with prose in another note: ETF and index, and ticker and ticker', async () => {
    const results = await lintTogether(
      {
        'table.md': `As of November 19, 2026.\n\n${table('| Ticker | Price | YTD |', '| IWM | 246.92 | +14.1% |', '| AAPL | 272.41 | +4.0% |')}\n`,
        'prose.md': 'As of November 19, 2026.\n\nThe Russell 2000 (NYSEARCA: IWM) is up 9% year to date.\n\nApple (NASDAQ: AAPL) has gained 11% this year.\n',
      },
      '2026-11-21',
    );
    assert.deepEqual(results['table.md'].map((finding) => finding.line), [5, 6]);
    assert.match(results['table.md'][0].message, /Russell 2000's year-to-date return is \+14\.1%/);
    assert.deepEqual(results['prose.md'].map((finding) => finding.line), [3, 5]);
  });

  it('a transposed table conflicts with prose in another note as the usual one does', async () => {
    const results = await lintTogether(
      {
        'table.md': `As of November 19, 2026.\n\n${table('| | IWM | SPY |', '| YTD | +14.1% | +16.3% |')}\n`,
        'prose.md': 'As of November 19, 2026.\n\nThe Russell 2000 (NYSEARCA: IWM) is up 9% year to date.\n',
      },
      '2026-11-21',
    );
    assert.deepEqual(results['table.md'].map((finding) => `${finding.line}:${finding.column}`), ['5:9']);
    assert.match(results['table.md'][0].message, /Russell 2000's year-to-date return is \+14\.1%/);
  });

  it('reads a table of benchmarks by name under an Index header, each row its benchmark', () => {
    const keys = (text: string) => claimsOf(text).map((claim) => claim.split(' ').slice(0, 2).join(' '));
    assert.deepEqual(
      keys(table('| Index | Close | YTD % |', '| S&P 500 | 6,602.99 | 16.4 |', '| Nasdaq Composite | 22,450.10 | +20.3% |', '| **Russell 2000** | 2,480 | (1.2) |', '| Dow Jones Industrial Average (^DJI) | 47,000 | +10.1% |')),
      // The Close column is each index's closing level on the table's day (tableLevels.ts), to the rounding it is written with.
      [
        'sp-500|level|day:2026-11-19 6602.49…6603.49',
        'sp-500|return|ytd:2026 16.35…16.45',
        'nasdaq-composite|level|day:2026-11-19 22449.6…22450.6',
        'nasdaq-composite|return|ytd:2026 20.25…20.35',
        'russell-2000|level|day:2026-11-19 2475…2485',
        'russell-2000|return|ytd:2026 -1.25…-1.15',
        'dow|level|day:2026-11-19 46500…47500',
        'dow|return|ytd:2026 10.05…10.15',
      ],
    );
    assert.deepEqual(keys(table('| | WTD | YTD |', '| The Nasdaq 100 | -0.4% | +18% |')), ['nasdaq-100|return|week:2026-11-16 -0.45…-0.35', 'nasdaq-100|return|ytd:2026 17.5…18.5']);
    assert.deepEqual(keys(table('| Benchmark | 1Y |', '| FTSE 100 | +11.0% |')), ['ftse-100|return|span:12m 10.95…11.05']);
  });

  it('reads a named table whose caption names the Russell 2000: the index\'s number is no other year', () => {
    const keys = (text: string) => claimsOf(text).map((claim) => claim.split(' ').slice(0, 2).join(' '));
    const text = `${table('| Index | Week | YTD |', '| S&P 500 | +1.1% | +11.8% |', '| Russell 2000 | +2.4% | +14.1% |')}\n\nThe Russell 2000 rose for the week.`;
    assert.deepEqual(keys(text), ['sp-500|return|week:2026-11-16 1.05…1.15', 'sp-500|return|ytd:2026 11.75…11.85', 'russell-2000|return|week:2026-11-16 2.35…2.45', 'russell-2000|return|ytd:2026 14.05…14.15']);
    // A year the caption writes is still another year's.
    assert.deepEqual(keys(`${table('| Index | YTD |', '| Russell 2000 | +14.1% |')}\n\nHow the Russell 2000 did in 2025.`), []);
  });

  it('reads no row of a named table that is not wholly one benchmark, nor a table of sectors, forecasts or dated rows', () => {
    const none = (text: string) => assert.deepEqual(claimsOf(text), [], text);
    // Another index than the name's, or more than one name, or a name with words after it.
    none(table('| Index | YTD |', '| S&P 500 Value | +9.9% |', '| S&P 500 and Nasdaq | +14% |', '| S&P 500 ex-tech | +6% |', '| Equal-weight S&P 500 ex-energy | +5% |'));
    // The first header says the rows are something else: sectors, stocks, portfolios.
    none(table('| Sector | YTD |', '| Banks | +12.1% |', '| Energy stocks | +3% |'));
    none(table('| Portfolio | YTD |', '| S&P 500 | +12.1% |'));
    // A forecast's caption, a column that is no plain period, a row per day.
    none(`Our 2027 forecasts:

${table('| Index | YTD |', '| S&P 500 | +12.1% |')}`);
    none(table('| Index | Target YTD | Day |', '| S&P 500 | +12.1% | +0.4% |'));
    none(table('| Index | Date | YTD |', '| S&P 500 | Nov 1 | +12.1% |'));
  });

  it('reads a named table whose "Day" column is a change in percent, not the date of each row', () => {
    assert.deepEqual(claimsOf(table('| Index | Close | Day | Week | YTD |', '| S&P 500 | 6,602.99 | +0.5% | +0.9% | +16.2% |')), [
      'sp-500|level|day:2026-11-19 6602.49…6603.49 "6,602.99" 5:13',
      'sp-500|return|week:2026-11-16 0.85…0.95 "+0.9%" 5:32',
      'sp-500|return|ytd:2026 16.15…16.25 "+16.2%" 5:40',
    ]);
    // A "Day" column of weekdays still dates each row.
    assert.deepEqual(claimsOf(table('| Index | Day | YTD |', '| S&P 500 | Mon | +16.2% |', '| S&P 500 | Tue | +16.5% |')), []);
  });

  it('reads a "1W" or "5D" column as the trailing five sessions, as "over the past week" is', () => {
    assert.deepEqual(claimsOf(table('| Index | 1W | 1M |', '| S&P 500 | +0.9% | +2.1% |')), [
      'sp-500|return|span:5d 0.85…0.95 "+0.9%" 5:13',
      'sp-500|return|span:1m 2.05…2.15 "+2.1%" 5:21',
    ]);
    assert.deepEqual(claimsOf(table('| Index | 5D | YTD |', '| Russell 2000 | -0.4% | +14.1% |')), [
      'russell-2000|return|span:5d -0.45…-0.35 "-0.4%" 5:18',
      'russell-2000|return|ytd:2026 14.05…14.15 "+14.1%" 5:26',
    ]);
  });

  it('a named table conflicts with prose in another note', async () => {
    const results = await lintTogether(
      {
        'scoreboard.md': `As of November 19, 2026.\n\n${table('| Index | Close | YTD % |', '| S&P 500 | 6,602.99 | 12.1 |', '| Nasdaq Composite | 22,450.10 | 20.3 |')}\n`,
        'prose.md': 'As of November 19, 2026.\n\nThe S&P 500 is up 16.4% year to date, and the Nasdaq has gained 20.3% this year.\n',
      },
      '2026-11-21',
    );
    assert.deepEqual(results['scoreboard.md'].map((finding) => finding.line), [5]);
    assert.match(results['scoreboard.md'][0].message, /S&P 500's year-to-date return is \+12\.1 /);
  });
});
