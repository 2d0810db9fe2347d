// A multi-year return is told as the whole move and as the rate a year that compounds to it. Both are true of one
// span, so they may not conflict. Fixtures are our own sentences about made-up companies.
import { strict as assert } from 'node:assert';
import { resolveLintConfig } from '../../../src/core/lint';
import { readsAs as readsAsAt } from './claimsOf';
import { conflictsOfSentences, lintTogether } from './wireScore';

const readsAs = (cases: ReadonlyArray<[string, string, string[]]>) => readsAsAt(cases, 'November 20, 2026');

describe('claims: a rate a year is keyed apart from the whole move over the span', () => {
  readsAs([
    [
      '", or … a year"',
      'Quillon Robotics (QLRB) stock has gained 61% over the past five years, or 10% a year.',
      ['ticker:QLRB|return|span:60m 60.5…61.5 "61%"', 'ticker:QLRB|return|span:60m:annualized 9.5…10.5 "10%"'],
    ],
    [
      '"annualized" after the value',
      'Quillon Robotics (QLRB) stock has gained 48% over the past three years, or about 14% annualized.',
      ['ticker:QLRB|return|span:36m 47.5…48.5 "48%"', 'ticker:QLRB|return|span:36m:annualized 13.3…14.7 "about 14%"'],
    ],
    ['the whole move alone', 'Quillon Robotics (QLRB) stock has gained 48% over the past three years.', ['ticker:QLRB|return|span:36m 47.5…48.5 "48%"']],
    ['"a year ago" is no rate', 'Quillon Robotics (QLRB) stock is up 12% from a year ago.', ['ticker:QLRB|return|span:12m 11.5…12.5 "12%"']],
  ]);

  // A fund's page names the rate first and gives its value later in the clause, or puts "annualised" before the span.
  readsAs([
    [
      '"annualised" before the span',
      'Quillon Robotics (QLRB) stock has an annualised three-year return of 14%.',
      ['ticker:QLRB|return|span:36m:annualized 13.5…14.5 "14%"'],
    ],
    [
      'the annualized return named first, its value after the span',
      'Quillon Robotics (QLRB) stock’s annualized return over the past three years was 14%.',
      ['ticker:QLRB|return|span:36m:annualized 13.5…14.5 "14%"'],
    ],
    [
      'another value between keeps the later one the whole move',
      'Quillon Robotics (QLRB) stock’s annualized return was 14%, and it gained 48% over the past three years.',
      ['ticker:QLRB|return|span:36m 47.5…48.5 "48%"'],
    ],
  ]);

  it('does not set an annualised return named before the span against the whole move in another note', async () => {
    const found = await conflictsOfSentences(
      {
        'factsheet.md': 'Quillon Robotics (QLRB) stock has an annualised three-year return of 14%.',
        'review.md': 'Quillon Robotics (QLRB) stock has gained 48% over the past three years.',
      },
      '2026-11-20',
      '2026-11-21',
    );
    assert.deepEqual(found, [[], []]);
  });

  it('does not set the rate a year against the whole move', async () => {
    const text = 'As of 2026-11-20.\n\nQuillon Robotics (QLRB) stock has gained 48% over the past three years, or about 14% annualized.\n';
    const found = await lintTogether({ 'a.md': text }, '2026-11-21', resolveLintConfig());
    assert.deepEqual(found['a.md'], []);
  });
});
