// A fund sheet or a research note dates a section in its heading's parenthesis ("## Performance (as of 9/30/2026)")
// or on a label line of its own ("**Top holdings** (as of Oct. 31, 2026):"). That stamp dates the section's figures,
// not a figure before it on its line: read as a figure's own stamp, it dated nothing, and the section's figures took
// the note's other date. Fixtures are our own sentences.
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, NoteSource, resolveLintConfig } from '../../../src/core/lint';
import { lintTogether } from './wireScore';

const datedAs = (text: string) => {
  const note = new NoteSource(text);
  return extractFigures(note, findAsOfStamps(note.text, note)).map((figure) => `${figure.text} ${figure.asOf?.label ?? '(undated)'}`);
};

describe('a stamp in parentheses that dates its section', () => {
  it('in a heading, dates the section’s figures', () => {
    assert.deepEqual(datedAs('# Factsheet\n\n## Performance (as of 9/30/2026)\n\nTarn Robotics (TRNR) shares returned 14% year to date.\n'), ['14% September 30, 2026']);
  });

  it('on a line of its own after a label, dates what follows', () => {
    assert.deepEqual(datedAs('# Factsheet\n\n**Performance** (as of Sept. 30, 2026):\n\nTarn Robotics (TRNR) shares returned 14% year to date.\n'), ['14% September 30, 2026']);
  });

  it('after a figure on its line, still dates that figure alone', () => {
    const text = 'As of Nov. 25, 2026.\n\nThe Russell 2000 was up 6% (as of Sept. 30, 2026).\n\nTarn Robotics (TRNR) shares returned 14% year to date.\n';
    assert.deepEqual(datedAs(text).slice(-1), ['14% November 25, 2026']);
  });

  it('keeps a quarter-end section apart from the note’s current figures', async () => {
    const text = 'As of Nov. 25, 2026.\n\nThe Russell 2000 is up 12% year to date.\n\n## Quarter-end performance (as of Sept. 30, 2026)\n\nThe Russell 2000 was up 6% year to date.\n';
    const found = await lintTogether({ 'a.md': text }, '2026-11-29', resolveLintConfig());
    assert.deepEqual(found['a.md'].filter((finding) => finding.ruleId === 'conflicting-figures'), []);
  });
});
