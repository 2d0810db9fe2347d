// Where a sentence's parts are, as offsets into the note: every match of a pattern, the spans between its breaks
// (clauses, segments), and a binary search over either — what sentenceReading.ts finds once and its readers
// (valuePeriod.ts, closingLevels.ts) look things up in.

import type { PeriodPhrase } from './periods';

export interface Span {
  readonly offset: number;
  readonly end: number;
}

/** What a sentence's reading found once (sentenceReading.ts), as the readers of its values' periods and levels need it. */
export interface SentenceParts {
  readonly sentence: string;
  /** The sentence's offset in the note: every span and period below is in the note's offsets. */
  readonly base: number;
  readonly periods: readonly PeriodPhrase[];
  readonly clauses: readonly Span[];
  readonly segments: readonly Span[];
  /** The period of the lead-in or heading the sentence sits under ("On Friday:"), if any. */
  readonly inherited: PeriodPhrase | undefined;
  /** The session a close with no day named is of: the paragraph's last named day, else the note's as-of day. */
  readonly session: PeriodPhrase | undefined;
}

/** Offsets of every match of a global pattern in a sentence (one pass). */
export function offsetsOf(pattern: RegExp, text: string, base: number): Array<{ offset: number; end: number }> {
  const found: Array<{ offset: number; end: number }> = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) found.push({ offset: base + match.index, end: base + match.index + match[0].length });
  return found;
}

/** The last index whose offset is < `offset` (arrays sorted by offset), or -1. */
export function lastBefore(items: ReadonlyArray<{ offset: number }>, offset: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (items[mid].offset < offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The parts of a sentence between breaks, as spans covering it (the first starts at the sentence's start). */
export function spans(breaks: RegExp, sentence: string, base: number, keep?: (cut: { offset: number; end: number }) => boolean): Array<{ offset: number; end: number }> {
  const found: Array<{ offset: number; end: number }> = [];
  let start = base;
  for (const cut of offsetsOf(breaks, sentence, base)) {
    if (keep && !keep(cut)) continue;
    found.push({ offset: start, end: cut.offset });
    start = cut.end;
  }
  found.push({ offset: start, end: base + sentence.length });
  return found;
}

/** The span (clause, segment) that holds `offset`: the last that starts at or before it, else the first. */
export function spanAt(spans: readonly Span[], offset: number): Span {
  return spans[Math.max(0, lastBefore(spans, offset + 1))];
}
