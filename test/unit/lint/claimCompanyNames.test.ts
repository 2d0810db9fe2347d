// A group's or a benchmark's name inside a company's is the company's ("Deutsche Bank shares", "Duke Energy
// shares", "Barrick Gold", "Hang Seng Bank"): a move of that company's shares is no claim about the banks, energy
// stocks, gold or the index, and must not conflict with a note that gives the group's own. And Asia's other
// benchmarks as the regional wraps name them. Sentences are our own.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt } from './claimsOf';

const claimsOf = (text: string) => claimsAt(text, 'November 27, 2026');

describe('claims: a name inside a company’s name', () => {
  for (const [text, company] of [
    ['Deutsche Bank shares rose 3% on Friday.', 'Deutsche Bank'],
    ['Duke Energy shares fell 2% this week.', 'Duke Energy'],
    ['Barrick Gold stock rose 3% on Friday.', 'Barrick Gold'],
    ['Hang Seng Bank shares rose 3% on Friday.', 'Hang Seng Bank'],
    ['Nikkei Inc shares rose 2% on Friday.', 'Nikkei'],
  ]) {
    // The company's own, by its name alone (unlistedNames.test.ts): never the group's or the index's.
    it(`is the company's: ${text}`, () => assert.deepEqual(claimsOf(text).map((claim) => claim.split('|')[0]), [`ticker:~${company}`]));
  }

  it('still reads the group at a sentence’s start and after a lower-case word', () => {
    assert.deepEqual(claimsOf('Energy shares fell 2% this week.'), ['energy|return|week:2026-11-23 -2.5…-1.5 "2%"']);
    assert.deepEqual(claimsOf('Bank shares rose 1% on Friday.'), ['banks|return|day:2026-11-27 0.5…1.5 "1%"']);
    assert.deepEqual(claimsOf('Spot gold rose 1% on Friday.'), ['gold|return|day:2026-11-27 0.5…1.5 "1%"']);
    assert.deepEqual(claimsOf('After the vote, bank shares rose 2% this week.'), ['banks|return|week:2026-11-23 1.5…2.5 "2%"']);
  });
});

describe('claims: Asia’s other benchmarks', () => {
  it('reads the Hang Seng by its short name, and its Tech and China Enterprises indexes apart', () => {
    assert.deepEqual(claimsOf('In Hong Kong, the Hang Seng rose 1.2% on Friday.'), ['hang-seng|return|day:2026-11-27 1.15…1.25 "1.2%"']);
    assert.deepEqual(claimsOf('The Hang Seng Tech index jumped 4% on Friday.'), ['hang-seng-tech|return|day:2026-11-27 3.5…4.5 "4%"']);
    assert.deepEqual(claimsOf('The Hang Seng China Enterprises index fell 0.6% on Friday.'), ['hscei|return|day:2026-11-27 -0.65…-0.55 "0.6%"']);
  });

  it('reads the Topix beside the Nikkei, the Kosdaq beside the Kospi, and Singapore’s index', () => {
    assert.deepEqual(claimsOf('The Topix gained 0.8% on Friday, while the Nikkei rose 1%.'), [
      'topix|return|day:2026-11-27 0.75…0.85 "0.8%"',
      'nikkei-225|return|day:2026-11-27 0.5…1.5 "1%"',
    ]);
    assert.deepEqual(claimsOf('The tech-heavy Kosdaq slid 3% this week.'), ['kosdaq|return|week:2026-11-23 -3.5…-2.5 "3%"']);
    assert.deepEqual(claimsOf('The Kospi Composite fell 2% this week.'), ['kospi|return|week:2026-11-23 -2.5…-1.5 "2%"']);
    assert.deepEqual(claimsOf("Singapore's Straits Times Index edged up 0.3% on Friday."), ['straits-times|return|day:2026-11-27 0.25…0.35 "0.3%"']);
  });

  it('lets a place word refer back to them', () => {
    assert.deepEqual(claimsOf('The Topix fell 0.4% on Friday. The Japanese benchmark is up 20% this year.'), [
      'topix|return|day:2026-11-27 -0.45…-0.35 "0.4%"',
      'topix|return|ytd:2026 19.5…20.5 "20%"',
    ]);
    assert.deepEqual(claimsOf('The Straits Times Index fell 0.4% on Friday. The Singapore benchmark is up 9% this year.'), [
      'straits-times|return|day:2026-11-27 -0.45…-0.35 "0.4%"',
      'straits-times|return|ytd:2026 8.5…9.5 "9%"',
    ]);
  });

  it('reads MSCI’s Asia-Pacific ex-Japan index by the wires’ long name and its own', () => {
    assert.deepEqual(claimsOf("MSCI's broadest index of Asia-Pacific shares outside Japan fell 0.5% on Friday."), ['msci-apxj|return|day:2026-11-27 -0.55…-0.45 "0.5%"']);
    assert.deepEqual(claimsOf('The MSCI Asia ex-Japan index is up 18% this year.'), ['msci-apxj|return|ytd:2026 17.5…18.5 "18%"']);
  });
});
