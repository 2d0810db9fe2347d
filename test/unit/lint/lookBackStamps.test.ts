// A note dated by its stamp may look back at an earlier day in a past-tense sentence of its own ("As of Sept. 30, the
// Russell 2000 was up 6% year to date."). That date dates its own paragraph, not the rest of the note, and "now" in
// its sentence is the note's time again.
// Fixtures are our own sentences.
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, NoteSource, resolveLintConfig, type Finding } from '../../../src/core/lint';
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
});
