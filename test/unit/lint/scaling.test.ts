// Claim extraction is linear in a note's size, and the workspace index near-linear in the number of notes: at 4×
// the input the time may grow 4× (plus slack for a loaded machine), where the quadratic passes these replace grew
// 16× (figures.ts: 0.5/1/2 MB → 4/11.6/51 s; figureIndex.ts: 2.5k/5k/10k notes → 3.3/8.1/40.5 s). Each size is
// timed as the best of three runs, so one pause of the machine does not decide the ratio.
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, NoteSource, WorkspaceFigureIndex } from '../../../src/core/lint';

function best(run: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

function ratio(small: () => void, large: () => void): number {
  small(); // warm up the JIT
  return best(large) / Math.max(best(small), 1);
}

const maxRatio = 8; // 4× the input; quadratic would be 16×

describe('lint passes scale with their input', function () {
  this.timeout(120_000);

  for (const [name, unit] of [
    ['one endless sentence of figures', 'Apple rose 5% in 2025 but '],
    ['realistic prose', 'As of November 19, 2026, the Nasdaq is down about 1.4% year to date while small caps climbed 14% on Thursday. '],
  ] as const) {
    it(`claim extraction: ${name}`, () => {
      const extract = (size: number) => {
        const text = unit.repeat(Math.ceil(size / unit.length));
        return () => {
          const note = new NoteSource(text);
          extractFigures(note, findAsOfStamps(text, note));
        };
      };
      const grown = ratio(extract(100_000), extract(400_000));
      assert.ok(grown < maxRatio, `4× the note took ${grown.toFixed(1)}× the time`);
    });
  }

  it('the workspace index: conflicts across many notes sharing a figure', () => {
    const notes = (count: number) =>
      Array.from({ length: count }, (_, i) => `As of November 19, 2026, the Russell 2000 is up ${i % 2 === 0 ? 'nearly 14%' : 'about 8%'} year-to-date.\n`);
    const texts = { small: notes(500), large: notes(2000) };
    const sources = { small: texts.small.map((text) => new NoteSource(text)), large: texts.large.map((text) => new NoteSource(text)) };
    const run = (which: 'small' | 'large') => () => {
      const index = new WorkspaceFigureIndex();
      sources[which].forEach((note, i) => index.update(`n${i}.md`, note.text, note));
      let conflicts = 0;
      for (let i = 0; i < sources[which].length; i++) conflicts += index.conflictsFor(`n${i}.md`).length;
      assert.equal(conflicts, sources[which].length);
    };
    const grown = ratio(run('small'), run('large'));
    assert.ok(grown < maxRatio, `4× the notes took ${grown.toFixed(1)}× the time`);
  });
});
