// A results story's measure is the company's total only when no word narrows it: a segment's or a product's revenue,
// same-store sales, gross or operating profit are parts or other lines, and an adjusted figure is counted on another
// basis than a GAAP one. And the story's commonest form gives growth after the amount: "revenue of $4.1 billion, down
// 8%". Fixtures are our own sentences about made-up companies.
import { strict as assert } from 'node:assert';
import { resolveLintConfig } from '../../../src/core/lint';
import { readsAs as readsAsAt } from './claimsOf';
import { lintTogether } from './wireScore';

const readsAs = (cases: ReadonlyArray<[string, string, string[]]>) => readsAsAt(cases, 'November 20, 2026');
const q3 = 'quarter:2026-Q3';

describe('claims: a word before the measure that names a part of it makes no claim', () => {
  readsAs([
    ['a segment’s revenue', 'Orbital Freight (OFX) said third-quarter logistics revenue rose 15%.', []],
    ['a product’s sales, capitalised', 'Kestrel Foods (KSTL) said third-quarter Crunchbar sales rose 2%.', []],
    ['a segment in capitals', 'Harbor Mills (HRBM) said third-quarter HMX sales rose 20%.', []],
    ['a segment after a possessive', 'Orbital Freight’s (OFX) freight-forwarding revenue fell 6% in the third quarter.', []],
    ['an -ing noun', 'Kestrel Foods (KSTL) said third-quarter licensing revenue rose 16%.', []],
    ['same-store sales', 'Kestrel Foods (KSTL) said third-quarter same-store sales rose 4.5%.', []],
    ['comparable sales in one country', 'Kestrel Foods (KSTL) said third-quarter U.S. comparable sales rose 4.5%.', []],
    ['like-for-like sales', 'Kestrel Foods (KSTL) said like-for-like sales rose 3% in the third quarter.', []],
    ['gross profit is not net earnings', 'Harbor Mills (HRBM) said third-quarter gross profit rose 6%.', []],
    ['operating profit is not net earnings', 'Harbor Mills (HRBM) said third-quarter operating profit rose 9%.', []],
    ['organic revenue', 'Orbital Freight (OFX) said third-quarter organic revenue rose 4%.', []],
    ['a part named after the value', 'Orbital Freight (OFX) posted a 12% rise in third-quarter logistics revenue.', []],
    ['a part’s growth named after the value', 'Orbital Freight (OFX) reported 15% logistics revenue growth in the third quarter.', []],
  ]);
});

describe('claims: words that keep the measure whole', () => {
  readsAs([
    ['a period and "total"', 'Orbital Freight (OFX) said total third-quarter revenue rose 8%.', [`ticker:OFX|revenue-growth|${q3} 7.5…8.5 "8%"`]],
    ['"net" and a fiscal period', 'Harbor Mills (HRBM) said fiscal third-quarter net income rose 9%.', ['ticker:HRBM|earnings-growth|fiscal-quarter:?-Q3 8.5…9.5 "9%"']],
    ['"top-line"', 'Kestrel Foods (KSTL) said third-quarter top-line revenue rose 5%.', [`ticker:KSTL|revenue-growth|${q3} 4.5…5.5 "5%"`]],
    ['a fiscal quarter written "3Q26"', 'Kestrel Foods (KSTL) said 3Q26 revenue rose 5% in the third quarter.', [`ticker:KSTL|revenue-growth|${q3} 4.5…5.5 "5%"`]],
    ['"Q3" and "record"', 'Kestrel Foods (KSTL) said record Q3 sales rose 5%.', [`ticker:KSTL|revenue-growth|${q3} 4.5…5.5 "5%"`]],
    ['the company’s possessive', 'Kestrel Foods’ (KSTL) third-quarter revenue rose 5%.', [`ticker:KSTL|revenue-growth|${q3} 4.5…5.5 "5%"`]],
    ['an index’s name before the measure', 'S&P 500 third-quarter earnings rose 13%.', [`sp-500|earnings-growth|${q3} 12.5…13.5 "13%"`]],
    ['"quarterly" after the value', 'Kestrel Foods (KSTL) posted a 16% jump in quarterly revenue for the third quarter.', [`ticker:KSTL|revenue-growth|${q3} 15.5…16.5 "16%"`]],
  ]);
});

describe('claims: an adjusted and a GAAP figure are counted on different bases', () => {
  readsAs([
    ['adjusted EPS', 'Harbor Mills (HRBM) said third-quarter adjusted EPS rose 40%.', [`ticker:HRBM|earnings-growth:adjusted+per-share|${q3} 39.5…40.5 "40%"`]],
    ['non-GAAP is adjusted', 'Harbor Mills (HRBM) said third-quarter non-GAAP EPS rose 40%.', [`ticker:HRBM|earnings-growth:adjusted+per-share|${q3} 39.5…40.5 "40%"`]],
    ['GAAP EPS', 'Harbor Mills (HRBM) said third-quarter GAAP EPS rose 10%.', [`ticker:HRBM|earnings-growth:gaap+per-share|${q3} 9.5…10.5 "10%"`]],
    ['diluted EPS', 'Harbor Mills (HRBM) said third-quarter diluted earnings per share rose 10%.', [`ticker:HRBM|earnings-growth:diluted+per-share|${q3} 9.5…10.5 "10%"`]],
    ['core earnings', 'Harbor Mills (HRBM) said third-quarter core earnings rose 12%.', [`ticker:HRBM|earnings-growth:core|${q3} 11.5…12.5 "12%"`]],
    ['adjusted EBITDA', 'Harbor Mills (HRBM) said third-quarter adjusted EBITDA rose 12%.', [`ticker:HRBM|ebitda-growth:adjusted|${q3} 11.5…12.5 "12%"`]],
    ['operating EPS is a basis', 'Harbor Mills (HRBM) said third-quarter operating EPS rose 12%.', [`ticker:HRBM|earnings-growth:operating+per-share|${q3} 11.5…12.5 "12%"`]],
    ['a basis named after the value', 'Harbor Mills (HRBM) posted a 20% rise in third-quarter adjusted EPS.', [`ticker:HRBM|earnings-growth:adjusted+per-share|${q3} 19.5…20.5 "20%"`]],
    ['no basis written', 'Harbor Mills (HRBM) said third-quarter EPS rose 10%.', [`ticker:HRBM|earnings-growth:per-share|${q3} 9.5…10.5 "10%"`]],
  ]);

  it('names the basis in the message and compares only figures on one basis', async () => {
    const notes = (a: string, b: string) => ({ 'a.md': `As of 2026-11-20.\n\n${a}\n`, 'b.md': `As of 2026-11-20.\n\n${b}\n` });
    const apart = await lintTogether(notes('Harbor Mills (HRBM) said third-quarter adjusted EPS rose 40%.', 'Harbor Mills (HRBM) said third-quarter GAAP EPS rose 10%.'), '2026-11-21', resolveLintConfig());
    assert.deepEqual([...apart['a.md'], ...apart['b.md']], []);
    const alike = await lintTogether(notes('Harbor Mills (HRBM) said third-quarter adjusted EPS rose 40%.', 'Harbor Mills (HRBM) said adjusted EPS rose 10% in the third quarter.'), '2026-11-21', resolveLintConfig());
    assert.match(alike['a.md'][0]?.message ?? '', /^HRBM's adjusted per-share earnings growth \(Q3 2026\) is \+40% /);
  });
});

describe('claims: growth after a reported amount is the measure’s', () => {
  readsAs([
    ['"of $X, down 8%"', 'Orbital Freight (OFX) reported third-quarter revenue of $4.1 billion, down 8% year over year.', [`ticker:OFX|revenue-growth|${q3} -8.5…-7.5 "8%"`]],
    ['"was $X, down 8%"', 'Orbital Freight (OFX) said third-quarter revenue was $4.1 billion, down 8% from a year earlier.', [`ticker:OFX|revenue-growth|${q3} -8.5…-7.5 "8%"`]],
    ['"rose to $X, up 13%"', 'Orbital Freight (OFX) said third-quarter revenue rose to $4.1 billion, up 13% from a year earlier.', [`ticker:OFX|revenue-growth|${q3} 12.5…13.5 "13%"`]],
    ['a colon before the amount', 'Orbital Freight (OFX) third-quarter revenue: $4.1 billion, up 13% year over year.', [`ticker:OFX|revenue-growth|${q3} 12.5…13.5 "13%"`]],
    ['"representing a year-on-year increase of"', 'Kestrel Foods (KSTL) said third-quarter net income was $610 million, representing a year-on-year increase of 32.5 percent.', [`ticker:KSTL|earnings-growth|${q3} 32.45…32.55 "32.5 percent"`]],
    ['"an increase of … yoy"', 'Kestrel Foods (KSTL) posted third-quarter profit of $1.4 billion, an increase of 34% yoy.', [`ticker:KSTL|earnings-growth|${q3} 33.5…34.5 "34%"`]],
    ['the amount restated per share', 'Kestrel Foods (KSTL) reported third-quarter net income of $610 million, or $1.05 per share, up 18%.', [`ticker:KSTL|earnings-growth|${q3} 17.5…18.5 "18%"`]],
    ['EPS per share', 'Harbor Mills (HRBM) reported third-quarter EPS of $2.25, up 20%.', [`ticker:HRBM|earnings-growth:per-share|${q3} 19.5…20.5 "20%"`]],
    ['a decline after the value', 'Harbor Mills (HRBM) reported third-quarter sales of $880 million, a 9% decline from a year earlier.', [`ticker:HRBM|revenue-growth|${q3} -9.5…-8.5 "9%"`]],
    ['an adjusted amount', 'Harbor Mills (HRBM) reported first-quarter non-GAAP EPS of $1.11, down 20% year over year.', ['ticker:HRBM|earnings-growth:adjusted+per-share|quarter:2026-Q1 -20.5…-19.5 "20%"']],
    ['a segment’s amount', 'Orbital Freight (OFX) reported third-quarter logistics revenue of $1.2 billion, up 30%.', []],
    ['the measure with no amount', 'Orbital Freight (OFX) posted record third-quarter revenue, up 12%.', [`ticker:OFX|revenue-growth|${q3} 11.5…12.5 "12%"`]],
    ['profit with no amount, falling', 'Harbor Mills (HRBM) reported lower third-quarter profit, down 9% from a year earlier.', [`ticker:HRBM|earnings-growth|${q3} -9.5…-8.5 "9%"`]],
    ['a segment with no amount', 'Orbital Freight (OFX) posted record third-quarter logistics revenue, up 30%.', []],
  ]);

  readsAs([
    ['a margin in points', 'Orbital Freight (OFX) reported a third-quarter gross margin of 45%, up 2 points.', []],
    ['a guidance figure', 'Orbital Freight (OFX) guided fourth-quarter revenue to $4.5 billion, up 10%.', []],
    ['a forecast amount', 'Orbital Freight (OFX) expects fourth-quarter revenue of $4.5 billion, up 10%.', []],
    ['a comparison with estimates', 'Orbital Freight (OFX) reported third-quarter revenue of $4.1 billion, 3% above estimates.', []],
    ['beating estimates by a margin', 'Orbital Freight (OFX) reported third-quarter revenue of $4.1 billion, beating estimates by 3%.', []],
    ['a count, not a growth measure', 'Harbor Mills (HRBM) ended the third quarter with 48,000 subscribers, up 31% from a year earlier.', []],
    ['no period named', 'Orbital Freight (OFX) reported revenue of $4.1 billion, down 8% year over year.', []],
    [
      'the shares’ move after the amount stays the shares’',
      'Orbital Freight (OFX) reported third-quarter revenue of $4.1 billion, up 8%, and its shares rose 3% this week.',
      [`ticker:OFX|revenue-growth|${q3} 7.5…8.5 "8%"`, 'ticker:OFX|return|week:2026-11-16 2.5…3.5 "3%"'],
    ],
  ]);
});

describe('claims: per-share earnings are counted apart from net income', () => {
  readsAs([
    ['"earnings per share"', 'Harbor Mills (HRBM) said third-quarter earnings per share rose 26%.', [`ticker:HRBM|earnings-growth:per-share|${q3} 25.5…26.5 "26%"`]],
    ['net income stays earnings', 'Harbor Mills (HRBM) said third-quarter net income rose 20%.', [`ticker:HRBM|earnings-growth|${q3} 19.5…20.5 "20%"`]],
  ]);

  it('does not set EPS growth against net income growth: buybacks part them', async () => {
    const notes = { 'a.md': 'As of 2026-11-20.\n\nHarbor Mills (HRBM) said third-quarter net income rose 20%.\n', 'b.md': 'As of 2026-11-20.\n\nHarbor Mills (HRBM) said third-quarter EPS rose 26%.\n' };
    const found = await lintTogether(notes, '2026-11-21', resolveLintConfig());
    assert.deepEqual([...found['a.md'], ...found['b.md']], []);
  });
});
