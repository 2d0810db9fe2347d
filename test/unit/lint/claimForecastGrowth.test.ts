// Results stories set the reported growth beside what was expected of it: the analysts' consensus before the
// report, the company's own outlook for the next quarter. Each is true on its own, so an expectation is compared only
// with other expectations, never with the figure reported. Fixtures are our own sentences about made-up companies.
import { strict as assert } from 'node:assert';
import { resolveLintConfig } from '../../../src/core/lint';
import { readsAs as readsAsAt } from './claimsOf';
import { lintTogether } from './wireScore';

const readsAs = (cases: ReadonlyArray<[string, string, string[]]>) => readsAsAt(cases, 'November 20, 2026');
const q3 = 'quarter:2026-Q3';

describe('claims: growth someone expects is counted apart from growth reported', () => {
  readsAs([
    ['analysts expect a company to post growth', 'Wall Street expects Tollan Devices (TLND) to post third-quarter earnings growth of 20%.', [`ticker:TLND|earnings-growth:expected|${q3} 19.5…20.5 "20%"`]],
    ['the company sees growth', 'Tollan Devices (TLND) sees fourth-quarter revenue growing about 9%.', ['ticker:TLND|revenue-growth:expected|quarter:2026-Q4 8.5…9.5 "about 9%"']],
    ['"would rise"', 'Tollan Devices (TLND) said fourth-quarter revenue would rise 4%.', ['ticker:TLND|revenue-growth:expected|quarter:2026-Q4 3.5…4.5 "4%"']],
    ['a consensus estimate', 'The consensus estimate calls for S&P 500 fourth-quarter earnings growth of 8%.', ['sp-500|earnings-growth:expected|quarter:2026-Q4 7.5…8.5 "8%"']],
    ['an expectation named after the value', 'S&P 500 fourth-quarter earnings growth of 8% is expected.', ['sp-500|earnings-growth:expected|quarter:2026-Q4 7.5…8.5 "8%"']],
    ['an expectation on a basis', 'Analysts expect Tollan Devices (TLND) to post third-quarter adjusted EPS growth of 15%.', [`ticker:TLND|earnings-growth:expected+adjusted+per-share|${q3} 14.5…15.5 "15%"`]],
  ]);
  readsAs([
    ['the result, with no forecast word', 'Tollan Devices (TLND) said third-quarter revenue rose 9%.', [`ticker:TLND|revenue-growth|${q3} 8.5…9.5 "9%"`]],
    ['a better-than-expected result', 'Tollan Devices (TLND) said better-than-expected third-quarter revenue rose 9%.', [`ticker:TLND|revenue-growth|${q3} 8.5…9.5 "9%"`]],
    ['a result that beat estimates', 'Tollan Devices (TLND) beat estimates as third-quarter revenue rose 9%.', [`ticker:TLND|revenue-growth|${q3} 8.5…9.5 "9%"`]],
    ['a result larger than expected', 'Tollan Devices (TLND) said third-quarter revenue rose 9%, more than expected.', [`ticker:TLND|revenue-growth|${q3} 8.5…9.5 "9%"`]],
  ]);

  // A results headline sets the expectation right after its value, with the source's name between at most.
  const reported = `ticker:TLND|revenue-growth|${q3} 15.5…16.5 "16%"`;
  readsAs([
    ['"vs. 12% expected"', 'Tollan Devices (TLND) third-quarter revenue rose 16% vs. 12% expected.', [reported, `ticker:TLND|revenue-growth:expected|${q3} 11.5…12.5 "12%"`]],
    [
      '"the 12% Visible Alpha consensus"',
      'Tollan Devices (TLND) third-quarter revenue growth of 16% topped the 12% Visible Alpha consensus.',
      [reported, `ticker:TLND|revenue-growth:expected|${q3} 11.5…12.5 "12%"`],
    ],
    ['a result above expectations is still the result', 'Tollan Devices (TLND) third-quarter revenue rose 16% above expectations.', [reported]],
  ]);

  it('does not set the preview’s expected growth against the reported growth, in one note or two', async () => {
    const preview = 'Analysts expect Tollan Devices (TLND) to report third-quarter revenue growth of 12%.';
    const result = 'Tollan Devices (TLND) said third-quarter revenue rose 9%.';
    const together = await lintTogether({ 'a.md': `As of 2026-11-20.\n\n${preview} ${result}\n` }, '2026-11-21', resolveLintConfig());
    assert.deepEqual(together['a.md'], []);
    const apart = await lintTogether({ 'a.md': `As of 2026-11-18.\n\n${preview}\n`, 'b.md': `As of 2026-11-20.\n\n${result}\n` }, '2026-11-21', resolveLintConfig());
    assert.deepEqual([...apart['a.md'], ...apart['b.md']], []);
  });

  it('does not set the expectation a headline gives after the result against it', async () => {
    const found = await lintTogether({ 'a.md': 'As of 2026-11-20.\n\nTollan Devices (TLND) third-quarter revenue rose 16% vs. 12% expected.\n' }, '2026-11-21', resolveLintConfig());
    assert.deepEqual(found['a.md'], []);
  });

  it('still sets two expectations of one quarter against each other, and names them expected', async () => {
    const notes = { 'a.md': 'As of 2026-11-20.\n\nAnalysts expect Tollan Devices (TLND) to report third-quarter revenue growth of 12%.\n', 'b.md': 'As of 2026-11-20.\n\nAnalysts expect Tollan Devices (TLND) to report third-quarter revenue growth of 4%.\n' };
    const found = await lintTogether(notes, '2026-11-21', resolveLintConfig());
    assert.match(found['a.md'][0]?.message ?? '', /^TLND's expected revenue growth \(Q3 2026\) is \+12% /);
  });
});
