// An earnings note dates what a company reported at its period's end with "as of": cash, backlog, shares
// outstanding. Under a later stamp that dates the note, such a date is a report's, not a stale review. Fixtures are
// our own sentences about made-up companies.
import { strict as assert } from 'node:assert';
import { findAsOfStamps, lintNote } from '../../../src/core/lint';
import { today } from './lintHarness';

const stale = async (text: string) =>
  (await lintNote(text, { today })).filter((finding) => finding.ruleId === 'stale-as-of').map((finding) => text.slice(finding.offset, finding.offset + finding.length));

const dated = (...lines: string[]) => ['# Results roundup', '', '_As of November 20, 2026._', '', ...lines, ''].join('\n');

describe('stale-as-of: a company’s period-end balance under a later stamp', () => {
  const balances: Array<[string, string]> = [
    ['cash at the quarter’s end', 'Kestrel Foods (KSTL) ended the quarter with $4.1 billion in cash as of September 27, 2026.'],
    ['a sentence that opens on the date', 'As of September 30, 2026, Orbital Freight (OFX) had a backlog of $12 billion.'],
    ['shares outstanding from the filing', 'Harbor Mills (HRBM) had 310 million shares outstanding as of October 16, 2026, per its 10-Q.'],
    ['a buyback authorization in an aside', 'The repurchase authorization, as of June 30, 2026, had $2 billion left.'],
  ];
  for (const [name, line] of balances) {
    it(`is not stale: ${name}`, async () => {
      assert.deepEqual(await stale(dated(line)), []);
      assert.equal(findAsOfStamps(dated(line)).filter((stamp) => stamp.reportedBalance).length, 1);
    });
  }

  it('is still a stamp that dates the figures after it', () => {
    const stamps = findAsOfStamps(dated('As of September 30, 2026, Orbital Freight (OFX) had a backlog of $12 billion.'));
    assert.deepEqual(
      stamps.map((stamp) => stamp.dateText),
      ['November 20, 2026', 'September 30, 2026'],
    );
  });

  it('is stale when nothing later dates the note', async () => {
    assert.deepEqual(await stale('Orbital Freight (OFX) had a backlog of $12 billion as of September 30, 2026.\n'), ['September 30, 2026']);
  });

  it('is stale when the note’s own stamp is older still', async () => {
    const text = '_As of August 3, 2026._\n\nOrbital Freight (OFX) had a backlog of $12 billion as of September 30, 2026.\n';
    assert.deepEqual(await stale(text), ['August 3, 2026', 'September 30, 2026']);
  });

  it('leaves an older stamp of market figures stale under a later one', async () => {
    const text = dated('As of September 30, 2026, Orbital Freight (OFX) closed at $41.20 and was up 12% for the year.');
    assert.deepEqual(await stale(text), ['September 30, 2026']);
  });

  it('leaves a fund’s holdings and returns stale under a later stamp', async () => {
    const text = dated('As of October 15, 2026, the fund holds 40% cash and has returned 3% year-to-date.');
    assert.deepEqual(await stale(text), ['October 15, 2026']);
  });

  it('leaves a stamp whose sentence names no balance stale: "the quarter" alone is no report', async () => {
    const text = dated('As of September 30, 2026, the quarter has been kind to Harbor Mills (HRBM).');
    assert.deepEqual(await stale(text), ['September 30, 2026']);
  });
});
