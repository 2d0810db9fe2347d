// A results release gives its growth twice: as reported, and restated on another basis (at constant currency,
// organically, without acquisitions) or against another base (the quarter before). Both are true, so the restated figure makes no claim, as a segment's does, and
// the reported one is read as before. Fixtures are our own sentences about made-up companies.
import { strict as assert } from 'node:assert';
import { resolveLintConfig } from '../../../src/core/lint';
import { readsAs as readsAsAt } from './claimsOf';
import { conflictsOfSentences, lintTogether } from './wireScore';

const readsAs = (cases: ReadonlyArray<[string, string, string[]]>) => readsAsAt(cases, 'November 20, 2026');
const q3 = 'quarter:2026-Q3';
const reported = (value: string, low: number, high: number) => [`ticker:MRDN|revenue-growth|${q3} ${low}…${high} "${value}"`];

describe('claims: growth restated on another basis makes no claim; the reported figure keeps its own', () => {
  readsAs([
    ['", or … in constant currency"', 'Meridane Foods (MRDN) said third-quarter revenue rose 6%, or 9% in constant currency.', reported('6%', 5.5, 6.5)],
    ['"at constant exchange rates" after "but"', 'Meridane Foods (MRDN) third-quarter revenue fell 3%, but grew 2% at constant exchange rates.', reported('3%', -3.5, -2.5)],
    ['"organically"', 'Meridane Foods (MRDN) said third-quarter sales rose 4% organically.', []],
    ['"excluding acquisitions" in a restatement', 'Meridane Foods (MRDN) third-quarter revenue rose 6% from a year earlier, or 2% excluding acquisitions.', reported('6%', 5.5, 6.5)],
    ['"excluding the effects of currency"', 'Meridane Foods (MRDN) third-quarter revenue rose 6%, or 8% excluding the effects of currency.', reported('6%', 5.5, 6.5)],
    ['a basis in parentheses', 'Meridane Foods (MRDN) third-quarter revenue rose 6% (9% at constant currency).', reported('6%', 5.5, 6.5)],
    ['a lead that names the basis', 'On an organic basis, Meridane Foods (MRDN) third-quarter revenue rose 2%.', []],
    ['a like-for-like basis', 'Meridane Foods (MRDN) third-quarter sales rose 3% on a like-for-like basis.', []],
    ['"excluding items" is adjusted', 'Meridane Foods (MRDN) third-quarter earnings rose 30%, or 14% excluding items.', [`ticker:MRDN|earnings-growth|${q3} 29.5…30.5 "30%"`]],
    ['"excluding a one-time gain"', 'Meridane Foods (MRDN) third-quarter revenue rose 6%, or 4% excluding a one-time licensing payment.', reported('6%', 5.5, 6.5)],
    ['growth in two currencies', 'In its third quarter, Meridane Foods (MRDN) grew revenue 12% in dollars and 15% in euros.', []],
    ['the other basis first, the reported after it', 'Meridane Foods (MRDN) third-quarter revenue rose 9% in constant currency and 6% as reported.', reported('6%', 5.5, 6.5)],
  ]);

  readsAs([
    ['"sequentially"', 'Meridane Foods (MRDN) third-quarter revenue rose 15% from a year earlier, and 4% sequentially.', reported('15%', 14.5, 15.5)],
    ['"quarter over quarter"', 'Meridane Foods (MRDN) third-quarter revenue grew 5% quarter over quarter.', []],
    ['"from the second quarter" is the base, not the period', 'Meridane Foods (MRDN) third-quarter revenue rose 3% from the second quarter.', []],
    ['a lead that compares with the quarter before', 'Sequentially, Meridane Foods (MRDN) third-quarter revenue rose 4%.', []],
    ['the year-ago quarter stays the reported growth', 'Meridane Foods (MRDN) third-quarter revenue rose 15% from the year-ago quarter.', reported('15%', 14.5, 15.5)],
    ['a quarter named as the base is not the period', 'Meridane Foods (MRDN) third-quarter revenue rose 15% from the third quarter of 2025.', []],
  ]);

  // Brokers and India's results roundups write the base short ("q/q", "QoQ"), as a basis ("on a sequential basis"),
  // or once for a list in the label before it ("Q2FY27 (Consolidated, QoQ):"): a lead's digits name its quarter or
  // its listing, and its basis still counts.
  readsAs([
    ['"q/q" before "y/y"', 'Meridane Foods (MRDN) third-quarter revenue rose 4% q/q and 15% y/y.', reported('15%', 14.5, 15.5)],
    ['"q/q" after "y/y"', 'Meridane Foods (MRDN) third-quarter revenue rose 15% y/y and 4% q/q.', reported('15%', 14.5, 15.5)],
    ['"on a sequential basis"', 'Meridane Foods (MRDN) third-quarter revenue rose 4% on a sequential basis.', []],
    ['"on a quarter-on-quarter basis"', 'Meridane Foods (MRDN) third-quarter revenue rose 4% on a quarter-on-quarter basis.', []],
    ['"over the preceding three months"', 'Meridane Foods (MRDN) third-quarter revenue rose 4% over the preceding three months.', []],
    ['a lead with the year and the basis', 'In the third quarter of 2026, sequentially, Meridane Foods (MRDN) revenue rose 4%.', []],
    ['a label with its quarter and basis', 'Meridane Foods (MRDN) Q3 2026 (Consolidated, QoQ): revenue up 4% to $2.3 billion.', []],
    ['a label with its quarter and the year-ago basis', 'Meridane Foods (MRDN) Q3 2026 (Consolidated, YoY): revenue up 15% to $2.3 billion.', reported('15%', 14.5, 15.5)],
    ['"half-on-half" is no year-ago growth', 'Meridane Foods (MRDN) third-quarter revenue rose 4% half-on-half.', []],
  ]);

  readsAs([
    ['organic growth told as its own clause is no return', 'Meridane Foods (MRDN) third-quarter revenue rose 6%; organic growth was 3%.', reported('6%', 5.5, 6.5)],
    ['"with … organic growth"', 'Meridane Foods (MRDN) third-quarter revenue rose 6%, with 3% organic growth.', reported('6%', 5.5, 6.5)],
    [
      'a bare "growth" is the measure grown before it',
      'Meridane Foods (MRDN) third-quarter revenue rose 15%, up from 9% growth in the second quarter.',
      [...reported('15%', 14.5, 15.5), 'ticker:MRDN|revenue-growth|quarter:2026-Q2 8.5…9.5 "9%"'],
    ],
    ['a bare "growth" with no measure before it makes no claim', 'Meridane Foods (MRDN) posted 9% growth in the second quarter.', []],
  ]);

  it('does not set a roundup’s quarter-on-quarter figure against another note’s year-on-year one', async () => {
    const found = await conflictsOfSentences(
      {
        'roundup.md': 'Meridane Foods (MRDN) Q3 2026 (Consolidated, QoQ): revenue up 4% to $2.3 billion.',
        'results.md': 'Meridane Foods (MRDN) third-quarter revenue rose 15% from a year earlier.',
      },
      '2026-11-20',
      '2026-11-21',
    );
    assert.deepEqual(found, [[], []]);
  });

  it('does not set a constant-currency figure against the reported one', async () => {
    const text = 'As of 2026-11-20.\n\nMeridane Foods (MRDN) said third-quarter revenue fell 3%.\n\nMeridane Foods (MRDN) third-quarter revenue rose 4% organically.\n';
    const found = await lintTogether({ 'a.md': text }, '2026-11-21', resolveLintConfig());
    assert.deepEqual(found['a.md'], []);
  });
});
