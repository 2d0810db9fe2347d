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

  it('reads the place of every dateline form the stamps are read from, and of a wire’s tag with no date', () => {
    const blueChip = '\n\nThe blue-chip index rose 0.4% on Friday.\n';
    // A yearless wire dateline, with its tag or its dash.
    assert.deepEqual(claims(`As of November 27, 2026.\n\nLONDON, Nov 27 (Reuters) - Shares edged up.${blueChip}`), ['ftse-100|return|day:2026-11-27 "0.4%"']);
    assert.deepEqual(claims(`As of November 27, 2026.\n\nNEW YORK, Nov 27 - Wall Street rose.${blueChip}`), ['dow|return|day:2026-11-27 "0.4%"']);
    // AP's dateline has no date.
    assert.deepEqual(claims(`As of November 27, 2026.\n\nNEW YORK (AP) — Stocks rose on Friday.${blueChip}`), ['dow|return|day:2026-11-27 "0.4%"']);
    // A state after the place.
    assert.deepEqual(claims(`_**LONDON, Nov. 27, 2026 (Wire) -** Markets were calm._${blueChip}`), ['ftse-100|return|day:2026-11-27 "0.4%"']);
  });

  it('reads no dateline in a heading, a list item, a code block or past the note’s first lines', () => {
    const blueChip = '\n\nThe blue-chip index rose 0.4% on Friday.\n';
    assert.deepEqual(claims(`As of November 27, 2026.\n\n# LONDON (Wire) notes${blueChip}`), []);
    assert.deepEqual(claims(`As of November 27, 2026.\n\n- LONDON, Nov 27 (Reuters) - Shares edged up.${blueChip}`), []);
    assert.deepEqual(claims(`As of November 27, 2026.\n\n\`\`\`\nLONDON, Nov 27 (Reuters) - Shares edged up.\n\`\`\`${blueChip}`), []);
    assert.deepEqual(claims(`As of November 27, 2026.\n\n${'Markets were quiet all week long. '.repeat(70)}\n\nLONDON, Nov 27 (Reuters) - Shares edged up.${blueChip}`), []);
  });
});
