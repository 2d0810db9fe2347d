// Inline spans whose text is never prose: code spans, HTML comments, link and image targets, URLs.
// Found once per prose run; mention candidates are then tested against them in order.

import { isBlank } from './charCodes';
import { NoteSearch } from './occurrences';

/** Sorted, possibly overlapping [start, end) spans with an in-order membership test. */
export class Spans {
  constructor(private readonly starts: number[], private readonly ends: number[]) {}

  get isEmpty(): boolean {
    return this.starts.length === 0;
  }

  /** A cursor for offsets visited in increasing order: each test is amortised O(1). */
  cursor(): SpanCursor {
    return this.starts.length === 0 ? coversNothing : new SpansCursor(this.starts, this.ends);
  }
}

/** Answers "is this offset inside a span?" for offsets asked in increasing order. */
export interface SpanCursor {
  covers(offset: number): boolean;
}

class SpansCursor implements SpanCursor {
  private index = 0;
  /** Furthest end among the spans starting at or before the last offset asked. */
  private reach = -1;

  constructor(
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
  ) {}

  covers(offset: number): boolean {
    const { starts, ends } = this;
    while (this.index < starts.length && starts[this.index] <= offset) {
      if (ends[this.index] > this.reach) this.reach = ends[this.index];
      this.index++;
    }
    return offset < this.reach;
  }
}

const coversNothing: SpanCursor = { covers: (_offset: number): boolean => false };

/** Any character in `[^\s<>]`, as the URL pattern ends: the regex runs only where a URL starts. */
const urlRest = /[^\s<>]*/y;

/**
 * Code spans, HTML comments, link targets and URLs of `text[start, end)`, or of the whole text. Each kind is found
 * with `indexOf` on its rare characters (a regex of alternatives would try every position), then the lists, each in
 * document order, are merged: linear in the text, and nothing is allocated for a run of prose that has none.
 */
export function collectSkippedSpans(text: string, start = 0, end = text.length, search = new NoteSearch(text)): Spans {
  let codeSpans: SpanList | undefined;
  const firstBacktick = search.backticks.within(start, end);
  if (firstBacktick !== -1) {
    const finder = new CodeSpanFinder(text, start, end);
    for (let at = firstBacktick; at !== -1 && at < end; ) {
      let runEnd = at + 1;
      while (text.charCodeAt(runEnd) === 96 /* ` */ && runEnd < end) runEnd++;
      const resume = finder.skip(at, runEnd - at, end);
      if (resume > runEnd) (codeSpans ??= new SpanList()).add(at, resume);
      at = text.indexOf('`', resume);
    }
  }
  let comments: SpanList | undefined;
  for (let open = search.commentOpeners.within(start, end); open !== -1; open = search.commentOpeners.within(open + 4, end)) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1 || close + 3 > end) {
      (comments ??= new SpanList()).add(open, end); // unclosed: hides the rest of the run
      break;
    }
    (comments ??= new SpanList()).add(open, close + 3);
  }
  let targets: SpanList | undefined;
  for (let at = search.linkTargets.within(start, end); at !== -1; at = search.linkTargets.within(at, end)) {
    const targetStart = at;
    at += 2;
    while (at < end && text.charCodeAt(at) !== 41 /* ) */ && text.charCodeAt(at) !== 10) at++;
    if (at < end && text.charCodeAt(at) === 41) at++;
    (targets ??= new SpanList()).add(targetStart, at);
  }
  const urls = collectUrls(text, start, end, search);
  const all = merge(merge(codeSpans, comments), merge(targets, urls));
  return all === undefined ? noSpans : new Spans(all.starts, all.ends);
}

const noSpans = new Spans([], []);

/** `https://…`, `http://…` and `www.…` up to a space or angle bracket, leftmost first as the regex would find them. */
function collectUrls(text: string, start: number, end: number, search: NoteSearch): SpanList | undefined {
  let urls: SpanList | undefined;
  let scheme = nextScheme(text, start, end, search);
  let www = search.wwws.within(start, end);
  while (scheme !== -1 || www !== -1) {
    const at = www === -1 || (scheme !== -1 && scheme < www) ? scheme : www;
    urlRest.lastIndex = at + (at === www ? 4 : text.charCodeAt(at + 4) === 115 /* s */ ? 8 : 7);
    urlRest.test(text);
    const urlEnd = Math.min(urlRest.lastIndex, end);
    (urls ??= new SpanList()).add(at, urlEnd);
    if (scheme !== -1 && scheme < urlEnd) scheme = nextScheme(text, urlEnd, end, search);
    if (www !== -1 && www < urlEnd) www = search.wwws.within(urlEnd, end);
  }
  return urls;
}

/**
 * Start of the next `http://` or `https://` at or after `from`, found from its `//` (rarer than `://`, whose colon
 * V8 stops at on every "Note:" and "4:00"); or -1.
 */
function nextScheme(text: string, from: number, end: number, search: NoteSearch): number {
  for (let slashes = search.schemes.within(from + 1, end); slashes !== -1; slashes = search.schemes.within(slashes + 1, end)) {
    const colon = slashes - 1;
    if (text.charCodeAt(colon) !== 58 /* : */) continue;
    const https = colon - 5;
    if (https >= from && text.startsWith('https', https)) return https;
    const http = colon - 4;
    if (http >= from && text.startsWith('http', http)) return http;
  }
  return -1;
}

function merge(a: SpanList | undefined, b: SpanList | undefined): SpanList | undefined {
  return a === undefined ? b : b === undefined ? a : a.merge(b);
}

/** Spans in order of their starts, as two arrays of numbers (no object per span). */
class SpanList {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  add(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }

  merge(other: SpanList): SpanList {
    const merged = new SpanList();
    let i = 0;
    let j = 0;
    while (i < this.starts.length || j < other.starts.length) {
      if (j >= other.starts.length || (i < this.starts.length && this.starts[i] <= other.starts[j])) merged.add(this.starts[i], this.ends[i++]);
      else merged.add(other.starts[j], other.ends[j++]);
    }
    return merged;
  }
}

/**
 * CommonMark: a code span closes at the next backtick run of the same length, and paragraphs end at a blank line,
 * so a lone opener never swallows the rest of the note. Searching forward from every opener is quadratic when
 * openers never close (runs of 1, 2, 3… backticks): the text's backtick runs (by length) and blank lines are listed
 * once instead, and each opener's closer is looked up in them.
 */
export class CodeSpanFinder {
  /** Run length → start offsets of the maximal backtick runs of that length, increasing. */
  private readonly runsByLength = new Map<number, SortedOffsets>();
  /** Offsets of every `\n` that starts a blank line (`\n[ \t]*\r?\n`), increasing, as far as listed. */
  private readonly blankLines = new SortedOffsets();
  private blankLinesListedTo: number;

  /** Reads the backtick runs of `text[start, end)` (the whole text by default). */
  constructor(
    private readonly text: string,
    private readonly start = 0,
    private readonly end = text.length,
  ) {
    this.blankLinesListedTo = start;
    for (let at = text.indexOf('`', start); at !== -1 && at < end; at = text.indexOf('`', at)) {
      const runStart = at;
      while (text.charCodeAt(at) === 96 /* ` */ && at < end) at++;
      let runs = this.runsByLength.get(at - runStart);
      if (!runs) this.runsByLength.set(at - runStart, (runs = new SortedOffsets()));
      runs.values.push(runStart);
    }
  }

  /**
   * Where scanning resumes after the backtick run at `openerAt` (`runLength` long): after its closer, or right
   * after the opener when it closes nowhere before the paragraph's end (or `limit`, a row's end).
   */
  skip(openerAt: number, runLength: number, limit = this.end): number {
    const contentStart = openerAt + runLength;
    if (openerAt > this.start && this.text.charCodeAt(openerAt - 1) === 92 /* \ */) {
      return openerAt + 1; // an escaped backtick opens nothing; the rest of the run may still
    }
    const closer = this.runsByLength.get(runLength)?.firstAtOrAfter(contentStart);
    if (closer === undefined || closer >= limit) return contentStart;
    this.listBlankLinesBefore(closer);
    const end = Math.min(limit, this.blankLines.firstAtOrAfter(contentStart) ?? this.end);
    return closer < end ? closer + runLength : contentStart;
  }

  /**
   * Lists the blank lines up to `offset`, continuing where the last call stopped: most runs of prose have no
   * backtick that closes, and those that do need the blank lines only as far as their closers.
   */
  private listBlankLinesBefore(offset: number): void {
    const { text, end } = this;
    let newline = this.blankLinesListedTo;
    for (newline = text.indexOf('\n', newline); newline !== -1 && newline < offset && newline < end; newline = text.indexOf('\n', newline + 1)) {
      let at = newline + 1;
      while (isBlank(text.charCodeAt(at))) at++;
      if (text.charCodeAt(at) === 13 /* \r */) at++;
      if (text.charCodeAt(at) === 10 && at < end) this.blankLines.values.push(newline);
    }
    this.blankLinesListedTo = newline === -1 ? end : newline;
  }
}

/**
 * Increasing offsets searched from where the last search ended (galloping): O(1) amortised for searches in
 * document order, which is how notes are scanned, and O(log n) for any other.
 */
class SortedOffsets {
  readonly values: number[] = [];
  private hint = 0;

  /** The first offset ≥ `target`, if any. */
  firstAtOrAfter(target: number): number | undefined {
    const { values } = this;
    let low: number;
    let high: number;
    if (this.hint > 0 && values[this.hint - 1] >= target) {
      low = 0;
      high = this.hint;
    } else {
      // Gallop forward from the hint: the answer is usually close.
      let step = 1;
      low = this.hint;
      high = Math.min(values.length, low + step);
      while (high < values.length && values[high - 1] < target) {
        low = high;
        step *= 2;
        high = Math.min(values.length, low + step);
      }
    }
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[mid] < target) low = mid + 1;
      else high = mid;
    }
    this.hint = low;
    return values[low];
  }
}
