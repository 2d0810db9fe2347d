// A company named as the owner of shares with no listing in its note ("Nvidia shares dropped 1.2%") is compared with
// a listing's claims only where some note introduced that listing under the name ("Nvidia (NASDAQ: NVDA) fell
// 3.1%"); never by the name alone ("Asian shares" in two notes). Both as the CLI runs it (each note alone, then
// every note's figures) and as the editor keeps its index (a note's edit or removal undoes its links).
import { strict as assert } from 'node:assert';
import { lintNote, WorkspaceFigureIndex } from '../../../src/core/lint';
import { lintNoteAlone } from '../../../src/core/lint/engine';
import { workspaceConflicts } from '../../../src/core/lint/workspaceConflicts';
import { claimsOf } from './claimsOf';

const today = '2026-11-22';
const listed = 'As of November 20, 2026, Orcadia Systems Inc. (NASDAQ: ORCD) fell 3.1% on Friday after its results.\n';
const byName = 'As of November 20, 2026: by the close, Orcadia Systems shares had dropped 1.2% on Friday.\n';
const regionA = 'As of November 20, 2026, Asian shares fell 1% on Friday.\n';
const regionB = 'As of November 20, 2026, Asian shares rose 0.5% on Friday.\n';

async function conflictsInTwoSteps(notes: Record<string, string>): Promise<string[]> {
  const files = Object.keys(notes);
  const alone = await Promise.all(files.map((file) => lintNoteAlone(notes[file], { file, today })));
  const conflicts = workspaceConflicts(files.map((file, i) => ({ file, figures: alone[i].figures, conflictsMutedOn: alone[i].conflictsMutedOn, severity: 'warning' })));
  return conflicts.flatMap((found, i) => found.map((finding) => `${files[i]}:${finding.line} ${finding.message}`));
}

describe('claims under a company’s name alone', () => {
  it('are the name’s own subject, its corporate tail and opening words left off', () => {
    assert.deepEqual(claimsOf('Orcadia Systems shares dropped 1.2% on Friday.', 'November 27, 2026'), ['ticker:~Orcadia Systems|return|day:2026-11-27 -1.25…-1.15 "1.2%"']);
    assert.deepEqual(claimsOf('On Friday shares of Orcadia Systems Inc. fell 3%.', 'November 27, 2026'), ['ticker:~Orcadia Systems|return|day:2026-11-27 -3.5…-2.5 "3%"']);
    // A name the table knows stays its subject: the banks, not a company called "Bank".
    assert.deepEqual(claimsOf('Bank shares rose 1% on Friday.', 'November 27, 2026'), ['banks|return|day:2026-11-27 0.5…1.5 "1%"']);
  });

  it('conflict with the listing another note introduced under that name, both ways', async () => {
    assert.deepEqual(await conflictsInTwoSteps({ 'listed.md': listed, 'by-name.md': byName }), [
      "listed.md:1 ORCD's return (on November 20) is −3.1% as of November 20, 2026 here, but −1.2% as of November 20, 2026 at by-name.md:1",
      "by-name.md:1 Orcadia Systems' return (on November 20) is −1.2% as of November 20, 2026 here, but −3.1% as of November 20, 2026 at listed.md:1",
    ]);
  });

  it('never conflict by the name alone', async () => {
    assert.deepEqual(await conflictsInTwoSteps({ 'a.md': regionA, 'b.md': regionB }), []);
    assert.deepEqual(await conflictsInTwoSteps({ 'a.md': byName, 'b.md': byName.replace('1.2%', '4%') }), []);
  });

  it('leave the editor’s index when the note that linked them changes or goes', async () => {
    const index = new WorkspaceFigureIndex();
    index.update('listed.md', listed);
    index.update('by-name.md', byName);
    const conflicts = async () => (await lintNote(byName, { file: 'by-name.md', today, figureIndex: index })).filter((finding) => finding.ruleId === 'conflicting-figures').length;
    assert.equal(await conflicts(), 1);
    index.update('listed.md', listed.replace('Orcadia Systems Inc.', 'The company'));
    assert.equal(await conflicts(), 0);
    index.update('listed.md', listed);
    assert.equal(await conflicts(), 1);
    index.remove('listed.md');
    assert.equal(await conflicts(), 0);
  });
});
