// How sell-side notes state a price and date it: the cover line's labelled fields ("Price (Nov 20, 2026): $181.20",
// "Last: $171.25", "Closing price as of 11/20/26: $498.12"), a strategist's "as of Friday's close (Nov 20, 2026)",
// and the rating key's forward horizon ("expected total return above 15% over 12 months"), which dates nothing.
// Each reading has its look-alikes beside it: targets, ranges and fields of other figures are never prices, and a
// line that could be any of several stocks' is left unread. Fixtures are our own words.

import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, findStatedPrices, NoteSource } from '../../../src/core/lint';
import { findRelativeTimePhrases } from '../../../src/core/lint/relativeTime';
import { findTickerMentions } from '../../../src/core/tickers';

/** The prices the note states, as "SYMBOL figure" ("NVDA $181.20"). */
function stated(text: string): string[] {
  return findStatedPrices(text, findTickerMentions(text)).map((price) => `${price.symbol} ${text.slice(price.offset, price.offset + price.length)}`);
}

function check(cases: ReadonlyArray<readonly [string, string, readonly string[]]>): void {
  for (const [name, text, expected] of cases) it(`${name}: ${JSON.stringify(text)}`, () => assert.deepEqual(stated(text), expected));
}

describe('research notes: a price given as a labelled field', () => {
  check([
    ['a cover line after the mention', 'Orbital Freight (OFX) | Price: $42.10 | Rating: Buy | PT: $55', ['OFX $42.10']],
    ['the last price with its day after it', 'Kestrel Foods (KSTL) | Rating: Hold | PT: $30 (from $28) | Last: $24.65 (11/20)', ['KSTL $24.65']],
    ['a price dated in its label, in bold', '**Tidewater Grid (TWG):** **Price (Nov 20, 2026):** $63.08', ['TWG $63.08']],
    ['a closing price as of a day', 'Harbor Mills (HRBM): Closing price as of 11/20/26: $17.44', ['HRBM $17.44']],
    ['a share price with pence', 'Marlow Estates (LSE: MRLW) | Share price: 412.5p | Target: 520p', ['MRLW 412.5p']],
    ['fields set off by dashes and middle dots', 'Orbital Freight (OFX) — Price: $42.10 · Target: $55 · Upside: 31%', ['OFX $42.10']],
    ['fields set off by spaced hyphens', 'Orbital Freight (OFX) - Last: $42.10 - PT: $55', ['OFX $42.10']],
    [
      'a cover box under a title that names the stock',
      '# Orbital Freight (OFX): initiating at Overweight\n\nRating: Overweight | Price target: $55 | Price (Nov 20, 2026): $42.10',
      ['OFX $42.10'],
    ],
    [
      'a cover line in a note that names one stock only',
      '# OFX: beat and raise\n\nClose: $42.10 | Target: $55\n\nOrbital Freight (OFX) grew volumes 9%.',
      ['OFX $42.10'],
    ],
    [
      'the heading nearest above decides in a note of several stocks',
      '## Orbital Freight (OFX)\n\nPrice: $42.10 | PT: $55\n\n## Kestrel Foods (KSTL)\n\nPrice: $24.65 | PT: $30',
      ['OFX $42.10', 'KSTL $24.65'],
    ],
  ]);
  check([
    ['a price target, a target price and an objective', 'Orbital Freight (OFX) | Price target: $55 | Target price: $56 | Price objective: $57', []],
    ['a range and a valuation after the label of another figure', 'Orbital Freight (OFX) | 52-wk range: $30.10 – $48.90 | Market cap: $4.2B', []],
    ['a label glued to other words', 'Orbital Freight (OFX) | Entry price: $38.00 | Stop-loss price: $35.00', []],
    ['a target after a dash', 'Orbital Freight (OFX) — Price target: $55 — Target price: $56', []],
    ['a hyphen inside a word is no field separator', 'Orbital Freight (OFX) beat; its year-end price: $38.00 in the model', []],
    ['an amount rather than a price', 'Orbital Freight (OFX) | Close: $4 billion of orders', []],
    ['a cover line with no stock named anywhere', '# Weekly call\n\nPrice: $42.10 | PT: $55', []],
    [
      'a cover line under a heading of two stocks, in a note of several',
      '## Orbital Freight (OFX) vs. Kestrel Foods (KSTL): the pair\n\nPrice: $42.10 | PT: $55',
      [],
    ],
    ['a labelled price before the only mention on its line', 'Price: $42.10 for Orbital Freight (OFX) at the open.', []],
    ['a newsletter\'s price at its recommendation', 'Orbital Freight (OFX) | Price at recommendation: $31.00 | Return: +35%', []],
    ['another time\'s price in parentheses', 'Orbital Freight (OFX) | Price (when added): $31.00 | Price (at IPO): $18.00', []],
    ['a price on entry', 'Orbital Freight (OFX) — Price on entry: $31.00', []],
  ]);
  check([
    ['a price at the close', 'Orbital Freight (OFX) | Price at close: $42.10', ['OFX $42.10']],
    ['a price at the time of writing', 'Orbital Freight (OFX) | Price at time of writing: $42.10', ['OFX $42.10']],
    ['a price at publication, in parentheses', 'Orbital Freight (OFX) | Price (at publication): $42.10', ['OFX $42.10']],
  ]);
});

describe('research notes: a price field dates what follows it', () => {
  const stamp = (text: string) => findAsOfStamps(text).map((found) => `${text.slice(found.offset, found.offset + found.length)} → ${found.date.year}-${found.date.month}-${found.date.day}`);
  it('reads a price field dated in parentheses as a stamp', () => {
    assert.deepEqual(stamp('Rating: Buy | **Price (Nov 20, 2026):** $42.10'), ['Price (Nov 20, 2026 → 2026-11-20']);
    assert.deepEqual(stamp('Closing Price (11/20/26): $42.10'), ['Closing Price (11/20/26 → 2026-11-20']);
    assert.deepEqual(stamp('Last close (Nov 20, 2026): $42.10'), ['Last close (Nov 20, 2026 → 2026-11-20']);
    assert.deepEqual(stamp('Rating: Hold | Last (Nov 19, 2026): $24.65'), ['Last (Nov 19, 2026 → 2026-11-19']);
  });
  it('reads a named session’s close as the stamp’s lead-in', () => {
    assert.deepEqual(stamp("All data as of Friday's close (Nov 20, 2026) unless noted."), ["as of Friday's close (Nov 20, 2026 → 2026-11-20"]);
    assert.deepEqual(stamp('Levels as of Thursday’s closing prices, 11/19/2026.'), ['as of Thursday’s closing prices, 11/19/2026 → 2026-11-19']);
  });
  it('leaves a dated price that is no field of the cover line, and a field with no date', () => {
    assert.deepEqual(stamp('The IPO price (March 3, 2021) was $17, and the offer price (Jan. 5, 2026): $21.'), []);
    assert.deepEqual(stamp('Price (USD): 42.10 | Price target (12 months): $55'), []);
  });
});

describe('research notes: a forecast’s horizon is not a relative time', () => {
  const phrases = (text: string) => findRelativeTimePhrases(new NoteSource(text)).map((phrase) => phrase.text);
  it('leaves the horizon of a rating’s definition or a forecast', () => {
    assert.deepEqual(phrases('BUY: expected total return above 15% over 12 months; SELL: below 0%.'), []);
    assert.deepEqual(phrases('We think the shares could compound 12% over five years.'), []);
  });
  it('still reads a span that looks back, with or without "past"', () => {
    assert.deepEqual(phrases('The fund gained 84% over five years.'), ['over five years']);
    assert.deepEqual(phrases('We expected more, but the shares fell 12% over the past three months.'), ['over the past three months']);
  });
});

describe('research notes: the next sentence opens on the stock', () => {
  check([
    ['shares closing after the call', 'Harbor Mills (HRBM): Overweight, price target $21 (was $19). Shares closed at $17.44 on Friday.', ['HRBM $17.44']],
    ['the stock last at a price', 'We upgrade Kestrel Foods (KSTL) to Buy. The stock last traded at $24.65, below our $30 target.', ['KSTL $24.65']],
    ['its shares on the next line of the paragraph', 'Orbital Freight (OFX) beat on volumes.\nIts shares rose 4% to $42.10.', ['OFX $42.10']],
  ]);
  check([
    ['shares of another company', 'Orbital Freight (OFX) lost a contract to a rival. Shares of the rival rose to $12.50.', []],
    ['a sentence that does not open on the stock', 'Orbital Freight (OFX) beat on volumes. Management sees the stock at $55.', []],
    ['a second mention before the next sentence', 'Orbital Freight (OFX) and Kestrel Foods (KSTL) both beat. Shares closed at $42.10.', []],
    ['a sentence after a blank line', 'Orbital Freight (OFX) beat on volumes.\n\nShares closed at $42.10.', []],
    ['a target in the next sentence', 'We like Orbital Freight (OFX). The stock has a $55 price target.', []],
  ]);
});

describe('research notes: a record table’s price row', () => {
  check([
    ['the row of a table that names its stock', '| Ticker | OFX |\n|---|---|\n| PT | $55 |\n| Price (11/20/26) | $42.10 |', ['OFX $42.10']],
    ['the row of a key-data table under a title that names the stock', '# Orbital Freight (OFX)\n\n| Key data | |\n|---|---|\n| **Last price** | **$42.10** |', ['OFX $42.10']],
  ]);
  check([
    ['targets and ranges in a record table', '| Ticker | OFX |\n|---|---|\n| Price target | $55 |\n| 52-wk high | $48.90 |', []],
    ['a price row with more cells than a label and its value', '| Ticker | OFX |\n|---|---|\n| Price | $42.10 | $40.00 |', []],
  ]);
  it('dates the figures after a record row’s dated label, but not from a quote table’s column header', () => {
    const dates = (text: string) => findAsOfStamps(text).map((found) => found.dateText);
    assert.deepEqual(dates('| Ticker | OFX |\n|---|---|\n| Price (11/20/26) | $42.10 |'), ['11/20/26']);
    assert.deepEqual(dates('| Symbol | Rating | Price (11/20/26) |\n|---|---|---|\n| OFX | Buy | $42.10 |'), []);
  });
});

describe('research notes: the next sentence in a list of calls', () => {
  check([
    [
      'each item its own stock',
      '- Harbor Mills (HRBM): Buy, PT $21. Shares closed at $17.44 on Friday.\n- Kestrel Foods (KSTL) cut to Hold. Stock last at $24.65.',
      ['HRBM $17.44', 'KSTL $24.65'],
    ],
  ]);
  check([['a wrapped line of one sentence naming two stocks', 'Harbor Mills (HRBM) and\nKestrel Foods (KSTL) both beat. Shares closed at $17.44.', []]]);
});

describe('research notes: a strategist’s table of named markets', () => {
  const claims = (text: string) =>
    extractFigures(new NoteSource(`As of November 20, 2026.\n\n${text}\n`), findAsOfStamps(`As of November 20, 2026.\n\n${text}\n`)).map((figure) => `${figure.key} ${figure.text}`);
  it('reads each named market’s return columns as its claims', () => {
    const table = '| Index | Level | 3M | YTD |\n|---|---|---|---|\n| S&P 500 | 6,780 | 4.8% | 15.3% |\n| **Russell 2000 Index** | 2,561 | 8.9% | 12.1% |';
    assert.deepEqual(claims(table), ['sp-500|return|span:3m 4.8%', 'sp-500|return|ytd:2026 15.3%', 'russell-2000|return|span:3m 8.9%', 'russell-2000|return|ytd:2026 12.1%']);
  });
  it('conflicts with the prose of the same note', () => {
    const text = 'As of November 20, 2026.\n\n| | YTD |\n|---|---|\n| S&P 500 | 15.3% |\n\nThe S&P 500 is up 14% year-to-date.\n';
    assert.deepEqual(
      extractFigures(new NoteSource(text), findAsOfStamps(text)).map((figure) => `${figure.key} ${figure.text}`),
      ['sp-500|return|ytd:2026 15.3%', 'sp-500|return|ytd:2026 14%'],
    );
  });
  it('reads no row whose label is more than a market’s name, and no table headed by something else', () => {
    assert.deepEqual(claims('| Index | YTD |\n|---|---|\n| S&P 500 TR | 16.1% |\n| Fund | 14.9% |\n| S&P 500 vs. Russell 2000 | 3.2% |'), []);
    assert.deepEqual(claims('| Sector | YTD |\n|---|---|\n| S&P 500 | 15.3% |'), []);
    assert.deepEqual(claims('Our 2027 return forecasts:\n\n| Index | 1Y |\n|---|---|\n| S&P 500 | 9% |'), []);
  });
});

describe('research notes: one month and quarter-to-date columns', () => {
  const claims = (text: string) =>
    extractFigures(new NoteSource(`As of November 20, 2026.\n\n${text}\n`), findAsOfStamps(`As of November 20, 2026.\n\n${text}\n`)).map((figure) => figure.key);
  it('reads 1M as the past month and QTD as the quarter so far', () => {
    assert.deepEqual(claims('| Ticker | 1M | QTD |\n|---|---|---|\n| IWM | 3.4% | 5.0% |'), ['russell-2000|return|span:1m', 'russell-2000|return|quarter:2026-Q4']);
  });
  it('still reads no 1D or multi-year column', () => {
    assert.deepEqual(claims('| Ticker | 1D | 3Y | 10M |\n|---|---|---|---|\n| IWM | 0.4% | 21.0% | 9.0% |'), []);
  });
});
