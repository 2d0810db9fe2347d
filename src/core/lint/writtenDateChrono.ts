// chrono-node, configured to read the calendar dates writers put after "as of": "November 20, 2026", "20 Nov 2026",
// "2026-11-20", "11/20/2026", "January 2026". chrono's casual English reader also reads spans of time relative to now
// ("3 days ago", "within two weeks", "next month"), which an as-of stamp never is (only dates with a written year
// count), and those parsers' patterns — every number word times every unit — cost V8 ~140 ms to compile on first
// use: most of a CLI run on a short note. So the reader keeps casual English minus the parsers whose pattern names a
// unit of time. They are picked by what their pattern reads, not by class name, which a minified bundle renames.

import * as chrono from 'chrono-node';

/** What a relative-span parser's pattern names and a calendar-date parser's never does. */
const timeUnitWord = /\b(?:minutes?|hours?)\b/;

function calendarDateChrono(): chrono.Chrono {
  const casual = chrono.en.casual;
  const context = new chrono.ParsingContext('', new Date(0), {});
  const parsers = casual.parsers.filter((parser) => !timeUnitWord.test(parser.pattern(context).source));
  return new chrono.Chrono({ parsers, refiners: casual.refiners });
}

/** The reader, made on first use (building it compiles nothing; the first parse does). */
let reader: chrono.Chrono | undefined;

export function writtenDateChrono(): chrono.Chrono {
  return (reader ??= calendarDateChrono());
}
