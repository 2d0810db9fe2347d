import { strict as assert } from 'node:assert';
import { dayNumber, findAsOfStamps, formatDate, lintNote, parseIsoDate } from '../../../src/core/lint';

describe('findAsOfStamps', () => {
  const cases: Array<[string, string, string, 'day' | 'month']> = [
    ['As of January 26, 2026, the index led.', 'January 26, 2026', '2026-01-26', 'day'],
    ['Cheap as of Jan. 26, 2026 by most measures.', 'Jan. 26, 2026', '2026-01-26', 'day'],
    ['The spread narrowed (as of 2026-03-05).', '2026-03-05', '2026-03-05', 'day'],
    ['Breadth improved as of 3/4/2026.', '3/4/2026', '2026-03-04', 'day'],
    ['As of late January 2026 the rotation began.', 'January 2026', '2026-01-01', 'month'],
    ["At today's January 28, 2026 meeting the Fed held.", 'January 28, 2026', '2026-01-28', 'day'],
    ['Figures as at 26 January 2026.', '26 January 2026', '2026-01-26', 'day'],
    ['Quotes as of November 20, 2026, 4:00 PM ET.', 'November 20, 2026', '2026-11-20', 'day'],
    ['AS OF: Sep 30, 2026', 'Sep 30, 2026', '2026-09-30', 'day'],
    // A session before the date, as price tables and fund sheets put it.
    ['Prices as of the close on Jan. 20, 2026, before earnings.', 'Jan. 20, 2026', '2026-01-20', 'day'],
    ['Data as of market close, November 20, 2026.', 'November 20, 2026', '2026-11-20', 'day'],
    ['Levels as of the end of trading on 2026-11-20 held.', '2026-11-20', '2026-11-20', 'day'],
    ['Quotes as of the close of business 11/20/2026.', '11/20/2026', '2026-11-20', 'day'],
    // The session's day "of" the date, and a day's name with its date in parentheses.
    ['Changes as of the close of Nov. 20, 2026 are final.', 'Nov. 20, 2026', '2026-11-20', 'day'],
    ['As of market close on Friday (11/20/2026), breadth was thin.', '11/20/2026', '2026-11-20', 'day'],
    ['Quotes as of Friday (Nov. 20, 2026).', 'Nov. 20, 2026', '2026-11-20', 'day'],
    ['As of Friday (Nov. 20, 2026, 4:00 PM ET), breadth was thin.', 'Nov. 20, 2026', '2026-11-20', 'day'],
    // A desk's shorthand for the close of business and the end of day.
    ['Positions as of COB 11/20/2026.', '11/20/2026', '2026-11-20', 'day'],
    ['Marks as of EOD Nov. 20, 2026 held.', 'Nov. 20, 2026', '2026-11-20', 'day'],
    ['As of end of January 2026 the rotation held.', 'January 2026', '2026-01-01', 'month'],
    // A part of a month is the month, as "late January" is: the stamp says no day, so none is guessed.
    ['As of mid-October 2026, breadth narrowed.', 'October 2026', '2026-10-01', 'month'],
    ['As of early Oct. 2026 the rally began.', 'Oct. 2026', '2026-10-01', 'month'],
    ['As of the middle of October 2026, breadth narrowed.', 'October 2026', '2026-10-01', 'month'],
    // Research desks glue "end" to the month: the month, as "end of" is.
    ['Spreads as at end-September 2026 had tightened.', 'September 2026', '2026-09-01', 'month'],
    ['As of end-Oct. 2026, high yield led.', 'Oct. 2026', '2026-10-01', 'month'],
    // Data providers' exports write the day, a short month and the year with dashes.
    ['Source: the terminal, as of 20-Jan-2026.', '20-Jan-2026', '2026-01-20', 'day'],
    ['Weights as of 05-Nov-2026 rebalance.', '05-Nov-2026', '2026-11-05', 'day'],
    // A time of day before the date, as quote boxes and fund sheets put it; an ordinal with its article.
    ['Quotes as of 4 p.m. ET on November 20, 2026.', 'November 20, 2026', '2026-11-20', 'day'],
    ['Levels as at 16:30 GMT, 20 November 2026, held.', '20 November 2026', '2026-11-20', 'day'],
    ['Units were 12.40 as of the 3rd of November 2026.', '3rd of November 2026', '2026-11-03', 'day'],
    // A day and a short month are not a time and a zone: the day stays the date's.
    ['Weights as of 20 Nov 2026 held.', '20 Nov 2026', '2026-11-20', 'day'],
    // "Today," before a date dates itself, as "today's" before one does.
    ['Today, December 6, 2026, the board met.', 'December 6, 2026', '2026-12-06', 'day'],
    // Indian copy's "as on", at a line's start or after the figures it dates.
    ['As on 20 November 2026, the Sensex led.', '20 November 2026', '2026-11-20', 'day'],
    ['NAV as on 20-Nov-2026 per unit.', '20-Nov-2026', '2026-11-20', 'day'],
    ['The scheme (as on 31 October 2026) held cash.', '31 October 2026', '2026-10-31', 'day'],
  ];
  for (const [text, dateText, iso, precision] of cases) {
    it(`reads "${text}"`, () => {
      const [stamp, ...rest] = findAsOfStamps(text);
      assert.equal(rest.length, 0);
      assert.equal(stamp.dateText, dateText);
      assert.equal(text.slice(stamp.dateOffset, stamp.dateOffset + stamp.dateLength), dateText);
      assert.equal(stamp.precision, precision);
      assert.equal(stamp.firstDay, dayNumber(parseIsoDate(iso)!));
      assert.equal(stamp.line, 1);
      assert.equal(stamp.column, stamp.offset + 1);
    });
  }

  it('a month stamp covers the whole month, and a re-stamp replaces its qualifier too', () => {
    const text = 'As of late January 2026 the rotation began.';
    const [stamp] = findAsOfStamps(text);
    assert.equal(stamp.lastDay, dayNumber({ year: 2026, month: 1, day: 31 }));
    assert.equal(text.slice(stamp.restampOffset, stamp.restampOffset + stamp.restampLength), 'late January 2026');
  });

  it('a re-stamp after a session keeps the session and replaces the date in the writer\'s style', () => {
    const text = 'Prices as of the close on 20-Jan-2026.';
    const [stamp] = findAsOfStamps(text);
    assert.equal(text.slice(stamp.restampOffset, stamp.restampOffset + stamp.restampLength), '20-Jan-2026');
    assert.equal(stamp.style, 'day-dash');
  });

  it('"as on" that compares two days is no stamp', () => {
    assert.deepEqual(findAsOfStamps('The Nifty is back at the same level as on 3 March 2025.'), []);
    assert.deepEqual(findAsOfStamps('Lenders fell, just as on 3 March 2025, after the policy meeting.'), []);
    assert.deepEqual(findAsOfStamps('Volumes were twice as high as on 3 March 2025.'), []);
  });

  it('a session word with no date after it is no stamp ("as of the close, prices were firm")', () => {
    assert.deepEqual(findAsOfStamps('As of the close, prices were firm. As of the open on Monday, futures rose.'), []);
  });

  it('reads a day name before the date, and a re-stamp replaces it with the date', () => {
    const text = 'As of Friday, November 20, 2026, the index rose.';
    const [stamp] = findAsOfStamps(text);
    assert.equal(stamp.dateText, 'November 20, 2026');
    assert.equal(text.slice(stamp.restampOffset, stamp.restampOffset + stamp.restampLength), 'Friday, November 20, 2026');
  });

  it('reads a dateline at the start of a line, never mid-sentence, and no "Updated" line beside it', () => {
    const text = [
      '_Published Thu, Jan 8 2026_',
      '',
      '**Updated:** January 9, 2026, 10:05 AM ET',
      '',
      '> Posted on 2026-01-10',
      '',
      'A report published January 8, 2026 showed growth; it was updated 3/4/2026.',
      'Updated forecasts for 2026 are due.',
    ].join('\n');
    assert.deepEqual(
      findAsOfStamps(text).map((stamp) => [stamp.line, stamp.dateText, text.slice(stamp.offset, stamp.offset + stamp.length)]),
      [
        [1, 'Jan 8 2026', 'Published Thu, Jan 8 2026'],
        [5, '2026-01-10', 'Posted on 2026-01-10'],
      ],
    );
  });

  it('reads an "Updated" line when the note has no other stamp: its only date dates it', () => {
    const lines = ['Updated Nov 20, 2026, 4:05 PM ET', '**Last updated:** November 18, 2026', 'Last Updated : Nov 20 2026 | 5:04 PM IST', 'Posted/updated on: November 26, 2026 at 12:24 pm'];
    for (const line of lines) {
      const text = `# Wrap\n\n${line}\n\nStocks rose 1% today.\n`;
      const stamps = findAsOfStamps(text);
      assert.equal(stamps.length, 1, line);
      assert.equal(text.slice(stamps[0].dateOffset, stamps[0].dateOffset + stamps[0].dateLength), line.includes('Nov 20') ? (line.includes('Nov 20 2026') ? 'Nov 20 2026' : 'Nov 20, 2026') : line.includes('18') ? 'November 18, 2026' : 'November 26, 2026');
    }
  });

  it('an "Updated" line is no stamp beside another stamp, mid-sentence, or with no date after it', () => {
    assert.deepEqual(
      findAsOfStamps('# Wrap — Nov. 2, 2026\n\nUpdated Nov 20, 2026\n').map((stamp) => stamp.dateText),
      ['Nov. 2, 2026'],
    );
    assert.deepEqual(findAsOfStamps('The page was last updated Nov 20, 2026 by the desk.\n'), []);
    assert.deepEqual(findAsOfStamps('Updated forecasts for 2026 are due.\nUpdated guidance: 5% growth in 2027.\n'), []);
  });

  it('reads asOf:, date: and updated: in front matter, quoted or not', () => {
    const text = '---\ntitle: x\nasOf: 2026-11-20\ndate: "Nov 3, 2026"\nupdated: 2026-02-30\n---\nBody.\n';
    const stamps = findAsOfStamps(text);
    assert.deepEqual(
      stamps.map((stamp) => [stamp.source, stamp.line, stamp.dateText]),
      [
        ['front-matter', 3, '2026-11-20'],
        ['front-matter', 4, 'Nov 3, 2026'],
      ],
    );
  });

  it('ignores dates without a year, words that are not dates, and code', () => {
    const text = [
      'As of Jan 26 the index led; as of now, as of the close.',
      '`As of January 26, 2026`',
      '',
      '```',
      'As of January 26, 2026',
      '```',
      '<!-- As of January 26, 2026 -->',
    ].join('\n');
    assert.deepEqual(findAsOfStamps(text), []);
  });

  it('keeps offsets exact with CRLF line endings', () => {
    const text = 'Intro.\r\n\r\nAs of January 26, 2026, things.\r\n';
    const [stamp] = findAsOfStamps(text);
    assert.equal(stamp.line, 3);
    assert.equal(text.slice(stamp.dateOffset, stamp.dateOffset + stamp.dateLength), 'January 26, 2026');
  });
});

describe('formatDate', () => {
  it('writes each style the way it was read', () => {
    const date = { year: 2026, month: 11, day: 21 };
    assert.equal(formatDate(date, 'long'), 'November 21, 2026');
    assert.equal(formatDate(date, 'short-dot'), 'Nov. 21, 2026');
    assert.equal(formatDate({ ...date, month: 5 }, 'short-dot'), 'May 21, 2026');
    assert.equal(formatDate(date, 'iso'), '2026-11-21');
    assert.equal(formatDate(date, 'numeric'), '11/21/2026');
    assert.equal(formatDate(date, 'day-first'), '21 November 2026');
    assert.equal(formatDate({ ...date, day: 5 }, 'day-dash'), '05-Nov-2026');
  });
});

describe('as-of stamps inside inline Markdown (issue 14)', () => {
  it('reads a wire dateline, a line that is only a date, and a date before a wire tag or a dash', () => {
    // Each dateline heads its own story: dated lines one after another are a calendar's entries (tested below).
    const datelines = [
      'CHICAGO, Nov. 20, 2026 (WIRE SERVICE) -- Acme Corp. (NYSE: ACME) today said sales grew.',
      'AUSTIN, Texas, Oct. 2, 2026 /Newswire/ -- A second release.',
      'Nov 18, 2026 (Desk Notes via Feed) --',
      'Thursday, November 19, 2026 5:02 PM',
      '## October 30, 2026',
      '_November 2, 2026_',
      'September 9, 2026 - 1:15 PM',
      'By Jane Doe | November 12, 2026; 12:00 PM ET | Markets',
      'By The Desk | 13 Nov, 2026',
      'VANCOUVER, British Columbia, July 10, 2026 (WIRE) -- A third release.',
    ];
    const text = datelines.join('\nThe story runs on below its dateline, at some length, as a story does.\n');
    assert.deepEqual(
      findAsOfStamps(text).map((stamp) => [(stamp.line + 1) / 2, stamp.dateText, text.slice(stamp.offset, stamp.offset + stamp.length), stamp.precision]),
      [
        [1, 'Nov. 20, 2026', 'Nov. 20, 2026', 'day'],
        [2, 'Oct. 2, 2026', 'Oct. 2, 2026', 'day'],
        [3, 'Nov 18, 2026', 'Nov 18, 2026', 'day'],
        // The day name is part of the stamp: a re-stamp replaces it with the date (a kept "Thursday" would be wrong).
        [4, 'November 19, 2026', 'Thursday, November 19, 2026', 'day'],
        [5, 'October 30, 2026', 'October 30, 2026', 'day'],
        [6, 'November 2, 2026', 'November 2, 2026', 'day'],
        [7, 'September 9, 2026', 'September 9, 2026', 'day'],
        [8, 'November 12, 2026', 'November 12, 2026', 'day'],
        [9, '13 Nov, 2026', '13 Nov, 2026', 'day'],
        [10, 'July 10, 2026', 'July 10, 2026', 'day'],
      ],
    );
  });

  it('reads a dateline whose time is written the British or Australian way, or with seconds', () => {
    const lines = ['Fri 20 Nov 2026 16.05 GMT', 'Tuesday 24 November 2026 1610 AEDT', 'By The Desk | November 12, 2026 10:14:46 PM'];
    const text = lines.join('\nThe story runs on below its dateline, at some length, as a story does.\n');
    assert.deepEqual(
      findAsOfStamps(text).map((stamp) => [stamp.dateText, text.slice(stamp.offset, stamp.offset + stamp.length)]),
      [
        ['20 Nov 2026', 'Fri 20 Nov 2026'],
        ['24 November 2026', 'Tuesday 24 November 2026'],
        ['November 12, 2026', 'November 12, 2026'],
      ],
    );
  });

  it('reads a newswire\'s dateline that puts its time where a place would stand', () => {
    const text = '12:19 PM EDT, 11/20/2026 (MT Newswires) -- US stocks were mixed at midday.\n\n09:05 AM EST, 11/20/2026 (Desk Wire) -- Futures rose.';
    assert.deepEqual(findAsOfStamps(text).map((stamp) => [stamp.line, stamp.dateText]), [[1, '11/20/2026'], [3, '11/20/2026']]);
    // A time and a date opening a sentence, with no tag or dash after it, is no dateline.
    assert.deepEqual(findAsOfStamps('12:19 PM EDT, 11/20/2026 was when the order filled, well after the open.'), []);
  });

  it('reads where a wrap says its figures stood: "at the 4 p.m. ET close on Friday, Nov. 20, 2026"', () => {
    const text = "Here's where the indexes stood at the 4:00 p.m. ET close on Friday, Nov. 20, 2026:\n\nPrices at the close of trading on November 19, 2026 were firm.";
    assert.deepEqual(findAsOfStamps(text).map((stamp) => [stamp.line, stamp.dateText]), [[1, 'Nov. 20, 2026'], [3, 'November 19, 2026']]);
    // Not the close a move is measured from, a deadline, or a dividend's record day.
    const others = ['Apple is up 40% since the close on March 3, 2025.', 'By the close on Nov 24, 2026, Apple had rallied.', 'It is paid to holders at the close of business on December 16, 2026.'];
    for (const other of others) assert.deepEqual(findAsOfStamps(other), [], other);
  });

  it('reads an anchor that another anchor\'s first words hold: "Share prices at the close on 29 October 2026"', () => {
    // "prices at" opens a caption at a line's start ("Closing prices at 4 p.m. …"); mid-line it dates nothing, and the
    // "at the close on" inside it still does.
    const text = 'Share prices at the close on 29 October 2026.\n\nQuoted prices at the close on Nov. 20, 2026 held.';
    assert.deepEqual(findAsOfStamps(text).map((stamp) => [stamp.line, stamp.dateText]), [[1, '29 October 2026'], [3, 'Nov. 20, 2026']]);
  });

  it('a number after a date is no time unless it reads as one: no dateline for "20 Nov 2026 1610 shares" or "2026 16.50%"', () => {
    assert.deepEqual(findAsOfStamps('Nov 20, 2026 1610 shares changed hands.\nThe story runs on.'), []);
    assert.deepEqual(findAsOfStamps('20 November 2026 16.50% of the float was lent.\nThe story runs on.'), []);
  });

  it('a dateline re-dated names the new day in its day name\'s place', async () => {
    const text = '# Wrap\n\nFriday, November 20, 2026\n\nNo figures here.\n';
    const [finding] = (await lintNote(text, { today: '2027-01-10' })).filter((f) => f.ruleId === 'stale-as-of');
    const [edit] = finding.fixes![0].edits;
    assert.equal(text.slice(edit.offset, edit.offset + edit.length), 'Friday, November 20, 2026');
    // Not the old day's name beside the new date: January 10, 2027 is a Sunday.
    assert.equal(edit.newText, 'Sunday, January 10, 2027');
  });

  it('reads a retail site\'s byline: the date after the writer\'s name and a dash, or after a title', () => {
    const bylines = ['By Dana Whitfield – Nov 24, 2026 at 6:15AM', 'By Morgan Reyes, Site Contributor Nov 23, 2026, 9:30 am EST', '**By Sam Ortiz - November 2, 2026**'];
    for (const byline of bylines) {
      const text = `${byline}\n\nApple (AAPL) rose 2% today.`;
      assert.equal(findAsOfStamps(text).length, 1, byline);
    }
    assert.deepEqual(
      findAsOfStamps('By Morgan Reyes, Site Contributor Nov 23, 2026, 9:30 am EST').map((stamp) => stamp.dateText),
      ['Nov 23, 2026'],
    );
  });

  it('reads a blog\'s byline: "Posted by … on" the date', () => {
    for (const byline of ['Posted by Dana Whitfield on November 20th, 2026', '*Written by Morgan Reyes on Nov. 20, 2026 at 4:05 PM ET*']) {
      assert.deepEqual(
        findAsOfStamps(`${byline}\n\nApple (AAPL) rose 2% today.`).map((stamp) => stamp.dateText),
        [/Nov(?:ember|\.) 20(?:th)?, 2026/.exec(byline)![0]],
        byline,
      );
    }
    // A sentence goes on after the date; words in lower case are no name.
    assert.deepEqual(findAsOfStamps('Posted by Dana Whitfield on November 20th, 2026 was a note on banks.'), []);
    assert.deepEqual(findAsOfStamps('We posted by Friday on November 20, 2026 the results.'), []);
  });

  it('reads a newsroom\'s byline verbs: "Filed by", "Reported by", "Compiled by", and a verb\'s byline up to its bar', () => {
    const bylines: Array<[string, string]> = [
      ['Filed by Jane Roe on Nov. 13, 2026', 'Nov. 13, 2026'],
      ['_Reported by Sam Okafor on November 13, 2026 at 5:10 PM ET_', 'November 13, 2026'],
      ['Compiled by Lee Marsh on 11/13/2026', '11/13/2026'],
      ['Written by Jane Roe | Nov. 13, 2026 | Markets', 'Nov. 13, 2026'],
    ];
    for (const [byline, date] of bylines) {
      assert.deepEqual(
        findAsOfStamps(`# Banks\n\n${byline}\n\nApple (AAPL) rose 2% today.`).map((stamp) => stamp.dateText),
        [date],
        byline,
      );
    }
    // A sentence goes on after the date; a filing's "by the company" names no writer.
    assert.deepEqual(findAsOfStamps('Reported by Reuters on Nov. 13, 2026, the deal closed.'), []);
    assert.deepEqual(findAsOfStamps('Filed by the company on Nov. 13, 2026 with the SEC.'), []);
    // An edit's or an update's day is not the byline's.
    assert.deepEqual(findAsOfStamps('Edited by Jane Roe on Nov. 13, 2026\n\nApple (AAPL) rose 2%.'), []);
  });

  it('a day\'s name before a parenthesis that does not close on its date is no stamp\'s day', () => {
    assert.deepEqual(findAsOfStamps('As of Friday (Nov. 20, 2026 was a holiday) the desk was shut.'), []);
  });

  it('a sentence that opens with "By" is no byline', () => {
    const sentences = [
      'By the close on Nov 24, 2026, Apple had rallied.',
      'By Friday – Nov 24, 2026 was the deadline – the stock had run.',
      'By Dana Whitfield – Nov 24, 2026 was a good day for the fund.',
      'By Morgan Reyes, Site Contributor Nov 23, 2026 marked the top.',
    ];
    for (const sentence of sentences) assert.deepEqual(findAsOfStamps(sentence), [], sentence);
  });

  it('a record date is no stamp: "of record as of the close of business on …" names the day a dividend is owed', () => {
    const text = 'Holders of record as of the close of business on December 16, 2026 get it. Shareholders of record as at 30 June 2026 too.';
    assert.deepEqual(findAsOfStamps(text), []);
    assert.deepEqual(
      findAsOfStamps('Assets hit a record as of June 30, 2026.').map((stamp) => stamp.dateText),
      ['June 30, 2026'],
    );
    assert.deepEqual(
      findAsOfStamps('The record, as of June 30, 2026, stands.').map((stamp) => stamp.dateText),
      ['June 30, 2026'],
    );
  });

  it('reads a caption at a line\'s start that dates figures "at" a time, and a fund sheet\'s pricing date', () => {
    const text = ['Figures at 4 p.m. ET Friday, Nov. 20, 2026.', 'Data at the close, 20 November 2026', '**Pricing date:** 11/20/2026', 'Valuation date: 2026-10-30'].join('\n');
    assert.deepEqual(
      findAsOfStamps(text).map((stamp) => [stamp.line, stamp.dateText]),
      [
        [1, 'Nov. 20, 2026'],
        [2, '20 November 2026'],
        [3, '11/20/2026'],
        [4, '2026-10-30'],
      ],
    );
    // Mid-sentence these name something else; "Data for …" at a line's start is the period data cover.
    assert.deepEqual(findAsOfStamps('Analysts looked at figures at 4 p.m. on Nov. 20, 2026. The pricing date of the deal is 2027-01-05.\nData for November 2026 show growth.'), []);
  });

  it('an event\'s "as of" is no stamp: a date something takes effect, is paid or matures', () => {
    const text = [
      'The index change is effective as of December 21, 2026.',
      'The stock goes ex-dividend as of December 12, 2026, and the dividend is payable as of Jan. 5, 2027.',
      'The notes mature as of March 15, 2031; the new fee takes effect as of 1 January 2027.',
      'The grant vests as of 2027-06-30, and the offer is valid as at 31/12/2026.',
    ].join('\n');
    assert.deepEqual(findAsOfStamps(text), []);
    // The figures' own stamp in the same sentence is still read, and so is one after "effectively".
    assert.deepEqual(
      findAsOfStamps('Effective December 21, 2026, the weights change; as of November 20, 2026, the fund held 40 names.').map((stamp) => stamp.dateText),
      ['November 20, 2026'],
    );
    assert.deepEqual(findAsOfStamps('## Fees now effective\nAs of November 20, 2026, the fund held 40 names.').map((stamp) => stamp.dateText), ['November 20, 2026']);
  });

  const notDatelines: Array<[string, string]> = [
    ['an event in a list', '- Dec. 4, 2026 — rate decision\n* Dec. 9, 2026 (Wednesday) -- CPI'],
    ['a numbered event', '1. Dec. 4, 2026 — rate decision'],
    ['a date that opens a sentence', 'November 20, 2026 was a quiet session.'],
    ['a qualified month that opens a sentence', 'Late January 2026 - a rally began.'],
    ['a date before a colon (as often an event as a dateline)', 'April 28, 2026: four stocks hit new lows.'],
    ['a byline without its bar', 'By the desk on Nov 20, 2026 (revised) --'],
    ['a bar that is not a byline', 'Prices | Nov 20, 2026'],
    ['a place in ordinary case', 'Chicago, Nov. 20, 2026 (WIRE) -- a sentence.'],
    ['a date in a table row', '| Date | Close |\n|---|---|\n| Nov 20, 2026 | 12.40 |'],
    ['a date in code', '```\nNov 20, 2026 (x) --\n```\n\n`Nov 20, 2026`'],
    ['a date without a year', 'NEW YORK, Nov. 20 (Wire) - stocks rose.'],
    // (Below the note's first line: a title's date is the note's, see titleDates.test.ts.)
    ['an event heading: a name in capitals and a date, nothing after', 'Central banks\n\n## ECB, December 17, 2026\n\nThe bank meets.\n\n**OPEC+, 3 December 2026**'],
    ['an event line: a date with no place before a dash and words', 'Rates outlook\n\nJanuary 28, 2027 — Fed meeting; a hold is priced.'],
    ['a calendar of dated lines, each its own paragraph or not', 'Dec. 10, 2026 - CPI\nDec. 11, 2026 (Friday) -- PPI\n\nDec. 16, 2026\n\n- Dec. 18: quad witching'],
    ['a calendar of events named in capitals before their dates', 'CPI, Dec. 10, 2026 - November prices\nFOMC, Dec. 16, 2026 - rate decision'],
  ];
  for (const [name, text] of notDatelines) {
    it(`no dateline: ${name}`, () => assert.deepEqual(findAsOfStamps(text), []));
  }

  it('a wire dateline stays a dateline beside a calendar: a place and a tag, a place and a dash, a byline', () => {
    const text = [
      'LONDON, 20 November 2026 - Shares in London slipped on Friday.',
      'Miners led the fall.',
      'PARIS, 20 November 2026 (Desk Wire) -- Shares in Paris rose.',
      'By Sam Roe | 19 Nov, 2026',
      '',
      'Coming up:',
      'Dec. 10, 2026 - CPI',
      'Dec. 16, 2026 - FOMC decision',
      '',
      '## November 21, 2026',
      '',
      'A journal entry under its dated heading.',
    ].join('\n');
    assert.deepEqual(
      findAsOfStamps(text).map((stamp) => [stamp.line, stamp.dateText]),
      [
        [1, '20 November 2026'],
        [3, '20 November 2026'],
        [4, '19 Nov, 2026'],
        [10, 'November 21, 2026'],
      ],
    );
  });

  it('keeps datelines and anchored stamps in document order, each once', () => {
    const text = 'As of Nov 2, 2026 the desk held.\n\nNov 3, 2026 (Wire) --\n\nPublished Nov 4, 2026\n\nNov 5, 2026';
    assert.deepEqual(
      findAsOfStamps(text).map((stamp) => stamp.dateText),
      ['Nov 2, 2026', 'Nov 3, 2026', 'Nov 4, 2026', 'Nov 5, 2026'],
    );
  });

  const written: Array<[string, string]> = [
    ['_As of October 31, 2026._', 'October 31, 2026'],
    ['*As of October 31, 2026.*', 'October 31, 2026'],
    ['**As of October 31, 2026**, the season ended.', 'October 31, 2026'],
    ['__As of October 31, 2026__', 'October 31, 2026'],
    ['**As of:** Oct 31, 2026', 'Oct 31, 2026'],
    ['_As of_ October 31, 2026', 'October 31, 2026'],
    ['See [As of October 31, 2026](https://example.com/as-of) for the tables.', 'October 31, 2026'],
    ['## As of October 31, 2026', 'October 31, 2026'],
    ['### Figures _as of 2026-10-31_', '2026-10-31'],
  ];
  for (const [text, dateText] of written) {
    it(`reads "${text}"`, () => {
      const stamps = findAsOfStamps(`# Title\n\n${text}\n`);
      assert.deepEqual(
        stamps.map((stamp) => stamp.dateText),
        [dateText],
      );
      assert.equal(stamps[0].line, 3);
    });
  }

  // A weekly recap dates its figures by the week's last day, on a line of its own; mid-sentence the week is a period
  // its figures cover, not the day the note was written.
  it('reads a recap\'s "Week ended …" / "For the week ending …" at a line\'s start or in a heading', () => {
    const text = [
      'Week ended November 20, 2026.',
      'For the week ending Nov. 20, 2026:',
      '## Week Ended Friday, Nov. 13, 2026',
      '**For the week ended 11/6/2026**',
    ].join('\n');
    assert.deepEqual(
      findAsOfStamps(text).map((stamp) => [stamp.line, stamp.dateText, text.slice(stamp.offset, stamp.offset + stamp.length), stamp.precision, stamp.periodEnd]),
      [
        [1, 'November 20, 2026', 'Week ended November 20, 2026', 'day', true],
        [2, 'Nov. 20, 2026', 'For the week ending Nov. 20, 2026', 'day', true],
        [3, 'Nov. 13, 2026', 'Week Ended Friday, Nov. 13, 2026', 'day', true],
        [4, '11/6/2026', 'For the week ended 11/6/2026', 'day', true],
      ],
    );
    assert.equal(findAsOfStamps('As of Nov. 20, 2026, shares rose.')[0].periodEnd, undefined);
  });

  // A title names what the note covers: its week's end dates the note wherever the title says it.
  it('reads the week\'s end anywhere in the note\'s title', () => {
    for (const [title, dateText] of [
      ['# Weekly market recap — week ending November 20, 2026', 'November 20, 2026'],
      ['# Market commentary for the week ended Nov. 20, 2026', 'Nov. 20, 2026'],
      ['## Small caps lead (week ended 11/20/2026)', '11/20/2026'],
    ]) {
      const stamps = findAsOfStamps(`${title}\n\nThe Russell 2000 rose 2.4% w/w.\n`);
      assert.deepEqual(stamps.map((stamp) => [stamp.line, stamp.dateText, stamp.periodEnd]), [[1, dateText, true]], title);
    }
    // Past the title it is a move's period again, and a title's week in a second heading is a section's topic.
    assert.deepEqual(findAsOfStamps('# Weekly recap\n\n## Flows in the week ended Nov. 13, 2026\n'), []);
  });

  const notWeekStamps: Array<[string, string]> = [
    ['a week mid-sentence', 'Small caps rose 3% in the week ended Nov. 20, 2026, as rates fell.'],
    ['a line that opens with the period', 'In the week ended Nov. 20, 2026, shares rose.'],
    ['a sentence whose subject is the week', 'The week ended November 20, 2026 with a rally.'],
    ['a week ended without a year', 'Week ended Nov. 20.'],
    ['a week in a list item', '- Week ended Nov. 20, 2026: +3%'],
    ['a week in a table row', '| Week ended Nov. 20, 2026 | 3% |\n|---|---|'],
    ['a week in code', '`Week ended Nov. 20, 2026`'],
  ];
  for (const [name, text] of notWeekStamps) {
    it(`no stamp: ${name}`, () => assert.deepEqual(findAsOfStamps(text), []));
  }

  it('a word ending in "as" is no anchor ("Texas of…", "alias_as of")', () => {
    assert.deepEqual(findAsOfStamps('Texas of October 31, 2026 and Kansas at 2026-10-31.'), []);
  });
});

describe('an "as of" that says when something is to happen', () => {
  const today = '2026-11-29';
  it('is no typo to come when its sentence speaks of what is to come', async () => {
    const notes = [
      'As of January 1, 2027, the fund will be renamed and its fee cut to 0.2%.\n',
      'The index committee is set to drop the stock as of Dec. 21, 2026, before the open.\n',
      'Coverage will pass to the Sydney desk as at 1 February 2027; it publishes weekly.\n',
      // An outlook in a forecast's own verbs.
      'As of Dec. 31, 2026, we expect the S&P 500 at 6,900.\n',
      'Strategists see the index at 7,100 as of June 30, 2027.\n',
      // A company's guidance, in the third person.
      'As of December 31, 2026, Quillon Brands expects net debt of about $1.2 billion.\n',
      'Management anticipates cash of $310 million as of March 31, 2027.\n',
      // A notice of a scheduled change, in the present tense.
      'Kestrel Foods joins the index as of Dec. 21, 2026.\n',
      'Shares begin trading on a split-adjusted basis as of December 8, 2026.\n',
      'The new dividend rate applies to payments as of Jan. 4, 2027.\n',
      // New terms of a fund or a bond, an obligation, a price target, an estimate.
      'As of January 1, 2027, the expense ratio drops to 0.20%.\n',
      'As of Jan. 15, 2027, the coupon resets to 5.1% and the class converts to accumulation units.\n',
      'The company must repay the notes as at 30 June 2027.\n',
      'Our price target as of December 2027 is $140.\n',
      'As of Dec. 31, 2026, we estimate the fund holds 45% cash.\n',
    ];
    for (const note of notes) {
      assert.equal(findAsOfStamps(note)[0].announces, true, note);
      assert.deepEqual(await lintNote(note, { today, only: ['future-date'] }), [], note);
    }
  });

  it('a date to come in a sentence of what was, or with "will" only in the next sentence, is still reported', async () => {
    const notes = [
      'As of Dec. 20, 2026, the S&P 500 was up 16% on the year.\n',
      'As of Dec. 20, 2026, the S&P 500 was up 16%. Analysts think the Fed will cut in March.\n',
      // After a stamp whose sentence runs on past a full stop (the last search's place must not carry over).
      'As of Dec. 20, 2026, the S&P 500 was up 16%, more than most had seen coming. It was a strong year.\n',
      'Futures will be watched closely.\n\nAs of Dec. 20, 2026 the dollar index stood at 99.\n',
      // The future perfect states figures as of that day: a forecast stamped ahead, as future-date's own example has it.
      'As of December 1, 2026, the index will have rebalanced.\n',
      // What was expected is a past fact, not an outlook.
      'As of Dec. 20, 2026, the index was above where analysts had expected it.\n',
      // A level reached, not a term to come: a move in the past tense, or no "to" after the verb.
      'As of Dec. 20, 2026, the expense ratio dropped to 0.20%.\n',
      'As of Dec. 20, 2026, the index rises 2% on the week.\n',
    ];
    for (const note of notes) {
      assert.equal(findAsOfStamps(note)[0].announces, undefined, note);
      assert.equal((await lintNote(note, { today, only: ['future-date'] })).length, 1, note);
    }
  });

  it('a holder\'s day, as a record date without "of record", is no stamp', async () => {
    assert.deepEqual(findAsOfStamps('Shareholders as at 12 December 2026 receive the final dividend of 4.1p.\n'), []);
    assert.deepEqual(findAsOfStamps('Unitholders as of Dec. 15, 2026 are paid on Jan. 5, 2027.\n'), []);
    // Holdings are the fund's figures: still a stamp.
    assert.equal(findAsOfStamps('Top holdings as of Oct. 31, 2026 are below.\n').length, 1);
  });

  it('a past stamp in such a sentence still dates the figures after it', async () => {
    const note = 'As of Oct. 1, 2026, the fund will have returned 4% this year.\n';
    assert.equal((await lintNote(note, { today, only: ['relative-time'] })).length, 1);
  });
});

describe('a line that is only a date', () => {
  it('is a bare stamp; a dateline with a place, a tag or a byline is not', () => {
    const text = [
      'Market diary',
      '',
      'Thursday, November 19, 2026 5:02 PM',
      '',
      'Stocks were mixed.',
      '',
      'NEW YORK, Nov. 20, 2026 (Desk Wire) -- Shares rose.',
      '',
      'By Sam Roe | Nov. 21, 2026 | Markets',
    ].join('\n');
    assert.deepEqual(
      findAsOfStamps(text).map((stamp) => [stamp.dateText, stamp.bare]),
      [
        ['November 19, 2026', 'line'],
        ['Nov. 20, 2026', undefined],
        ['Nov. 21, 2026', undefined],
      ],
    );
  });

  it('to come, it heads a day of a calendar: future-date does not report it, and does report an "As of" to come', async () => {
    const calendar = ['Week ahead', '', 'Monday, December 14, 2026', '', '(8:30 a.m. ET) Housing starts', '', 'Wednesday, December 16, 2026', '', '(2 p.m. ET) Rate decision', ''].join('\n');
    assert.deepEqual(await lintNote(calendar, { today: '2026-11-21', only: ['future-date'] }), []);
    const [typo] = await lintNote('As of December 14, 2026, small caps led.\n', { today: '2026-11-21', only: ['future-date'] });
    assert.equal(typo?.ruleId, 'future-date');
  });
});
