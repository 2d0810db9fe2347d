// relative-time reports a phrase only where it dates a figure in its clause; each look-alike a named case.
import { strict as assert } from 'node:assert';
import { lintNote, NoteSource } from '../../../src/core/lint';
import { today } from './lintHarness';
import { findRelativeTimePhrases } from '../../../src/core/lint/relativeTime';

/** The figure each relative phrase of the text dates, as "phrase → figure" ("phrase → -" for none). */
function dated(text: string): string[] {
  const note = new NoteSource(text);
  return findRelativeTimePhrases(note).map((phrase) => `${phrase.text} → ${phrase.figure ? text.slice(phrase.figure.offset, phrase.figure.offset + phrase.figure.length) : '-'}`);
}

describe('relative-time: the figure a phrase dates', () => {
  const datesAFigure: Array<[string, string, string[]]> = [
    ['a return with its period after it', 'The Russell 2000 is up 7.5% year-to-date.', ['year-to-date → 7.5%']],
    ['a price with the day before it', "Tesla slipped after today's close of $412.", ["today's → $412"]],
    ['a move with the week after it', 'Shares of Ford rose 3% this week on the guidance.', ['this week → 3%']],
    ['a fronted phrase and its comma', 'This week, the Nasdaq Composite shed 2.4%.', ['This week → 2.4%']],
    // A listing's colon in its parenthesis ends no clause.
    ['a fronted phrase before a listed company', 'This week, Orcadia Systems (NASDAQ: ORCD) rose 3%.', ['This week → 3%']],
    ['the present tense before a listed company', 'Currently, Brenwick (NYSE:BRNW) trades at $41.20.', ['Currently → $41.20']],
    ['a trailing phrase after a comma', 'Small caps are ahead by 9 percentage points, year to date.', ['year to date → 9 percentage points']],
    ['points on an index', 'This month the Dow has gained 1,200 points.', ['This month → 1,200 points']],
    ['money in billions', 'YTD inflows into the fund reached $2.1 billion.', ['YTD → $2.1 billion']],
    ['a multiple', 'The group trades at 18 times earnings today.', ['today → 18 times']],
    ['a price written with decimals', 'Apple changed hands at 272.41 today.', ['today → 272.41']],
    ['the figure of its own clause when two clauses each have one', 'The Nasdaq fell 1.4% this week while small caps climbed 14%.', ['this week → 1.4%']],
    ['a move the day before', 'Shares of Ford fell 3% yesterday.', ['yesterday → 3%']],
    ['a move the week before', 'Small caps rose 2.5% last week.', ['last week → 2.5%']],
    ['a named day of the week before', 'The index closed at 5,120.44 last Friday.', ['last Friday → 5,120.44']],
    ['a YTD column of a table', '| Fund | YTD |\n|---|---:|\n| IWM | +14.1% |\n', ['YTD → +14.1%']],
    // The column's own figure, not the nearest one (the row's price, another column's).
    ['a YTD column beside a price column', '| Symbol | Close | 1-Day % | YTD % |\n|---|---:|---:|---:|\n| AAPL | 262.41 | +1.0% | +9.1% |\n', ['YTD → +9.1%']],
    ['a YTD column with no leading pipes', 'Symbol | Close | YTD\n--- | ---: | ---:\nAAPL | 262.41 | +9.1%\n', ['YTD → +9.1%']],
    // The conflict reader's periods that are named from the day they were written (claims/periods.ts `relative`).
    ['the year so far', 'Mid caps have added 6% so far this year.', ['so far this year → 6%']],
    ['"this year"', 'Energy shares are 4% higher this year.', ['this year → 4%']],
    ['"for the year" with no past year in its sentence', 'In 2021 the S&P 500 rose 27%. The Nasdaq is up 12% for the year.', ['for the year → 12%']],
    ['"for the year so far" beside a past year', 'In 2025 the Nasdaq gained 21%, and it is up 12% for the year so far.', ['for the year → 12%']],
    ['the writer\'s words after a closed quotation', '"Rates matter," she said. Banks are up 9% this year.', ['this year → 9%']],
    ['the start of the year', 'The Dow has climbed 5 per cent since the start of the year.', ['since the start of the year → 5 per cent']],
    ['a month’s start', 'The Dow has climbed 2 per cent since the start of November.', ['since the start of November → 2 per cent']],
    ['the end of the month before', 'Since the end of October, the Nasdaq has added 4%.', ['Since the end of October → 4%']],
    ['a fronted "for the week"', 'For the week, the Nasdaq slipped 0.8%.', ['For the week → 0.8%']],
    ['month to date', 'Utilities are up 3% month to date.', ['month to date → 3%']],
    ['a weekday', 'Microsoft ended at $410.25 on Thursday.', ['on Thursday → $410.25']],
    ['a trailing span', 'Gold miners have rallied 22% over the past six months.', ['over the past six months → 22%']],
    ['the past year', 'Homebuilders have lost 9% over the past year.', ['over the past year → 9%']],
    ['a span without "the past"', 'The Dow has gained 48% over five years.', ['over five years → 48%']],
    ['a span as an adjective', 'On a one-year basis, the Dow is up 14%.', ['On a one-year basis → 14%']],
    ['a span since a year', 'Since 2021, the Nasdaq has climbed 70%.', ['Since 2021 → 70%']],
    ['the latest session', 'Banks slid 1.3% in the latest session.', ['in the latest session → 1.3%']],
    ['a period since a named point', 'Small caps have gained 11% since the April low.', ['since the April low → 11%']],
    ['a period that scopes a record is still relative time', 'Energy has been the best performer this year with a 30% gain.', ['this year → 30%']],
    ['the present tense made explicit', 'The Nasdaq-100 currently trades at 27 times forward earnings.', ['currently → 27 times']],
    ['a part of the writer\'s day', 'Shares of Ford rose 2% this morning.', ['this morning → 2%']],
    // The moment of writing, as retail sites and newsrooms name it: the note's own day, as relative as "today".
    ['the time of writing', 'At the time of writing, Orcadia Systems (NASDAQ: ORCD) trades at $250.10.', ['At the time of writing → $250.10']],
    ['"as of this writing"', 'As of this writing, Brenwick (BRNW) was at $45.00.', ['As of this writing → $45.00']],
    ['the time of publication after the figure', 'Velmont stood at $160.30 at the time of publication.', ['at the time of publication → $160.30']],
    ['"at time of writing" and "at press time"', 'At time of writing the index was up 2%. At press time, gold was 1.5% higher.', ['At time of writing → 2%', 'At press time → 1.5%']],
    ['a fronted part of the day', 'This afternoon, the Nasdaq shed 1.1%.', ['This afternoon → 1.1%']],
    ['its own comma clause, not the next one', 'Today the tape is quiet, the index is up 2% on the month.', ['Today → -', 'on the month → 2%']],
    ['a day after "at last," (the day, not "last Friday")', 'At last, Friday brought a 2% gain.', ['Friday → 2%']],
  ];
  for (const [name, text, expected] of datesAFigure) it(`dates: ${name}`, () => assert.deepEqual(dated(text), expected));

  const narrative: Array<[string, string]> = [
    ['a fronted phrase before a clause without a figure', 'This week, investors rotated into small caps, which later fell 2%.'],
    ['a figure in the next sentence', 'Today the tape was quiet. The index closed up 0.2%.'],
    ['a figure after a semicolon', 'Traders were cautious today; the index rose 0.3%.'],
    ['a figure after a colon', 'This week the mood soured: Orcadia (NASDAQ: ORCD) fell 3%.'],
    ['a figure after a dash', 'The desk was busy this week — volume ran 20% above normal.'],
    ['a figure in a clause "but" opens', 'Flows were heavy this month but prices moved less than 1%.'],
    ['a date and a year are not figures', 'Today, November 20, 2026, the committee met for 2 hours.'],
    ['a heading', '## This week\n\nSmall caps rose 3%.'],
    ['a list item before another', '- This week: earnings season\n- Apple rose 4%'],
    ['a ticker after a dollar sign', 'Today $TSLA led the conversation.'],
    // A quote chip's move is the day's, whatever period the sentence goes on to name.
    ['a quote chip\'s move', 'Shares of Coca-Cola (KO -0.35%) have held up well this year.'],
    ['a quote chip\'s move without its sign', 'Microsoft (MSFT 0.84%) has been a steady holding this year.'],
    ['a fronted "yesterday" before a clause without a figure', 'Yesterday, investors rotated into small caps.'],
  ];
  for (const [name, text] of narrative) it(`narrative: ${name}`, () => assert.ok(dated(text).every((entry) => entry.endsWith('→ -')), dated(text).join('; ')));

  const notPhrases: Array<[string, string]> = [
    ['a weekend', 'Over the last weekend of the month, shares rose 3%.'],
    ['a plural', 'Yesterdays are gone; the lasts Fridays rose 3%.'],
    ['a "today" its date follows (an as-of stamp)', 'Today, December 6, 2026, the fund rose 2%.'],
    ['the time of writing its date follows (an as-of stamp)', 'At the time of writing (20 October 2026), the fund rose 2%. At the time of writing on 16 October 2026 it was up 3%.'],
    ['a weekday its date follows', 'On Friday, Nov. 20, 2026, the index rose 1%.'],
    ['a past year named', 'The index rose 16% in 2025.'],
    ['a quarter named', 'Revenue grew 8% in Q3 2026.'],
    ['a month named', 'In October, small caps fell 4%.'],
    ['a reference back to a period named before', 'The Dow rose 30% during this time.'],
    ['an event named for a weekday', 'Retail stocks rose 2% after Black Friday.'],
    ['"for the year" after the past year it means', 'In 2021, the S&P 500 rose 27% for the year.'],
    ['…or before it', 'The Nasdaq gained 21% on the year in 2025.'],
    ['a quotation\'s "today", the speaker\'s', '"Today, inflation is running at 3%," the chair said in a 2019 speech.'],
    ['…in curly quotes', 'She said: “We are up 12% this year and hiring.”'],
  ];
  for (const [name, text] of notPhrases) it(`not a relative phrase: ${name}`, () => assert.deepEqual(dated(text), []));
});

describe('relative-time: the base of a comparison of reported results', () => {
  it('leaves the year-over-year base of revenue, earnings and sales', () => {
    assert.deepEqual(dated('Orbital Freight revenue rose 12% from a year earlier to $2.4 billion.'), []);
    assert.deepEqual(dated('Kestrel Foods said quarterly EPS climbed 9% compared with a year ago.'), []);
    // A decimal point in an amount is no clause's end: the measure before it still owns the comparison.
    assert.deepEqual(dated('Kestrel reports on Dec. 4; consensus expects EPS of $0.42, up 18% from a year earlier.'), []);
    assert.deepEqual(dated('Kestrel Foods guided revenue to $2.35 billion, up 7% from a year earlier.'), []);
  });

  it('leaves a base written with its own amount, and the period a report covers', () => {
    // Earnings stories put the year-ago amount before its "last year", "per share" and all.
    assert.deepEqual(dated('Adjusted earnings for the quarter were $2.14 per share, up from $1.87 per share last year.'), []);
    assert.deepEqual(dated('Kestrel Foods revenue rose to $8.2 billion from $7.6 billion last year.'), []);
    assert.deepEqual(dated('Net income in the quarter was $310 million.'), []);
  });

  it('still reports a stock’s move for the quarter, and from an amount last year', () => {
    assert.deepEqual(dated('Shares of Kestrel Foods rose 9% for the quarter.'), ['for the quarter → 9%']);
    assert.deepEqual(dated('Kestrel Foods shares climbed to $41.20 from $38.00 last year.'), ['last year → $38.00']);
  });

  it('still reports a stock’s or an index’s move from a year ago', () => {
    assert.deepEqual(dated('Kestrel Foods shares are up 12% from a year ago.'), ['from a year ago → 12%']);
    assert.deepEqual(dated('The stock is 12% higher than a year earlier, though revenue fell.'), ['than a year earlier → 12%']);
  });
});

describe('relative-time: a figure of a named month', () => {
  it('leaves a sentence that opens at a month and tells what was then', () => {
    assert.deepEqual(dated('Back in March, when the index bottomed at 1,890, small caps were down 14% for the year.'), []);
    assert.deepEqual(dated('In early April the Russell 2000 had been down 19% year to date.'), []);
    assert.deepEqual(dated('At the March low, the S&P 500 was down 9% for the year.'), []);
  });

  it('finds that sentence’s start past a decimal point and a short abbreviation before it', () => {
    // The sentence before holds "Dr.", "Inc." and "2.5": only the full stop after "week" ends it.
    const before = 'Dr. Amara Lutz of Kestrel Inc. said margins grew 2.5% last week. ';
    assert.deepEqual(dated(`${before}In March, small caps were down 14% for the year.`), ['last week → 2.5%']);
    // A line break ends a heading's line as a full stop would.
    assert.deepEqual(dated('## Small caps\nIn March, small caps were down 14% for the year.'), []);
  });

  it('still reports a span up to the writing, a relative moment and a month in a side clause', () => {
    assert.deepEqual(dated('Since March, small caps are up 14% for the year.'), ['Since March → 14%', 'for the year → 14%']);
    assert.deepEqual(dated('A week ago, the S&P 500 was up 14% for the year.'), ['for the year → 14%']);
    assert.deepEqual(dated('Small caps, which bottomed in March, are up 14% so far this year.'), ['so far this year → 14%']);
  });
});

describe('relative-time: one finding a figure', () => {
  it('reports a figure two phrases date once, at the first', async () => {
    const text = 'Orcadia Systems (NASDAQ: ORCD) shares were up 2.3% at $41.10 at the time of publication Friday.\n';
    const findings = await lintNote(text, { today, only: ['relative-time'] });
    assert.deepEqual(
      findings.map((finding) => text.slice(finding.offset, finding.offset + finding.length)),
      ['at the time of publication'],
    );
  });

  it('still reports each figure of its own', async () => {
    const text = 'Orcadia Systems (NASDAQ: ORCD) rose 3% on Friday and is up 20% this year.\n';
    const findings = await lintNote(text, { today, only: ['relative-time'] });
    assert.deepEqual(
      findings.map((finding) => text.slice(finding.offset, finding.offset + finding.length)),
      ['on Friday', 'this year'],
    );
  });
});

describe('relative-time: a label over the lines below it', () => {
  // Wire services set a day's, a week's and a year's index moves under labels of their own.
  it('dates the first figure under a label that is only the phrase and its colon', () => {
    const wrap = 'On Thursday:\n\nThe Halden 40 rose 12.10 points, or 0.4%, to 3,301.55.\n\nFor the week:\n\nThe Halden 40 is up 31.02 points, or 1.1%.\n';
    assert.deepEqual(dated(wrap), ['On Thursday → 12.10 points', 'For the week → 31.02 points']);
    assert.deepEqual(dated('**For the year so far**:\n\n- The Corvane index is up 88.4 points, or 6.2%.\n'), ['For the year → 88.4 points']);
  });

  it('stops at the next label or heading', () => {
    assert.deepEqual(dated('For the week:\n\nTraders awaited the central bank.\n\nIn 2025:\n\nThe Corvane index rose 13%.\n'), ['For the week → -']);
    assert.deepEqual(dated('For the week:\n\n## Outlook\n\nThe Corvane index rose 13%.\n'), ['For the week → -']);
  });

  it('leaves a phrase with words of its own after the colon, and a heading', () => {
    assert.deepEqual(dated('For the week: quiet trading.\n\nThe Corvane index rose 2%.\n'), ['For the week → -']);
    assert.deepEqual(dated('## This week\n\nSmall caps rose 3%.\n'), ['This week → -']);
  });

  it('reports the label in a note with no as-of date', async () => {
    const text = 'For the year:\n\nThe Halden 40 is up 210.4 points, or 7.9%.\n';
    const findings = await lintNote(text, { today, only: ['relative-time'] });
    assert.deepEqual(findings.map((finding) => text.slice(finding.offset, finding.offset + finding.length)), ['For the year']);
  });
});

describe('relative-time: a "when" that tells what happened at a point a "since" names', () => {
  it('leaves that point’s figures to it', () => {
    assert.deepEqual(dated('The Halden 40 had its worst week since May 7, when it fell 5.7%.'), ['since May 7 → -']);
    assert.deepEqual(dated('The Corvane index is currently at its lowest since 2022 when it closed at 3,491.20.'), ['currently → -', 'since 2022 → -']);
  });

  it('still dates a figure the span itself holds', () => {
    assert.deepEqual(dated('Small caps have gained 11% since the April low, when buyers returned.'), ['since the April low → 11%']);
  });
});

describe('relative-time: items pasted with "•" bullets', () => {
  it('reads each item as its own paragraph', () => {
    assert.deepEqual(dated('Weekly moves\n  • The Halden 40 ended down 4.02%\n  • Banks are currently in favour'), ['currently → -']);
  });
});
