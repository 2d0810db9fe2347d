// A company introduced with its listing and named again without it: the later name stands for the listing, so a
// move given under the name is a claim about the stock ("Nvidia (NASDAQ: NVDA) reported … Nvidia shares fell 1.2%
// on Friday"). Only names the note ties to one listing count. Sentences are our own.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt } from './claimsOf';

const claimsOf = (text: string) => claimsAt(text, 'November 27, 2026');

describe('claims: a company named again after its listing', () => {
  it('reads the name as the listing it was introduced with', () => {
    assert.deepEqual(claimsOf('Orcadia Systems (NASDAQ: ORCD) reported on Wednesday. Orcadia Systems shares dropped 1.2% on Friday.'), [
      'ticker:ORCD|return|day:2026-11-27 -1.25…-1.15 "1.2%"',
    ]);
    assert.deepEqual(claimsOf('Shares of Harbour Foods (HBFD) rallied. Harbour Foods is up 12% this year.'), ['ticker:HBFD|return|ytd:2026 11.5…12.5 "12%"']);
  });

  it('drops the corporate tail writers drop, and the words that open the phrase', () => {
    assert.deepEqual(claimsOf('Lumen Grove Group Holding Ltd. (NYSE: LGRV) reports today. Lumen Grove shares are up 40% this year.'), ['ticker:LGRV|return|ytd:2026 39.5…40.5 "40%"']);
    assert.deepEqual(claimsOf('The Quarry Bank of Ohio (NYSE: QBO) reports today. Quarry Bank of Ohio shares rose 2% on Friday, while bank shares rose 1%.'), [
      'ticker:QBO|return|day:2026-11-27 1.5…2.5 "2%"',
      'banks|return|day:2026-11-27 0.5…1.5 "1%"',
    ]);
  });

  it('leaves a longer name, a benchmark’s name and a name given to two listings alone', () => {
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) reports. Orcadia Hospitality fell 3% on Friday.'), []);
    assert.deepEqual(claimsOf('Nasdaq Inc. (NASDAQ: NDAQ) reports today. The Nasdaq rose 1% on Friday.'), ['nasdaq-composite|return|day:2026-11-27 0.5…1.5 "1%"']);
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCA) and Orcadia (NYSE: ORCB) both report. Orcadia fell 3% on Friday.'), []);
  });

  it('reads the listed symbol\'s possessive before a move\'s size as the listing\'s', () => {
    assert.deepEqual(claimsOf('Orcadia Systems (NASDAQ: ORCD) reports on Wednesday. ORCD\'s 18% year-to-date gain trails the group.'), [
      'ticker:ORCD|return|ytd:2026 17.5…18.5 "18%"',
    ]);
  });

  it('leaves a name the note never tied to a listing to the name alone (unlistedNames.test.ts)', () => {
    assert.deepEqual(claimsOf('Orcadia shares dropped 1.2% on Friday.'), ['ticker:~Orcadia|return|day:2026-11-27 -1.25…-1.15 "1.2%"']);
  });
});
