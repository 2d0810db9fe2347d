// A Treasury yield's close is a claim: two notes that put the 10-year yield at different levels at one session's
// close disagree, as two closes of the S&P 500 do. Only a level the yield reached or was at on a session the words
// name; never the level it came from, an intraday mark, a forecast, nor a level with no session. Sentences are our own.
import { strict as assert } from 'node:assert';
import { lintNoteAlone } from '../../../src/core/lint/engine';
import { workspaceConflicts } from '../../../src/core/lint/workspaceConflicts';
import { claimsOf as claimsAt } from './claimsOf';

const claimsOf = (text: string) => claimsAt(text, 'November 27, 2026');

describe('claims: Treasury yields', () => {
  it('reads the level a yield reached or was at on a session', () => {
    assert.deepEqual(claimsOf('The yield on the 10-year Treasury note climbed to 4.18% on Friday.'), ['us-10y|yield|day:2026-11-27 4.175…4.185 "4.18%"']);
    assert.deepEqual(claimsOf('The 2-year yield fell 4 basis points to 3.47% on Friday.'), ['us-2y|yield|day:2026-11-27 3.465…3.475 "3.47%"']);
    assert.deepEqual(claimsOf('The 10-year yield was 4.16% on Friday, while the 30-year yield was 4.71%.'), [
      'us-10y|yield|day:2026-11-27 4.155…4.165 "4.16%"',
      'us-30y|yield|day:2026-11-27 4.705…4.715 "4.71%"',
    ]);
    assert.deepEqual(claimsOf('Stocks closed lower on Friday. The 10-year Treasury yield ended at 4.2%.'), ['us-10y|yield|day:2026-11-27 4.15…4.25 "4.2%"']);
  });

  it('reads no level it came from, no mark in the session, no forecast, no level without a session', () => {
    for (const text of [
      'The yield on the 10-year Treasury fell to 4.07% from 4.12% late Thursday.',
      'The 10-year yield rose as high as 4.3% on Friday.',
      'Strategists expect the 10-year yield to end the year at 4.5%.',
      'The 10-year yield is 4.1%.',
      'In October, the 10-year yield rose to 4.3%.',
    ]) {
      assert.deepEqual(claimsOf(text), [], text);
    }
  });

  it('is no return: a yield’s move in percent claims nothing', () => {
    assert.deepEqual(claimsOf('The 10-year yield rose 2% on Friday.'), []);
  });

  it('conflicts across notes about one session’s close', async () => {
    const notes: Record<string, string> = {
      'a.md': 'As of November 27, 2026.\n\nThe 10-year Treasury yield ended at 4.18% on Friday.\n',
      'b.md': 'As of November 27, 2026.\n\nThe yield on the 10-year Treasury note closed at 4.02% on Friday.\n',
    };
    const files = Object.keys(notes);
    const alone = await Promise.all(files.map((file) => lintNoteAlone(notes[file], { file, today: '2026-11-28' })));
    const conflicts = workspaceConflicts(files.map((file, i) => ({ file, figures: alone[i].figures, conflictsMutedOn: alone[i].conflictsMutedOn, severity: 'warning' })));
    assert.deepEqual(
      conflicts.flatMap((found, i) => found.map((finding) => `${files[i]}:${finding.line} ${finding.message}`)),
      [
        "a.md:3 The 10-year Treasury yield's close (on November 27) is 4.18% as of November 27, 2026 here, but 4.02% as of November 27, 2026 at b.md:3",
        "b.md:3 The 10-year Treasury yield's close (on November 27) is 4.02% as of November 27, 2026 here, but 4.18% as of November 27, 2026 at a.md:3",
      ],
    );
  });
});
