// "over the same stretch", "in the same period": a reference back that says "same" is the period named just before
// it — the one its sentence named earlier, or, opening a sentence, the one the sentence before it named. Anything less
// certain stays a reference back, which makes no claim. Sentences are our own, in the manner of weekly wraps.
import { readsAs } from './claimsOf';

const week = 'week:2026-11-23';

describe('claims: "the same period" is the one period named just before it', () => {
  readsAs(
    [
      [
        'in its sentence',
        'The S&P 500 rose 1.2% this week, and the Nasdaq gained 2.0% over the same stretch.',
        [`sp-500|return|${week} 1.15…1.25 "1.2%"`, `nasdaq-composite|return|${week} 1.95…2.05 "2.0%"`],
      ],
      [
        'after a semicolon, the year to date',
        'Year to date, the S&P 500 is up 16%; the Nasdaq has climbed 21% during the same period.',
        ['sp-500|return|ytd:2026 15.5…16.5 "16%"', 'nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"'],
      ],
      [
        'a span from a low',
        'Small caps are up 9% since the April low, versus 6% for the S&P 500 over the same stretch.',
        ['russell-2000|return|since:april-low 8.5…9.5 "9%"', 'sp-500|return|since:april-low 5.5…6.5 "6%"'],
      ],
      [
        '"that same"',
        'The S&P 500 rose 1.2% this week. During that same stretch, the Nasdaq gained 2.0%.',
        [`sp-500|return|${week} 1.15…1.25 "1.2%"`, `nasdaq-composite|return|${week} 1.95…2.05 "2.0%"`],
      ],
      [
        'opening the sentence after one that named it',
        'The S&P 500 rose 1.2% this week. Over the same period, the Nasdaq gained 2.0%.',
        [`sp-500|return|${week} 1.15…1.25 "1.2%"`, `nasdaq-composite|return|${week} 1.95…2.05 "2.0%"`],
      ],
    ],
    'Friday, November 27, 2026',
  );
});

describe('claims: a reference back in doubt makes no claim', () => {
  readsAs(
    [
      // Which of the two periods before it, the words do not say.
      [
        'two periods before it',
        'The S&P 500 rose 1.2% this week and 3.1% in November, while the Nasdaq gained 2.0% over the same period.',
        [`sp-500|return|${week} 1.15…1.25 "1.2%"`, 'sp-500|return|month:2026-11 3.05…3.15 "3.1%"'],
      ],
      ['"that same period" with a year-ago base after it', 'The S&P 500 rose 1.2% on Friday, while the Nasdaq gained 2.0% during that same period last year.', ['sp-500|return|day:2026-11-27 1.15…1.25 "1.2%"']],
      ['a year-ago base after it', 'The S&P 500 rose 1.2% this week, and the Nasdaq gained 2.0% over the same stretch last year.', [`sp-500|return|${week} 1.15…1.25 "1.2%"`]],
      ['"that period", not said to be the same', 'The S&P 500 rose 1.2% this week, and the Nasdaq gained 2.0% over that period.', [`sp-500|return|${week} 1.15…1.25 "1.2%"`]],
      // A reported measure's "same period" is most often last year's.
      ['beside a reported measure', 'Orcadia’s revenue rose 12% in the third quarter, while the S&P 500 gained 3% over the same period.', []],
      ['in the next paragraph', 'The S&P 500 rose 1.2% this week.\n\nOver the same period, the Nasdaq gained 2.0%.', [`sp-500|return|${week} 1.15…1.25 "1.2%"`]],
      // A heading names a topic, never the period a reference back means.
      ['under a heading only', '## Year to date\n\nOver the same period, the Nasdaq gained 20%.', []],
      ['with nothing before it', 'The Nasdaq has gained 2.0% over the same period.', []],
    ],
    'Friday, November 27, 2026',
  );
});
