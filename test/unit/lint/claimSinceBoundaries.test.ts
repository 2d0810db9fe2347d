// A span that opens at a month's start or the end of the month, quarter or year before it ("since the start of
// November", "since the end of October", "since the end of last quarter"): the month, quarter or year to date when the
// as-of date is still in the one it opens, else a span of its own from that month — never a to-date period it does
// not equal. Sentences are our own, in the manner of month-end wraps and research notes.
import { readsAs } from './claimsOf';

describe('claims: a span from a month’s start or the end of the one before', () => {
  readsAs(
    [
      ['the start of this month', 'The S&P 500 has gained 3.1% since the start of November.', ['sp-500|return|month:2026-11 3.05…3.15 "3.1%"']],
      ['its beginning, opening the sentence', 'Since the beginning of November, the Nasdaq has added 4.2%.', ['nasdaq-composite|return|month:2026-11 4.15…4.25 "4.2%"']],
      ['the end of last month', 'The Dow is up 1.6% since the end of October.', ['dow|return|month:2026-11 1.55…1.65 "1.6%"']],
      ['"last month" unnamed', 'The Dow is up 1.6% since the end of last month.', ['dow|return|month:2026-11 1.55…1.65 "1.6%"']],
      ['the quarter’s first month', 'The Russell 2000 has climbed 6.4% since the start of October.', ['russell-2000|return|quarter:2026-Q4 6.35…6.45 "6.4%"']],
      ['the quarter named', 'The Russell 2000 has climbed 6.4% since the end of the third quarter.', ['russell-2000|return|quarter:2026-Q4 6.35…6.45 "6.4%"']],
      ['the year’s end', 'The S&P 500 is up 14% since the end of December.', ['sp-500|return|ytd:2026 13.5…14.5 "14%"']],
      ['last year’s end', 'The S&P 500 is up 14% since the end of last year.', ['sp-500|return|ytd:2026 13.5…14.5 "14%"']],
      // A month inside the quarter or year before the as-of month is a span of its own: no to-date period's figure.
      ['an earlier month', 'The S&P 500 has gained 5.2% since the start of September.', ['sp-500|return|since:start-of-2026-9 5.15…5.25 "5.2%"']],
      ['a month after the as-of month is last year’s', 'The S&P 500 has gained 18% since the start of December.', ['sp-500|return|since:start-of-2025-12 17.5…18.5 "18%"']],
      ['a year named', 'The S&P 500 has gained 21% since the start of November 2025.', ['sp-500|return|since:start-of-2025-11 20.5…21.5 "21%"']],
      // This month has not ended: no span runs from its end.
      ['not the end of this month', 'The S&P 500 has gained 3.1% since the end of November.', []],
      // An event of the month is where the span starts, some day in it: not the month's first session.
      ['not an event of the month', 'The S&P 500 has gained 3.1% since the start of November’s rally.', []],
      ['not a record’s scope', 'The S&P 500 had its best run since the start of November, adding 3.1%.', []],
    ],
    'Friday, November 27, 2026',
  );
});
