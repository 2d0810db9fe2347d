// conflicting-figures in two steps, as the CLI runs it: each note linted by itself (lintNoteAlone), then every
// note's figures compared at once (workspaceConflicts). It must give what lintNote gives with the whole workspace
// indexed, as the editor runs it; and what one conflict lists must not depend on how many notes repeat a claim.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLintConfig, lintNote, WorkspaceFigureIndex, type Finding } from '../../../src/core/lint';
import { compareFindings } from '../../../src/core/lint/finding';
import { lintNoteAlone } from '../../../src/core/lint/engine';
import { allowanceFor, closeDays, FigureConflictIndex, tradingDaysBetween } from '../../../src/core/lint/figureConflicts';
import type { StatedFigure } from '../../../src/core/lint/figures';
import { figuresFromJson, figuresToJson } from '../../../src/core/lint/figuresJson';
import { workspaceConflicts } from '../../../src/core/lint/workspaceConflicts';

const phrasing = join(__dirname, 'phrasing');
const today = '2026-11-21';

/** Every note of the phrasing sets and the wire fixtures, as one workspace (their claims meet across sets). */
function workspace(): Array<{ file: string; text: string }> {
  const notes: Array<{ file: string; text: string }> = [];
  for (const set of readdirSync(phrasing, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const file of readdirSync(join(phrasing, set.name)).filter((name) => name.endsWith('.md'))) {
      notes.push({ file: `${set.name}/${file}`, text: readFileSync(join(phrasing, set.name, file), 'utf8') });
    }
  }
  return notes;
}

describe('conflicting-figures in two steps (the CLI)', function () {
  this.timeout(120_000);

  it('gives every note the findings lintNote gives it with the whole workspace indexed', async () => {
    const notes = workspace();
    assert.ok(notes.length > 90);
    const index = new WorkspaceFigureIndex();
    for (const { file, text } of notes) index.update(file, text);
    const inOneStep = await Promise.all(notes.map(({ file, text }) => lintNote(text, { file, today, figureIndex: index })));

    // Figures cross from the lint server as JSON, and are kept between runs as JSON.
    const alone = await Promise.all(notes.map(({ file, text }) => lintNoteAlone(text, { file, today })));
    const figures = alone.map((note) => figuresFromJson(JSON.parse(JSON.stringify(figuresToJson(note.figures)))));
    const conflicts = workspaceConflicts(notes.map(({ file }, i) => ({ file, figures: figures[i], conflictsMutedOn: alone[i].conflictsMutedOn, severity: 'warning' })));
    const inTwoSteps = alone.map((note, i) => [...note.findings, ...conflicts[i]].sort(compareFindings));

    assert.deepEqual(inTwoSteps, inOneStep);
    assert.ok(inOneStep.flat().filter((finding: Finding) => finding.ruleId === 'conflicting-figures').length >= 50);
  });

  it('mutes a conflict where a disable comment says so, and leaves the other side reported', async () => {
    const a = 'As of November 20, 2026, the Russell 2000 is up nearly 14% year to date. <!-- market-notes-disable-line conflicting-figures -->\n';
    const b = 'As of November 20, 2026, the Russell 2000 is up about 8% year to date.\n';
    const [first, second] = await Promise.all([lintNoteAlone(a, { file: 'a.md', today }), lintNoteAlone(b, { file: 'b.md', today })]);
    assert.deepEqual(first.conflictsMutedOn, [1]);
    const [onA, onB] = workspaceConflicts([
      { file: 'a.md', ...first, severity: 'warning' },
      { file: 'b.md', ...second, severity: defaultLintConfig.rules['conflicting-figures'] ?? 'warning' },
    ]);
    assert.deepEqual(onA, []);
    assert.deepEqual(onB.map((finding) => `${finding.line}:${finding.column} ${finding.message}`), [
      "1:49 The Russell 2000's year-to-date return is about +8% as of November 20, 2026 here, but nearly +14% as of November 20, 2026 at a.md:1",
    ]);
  });

  it('compares a note that states more figures than a call takes arguments', () => {
    // A generated note can state one claim hundreds of thousands of times; gathering them once spread them into
    // one call, and the run died with "Maximum call stack size exceeded".
    const day = 20_412;
    const figure = (value: number, offset: number): StatedFigure => ({
      key: 'russell 2000|ytd|ytd', subject: 'the Russell 2000', metric: 'return', metricLabel: 'year-to-date return', period: 'year to date', open: true,
      low: value, high: value, unit: '%', text: `${value}%`, offset, length: 3, line: 1, column: offset + 1, endLine: 1, endColumn: offset + 4,
      asOf: { firstDay: day, lastDay: day, label: 'November 20, 2025', stampOffset: 0 },
    });
    const many = 300_000;
    const huge = Array.from({ length: many }, (_, i) => figure(14, i * 4));
    const [onHuge, onOther] = workspaceConflicts([
      { file: 'huge.md', figures: huge, conflictsMutedOn: [], severity: 'warning' },
      { file: 'other.md', figures: [figure(8, 0)], conflictsMutedOn: [], severity: 'warning' },
    ]);
    assert.equal(onHuge.length, many);
    assert.equal(onOther.length, 1);
    assert.match(onOther[0].message, /and 299999 more/);
  });

  it('lists the nearest conflicting claims as sampling every group of them would', () => {
    // One claim, stated by 12 to 400 notes on days around it with values on both sides: the listing must be what
    // sampling every group of them gives (below), however early the nearest-first sampling stops.
    let seed = 20261130;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1) / 2 ** 31;
    const day = 20_412; // 2025-11-20
    const figure = (lastDay: number, low: number, high: number, offset: number): StatedFigure => ({
      key: 'russell 2000|ytd|ytd', subject: 'the Russell 2000', metric: 'return', metricLabel: 'year-to-date return', period: 'year to date', open: true,
      low, high, unit: '%', text: `${low}%`, offset, length: 3, line: 1, column: offset + 1, endLine: 1, endColumn: offset + 4,
      asOf: { firstDay: lastDay, lastDay, label: `day ${lastDay}`, stampOffset: 0 },
    });
    for (const notes of [12, 25, 50, 100, 400]) {
      const index = new FigureConflictIndex();
      const all: Array<{ file: string; figure: StatedFigure }> = [];
      for (let note = 0; note < notes; note++) {
        const file = `n${String(note).padStart(3, '0')}.md`;
        const figures = [0, 1].map((at) => {
          const value = Math.round(random() * 60 - 30);
          return figure(day + Math.round(random() * 20 - 10), value, random() < 0.1 ? Infinity : value + 0.5, at * 10);
        });
        index.set(file, figures);
        for (const one of figures) all.push({ file, figure: one });
      }
      const claim = figure(day, 4, 4.5, 0);
      index.set('me.md', [claim]);
      all.push({ file: 'me.md', figure: claim });

      const [found] = index.conflictsFor('me.md', 10);
      // The listing by its definition: every group sampled (its `limit` lowest
      // highs below the claim, its `limit` highest lows above), then all sorted by trading days, file and place.
      const limit = 10;
      const sampled: Array<{ file: string; figure: StatedFigure; tradingDays: number; allowance: number }> = [];
      let count = 0;
      for (let apart = -closeDays; apart <= closeDays; apart++) {
        const group = all.filter((one) => one.figure.asOf!.lastDay === day + apart);
        const tradingDays = tradingDaysBetween(day, day + apart);
        const allowance = allowanceFor(claim, tradingDays);
        const byHigh = [...group].sort((a, b) => a.figure.high - b.figure.high);
        const byLow = [...byHigh].sort((a, b) => b.figure.low - a.figure.low);
        const below = byHigh.filter((one) => one.figure.high < claim.low - allowance - 1e-9);
        const above = byLow.filter((one) => one.figure.low > claim.high + allowance + 1e-9);
        count += below.length + above.length;
        for (const one of [...below.slice(0, limit), ...above.slice(0, limit)]) sampled.push({ ...one, tradingDays, allowance });
      }
      sampled.sort((a, b) => a.tradingDays - b.tradingDays || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.figure.offset - b.figure.offset));
      assert.ok(count > notes / 10, `${count} conflicting claims`);
      assert.equal(found.count, count);
      assert.deepEqual(found.others, sampled.slice(0, limit), `${notes} notes`);
    }
  });
});
