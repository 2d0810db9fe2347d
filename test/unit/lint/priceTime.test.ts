// A stated price that its own sentence dates to another time than the note's (priceTime.ts) is history, not a
// price lint may hold against today's quote; the same words about another figure, or the as-of day itself, leave
// the price the note's.
import { strict as assert } from 'node:assert';
import { findStatedPrices, NoteSource } from '../../../src/core/lint';

/** The values of the prices read from each line, each under the same stamp (Friday, November 20, 2026). */
function pricesUnderStamp(lines: readonly string[]): number[][] {
  return lines.map((line) => {
    const text = `As of November 20, 2026.\n\n${line}\n`;
    const note = new NoteSource(text);
    return findStatedPrices(text, note.mentions, note).map((price) => price.value);
  });
}

describe('prices of another time', () => {
  it('leaves out a price its sentence opens with another time', () => {
    assert.deepEqual(
      pricesUnderStamp([
        'In April, Apple (NASDAQ: AAPL) changed hands at $172.40.',
        'Last week Tesla (NASDAQ: TSLA) closed at $452.00.',
        'A year ago, Apple (NASDAQ: AAPL) traded at $226.00.',
        'Two years ago Apple (AAPL) was at $190.00.',
        'When we first covered it in March 2025, Tesla (NASDAQ: TSLA) was at $240.',
        'Before its 10-for-1 split, Nvidia (NASDAQ: NVDA) traded at $1,208.88.',
        'On Jan. 2, Apple (AAPL) closed at $243.85.',
        '- In 2025, $AAPL closed at $250.42.',
        'And in the third quarter, $AAPL traded at $230.00.',
      ]),
      [[], [], [], [], [], [], [], [], []],
    );
  });

  it('leaves out a price dated right after its figure, or a session named before it', () => {
    assert.deepEqual(
      pricesUnderStamp([
        'Apple (NASDAQ: AAPL) closed at $243.85 on Jan. 2, the first session of the year.',
        'Apple (NASDAQ: AAPL) closed at $243.85 on 2 January 2026.',
        'Nvidia (NASDAQ: NVDA) traded at $140.15 a year earlier.',
        'Tesla (TSLA) closed at $452.00 last week.',
        'Apple (AAPL) closed at $250.00 on Thursday.',
        'Microsoft (NASDAQ: MSFT) closed Thursday at $470.00.',
        'Dune (NYSE: DUNE) slid 4% on Tuesday, to close at $4.48.',
        'Apple (AAPL) closed on 11/19 at $250.00.',
      ]),
      [[], [], [], [], [], [], [], []],
    );
  });

  it('leaves out a price of the day before an event, of the start of a period, before a split or in an offering', () => {
    assert.deepEqual(
      pricesUnderStamp([
        'Apple (NASDAQ: AAPL) closed at $250.00 the day before the report.',
        'Apple (NASDAQ: AAPL) closed at $250.00 the session prior.',
        'Apple (NASDAQ: AAPL) was at $250.00 at the start of the year.',
        'Apple (NASDAQ: AAPL) was at $250.00 at the beginning of this quarter.',
        'Apple (NASDAQ: AAPL) was at $250.00 pre-split.',
        'Apple (NASDAQ: AAPL) shares were priced at $250.00 in the secondary offering.',
        'Apple (NASDAQ: AAPL) sold stock at $250.00 in a follow-on offering.',
      ]),
      [[], [], [], [], [], [], []],
    );
    // The day of the note's own moment, and the period's end, keep the price the note's.
    assert.deepEqual(
      pricesUnderStamp(['Apple (NASDAQ: AAPL) closed at $272.41 the day it reported.', 'Apple (NASDAQ: AAPL) closed at $272.41 at the end of the week.']),
      [[272.41], [272.41]],
    );
  });

  it('leaves out a price of a named month, or of a listing\'s first day', () => {
    assert.deepEqual(
      pricesUnderStamp([
        'Apple (AAPL) hit $300.00 in July, its all-time high.',
        'Apple (AAPL) closed at $300.00 in mid-July.',
        'Apple (AAPL) closed at $300.00 last November.',
        'In early November, Apple (AAPL) closed at $300.00.',
        'Orbital (NASDAQ: ORBL) opened at $31.00 in its market debut.',
        'Orbital (NASDAQ: ORBL) closed at $31.00 on its first day of trading.',
        'Orbital (NASDAQ: ORBL) closed at $31.00 on its debut.',
      ]),
      [[], [], [], [], [], [], []],
    );
    // A conjunction right after the figure dates it: the price before an event, or when the writer acted.
    assert.deepEqual(
      pricesUnderStamp(['Apple (AAPL) was at $300.00 when I first recommended it.', 'Apple (AAPL) was trading at $300.00 before the report.', 'Apple (AAPL) was trading at $300.00 before earnings.']),
      [[], [], []],
    );
    assert.deepEqual(pricesUnderStamp(['Apple (AAPL) closed at $250.00 after the report.', 'Apple (AAPL) closed at $250.00 while Microsoft fell on Jan. 2.']), [[250], [250]]);
    // The as-of day's month is still running; a day of a month is read as a day.
    assert.deepEqual(pricesUnderStamp(['Apple (AAPL) closed at $250.00 in November.', 'Apple (AAPL) closed at $250.00 in Nov. 20 trading.']), [[250], [250]]);
  });

  it('in an undated note, leaves out a price of a named month', () => {
    const text = 'Apple (AAPL) closed at $300.00 in July.\n\nIn March, Tesla (TSLA) traded at $240.00.\n\nApple (AAPL) closed at $250.00.\n';
    const note = new NoteSource(text);
    assert.deepEqual(findStatedPrices(text, note.mentions, note).map((price) => price.value), [250]);
  });

  it('leaves out a price at an extreme of the session, and keeps one of the moment the note was written', () => {
    assert.deepEqual(
      pricesUnderStamp([
        'Tesla (NASDAQ: TSLA) fell to $380 intraday before recovering.',
        'At one point, Tesla (NASDAQ: TSLA) traded at $380.',
        'Tesla (NASDAQ: TSLA) slid to $380 at the lows of the day.',
        'Tesla (NASDAQ: TSLA) rose to $460 at its session high.',
      ]),
      [[], [], [], []],
    );
    // Premarket or late in the session, the price is where the stock stood as the writer wrote: the note's own.
    assert.deepEqual(
      pricesUnderStamp(['Tesla (NASDAQ: TSLA) traded at $380 in premarket trading.', 'Apple (NASDAQ: AAPL) last changed hands at $250.10 in late trading.']),
      [[380], [250.1]],
    );
  });

  it('keeps the price of the as-of day, of a period still running, and one another figure\'s period sits beside', () => {
    assert.deepEqual(
      pricesUnderStamp([
        'Apple (AAPL) closed at $250.00 on Friday.',
        'Apple (AAPL) closed at $250.00 on Nov. 20.',
        'Apple (AAPL) closed at $250.00 today.',
        'Apple (AAPL) closed at $250.00 this week.',
        'On Friday, Apple (AAPL) closed at $250.00.',
        'Apple rose 30% in 2025 and Microsoft (MSFT) closed at $470.00.',
        'Apple (AAPL) closed at $250.00, after gaining 30% in 2025.',
        'Acme (NYSE: ACME) gained 13 percent last week, closing at $23.63.',
        'Apple (AAPL) closed at $250.00 (as of November 20, 2026).',
      ]),
      [[250], [250], [250], [250], [250], [470], [250], [23.63], [250]],
    );
  });

  it('in an undated note, keeps a price dated by a weekday alone (which week is unknown), not one dated by a day', () => {
    const text = 'Apple (AAPL) closed at $250.00 on Friday.\n\nApple (AAPL) closed at $243.85 on Jan. 2.\n';
    const note = new NoteSource(text);
    assert.deepEqual(findStatedPrices(text, note.mentions, note).map((price) => price.value), [250]);
  });
});
