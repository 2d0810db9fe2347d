// A clause joined on with a subject of its own — "…, while natural gas gained 1.4%", "…, after Orcadia jumped 4%" —
// is about that subject, which the table may not know: its figure was read as the first clause's subject's, a
// disagreement inside one sentence. And the crude benchmarks, named as the wires name them ("U.S. crude" is WTI).
// Sentences are our own.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt } from './claimsOf';

const claimsOf = (text: string) => claimsAt(text, 'November 27, 2026');

describe('claims: a joined clause with a subject of its own', () => {
  it('gives its figure to no one when the table does not know its subject', () => {
    assert.deepEqual(claimsOf('The Nasdaq rose 0.9% on Friday, while Treasuries gained 0.3%.'), ['nasdaq-composite|return|day:2026-11-27 0.85…0.95 "0.9%"']);
    assert.deepEqual(claimsOf('The Nasdaq rose 0.9% on Friday, after Orcadia jumped 6%.'), ['nasdaq-composite|return|day:2026-11-27 0.85…0.95 "0.9%"']);
  });

  it('still reads a subject it names, a pronoun, "the index" and a verb that carries the subject on', () => {
    assert.deepEqual(claimsOf('The Nasdaq rose 0.9% on Friday, while the Kospi gained 0.3%.'), [
      'nasdaq-composite|return|day:2026-11-27 0.85…0.95 "0.9%"',
      'kospi|return|day:2026-11-27 0.25…0.35 "0.3%"',
    ]);
    for (const tail of ['and it is up 18% this year', 'and the index is up 18% this year', 'but has gained 18% this year']) {
      assert.deepEqual(claimsOf(`The Nasdaq fell 1.1% on Friday, ${tail}.`), ['nasdaq-composite|return|day:2026-11-27 -1.15…-1.05 "1.1%"', 'nasdaq-composite|return|ytd:2026 17.5…18.5 "18%"'], tail);
    }
  });
});

describe('claims: the crude benchmarks', () => {
  it('tells Brent from WTI, "U.S. crude" included, and leaves gas and a person named Brent alone', () => {
    assert.deepEqual(claimsOf('Brent crude rose 1.1% on Friday, while U.S. crude gained 1.3%.'), [
      'brent|return|day:2026-11-27 1.05…1.15 "1.1%"',
      'wti|return|day:2026-11-27 1.25…1.35 "1.3%"',
    ]);
    assert.deepEqual(claimsOf('Brent crude rose 1.1% on Friday, while natural gas gained 1.3%.'), ['brent|return|day:2026-11-27 1.05…1.15 "1.1%"']);
    assert.deepEqual(claimsOf('Brent Thill, an analyst, said Orcadia (ORCD) rose 3% on Friday.'), ['ticker:ORCD|return|day:2026-11-27 2.5…3.5 "3%"']);
    assert.deepEqual(claimsOf('WTI is down 12% this year.'), ['wti|return|ytd:2026 -12.5…-11.5 "12%"']);
  });
});

describe('claims: a relative clause after a listing', () => {
  it('is about the listed company, its bracket closed between', () => {
    assert.deepEqual(claimsOf('Nvidia (NASDAQ: NVDA), which has gained 38% this year, fell 3% on Friday.'), [
      'ticker:NVDA|return|ytd:2026 37.5…38.5 "38%"',
      'ticker:NVDA|return|day:2026-11-27 -3.5…-2.5 "3%"',
    ]);
    assert.deepEqual(claimsOf('Nvidia (NASDAQ: NVDA) shares, which are up 38% this year, fell 3% on Friday.'), [
      'ticker:NVDA|return|ytd:2026 37.5…38.5 "38%"',
      'ticker:NVDA|return|day:2026-11-27 -3.5…-2.5 "3%"',
    ]);
  });

  it('not a name the clause does not follow', () => {
    assert.deepEqual(claimsOf('Nvidia (NASDAQ: NVDA) fell 3% on Friday after its biggest customer, which is up 80% this year, cut orders.'), [
      'ticker:NVDA|return|day:2026-11-27 -3.5…-2.5 "3%"',
    ]);
  });
});
