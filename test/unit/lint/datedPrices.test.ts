// Prices stated with their own day or moment, and figures that look like prices but are not the note's: a company's
// "closing price of its common stock on <day> was $X" (a price dated by its own sentence), a bare "Last: 256.44" field
// next to its ticker, a price history's rows (each its own day's close) and a session's open. Fixtures are our own
// words, with invented companies (fixture market: AAPL 272.41, MSFT 498.12).
import { strict as assert } from 'node:assert';
import { findAsOfStamps, findStatedPrices, lintNote, NoteSource } from '../../../src/core/lint';
import { formatIsoDate } from '../../../src/core/lint/calendarDate';
import { applySafeFixes } from '../../../src/core/lint/safeFixes';
import { fixtureQuotes, today } from './lintHarness';

/** The prices the note states, as "SYMBOL figure". */
function stated(text: string): string[] {
  const source = new NoteSource(text);
  return findStatedPrices(text, source.mentions, source).map((price) => `${price.symbol} ${text.slice(price.offset, price.offset + price.length)}`);
}

async function findings(text: string, only: string[] = ['price-drift', 'stale-as-of']): Promise<string[]> {
  return (await lintNote(text, { today, quotes: fixtureQuotes(), only })).map((finding) => `${finding.ruleId} ${finding.line}: ${finding.message.split(';')[0]}`);
}

const release = (sentence: string) =>
  `# Apple reports results\n\nCUPERTINO, Calif., Nov. 19, 2026 /Wire/ -- Apple Inc. (NASDAQ: AAPL) today reported its results.\n\n${sentence}\n`;

describe('a company\'s price dated by its own sentence', () => {
  it('reads "the closing price of the Company\'s common stock on <day> was $X" as a price and its stamp', () => {
    const text = release("The closing price of the Company's common stock on November 2, 2026 was $256.44.");
    assert.deepEqual(stated(text), ['AAPL $256.44']);
    const stamp = findAsOfStamps(text).find((found) => found.datesFigureEnd !== undefined);
    assert.equal(stamp && `${text.slice(stamp.offset, stamp.offset + stamp.length)} → ${formatIsoDate(stamp.date)}`, 'on November 2, 2026 → 2026-11-02');
  });

  it('reads the day opening the sentence, a day\'s name, and where the stock traded', () => {
    assert.deepEqual(stated(release("On October 30, 2026, the last reported sale price of Apple's common stock on the Nasdaq Global Select Market was $256.44 per share.")), ['AAPL $256.44']);
    assert.deepEqual(stated(release('The closing price of AAPL shares on Friday, November 13, 2026 was $256.44.')), ['AAPL $256.44']);
    assert.deepEqual(stated(release('The last reported sales price of our common stock on November 13, 2026 was $256.44.')), ['AAPL $256.44']);
    // "As of" is the note's own stamp already: the price is read, under it.
    assert.deepEqual(stated(release('As of November 13, 2026, the last reported sale price of our common stock as quoted by the Nasdaq Global Market was $256.44 per share.')), ['AAPL $256.44']);
  });

  it('dates only its own figure: the text after it keeps the dateline\'s day', async () => {
    const text = release("The closing price of the Company's common stock on November 2, 2026 was $256.44.\n\nRevenue rose 12% year to date.");
    // On Dec. 10 the dateline (Nov. 19) is fresh and the price's day (Nov. 2) is not: "year to date" is the dateline's.
    const late = await lintNote(text, { today: '2026-12-10', only: ['relative-time', 'stale-as-of'] });
    assert.deepEqual(late.map((finding) => `${finding.ruleId} ${finding.line}`), ['stale-as-of 5']);
  });

  it('compares the price with the quote and re-dates the sentence with it', async () => {
    const text = release("The closing price of the Company's common stock on November 2, 2026 was $256.44.");
    assert.deepEqual(await findings(text), ['price-drift 5: AAPL is stated at $256.44']);
    const fixed = applySafeFixes(text, await lintNote(text, { today, quotes: fixtureQuotes() })).text;
    assert.match(fixed, /common stock on November 20, 2026 was \$272\.41\./);
  });

  it('reads no reference price, no other security\'s, no price to come and no price of a note of several stocks', () => {
    for (const sentence of [
      "The offer is a premium of 30% to the closing price of the Company's common stock on November 2, 2026, which was $256.44.",
      "The closing price of the Company's common stock on November 2, 2026, the last trading day before the announcement, was $256.44.",
      "The unaffected closing price of the Company's common stock on November 2, 2026 was $256.44.",
      'The closing price of the notes on November 2, 2026 was $98.50.',
      'The closing price on the trading day before the offer is priced will be used.',
      'A purchase price of $256.44 per share of common stock on November 2, 2026 was agreed.',
    ]) {
      assert.deepEqual(stated(release(sentence)), [], sentence);
    }
    const two = "Apple (AAPL) agreed to buy Microsoft (MSFT).\n\nThe closing price of the Company's common stock on November 2, 2026 was $256.44.";
    assert.deepEqual(stated(two), []);
  });
});

describe('a bare labelled price next to its ticker', () => {
  it('reads "Last: 256.44" on the line under the ticker, beside it, or under its heading', () => {
    assert.deepEqual(stated('Apple (AAPL)\nLast: 256.44\n'), ['AAPL 256.44']);
    assert.deepEqual(stated('Apple (AAPL) | Last price: 256.44 (+1.2%) | Rating: Buy'), ['AAPL 256.44']);
    assert.deepEqual(stated('## Apple (AAPL)\n\nLast price: 256.44\n'), ['AAPL 256.44']);
  });

  it('reads no bare figure away from its ticker, without a price\'s decimals, or with words after it', () => {
    assert.deepEqual(stated('Apple (AAPL) is our pick.\n\nLast: 256.44\n'), []);
    assert.deepEqual(stated('Apple (AAPL)\nClose: 3 days\n'), []);
    assert.deepEqual(stated('Apple (AAPL)\nLast: 2.50x\n'), []);
    assert.deepEqual(stated('Apple (AAPL)\nLast: 256.44 was the low\n'), []);
    assert.deepEqual(stated('Last: 256.44 | Apple (AAPL)\n'), []);
    assert.deepEqual(stated('Apple (AAPL) and Microsoft (MSFT)\nLast: 256.44\n'), []);
  });

  it('compares it with the quote in the quote\'s own unit', async () => {
    assert.deepEqual(await findings('As of Nov. 20, 2026.\n\nApple (AAPL)\nLast: 256.44\n', ['price-drift']), ['price-drift 4: AAPL is stated at 256.44']);
  });
});

describe('prices that are not the note\'s current one', () => {
  it('reads no row of a price history: each row is its own day\'s close', async () => {
    const history = 'As of Nov. 20, 2026.\n\n| Date | Symbol | Close |\n|---|---|---|\n| 11/16/2026 | AAPL | 250.00 |\n| 11/17/2026 | AAPL | 256.44 |\n| 11/20/2026 | AAPL | 272.41 |\n';
    assert.deepEqual(stated(history), []);
    assert.deepEqual(await findings(history, ['price-drift', 'stale-quote-table']), []);
    // A weekly history's closes.
    assert.deepEqual(stated('| Week ending | Ticker | Close |\n|---|---|---|\n| 11/13/2026 | AAPL | 250.00 |\n| 11/20/2026 | AAPL | 256.44 |\n'), []);
    // Yearless days too, and a log of trades.
    assert.deepEqual(stated('| Symbol | Date | Close |\n|---|---|---|\n| AAPL | Nov 16 | 250.00 |\n| AAPL | Nov 17 | 256.44 |\n'), []);
    assert.deepEqual(stated('| Ticker | Trade date | Action | Price |\n|---|---|---|---|\n| AAPL | 11/02/2026 | Buy | 250.00 |\n| AAPL | 11/12/2026 | Sell | 256.44 |\n'), []);
  });

  it('still reads a table whose rows all name one day', () => {
    assert.deepEqual(stated('| Symbol | Date | Close |\n|---|---|---|\n| AAPL | 11/20/2026 | 250.00 |\n| MSFT | 11/20/2026 | 470.00 |\n'), ['AAPL 250.00', 'MSFT 470.00']);
  });

  it('reads no session\'s open, but a close the sentence goes on to', () => {
    assert.deepEqual(stated('Apple (AAPL) opened at $250.00.'), []);
    assert.deepEqual(stated('Apple (AAPL) opened the day at $250.00. The stock opened at $251.00.'), []);
    assert.deepEqual(stated('Apple (AAPL) opened at $250.00 and closed at $256.44.'), ['AAPL $256.44']);
    assert.deepEqual(stated('Apple (AAPL) opened at $250.00, then closed at $256.44.'), ['AAPL $256.44']);
    // The close itself, as before.
    assert.deepEqual(stated('Apple (AAPL) closed at $256.44.'), ['AAPL $256.44']);
    // A price at the open, however said.
    assert.deepEqual(stated('Apple (AAPL) was at $250.00 at the open.'), []);
    assert.deepEqual(stated('At the opening bell, Apple (AAPL) was at $250.00.'), []);
    assert.deepEqual(stated('Apple (AAPL) was at $256.44, up 2% from the open.'), ['AAPL $256.44']);
  });

  it('reads the close a sentence goes on to after the day\'s high or low, not the high', () => {
    // A point of the day tied to the stock, then the close: the close is where it stood.
    assert.deepEqual(stated('Orchard Labs (AAPL) hit $290.10 before closing at $272.41.'), ['AAPL $272.41']);
    assert.deepEqual(stated('Orchard Labs (AAPL) jumped 3% to $290.10 but settled at $272.41.'), ['AAPL $272.41']);
    assert.deepEqual(stated('Orchard Labs (AAPL) traded at $290.10 in early dealing before ending the day at $272.41.'), ['AAPL $272.41']);
    // The high untied, the close after it.
    assert.deepEqual(stated('Orchard Labs (AAPL) climbed as high as $290.10 before closing at $272.41.'), ['AAPL $272.41']);
    assert.deepEqual(stated('Orchard Labs (AAPL) rose to an intraday high of $290.10 before settling at $272.41.'), ['AAPL $272.41']);
    assert.deepEqual(stated('Orchard Labs (AAPL) rose as much as 4% to $290.10 before paring gains to close at $272.41.'), ['AAPL $272.41']);
    // An earlier close is the day before's, and another subject's close is its own.
    assert.deepEqual(stated('Orchard Labs (AAPL) hit $290.10 after closing at $270.00 on Thursday.'), ['AAPL $290.10']);
    assert.deepEqual(stated('Orchard Labs (AAPL) fell to a 52-week low at $250.00 after closing at $270.00 on Wednesday.'), []);
    assert.deepEqual(stated('Orchard Labs (AAPL) climbed as high as $290.10 but Mapleworks closed at $498.12.'), []);
    // A point of the day with no close after it stays the price stated.
    assert.deepEqual(stated('Orchard Labs (AAPL) hit $290.10, ending a losing streak.'), ['AAPL $290.10']);
  });

  it('reports no drift for a day\'s high when the sentence gives the close', async () => {
    const note = 'As of November 20, 2026.\n\nOrchard Labs (NASDAQ: AAPL) hit $290.10 before closing at $272.41.\n';
    assert.deepEqual(await findings(note, ['price-drift']), []);
  });
});
