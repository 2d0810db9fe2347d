// The ways outlets and data pages date their figures beyond "as of": a price disclaimer, a data footer's session, a
// first-published or last-modified line, a British byline with no "By", an agency's closing footer, and a label line
// over a list of closing prices.
import { strict as assert } from 'node:assert';
import { findAsOfStamps, lintNote, restampEdit } from '../../../src/core/lint';
import { formatIsoDate } from '../../../src/core/lint/calendarDate';
import { today } from './lintHarness';

const stamps = (text: string) => findAsOfStamps(text).map((stamp) => `${text.slice(stamp.offset, stamp.offset + stamp.length)} → ${formatIsoDate(stamp.date)}`);

describe('stamps as outlets write them', () => {
  it('reads a price disclaimer: "Prices correct at …"', () => {
    assert.deepEqual(stamps('Shares in the miner are up 14% this year. Prices correct at 19 November 2026.'), ['Prices correct at 19 November 2026 → 2026-11-19']);
    assert.deepEqual(stamps('_Figures correct on Nov. 19, 2026._'), ['Figures correct on Nov. 19, 2026 → 2026-11-19']);
    // "correct" that dates nothing.
    assert.deepEqual(stamps('The data are correct at the source, which updates daily.'), []);
  });

  it('reads a dateline with a reading time after it: "Nov 19, 2026 · 3 min read"', () => {
    assert.deepEqual(stamps('# Banks rally\n\nThu, Nov 19, 2026, 4:12 PM EST · 3 min read\n\nBanks rallied 2%.'), ['Thu, Nov 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('November 19, 2026 • 4 mins read\n\nBanks rallied 2%.'), ['November 19, 2026 → 2026-11-19']);
    // A dot before an event's name is a calendar's entry, as before.
    assert.deepEqual(stamps('Dec. 16, 2026 · FOMC decision\n\nBanks rallied 2%.'), []);
  });

  it('reads a dateline with its time after a middle dot: "Nov 19, 2026 · 4:05 PM ET"', () => {
    assert.deepEqual(stamps('# Banks rally\n\nNov 19, 2026 · 4:05 PM ET\n\nBanks rallied 2% today.'), ['Nov 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('Thursday, November 19, 2026 • 16:05 GMT\n\nBanks rallied 2% today.'), ['Thursday, November 19, 2026 → 2026-11-19']);
    // An event's name after the time is a calendar's entry, as without the dot.
    assert.deepEqual(stamps('Dec. 16, 2026 · 2:00 PM ET FOMC decision\n\nBanks rallied 2%.'), []);
  });

  it('reads an update line with a dash before its date, and one after a desk\'s slash', () => {
    assert.deepEqual(stamps('Updated - November 19, 2026 at 04:05 PM.\n\nBanks rallied 2% today.'), ['Updated - November 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('Business Desk / Updated: Nov 19, 2026, 16:05 IST\n\nBanks rallied 2% today.'), ['Updated: Nov 19, 2026 → 2026-11-19']);
    // A dash before a figure, and a slash inside a word, are no field's.
    assert.deepEqual(stamps('Updated -3% on the day.\n'), []);
    assert.deepEqual(stamps('Prices 11/Updated: Nov 19, 2026\n'), []);
  });

  it('reads a masthead\'s dateline with its time after a dash, ending the line: "November 19, 2026 — 4.05pm"', () => {
    assert.deepEqual(stamps('# Banks rally\n\nNovember 19, 2026 — 4.05pm\n\nBanks rallied 2% today.'), ['November 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('Nov 19, 2026 – 4:05 PM\n\nBanks rallied 2% today.'), ['Nov 19, 2026 → 2026-11-19']);
  });

  it('reads "at the time of publication (<date>)", a time of day written in words and a wire\'s "0930 GMT"', () => {
    assert.deepEqual(stamps('At the time of publication (Nov. 19, 2026), the shares were at $12.10.'), ['At the time of publication (Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('At time of writing (19 November 2026) the shares were at 412p.'), ['At time of writing (19 November 2026 → 2026-11-19']);
    assert.deepEqual(stamps('Prices as of noon ET on Nov. 19, 2026.'), ['as of noon ET on Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('Quotes as of midday Nov. 19, 2026.'), ['as of midday Nov. 19, 2026 → 2026-11-19']);
    // A wire's four-digit time, only with its zone: "As of 2026" alone is a year.
    assert.deepEqual(stamps('As of 0930 GMT on Nov. 19, 2026, sterling was flat.'), ['As of 0930 GMT on Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('As of 1200 shares outstanding on Nov. 19, 2026, the float was thin.'), []);
    // Without a date they date nothing.
    assert.deepEqual(stamps('At the time of publication, the shares were at $12.10. As of noon, the index was flat.'), []);
  });

  it('reads "as of this writing on <date>" and "at press time on <date>", as newsrooms date the moment of writing', async () => {
    assert.deepEqual(stamps('As of this writing on Nov. 19, 2026, the shares were flat.'), ['As of this writing on Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('At press time on Nov. 19, 2026, the shares were at $12.10.'), ['At press time on Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('As of press time (Nov. 19, 2026) the index was flat.'), ['As of press time (Nov. 19, 2026 → 2026-11-19']);
    // Without a date they date nothing (relative-time asks for one).
    assert.deepEqual(stamps('At press time, the shares were flat. As of this writing, I own shares.'), []);
    // A re-stamp replaces the date alone.
    const text = 'As of this writing on Nov. 19, 2026, the miner is up 14% this year.\n';
    const stamp = findAsOfStamps(text)[0];
    assert.equal(text.slice(stamp.restampOffset, stamp.restampOffset + stamp.restampLength), 'Nov. 19, 2026');
    // And the note is dated: its "this year" is anchored.
    assert.deepEqual(await lintNote(text, { today, only: ['relative-time'] }), []);
  });

  it('reads a session with its hour before the date: "as of the 4 p.m. close on <date>"', () => {
    assert.deepEqual(stamps('All prices are as of the 4 p.m. close on Nov. 19, 2026.'), ['as of the 4 p.m. close on Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('As of the 4 p.m. ET close, Nov. 19, 2026, the fund was flat.'), ['As of the 4 p.m. ET close, Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('Quotes as of the 4:00 pm market close on 11/19/2026.'), ['as of the 4:00 pm market close on 11/19/2026 → 2026-11-19']);
    // An hour with no session after it is no lead: "the 4 p.m. fixing" names something else.
    assert.deepEqual(stamps('As of the 4 p.m. fixing on Nov. 19, 2026, gold was flat.'), []);
    // An ordinal after "the" still opens its date.
    assert.deepEqual(stamps('As of the 4th of November 2026, the fund was flat.'), ['As of the 4th of November 2026 → 2026-11-04']);
  });

  it('reads a session with its date inside: "as of the <date> close"', () => {
    assert.deepEqual(stamps('Quotes as of the Nov. 19, 2026 close.'), ['as of the Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('Data as of the 19 November 2026 close.'), ['as of the 19 November 2026 → 2026-11-19']);
    // AP style sets a comma after the year, before the session.
    assert.deepEqual(stamps('Prices are as of the Nov. 19, 2026, close.'), ['as of the Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('Data as of the Nov. 19, 2026, report were revised.'), []);
    // A month alone after "the" names an event, not a session.
    assert.deepEqual(stamps('As of the November 2026 rebalance, the fund holds 40 names.'), []);
    // Without its session after it, the date names something else.
    assert.deepEqual(stamps('Data as of the Nov. 19, 2026 report were revised.'), []);
    // A re-stamp keeps the article and the session.
    const text = 'Data as of the Nov. 19, 2026 close.';
    const edit = restampEdit(findAsOfStamps(text)[0], { year: 2026, month: 11, day: 27 })!;
    assert.equal(text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset + edit.length), 'Data as of the Nov. 27, 2026 close.');
  });

  it('reads "First published" and "Last modified" lines', () => {
    assert.deepEqual(stamps('First published on Nov. 19, 2026\n\nBanks rallied 2% this week.'), ['First published on Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('*Last modified on 19 November 2026*\n\nBanks rallied 2% this week.'), ['Last modified on 19 November 2026 → 2026-11-19']);
    // A modification line is an update line: another stamp of the note dates it instead.
    assert.deepEqual(stamps('As of Nov. 18, 2026, banks led.\n\nLast modified on Nov. 19, 2026\n'), ['As of Nov. 18, 2026 → 2026-11-18']);
    // Mid-sentence, a first publication dates something else.
    assert.deepEqual(stamps('The benchmark was first published on Jan. 3, 1994.'), []);
  });

  it('reads an agency footer: "This report by … was first published <date>."', () => {
    const note = 'The main index rose 120 points on the day.\n\nThis report by The Prairie Wire was first published Nov. 19, 2026.\n';
    assert.deepEqual(stamps(note), ['first published Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('This story by our desk was first published on 19 November 2026.'), ['first published on 19 November 2026 → 2026-11-19']);
  });

  it('reads a byline with no "By" near the top when it carries a date and a time', () => {
    assert.deepEqual(stamps('# Miners drag London lower\n\nAlex Morgan Thu 19 Nov 2026 16.05 GMT\n\nThe FTSE 100 fell 0.4%.'), ['Thu 19 Nov 2026 → 2026-11-19']);
    assert.deepEqual(stamps('# Miners drag London lower\nAlex Morgan, Markets Reporter | 19 November 2026 • 4:05pm\n'), ['19 November 2026 → 2026-11-19']);
    // No time and no writer's title, or too far down the note: a heading or an event as often as a byline.
    assert.deepEqual(stamps('# Miners drag London lower\nAlex Morgan | 19 November 2026\n'), []);
    assert.deepEqual(stamps('# Q3 results\nInvestor Day, Analyst Meeting | 10 October 2026\n'), []);
    assert.deepEqual(stamps('# Miners\n\nOne.\n\nTwo.\n\nAlex Morgan Thu 19 Nov 2026 16.05 GMT\n'), []);
  });

  it('reads a byline with no "By" and no time when a writer\'s title follows the name', () => {
    assert.deepEqual(stamps('# Miners drag London lower\nAlex Morgan, Markets Reporter | 19 November 2026\n'), ['19 November 2026 → 2026-11-19']);
    assert.deepEqual(stamps('# Miners\n\nJo Park, Senior Analyst · Nov 19, 2026\n\nMiners fell 2% today.'), ['Nov 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('# Miners\n\nJo Park, CFA — November 19, 2026\n'), ['November 19, 2026 → 2026-11-19']);
    // Words after the date make it a sentence's or an entry's.
    assert.deepEqual(stamps('# Miners\nAlex Morgan, Markets Reporter | 19 November 2026 — Miners fell.\n'), []);
  });

  it('reads no byline in a note\'s first line, nor in a name with an acronym: an event\'s title', () => {
    // The first line is the note's title: an event's, whose day is one to come.
    assert.deepEqual(stamps('Fed Decision Watch Dec. 16, 2026 2:00 PM ET\n\nBanks rallied 2% this week.'), []);
    assert.deepEqual(stamps('\nRate Call Preview Wed 16 Dec 2026 14.00 GMT\n\nBanks rallied.'), []);
    // Under a heading, a name with a word in capitals is an event's too.
    assert.deepEqual(stamps('# Rates\nFOMC Decision Dec. 16, 2026 2:00 PM ET\n\nBanks rallied.'), []);
    // Under a headline, a line of capitalised words dated after today is an event's: no piece is published ahead.
    const withToday = (text: string) => findAsOfStamps(text, undefined, { today: { year: 2026, month: 11, day: 21 } }).map((stamp) => formatIsoDate(stamp.date));
    assert.deepEqual(withToday('# Q3 results\nInvestor Day Dec. 10, 2026 9:00 AM ET\n\nBanks rallied.'), []);
    assert.deepEqual(withToday('# Q3 results\nAlex Morgan Thu 19 Nov 2026 16.05 GMT\n\nBanks rallied.'), ['2026-11-19']);
    // A title after the name may hold capitals.
    assert.deepEqual(stamps('# Miners drag London lower\nAlex Morgan, CFA | 19 November 2026 • 4:05pm\n'), ['19 November 2026 → 2026-11-19']);
  });

  it('reads a page\'s date fields: "Publication date:", "Last Modified Date:", "Date:", and in a list of details', () => {
    assert.deepEqual(stamps('# Banks\n\nPublication date: 19 November 2026\n'), ['Publication date: 19 November 2026 → 2026-11-19']);
    assert.deepEqual(stamps('# Banks\n\nDate published: Nov. 19, 2026\n'), ['Date published: Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('# Banks\n\nLast Modified Date: 19 November 2026\n'), ['Last Modified Date: 19 November 2026 → 2026-11-19']);
    assert.deepEqual(stamps('# Banks\n\n- Written by Jo Park\n- Last updated: Nov 19, 2026\n'), ['Last updated: Nov 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('# Banks\n\n* Published Nov 19, 2026\n'), ['Published Nov 19, 2026 → 2026-11-19']);
    // A memo's "Date:" field, with or without emphasis, is a date standing alone: it may head an event's notice too.
    const memo = '# Banks\n\n**Date:** November 19, 2026\n**Analyst:** Jo Park\n';
    assert.deepEqual(stamps(memo), ['Date:** November 19, 2026 → 2026-11-19']);
    assert.equal(findAsOfStamps(memo)[0].bare, 'line');
    // A dividend's dates and a date field mid-line are not the note's.
    assert.deepEqual(stamps('Pay date: Dec 30, 2026\n\nEx-date: 12/10/2026\n\nThe record date: Dec 16, 2026 for the dividend.\n'), []);
    // A list item that only starts with a date word is an entry, not a field.
    assert.deepEqual(stamps('- Updated guidance on Nov 19, 2026\n'), []);
  });

  it('reads a price field dated before its colon: "Closing price on 11/19/2026: $271.00"', () => {
    assert.deepEqual(stamps('Closing price on 11/19/2026: $271.00\n'), ['Closing price on 11/19/2026 → 2026-11-19']);
    assert.deepEqual(stamps('Closing price on Nov 19, 2026 was a record.\n'), []);
  });

  it('reads a label line over closing prices: "Closing prices 11/19/26:"', () => {
    assert.deepEqual(stamps('Closing prices 11/19/26:\n\n- Apple (AAPL) $271.00\n'), ['Closing prices 11/19/26 → 2026-11-19']);
    assert.deepEqual(stamps('**Closing quotes Nov. 19, 2026:**\n'), ['Closing quotes Nov. 19, 2026 → 2026-11-19']);
    // An index table's caption, with or without a comma before its date.
    assert.deepEqual(stamps('Closing levels, Nov. 19, 2026:\n\n| Index | Last |\n'), ['Closing levels, Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('**Closing prices, 11/19/26:**\n'), ['Closing prices, 11/19/26 → 2026-11-19']);
    // Without its colon the date is part of a sentence.
    assert.deepEqual(stamps('Closing prices 11/19/26 were mixed.\n'), []);
    // Unless the line is only the label and its date: a title over a table.
    assert.deepEqual(stamps('Closing prices, October 13, 2026\n\n| Ticker | Close |\n'), ['Closing prices, October 13, 2026 → 2026-10-13']);
    assert.deepEqual(stamps('**Closing levels, Nov. 19, 2026**\n'), ['Closing levels, Nov. 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('Closing prices, October 13, 2026 and what came next\n'), []);
  });

  it('reads a data page\'s "Market close: <date>" line', () => {
    assert.deepEqual(stamps('# Closing snapshot\n\nMarket close: Nov 19, 2026\n\nBanks rallied 2% today.'), ['Market close: Nov 19, 2026 → 2026-11-19']);
    assert.deepEqual(stamps('**Session close:** 11/19/2026\n'), ['Session close:** 11/19/2026 → 2026-11-19']);
    // A day to come is a holiday schedule's early close, no typo.
    const schedule = findAsOfStamps('Market close: 1 p.m. ET, Nov. 27, 2026\n', undefined, { today: { year: 2026, month: 11, day: 20 } });
    assert.equal(schedule[0]?.bare, 'line');
    // Without its colon, or mid-sentence, "market close" is the session a sentence speaks of.
    assert.deepEqual(stamps('Market close Nov 19, 2026 was calm.\n'), []);
    assert.deepEqual(stamps('Shares slid after the market close: Nov 19, 2026 was busy.\n'), []);
  });

  it('reads a fund sheet\'s "for periods ended <date>" as the end of the periods its returns cover', () => {
    const read = (text: string) => findAsOfStamps(text).map((stamp) => `${text.slice(stamp.offset, stamp.offset + stamp.length)} → ${formatIsoDate(stamp.date)}${stamp.periodEnd ? ' (period end)' : ''}`);
    assert.deepEqual(read('Performance for periods ended 10/31/2026\n'), ['for periods ended 10/31/2026 → 2026-10-31 (period end)']);
    assert.deepEqual(read('Average annual total returns (%) for periods ended October 31, 2026: the fund returned 8%.\n'), [
      'for periods ended October 31, 2026 → 2026-10-31 (period end)',
    ]);
    assert.deepEqual(read('Periods ending Sept. 30, 2026\n'), ['Periods ending Sept. 30, 2026 → 2026-09-30 (period end)']);
    assert.deepEqual(read('Returns for the period ending 9/30/2026 were 4%.\n'), ['for the period ending 9/30/2026 → 2026-09-30 (period end)']);
    assert.deepEqual(read('Performance figures are for periods ended September 30, 2026.\n'), ['for periods ended September 30, 2026 → 2026-09-30 (period end)']);
    assert.deepEqual(read('Returns shown are for the period ending 9/30/2026.\n'), ['for the period ending 9/30/2026 → 2026-09-30 (period end)']);
    // A company's own reporting period dates its results, not the note's review.
    assert.deepEqual(read('For the period ended September 30, 2026, revenue rose 5%.\n'), []);
    assert.deepEqual(read('Net income for the periods ended September 30, 2026 and 2025 rose.\n'), []);
  });

  it('dates the note for the rules: a relative phrase under such a stamp is anchored', async () => {
    const findings = await lintNote('Prices correct at 19 November 2026.\n\nThe miner is up 14% this year.\n', { today, only: ['relative-time'] });
    assert.deepEqual(findings, []);
  });
});
