// The market a wire's dateline names picks what a name in doubt stands for, where nothing nearer says: under
// "LONDON, Nov 20, 2026 (Wire) -" the blue-chip index is the FTSE 100 and the mid-cap index the FTSE 250; under
// "NEW YORK" the blue-chip index is the Dow; a note with no dateline leaves them in doubt. Sentences are our own.
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, NoteSource } from '../../../src/core/lint';

function claims(text: string): string[] {
  const note = new NoteSource(text);
  return extractFigures(note, findAsOfStamps(note.text, note)).map((figure) => `${figure.key} "${figure.text}"`);
}

describe('claims: the dateline’s market', () => {
  it('picks the index a name in doubt stands for', () => {
    assert.deepEqual(claims('LONDON, Nov 27, 2026 (Wire) - Shares in London edged up on Friday.\n\nThe blue-chip index rose 0.4% on Friday, while the mid-cap index added 0.2%.\n'), [
      'ftse-100|return|day:2026-11-27 "0.4%"',
      'ftse-250|return|day:2026-11-27 "0.2%"',
    ]);
    assert.deepEqual(claims('NEW YORK, Nov 27, 2026 (Wire) - Stocks rose on Friday.\n\nThe blue-chip index rose 0.4% on Friday.\n'), ['dow|return|day:2026-11-27 "0.4%"']);
  });

  it('yields to a place or an index the sentence names, and reads nothing without a dateline', () => {
    assert.deepEqual(claims('LONDON, Nov 27, 2026 (Wire) - Markets were mixed.\n\nThe U.S. blue-chip index rose 0.4% on Friday.\n'), ['dow|return|day:2026-11-27 "0.4%"']);
    assert.deepEqual(claims('As of November 27, 2026.\n\nThe blue-chip index rose 0.4% on Friday.\n'), []);
  });
});
