// `market-notes tickers <files…> [--format text|json]`: every ticker mention with its exact position.

import * as path from 'node:path';
import { tickerScanOptions } from '../core/lint/config';
import { findTickerMentions, LineIndex } from '../core/tickers';
import { LintConfigFinder } from '../node/lintConfigFiles';
import { exitCode, UsageError, type CliIo } from './io';
import { expandNotePaths, NoteNotTextError, NoteTooLargeError, readNote } from './noteFiles';
import { tickersSpec } from './commandSpecs';
import { parseCommandArgs, parseFormat } from './options';

export interface TickerMentionRecord {
  file: string;
  line: number;
  column: number;
  symbol: string;
  exchange: string | null;
  /** exchange, cashtag, table, company, chip, ric, index or bloomberg (see README). */
  form: string;
}

export async function tickersCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(tickersSpec, args);
  const format = parseFormat(values.format, ['text', 'json'] as const);
  if (positionals.length === 0) throw new UsageError('name at least one note file or folder');

  const records: TickerMentionRecord[] = [];
  // The note's `.market-notes.json` says how mentions are read (company parentheses, abbreviations to ignore).
  const configs = new LintConfigFinder();
  let skipped = 0;
  for (const file of await expandNotePaths(positionals, io.cwd)) {
    let text: string;
    try {
      text = await readNote(file, io.cwd);
    } catch (error) {
      if (!(error instanceof NoteTooLargeError || error instanceof NoteNotTextError)) throw error;
      // One huge or binary file in a folder of notes: the others are still listed, and the exit code says the list
      // is short.
      io.stderr(`warning: ${error.message}; skipped\n`);
      skipped++;
      continue;
    }
    const loaded = await configs.find(path.dirname(path.resolve(io.cwd, file)));
    const options = loaded ? tickerScanOptions(loaded.config) : undefined;
    for (const mention of findTickerMentions(text, new LineIndex(text), options)) {
      records.push({ file, line: mention.line, column: mention.column, symbol: mention.symbol, exchange: mention.exchange ?? null, form: mention.form });
    }
  }
  if (format === 'json') {
    io.stdout(`${JSON.stringify(records, null, 2)}\n`);
  } else {
    for (const record of records) {
      const exchange = record.exchange ? `${record.exchange}:` : '';
      io.stdout(`${record.file}:${record.line}:${record.column}  ${exchange}${record.symbol}  (${record.form})\n`);
    }
  }
  return skipped > 0 ? exitCode.failure : exitCode.ok;
}
