// Claim extraction is linear in a note's size, and the workspace index near-linear in the number of notes: at 4×
// the input the time may grow at most 6× (test/unit/safety/scaling.ts: CPU time, best of several runs, so a loaded
// machine does not decide the ratio), where the quadratic passes these replace grew 16× (figures.ts: 0.5/1/2 MB →
// 4/11.6/51 s; figureIndex.ts: 2.5k/5k/10k notes → 3.3/8.1/40.5 s).
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, findStatedPrices, fixAll, NoteSource, WorkspaceFigureIndex, type Finding } from '../../../src/core/lint';
import { applySafeFixes } from '../../../src/core/lint/safeFixes';
import { assertLinear } from '../safety/scaling';

describe('lint passes scale with their input', function () {
  this.timeout(120_000);

  // Every sentence has its own figure (i), so the extractor's sentence cache cannot answer for the repeats and the
  // time measured is the extraction's own.
  for (const [name, unit] of [
    ['one endless sentence of figures', (i: number) => `Apple rose ${i}% in 2025 but `],
    ['realistic prose', (i: number) => `As of November 19, 2026, the Nasdaq is down about 1.${i}% year to date while small caps climbed 14% on Thursday. `],
    // The readings of the recall audit: a reference to the sentence before, words for numbers, basis points, a P/E
    // without "times", and serial-comma lists (each ", and" asks what stands on both sides of it).
    ['references and words for numbers', (i: number) => `The Nasdaq rose ${i} basis points in November. It has more than doubled this year, and its P/E ratio is ${i % 90}.5. `],
    ['one endless serial list', (i: number) => `the Dow, the S&P 500, and ${i}%, and `],
  ] as const) {
    it(`claim extraction: ${name}`, () => {
      assertLinear(
        (size) => {
          const parts: string[] = [];
          for (let i = 0, length = 0; length < size; i++) length += (parts[i] = unit(i)).length;
          return parts.join('');
        },
        (text) => {
          const note = new NoteSource(text);
          extractFigures(note, findAsOfStamps(text, note));
        },
        50_000,
      );
    });
  }

  // Each line has its own window, and there are more lines than the stamp reader's cache holds (2,000 windows), so
  // its cache cannot answer for the repeated runs at the base size either: a base small enough to fit made the base
  // runs cache hits and the ratio 7× (plain dates, now read without chrono, made the misses cheap enough to show it).
  it('datelines: a line-start look at every line of a wire digest', () => {
    assertLinear(
      (size) => {
        const lines: string[] = [];
        for (let i = 0, length = 0; length < size; i++) length += (lines[i] = `NEW YORK, Nov. ${(i % 28) + 1}, ${2000 + (i % 500)} (WIRE) -- Acme (NYSE: ACME) rose ${i % 9}% to $${i}.50.\n`).length;
        return lines.join('');
      },
      (text) => findAsOfStamps(text, new NoteSource(text)),
      400_000,
      // Measured 4.2–6.1× when quiet: the 4× text's heap makes garbage collection (CPU time counts its threads) a
      // larger share. A quadratic pass shows 16×.
      8,
    );
  });

  // A generated note with thousands of drifted prices: each fix replaces a price and dates it. Checking each fix
  // against every one taken, and slicing the whole text again for each edit, made `lint --fix` on 2 MB take 8 minutes.
  const pricesToFix = (size: number) => {
    const line = (i: number) => `$ACME closed at $${100 + (i % 900)}.25 today.\n`;
    const lines: string[] = [];
    const findings: Finding[] = [];
    for (let i = 0, length = 0; length < size; i++) {
      lines.push(line(i));
      const offset = length + 16;
      findings.push({
        ruleId: 'price-drift', ruleCode: 'MN002', severity: 'warning', message: '', offset, length: 6, line: i + 1, column: 17, endLine: i + 1, endColumn: 23, docs: '',
        fixes: [{ title: 'Update', edits: [{ offset, length: 6, newText: '272.41' }, { offset: offset + 6, length: 0, newText: ' (as of Nov 20)' }], safe: true }],
      });
      length += line(i).length;
    }
    return { text: lines.join(''), findings };
  };

  it('safe fixes: one pass over a note with a fix on every line', () => {
    assertLinear(pricesToFix, ({ text, findings }) => assert.equal(applySafeFixes(text, findings).changes.length, findings.length), 20_000);
  });

  it('fix all: one edit list for a note with a fix on every line', () => {
    assertLinear(pricesToFix, ({ findings }) => assert.equal(fixAll(findings).length, 2 * findings.length), 20_000);
  });

  it('stated prices: moves to a price after every mention of a long note', () => {
    assertLinear(
      (size) => {
        const parts: string[] = [];
        for (let i = 0, length = 0; length < size; i++) length += (parts[i] = i % 2 === 0 ? `(NYSE: ACME) down ${i} cents, or 1.${i} per cent, closing 2.${i}% higher at $${i}.10; ` : `(NYSE: ACME) said ${i} things, rose 1.${i}% last week, with shares closing at $${i}.10; `).length;
        return parts.join('');
      },
      (text) => {
        const note = new NoteSource(text);
        findStatedPrices(text, note.mentions, note);
      },
      20_000,
    );
  });

  it('the workspace index: conflicts across many notes sharing a figure', () => {
    const notes = (count: number) =>
      Array.from({ length: count }, (_, i) => `As of November 19, 2026, the Russell 2000 is up ${i % 2 === 0 ? 'nearly 14%' : 'about 8%'} year-to-date.\n`);
    assertLinear(
      (count) => notes(count).map((text) => new NoteSource(text)),
      (sources) => {
        const index = new WorkspaceFigureIndex();
        sources.forEach((note, i) => index.update(`n${i}.md`, note.text, note));
        let conflicts = 0;
        for (let i = 0; i < sources.length; i++) conflicts += index.conflictsFor(`n${i}.md`).length;
        assert.equal(conflicts, sources.length);
      },
      500,
      // Not linear: notes that share a claim key are compared pairwise within that group (docs/architecture.md,
      // "Linear time"). The bound checked is the documented one, still far from the 16× of the pass it replaced.
      8,
    );
  });
});
