// `market-notes render <note.md> --out DIR [--format svg|png] [--chart-timeout SECONDS]`: one image per chart
// block, named `<note>-<line>.<format>`. A broken, hostile or runaway block is reported with its line on stderr
// and the others still render; the exit code is then 1 (findings), as for lint. Files are written beside their
// final name and renamed into place: never through a symbolic link at that name, and a replaced file is said.

import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { chartFileName } from '../core/charts/chartFileName';
import type { HistorySource } from '../core/charts/prepareCharts';
import { renderNoteCharts } from '../node/renderNoteCharts';
import { exitCode, UsageError, type CliIo } from './io';
import { readNote } from './noteFiles';
import { renderSpec } from './commandSpecs';
import { parseCommandArgs, parseFormat } from './options';
import { findSnapshotProviderAbove } from '../node/snapshotFiles';
import { silentLogger } from '../core/logger';

export interface RenderIo extends Pick<CliIo, 'cwd' | 'stdout' | 'stderr'> {
  /** Quote history for market-bound charts (the snapshot provider's files); without it they are reported. */
  readonly history?: HistorySource;
}

export async function renderCommand(args: readonly string[], io: RenderIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(renderSpec, args);
  const format = parseFormat(values.format, ['svg', 'png'] as const);
  if (positionals.length !== 1) throw new UsageError('name exactly one note file');
  if (!values.out) throw new UsageError('--out DIR is required');
  const budgetSeconds = Number(values['chart-timeout']);
  if (!(Number.isFinite(budgetSeconds) && budgetSeconds > 0)) throw new UsageError(`--chart-timeout must be a number of seconds (got "${values['chart-timeout']}")`);
  const [note] = positionals;
  const text = await readNote(note, io.cwd);
  const outDir = path.resolve(io.cwd, values.out);
  await mkdir(outDir, { recursive: true });

  // Market-bound charts render offline from the workspace snapshot's history files next to the note.
  const history = io.history ?? (await snapshotHistoryAbove(path.dirname(path.resolve(io.cwd, note))));
  const charts = await renderNoteCharts(text, format, { ...(history ? { history } : {}), budgetMs: budgetSeconds * 1000 });
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
    const shown = path.relative(io.cwd, file) || file;
    const written = await writeImage(file, chart.image).catch((error: Error) => error);
    if (written instanceof Error) {
      broken++;
      io.stderr(`${note}:${chart.line}:1: error: cannot write ${shown}: ${written.message}\n`);
      continue;
    }
    if (written === 'link') {
      broken++;
      io.stderr(`${note}:${chart.line}:1: error: ${shown} is a symbolic link: not written (render never writes through a link; remove it first)\n`);
      continue;
    }
    io.stdout(written === 'replaced' ? `${shown} (replaced)\n` : `${shown}\n`);
  }
  return broken > 0 ? exitCode.findings : exitCode.ok;
}

/** Writes a temporary file beside `file` and renames it over `file`, unless `file` is a link. */
async function writeImage(file: string, image: string | Buffer): Promise<'created' | 'replaced' | 'link'> {
  const existing = await lstat(file).catch(() => undefined);
  if (existing?.isSymbolicLink()) return 'link';
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  // 'wx': the temporary name must not exist either (not even as a link someone raced in).
  await writeFile(temporary, image, { flag: 'wx' });
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return existing ? 'replaced' : 'created';
}

async function snapshotHistoryAbove(folder: string): Promise<HistorySource | undefined> {
  const snapshot = await findSnapshotProviderAbove(folder, silentLogger);
  return snapshot && ((ticker, range) => snapshot.history(ticker, range));
}
