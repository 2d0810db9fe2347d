// A note dated by its stamp may look back at an earlier day in a past-tense sentence of its own ("As of Sept. 30, the
// Russell 2000 was up 6% year to date."). That date dates its own paragraph, not the rest of the note, and "now" in
// its sentence is the note's time again.
// Fixtures are our own sentences.
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, lintNote, NoteSource, resolveLintConfig, type Finding } from '../../../src/core/lint';
import { claimsOf } from './claimsOf';
import { lintTogether } from './wireScore';

const today = '2026-11-29';
const rules = (findings: readonly Finding[], ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId).map((finding) => `${finding.line}`);

describe('a look-back stamp under the note’s later stamp', () => {
  const lookBack = 'As of Nov. 25, 2026.\n\nAs of Sept. 30, the Russell 2000 was up 6% year to date.\n\n';

  it('dates its own paragraph only: the next paragraph is the note’s again, and the two do not conflict', async () => {
    const found = await lintTogether({ 'a.md': `${lookBack}The Russell 2000 is up 12% year to date.\n` }, today, resolveLintConfig());
    assert.deepEqual(rules(found['a.md'], 'conflicting-figures'), []);
  });

  it('reads "now" in the look-back’s sentence as the note’s time', () => {
    const text = 'As of Sept. 30, the Russell 2000 was up 6% year to date, but it is now up 12% for the year.';
    const found = claimsOf(text, 'Nov. 25, 2026');
    assert.deepEqual(found, ['russell-2000|return|ytd:2026 5.5…6.5 "6%"', 'russell-2000|return|ytd:2026 11.5…12.5 "12%"']);
  });

  it('does not set the "now" figure against the earlier day’s', async () => {
    const text = 'As of Nov. 25, 2026.\n\nAs of Sept. 30, the Russell 2000 was up 6% year to date, but it is now up 12% for the year.\n';
    const found = await lintTogether({ 'a.md': text }, today, resolveLintConfig());
    assert.deepEqual(rules(found['a.md'], 'conflicting-figures'), []);
  });

  it('leaves a newest-first log’s older entry dating its own section', async () => {
    const log = 'As of Nov. 25, 2026, the Russell 2000 is up 12% year to date.\n\n## Earlier\n\nAs of Sept. 30, 2026, the Russell 2000 is now up 6% year to date.\n\nThe Russell 2000 is up 6% year to date.\n';
    const found = await lintTogether({ 'a.md': log }, today, resolveLintConfig());
    assert.deepEqual(rules(found['a.md'], 'conflicting-figures'), []);
  });

  it('reads a later sentence of the look-back’s paragraph, told in the present, as the note’s time', async () => {
    const text = 'As of Nov. 25, 2026.\n\nAs of Sept. 30, the Russell 2000 was up 6% year to date. The Russell 2000 is up 12% year to date.\n';
    const found = await lintTogether({ 'a.md': text }, today, resolveLintConfig());
    assert.deepEqual(rules(found['a.md'], 'conflicting-figures'), []);
  });

  it('reads "It" after the look-back’s lead-in as its subject, at the note’s time', async () => {
    const text = 'As of Nov. 25, 2026.\n\nAs of Sept. 30, the Russell 2000 was up 6% year to date. It is now up 12% year to date.\n';
    const other = 'As of Nov. 25, 2026.\n\nThe Russell 2000 is up 9% year to date.\n';
    const found = await lintTogether({ 'a.md': text, 'b.md': other }, today, resolveLintConfig());
    // The 12% is the note's, set against the other note's 9% of the same day; the 6% is September's.
    assert.deepEqual(rules(found['a.md'], 'conflicting-figures'), ['3']);
    assert.match(found['a.md'].find((finding) => finding.ruleId === 'conflicting-figures')?.message ?? '', /\+12% as of November 25, 2026 here, but \+9%/);
  });

  it('keeps a later sentence in the past tense at the look-back’s day', () => {
    const note = new NoteSource('As of Nov. 25, 2026.\n\nAs of Sept. 30, the Russell 2000 was up 6% year to date. It had gained 2% in September.\n');
    const dated = extractFigures(note, findAsOfStamps(note.text, note)).map((figure) => `${figure.text} ${figure.asOf?.label}`);
    assert.deepEqual(dated, ['6% September 30, 2026', '2% September 30, 2026']);
  });

  const lintedLines = async (text: string) => {
    const findings = await lintNote(text, { today, only: ['stale-as-of', 'relative-time'] });
    return findings.map((finding) => `${finding.ruleId}:${finding.line}`);
  };

  it('is reported by neither stale-as-of nor relative-time: its sentence dates its figures to that past day', async () => {
    assert.deepEqual(await lintedLines(`${lookBack}The Russell 2000 is up 12% year to date.\n`), []);
    assert.deepEqual(await lintedLines('As of Nov. 25, 2026, Orcadia trades at $112.\n\nAs of March 2021, the company had 40 stores.\n'), []);
  });

  it('still leaves the note’s own stamp, and a present-tense earlier stamp, to be reported when old', async () => {
    assert.deepEqual(await lintedLines('As of Oct. 2, 2026.\n\nAs of Sept. 30, the Russell 2000 was up 6% year to date.\n'), ['stale-as-of:1']);
    assert.deepEqual(await lintedLines('As of Nov. 25, 2026.\n\nAs of Sept. 30, the Russell 2000 is up 6% year to date.\n'), ['stale-as-of:3', 'relative-time:3']);
  });
});

describe('an "as of" aside in a relative clause', () => {
  const linted = async (text: string) => {
    const findings = await lintNote(text, { today, only: ['stale-as-of', 'relative-time'] });
    return findings.map((finding) => `${finding.ruleId}:${text.slice(finding.offset, finding.offset + finding.length)}`);
  };

  it('is history when told in the past: no stale stamp, and no anchor for the sentence after its clause', async () => {
    const aside = 'Orcadia shares, which as of June 2019 traded near $40, now sit at $112 and are up 9% this year.\n';
    assert.deepEqual(await linted(`As of Nov. 25, 2026.\n\n${aside}`), []);
    // With no stamp of the note's own, the year's figure is undated, not dated June 2019.
    assert.deepEqual(await linted(aside), ['relative-time:this year']);
    // After a parenthesis, with the date set off by commas of its own.
    assert.deepEqual(await linted('As of Nov. 25, 2026, the fund (which, as of March 2021, held 40 names) is up 7% this year.\n'), []);
  });

  it('still dates its own clause, and is reported when told in the present or read without its comma', async () => {
    assert.deepEqual(await linted('As of Nov. 25, 2026.\n\nThe fund, which as of Sept. 30, 2026 holds 40% cash, is up 7% this year.\n'), ['stale-as-of:Sept. 30, 2026']);
    // A restrictive "that" with no comma is the sentence's own stamp.
    assert.deepEqual(await linted('Shares that as of June 2019 traded near $40 are up 9% this year.\n'), ['stale-as-of:June 2019', 'relative-time:this year']);
  });

  it('reaches only to the turn when its sentence goes from its day to the writer’s', async () => {
    assert.deepEqual(await linted('As of March 2021, Orcadia had 40 stores, but it now has 120 and is up 9% this year.\n'), ['relative-time:this year']);
    assert.deepEqual(await linted('Orcadia is up 9% this year.\n\nAs of March 2021, Orcadia had 40 stores; today it has 120.\n'), ['relative-time:this year']);
    // No turn, or the present before it: the stamp dates its sentence as before.
    assert.deepEqual(await linted('As of March 2021, Orcadia had 40 stores and was up 9% for the year.\n'), ['stale-as-of:March 2021', 'relative-time:for the year']);
    assert.deepEqual(await linted('As of Sept. 30, 2026, the fund holds 40% cash and is currently up 9% this year.\n'), ['stale-as-of:Sept. 30, 2026', 'relative-time:this year']);
  });
});
