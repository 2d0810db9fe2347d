// `market-notes render <note.md> --out DIR [--format svg|png]`: one image per chart block, named
// `<note>-<line>.<format>`. A broken block is reported with its line on stderr and the others still render;
// the exit code is then 1 (findings), as for lint.

import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { chartFileName } from '../core/charts/chartFileName';
import type { HistorySource } from '../core/charts/prepareCharts';
import { renderNoteCharts } from '../node/renderCharts';
import { exitCode, UsageError, type CliIo } from './io';
import { readNote } from './noteFiles';
import { parseCommandArgs, parseFormat, type CommandSpec } from './options';
import { findSnapshotProviderAbove } from '../node/snapshotFiles';
import { silentLogger } from '../core/logger';

export interface RenderIo extends Pick<CliIo, 'cwd' | 'stdout' | 'stderr'> {
  /** Quote history for market-bound charts (the snapshot provider's files); without it they are reported. */
  readonly history?: HistorySource;
}

export const renderSpec = {
  name: 'render',
  arguments: '<note.md>',
  summary: 'Render each vega-lite block of a note to <note>-<line>.svg or .png; exit 1 if one broke.',
  details: ['Market-bound charts take their history from the .market-notes/ snapshot files next to the note or above it.'],
  options: {
    out: { type: 'string', short: 'o', value: 'DIR', description: 'Folder to write the images to (required)' },
    format: { type: 'string', value: 'svg|png', default: 'svg', description: 'Image format' },
  },
  examples: ['market-notes render notes/weekly.md --out charts/', 'market-notes render notes/weekly.md --out charts/ --format png'],
} as const satisfies CommandSpec;

export async function renderCommand(args: readonly string[], io: RenderIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(renderSpec, args);
  const format = parseFormat(values.format, ['svg', 'png'] as const);
  if (positionals.length !== 1) throw new UsageError('name exactly one note file');
  if (!values.out) throw new UsageError('--out DIR is required');
  const [note] = positionals;
  const text = await readNote(note, io.cwd);
  const outDir = path.resolve(io.cwd, values.out);
  await mkdir(outDir, { recursive: true });

  // Market-bound charts render offline from the workspace snapshot's history files next to the note.
  const history = io.history ?? (await snapshotHistoryAbove(path.dirname(path.resolve(io.cwd, note))));
  const charts = await renderNoteCharts(text, format, history);
  if (charts.length === 0) io.stderr(`${note}: no vega-lite blocks to render\n`);
  let broken = 0;
  for (const chart of charts) {
    if ('problem' in chart) {
      broken++;
      const { line, column, message } = chart.problem;
      io.stderr(`${note}:${line}:${column}: error: ${message}\n`);
      continue;
    }
    const file = path.join(outDir, chartFileName(note, chart.line, format));
    await writeFile(file, chart.image);
    io.stdout(`${path.relative(io.cwd, file) || file}\n`);
  }
  return broken > 0 ? exitCode.findings : exitCode.ok;
}

async function snapshotHistoryAbove(folder: string): Promise<HistorySource | undefined> {
  const snapshot = await findSnapshotProviderAbove(folder, silentLogger);
  return snapshot && ((ticker, range) => snapshot.history(ticker, range));
}
