// How a note's date is written beyond the shapes read before: a wire's dateline whose story starts a paragraph down
// or whose date sits in parentheses or after the tag, a publication or update field mid-line after a separator, a
// day-first date with two digits of its year, and a table header whose date comes before the column's name.
// Fixtures are our own words, with invented companies.
import { strict as assert } from 'node:assert';
import { findAsOfStamps, findQuoteTables, lintNote, NoteSource, restampEdit } from '../../../src/core/lint';
import { formatIsoDate } from '../../../src/core/lint/calendarDate';
import { datelinePlaces } from '../../../src/core/lint/datelines';
import { fixtureQuotes, today } from './lintHarness';

const reference = { year: 2026, month: 11, day: 21 };
const stamps = (text: string) =>
  findAsOfStamps(text, undefined, { today: reference }).map((stamp) => `${text.slice(stamp.offset, stamp.offset + stamp.length)} → ${formatIsoDate(stamp.date)}`);

describe('datelines set apart from their story', () => {
  it('reads a place and a date ending their line, the story in the next paragraph', () => {
    assert.deepEqual(stamps('LONDON, Nov 19, 2026 —\n\nShares of Halden Mining rose 3% to 412p in early trade.'), ['Nov 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('TORONTO, Nov. 19, 2026 -\nQuarry Lane Resources said it would sell its copper unit.'), ['Nov. 19, 2026 → 2026-11-19']);
    // A story may open with a cashtag or a figure.
    assert.deepEqual(stamps('TORONTO, Nov 19, 2026 —\n\n$QLR shares rose 3% in early trade on Thursday.'), ['Nov 19, 2026 → 2026-11-19']);
  });

  it('reads no such line over a list, a heading, or an event to come', () => {
    // A list or a heading under it: an events calendar's entry.
    assert.deepEqual(stamps('LONDON, Nov 19, 2026 —\n\n- one item\n- another item'), []);
    assert.deepEqual(stamps('LONDON, Nov 19, 2026 —\n\n## What we watch'), []);
    // Another dated line under it: a list of dates.
    assert.deepEqual(stamps('LONDON, Nov 19, 2026 —\n\nDec 4, 2026 — the board meets to vote on the plan.'), []);
    // A heading that ends in a dash heads an event.
    assert.deepEqual(stamps('## FOMC, Nov 19, 2026 —\n\nThe Fed is expected to hold its rate steady.'), []);
    // A day ahead of today is an event's, not a story's.
    assert.deepEqual(stamps('FOMC, December 16, 2026 —\n\nThe Fed is expected to hold its rate steady.'), []);
  });

  it('reads a date with no place when its story follows the dash on the line', () => {
    const story = 'November 19, 2026 — Orbital Freight (ORBL) currently carries a Hold rating, and its consensus estimate rose.';
    assert.deepEqual(stamps(`# Earnings preview\n\n${story}`), ['November 19, 2026 → 2026-11-19']);
    // An event's few words after the dash, a long event line ahead of today, a list of dated lines: none is read.
    assert.deepEqual(stamps('December 16, 2026 - FOMC decision'), []);
    assert.deepEqual(stamps('December 16, 2026 — The Fed is expected to hold its rate steady and publish new projections.'), []);
    assert.deepEqual(stamps(`${story}\n\nNovember 18, 2026 — Orbital Freight (ORBL) was cut to Hold by a broker after the close.`), []);
  });

  it('reads a date in parentheses after the place, or after the wire\'s tag', () => {
    assert.deepEqual(stamps('LONDON (Nov 19, 2026) - Shares of Halden Mining rose 3% to 412p.'), ['Nov 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('NEW YORK (Wire Desk) Nov 19, 2026 - Orbital Freight shares rose 2%.'), ['Nov 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('NEW YORK (Nov. 19, 2026) —\n\nOrbital Freight shares rose 2% on Thursday morning.'), ['Nov. 19, 2026 → 2026-11-19']);
  });

  it('reads no parenthesised date without the wire\'s dash, nor an event\'s entry', () => {
    assert.deepEqual(stamps('LONDON (Nov 19, 2026)\n\nShares of Halden Mining rose 3% to 412p.'), []);
    assert.deepEqual(stamps('CPI (Dec 10, 2026) - consensus 0.3%'), []);
    assert.deepEqual(stamps('BOSTON (Wire Desk) 2026 was a good year - for some.'), []);
  });

  it('keeps the place for the market a story is about', () => {
    const places = (text: string) => [...datelinePlaces(new NoteSource(text))].map((found) => found.place);
    assert.deepEqual(places('LONDON (Nov 19, 2026) - Shares of Halden Mining rose 3%.'), ['LONDON']);
    assert.deepEqual(places('NEW YORK (Wire Desk) Nov 19, 2026 - Orbital Freight rose 2%.'), ['NEW YORK']);
    assert.deepEqual(places('NEW YORK (Wire Desk) - Orbital Freight rose 2%.'), ['NEW YORK']);
  });
});

describe('an agency’s dateline with its place in a sentence’s case, and a byline with its date right after the name', () => {
  it('reads "Mumbai, Nov 20 (PTI) The …" and "New Delhi, 20 November 2026 (IANS) …", and a place in capitals without the dash', () => {
    assert.deepEqual(stamps('Mumbai, Nov 19 (PTI) The Sensex rose 1.2% to 81,200 as lenders gained.'), ['Nov 19 → 2026-11-19']);
    assert.deepEqual(stamps('New Delhi, 19 November 2026 (IANS) Benchmark indices ended higher for a third session.'), ['19 November 2026 → 2026-11-19']);
    assert.deepEqual(stamps('MUMBAI, Nov 19 (PTI) The rupee rose 14 paise to 83.91 in early trade.'), ['Nov 19 → 2026-11-19']);
  });

  it('reads no sentence that opens on a capitalised word, a comma and a date', () => {
    // A day's name in the parenthesis, too few words after the tag, no tag at all.
    assert.deepEqual(stamps('Overall, Nov 19 (Fri) was a quiet session for the index.'), []);
    assert.deepEqual(stamps('Thanksgiving, Nov 26 (US) Markets closed.'), []);
    assert.deepEqual(stamps('Mumbai, Nov 19 was a quiet session for the Sensex and the Nifty.'), []);
    // In a list of dates: an events calendar.
    assert.deepEqual(stamps('Mumbai, Nov 19 (RBI) The policy meeting ends with a decision.\nMumbai, Dec 4 (RBI) The minutes of the meeting come out.'), []);
  });

  it('reads a byline whose date follows the name with no mark between', () => {
    assert.deepEqual(stamps('# Small caps\n\nBy Jane Doe November 19, 2026\n\nThe Russell 2000 is up 8% year to date.'), ['November 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('# Small caps\n\nBy Jane Doe 19 November 2026\n\nThe Russell 2000 is up 8% year to date.'), ['19 November 2026 → 2026-11-19']);
    // A deadline's "by", a day's name after "By": sentences, not bylines.
    assert.deepEqual(stamps('# Small caps\n\nBy November 19, 2026 the index had risen 5%.'), []);
    assert.deepEqual(stamps('# Small caps\n\nBy Friday Nov 19, 2026 the index had risen 5%.'), []);
  });
});

describe('a date with its time after a colon, alone on its line', () => {
  it('reads "November 19, 2026: 4:48 a.m. ET" as a wire page stamps its story', () => {
    assert.deepEqual(stamps('# Asia wrap\n\nNovember 19, 2026: 4:48 a.m. ET\n\nTokyo stocks ended lower.'), ['November 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('# Asia wrap\n\nNov. 19, 2026: 16:05\n\nTokyo stocks ended lower.'), ['Nov. 19, 2026 → 2026-11-19']);
  });

  it('reads an ISO timestamp alone on its line, as a tool’s export stamps a note', () => {
    assert.deepEqual(stamps('# Markets\n\n2026-11-19T16:05:00Z\n\nThe index rose 0.6%.'), ['2026-11-19 → 2026-11-19']);
    assert.deepEqual(stamps('# Markets\n\n2026-11-19T16:05:00.123-05:00\n\nThe index rose 0.6%.'), ['2026-11-19 → 2026-11-19']);
    // Words after it: a log's entry, not a stamp of the note.
    assert.deepEqual(stamps('# Markets\n\n2026-11-19T16:05:00Z order filled at 41.20\n\nThe index rose 0.6%.'), []);
  });

  it('reads no calendar entry: words after the colon, or after the time', () => {
    assert.deepEqual(stamps('# Calendar\n\nNovember 19, 2026: CPI release\n\nThe index rose.'), []);
    assert.deepEqual(stamps('# Calendar\n\nNovember 19, 2026: 10:00 ET - CPI release\n\nThe index rose.'), []);
  });
});

describe('a publication or update field after a separator', () => {
  it('reads "last updated", "Updated:" and "Published" after a semicolon, a middle dot, a bullet or a bar', () => {
    assert.deepEqual(stamps('Markets rose; last updated 11/13/2026'), ['last updated 11/13/2026 → 2026-11-13']);
    assert.deepEqual(stamps('By Jane Roe · Last updated Nov 13, 2026\n\nShares rose.'), ['Last updated Nov 13, 2026 → 2026-11-13']);
    assert.deepEqual(stamps('Orbital Freight closed higher • Updated: Nov 13, 2026 4:05 PM ET'), ['Updated: Nov 13, 2026 → 2026-11-13']);
    assert.deepEqual(stamps('Staff report | Published Nov 13, 2026'), ['Published Nov 13, 2026 → 2026-11-13']);
  });

  it('reads none mid-sentence, nor after a comma', () => {
    assert.deepEqual(stamps('The index, first published Jan. 3, 1994, tracks miners.'), []);
    assert.deepEqual(stamps('A report published Nov 13, 2026 said margins fell.'), []);
    // Another stamp still dates the note over an update line.
    assert.deepEqual(stamps('As of Nov. 12, 2026, banks led.\n\nStaff report · Last updated Nov 13, 2026'), ['As of Nov. 12, 2026 → 2026-11-12']);
  });
});

describe('a day-first date with two digits of its year', () => {
  it('reads "20 Nov 26" after an anchor and in a dateline', () => {
    assert.deepEqual(stamps('Data as of 19 Nov 26.'), ['as of 19 Nov 26 → 2026-11-19']);
    assert.deepEqual(stamps('As at 19 Sept. 26, the fund held 40 names.'), ['As at 19 Sept. 26 → 2026-09-19']);
    assert.deepEqual(stamps('LONDON, 19 Nov 26 (Wire) - Halden Mining rose 3%.'), ['19 Nov 26 → 2026-11-19']);
  });

  it('reads no time, range or run-on number as its year', () => {
    // A time after the day is no year: the day is read as a yearless one, its year from context.
    assert.deepEqual(stamps('As of 3 Nov 10:30 GMT the pound was flat.'), ['As of 3 Nov → 2026-11-03']);
    assert.deepEqual(stamps('As of 19 Nov 26-27 the desk is closed.'), []);
    assert.deepEqual(stamps('As of 19 Nov 265 shares were short.'), []);
  });

  it('re-stamps it in the same form', () => {
    const text = 'Data as of 19 Nov 26.';
    const edit = restampEdit(findAsOfStamps(text)[0], { year: 2026, month: 11, day: 27 })!;
    assert.equal(text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset + edit.length), 'Data as of 27 Nov 26.');
  });
});

describe('a table header with its date before the column name', () => {
  const asOf = (text: string) => {
    const source = new NoteSource(text);
    return findQuoteTables(source, findAsOfStamps(text, source)).map((table) => `${table.priceHeader ?? '-'} @ ${table.asOf ? formatIsoDate(table.asOf.date) : 'none'} (${table.asOfSource ?? '-'})`);
  };

  it('reads "10/2/2026 Close", "Oct 2 Close" and "2 Oct 26 Price (USD)"', () => {
    assert.deepEqual(asOf('| Ticker | 10/2/2026 Close |\n|---|---|\n| AAPL | 256.44 |\n'), ['Close @ 2026-10-02 (header)']);
    assert.deepEqual(asOf('As of Nov. 20, 2026.\n\n| Ticker | Oct 2 Close |\n|---|---|\n| AAPL | 256.44 |\n'), ['Close @ 2026-10-02 (header)']);
    assert.deepEqual(asOf('| Ticker | 2 Oct 26 Price (USD) |\n|---|---|\n| AAPL | 256.44 |\n'), ['Price (USD) @ 2026-10-02 (header)']);
    assert.deepEqual(asOf('As of Nov. 20, 2026.\n\n| Ticker | Oct. 2 close price |\n|---|---|\n| AAPL | 256.44 |\n'), ['close price @ 2026-10-02 (header)']);
  });

  it('reads the session a header\'s date closed: "Price at 10/2/26 close"', () => {
    assert.deepEqual(asOf('| Ticker | Price at 10/2/26 close |\n|---|---|\n| AAPL | 256.44 |\n'), ['Price @ 2026-10-02 (header)']);
    // Another column after the date is no session.
    assert.deepEqual(asOf('| Ticker | Price 10/2/26 change | Last |\n|---|---|---|\n| AAPL | 2.1 | 256.44 |\n'), ['Last @ none (-)']);
  });

  it('takes a title line between two tables as the lower one\'s, not as a caption under the upper one', () => {
    const text = [
      'As of Nov. 20, 2026.',
      '',
      'Our picks, priced today:',
      '',
      '| Ticker | Price |',
      '|---|---|',
      '| AAPL | 272.41 |',
      '',
      'Closing prices, October 13, 2026',
      '',
      '| Ticker | Close |',
      '|---|---|',
      '| TSLA | 380.00 |',
      '',
      'Source: exchange data, as of Oct. 13, 2026.',
    ].join('\n');
    assert.deepEqual(asOf(text), ['Price @ 2026-11-20 (above)', 'Close @ 2026-10-13 (caption)']);
  });

  it('reads no date before another column\'s name, and of two dated columns the later (comparisonTables.test.ts)', () => {
    assert.deepEqual(asOf('| Ticker | 2026 Revenue | Price |\n|---|---|---|\n| AAPL | 400 | 256.44 |\n'), ['Price @ none (-)']);
    assert.deepEqual(asOf('| Ticker | 10/2/2026 Close | 11/20/2026 Close |\n|---|---|---|\n| AAPL | 256.44 | 272.41 |\n'), ['Close @ 2026-11-20 (header)']);
  });

  it('reports such a table as old as its header', async () => {
    const findings = await lintNote('As of Nov. 20, 2026.\n\n| Ticker | 10/2/2026 Close |\n|---|---|\n| AAPL | 256.44 |\n', { today, quotes: fixtureQuotes(), only: ['stale-quote-table'] });
    assert.deepEqual(findings.map((finding) => finding.message), ['Quote table is as of 10/2/2026 (its header), 50 days ago (stale after 30 days)']);
  });
});

describe('outlets\' publication lines', () => {
  it('reads an agency footer that says "originally published", an editor\'s note before it allowed', () => {
    assert.deepEqual(stamps('This article was originally published on Nov. 19, 2026.'), ['originally published on Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps("Editor's note: This story was first published Nov. 19, 2026."), ['first published Nov. 19, 2026 → 2026-11-19']);
    // Mid-sentence it dates something else, as before.
    assert.deepEqual(stamps('The benchmark was originally published on Jan. 3, 1994.'), []);
  });

  it('reads a transcript\'s "This video was recorded on <day>" at a line\'s start', () => {
    assert.deepEqual(stamps('This video was recorded on Nov. 19, 2026.'), ['recorded on Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('This podcast was recorded on 19 November 2026.'), ['recorded on 19 November 2026 → 2026-11-19']);
    // Mid-sentence, a recording is something else's.
    assert.deepEqual(stamps('The album was recorded on Jan. 3, 1994.'), []);
    assert.deepEqual(stamps('Their first single, this video was recorded on Jan. 3, 1994.'), []);
  });

  it('reads a fund list\'s "Returns and data are through <day>"', () => {
    assert.deepEqual(stamps('Returns and data are through October 8, 2026.'), ['data are through October 8, 2026 → 2026-10-08']);
    assert.deepEqual(stamps('Data is through 11/18/2026.'), ['Data is through 11/18/2026 → 2026-11-18']);
    // Through something else, or a period that is no day.
    assert.deepEqual(stamps('The offer runs through Dec. 31, 2026.'), []);
    assert.deepEqual(stamps('Returns are through year-end.'), []);
  });

  it('reads British copy\'s "data to <day>" as "through": only before a day\'s date', () => {
    assert.deepEqual(stamps('Share price data to 30 September 2026.'), ['data to 30 September 2026 → 2026-09-30']);
    assert.deepEqual(stamps('Performance to 30/09/2026, in sterling.'), ['Performance to 30/09/2026 → 2026-09-30']);
    assert.deepEqual(stamps('Returns to Sept. 30, 2026 beat the index.'), ['Returns to Sept. 30, 2026 → 2026-09-30']);
    // "to" before anything but a day: a verb's, a level's, a year's.
    assert.deepEqual(stamps('We expect prices to rise by Sept. 30, 2026.'), []);
    assert.deepEqual(stamps('Returns to 2019 levels look unlikely before Sept. 30, 2026.'), []);
    assert.deepEqual(stamps('Data to come on 30 September 2026.'), []);
    // An Australian fund page's "current to", and "correct to", "accurate to": the same cutoff, and the same rule.
    assert.deepEqual(stamps('Performance data current to 31 October 2026.'), ['data current to 31 October 2026 → 2026-10-31']);
    assert.deepEqual(stamps('Prices accurate to 30/10/2026.'), ['Prices accurate to 30/10/2026 → 2026-10-30']);
    assert.deepEqual(stamps('Data current to rise by 30 September 2026.'), []);
  });

  it('reads a retail site\'s footer naming the day of the prices it used', () => {
    assert.deepEqual(stamps('*Stock prices used were the afternoon prices of Nov. 20, 2026. The video was published on Nov. 22, 2026.*'), [
      'Stock prices used were the afternoon prices of Nov. 20, 2026 → 2026-11-20',
    ]);
    assert.deepEqual(stamps('Prices used are the end-of-day closes of 11/20/2026.'), ['Prices used are the end-of-day closes of 11/20/2026 → 2026-11-20']);
    assert.deepEqual(stamps('Share prices used were those on November 13, 2026.'), ['Share prices used were those on November 13, 2026 → 2026-11-13']);
    // A price the writer used for something else is no stamp.
    assert.deepEqual(stamps('The prices used in the model were set on Nov. 2, 2026.'), []);
  });

  it('reads a dateline with the page\'s update after its time', () => {
    assert.deepEqual(stamps('November 19, 2026 4:05 PM EST Updated 2 hours ago\n\nShares of Orbital Freight rose.'), ['November 19, 2026 → 2026-11-19']);
    // An event's entry carries no update.
    assert.deepEqual(stamps('December 16, 2026 2:00 PM ET FOMC decision\n\nShares rose.'), []);
  });
});
