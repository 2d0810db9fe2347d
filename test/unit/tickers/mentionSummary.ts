// How the ticker tests write what a scan found: `SYMBOL@EXCHANGE/form`, in document order, one named case a line.

import { strict as assert } from 'node:assert';
import { findTickerMentions, LineIndex, type TickerScanOptions } from '../../../src/core/tickers';

export function summary(text: string, options?: TickerScanOptions): string[] {
  return findTickerMentions(text, new LineIndex(text), options).map((m) => `${m.symbol}${m.exchange ? `@${m.exchange}` : ''}/${m.form}`);
}

/** One `it` per case: its name, the note's text, and the mentions expected in it. */
export function checkNamed(cases: ReadonlyArray<readonly [string, string, readonly string[]]>): void {
  for (const [name, text, expected] of cases) {
    it(`${name}: ${JSON.stringify(text)}`, () => assert.deepEqual(summary(text), expected));
  }
}

/** One `it` per case: its name and a note's text in which nothing (or nothing `counted`) is read as a mention. */
export function checkNoMentions(cases: ReadonlyArray<readonly [string, string]>, counted: (mention: string) => boolean = () => true): void {
  for (const [name, text] of cases) {
    it(`${name}: ${JSON.stringify(text)}`, () => assert.deepEqual(summary(text).filter(counted), []));
  }
}
