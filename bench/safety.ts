// Scaling of every pass the security review of issue 13 timed on crafted input: the CPU time at 4× the input
// over the time at 1× (linear ≈ 4, quadratic ≈ 16; the tests require ≤ 6). Prints figures; asserts nothing.
//   node bench/run.mjs safety

import { findAsOfStamps, findQuoteTables, ignoreMatcher, resolveLintConfig, extractFigures, WorkspaceFigureIndex } from '../src/core/lint';
import { NoteSource } from '../src/core/lint/noteSource';
import { findTickerMentions, LineIndex, mapBlocks } from '../src/core/tickers';
import { collectSkippedSpans } from '../src/core/tickers/skippedSpans';
import { hostileNotes } from '../test/unit/safety/hostileNotes';
import { measureScaling } from '../test/unit/safety/scaling';

const ignored = ignoreMatcher(resolveLintConfig({ ignore: ['*a*a*a*a*a*a*b'] }));

/** `size` notes stating the same figure (the Russell 2000's YTD return) differently. */
function notesSharingAFigure(size: number): string[] {
  return Array.from({ length: size }, (_, index) => `As of November 20, 2026, the Russell 2000 is up ${index % 30}% YTD.\n`);
}

function figureIndexPass(notes: string[]): void {
  const index = new WorkspaceFigureIndex();
  notes.forEach((text, at) => index.update(`n${at}.md`, text));
  for (let at = 0; at < notes.length; at++) index.conflictsFor(`n${at}.md`);
}

const rows: Array<[string, () => ReturnType<typeof measureScaling>]> = [
  ['as-of stamps: front-matter key', () => measureScaling(hostileNotes.frontMatterSpaces, (text) => findAsOfStamps(text), 1_000)],
  ['table delimiters: mention scan', () => measureScaling(hostileNotes.delimiterPadding, (text) => findTickerMentions(text), 10_000)],
  ['table delimiters: quote tables', () => measureScaling(hostileNotes.delimiterPadding, (text) => findQuoteTables(new NoteSource(text), []), 10_000)],
  ['code spans: unmatched runs', () => measureScaling(hostileNotes.backtickRuns, (text) => collectSkippedSpans(text), 64_000)],
  ['code spans: in a table row', () => measureScaling(hostileNotes.backtickTableRow, (text) => findTickerMentions(text), 16_000)],
  ['nesting: lists (marked)', () => measureScaling(hostileNotes.nestedList, (text) => mapBlocks(new LineIndex(text)), 16_000)],
  ['nesting: quotes (marked)', () => measureScaling(hostileNotes.nestedQuoteLines, (text) => mapBlocks(new LineIndex(text)), 16_000)],
  ['ignore globs: *a*a*a*a*a*a*b', () => measureScaling((size) => 'a'.repeat(size), (path) => ignored(path), 1_000)],
  ['figures: repeated prose', () => measureScaling(hostileNotes.repeatedFigures, (text) => { const note = new NoteSource(text); extractFigures(note, findAsOfStamps(text, note)); }, 16_000)],
  ['figure index: notes sharing a figure', () => measureScaling(notesSharingAFigure, figureIndexPass, 250)],
];

console.log(`${'pass'.padEnd(38)} ${'size'.padStart(9)} ${'1× ms'.padStart(9)} ${'4× ms'.padStart(9)}  ratio (linear ≈ 4, goal ≤ 6)`);
for (const [name, measure] of rows) {
  const result = measure();
  const flag = result.ratio <= 6 ? '' : '  ← superlinear';
  console.log(`${name.padEnd(38)} ${String(result.size).padStart(9)} ${result.baseMs.toFixed(1).padStart(9)} ${result.largeMs.toFixed(1).padStart(9)}  ${result.ratio.toFixed(1).padStart(5)}${flag}`);
}
