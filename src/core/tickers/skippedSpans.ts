// Inline spans whose text is never prose: code spans, HTML comments, link and image targets, URLs.
// Found once per prose run; mention candidates are then tested against them in order.

/** Sorted, possibly overlapping [start, end) spans with an in-order membership test. */
export class Spans {
  constructor(private readonly starts: number[], private readonly ends: number[]) {}

  /** A cursor for offsets visited in increasing order: each test is amortised O(1). */
  cursor(): { covers(offset: number): boolean } {
    const { starts, ends } = this;
    let index = 0;
    let reach = -1; // furthest end among spans starting at or before the current offset
    return {
      covers(offset: number): boolean {
        while (index < starts.length && starts[index] <= offset) {
          if (ends[index] > reach) reach = ends[index];
          index++;
        }
        return offset < reach;
      },
    };
  }
}

const codeSpanOpener = /`+/g;
const linkTarget = /\]\([^)\n]*\)?/g;
const url = /(?:https?:\/\/|www\.)[^\s<>]*/g;

export function collectSkippedSpans(text: string): Spans {
  const spans: Array<[number, number]> = [];
  const codeSpans = new CodeSpanFinder(text);
  codeSpanOpener.lastIndex = 0;
  for (let match = codeSpanOpener.exec(text); match !== null; match = codeSpanOpener.exec(text)) {
    const resume = codeSpans.skip(match.index, match[0].length);
    if (resume > match.index + match[0].length) spans.push([match.index, resume]);
    codeSpanOpener.lastIndex = resume;
  }
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', open + 4)) {
    const close = text.indexOf('-->', open + 4);
    const end = close === -1 ? text.length : close + 3;
    spans.push([open, end]);
    if (close === -1) break;
  }
  for (const pattern of [linkTarget, url]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      spans.push([match.index, match.index + match[0].length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  return new Spans(
    spans.map((span) => span[0]),
    spans.map((span) => span[1]),
  );
}

/**
 * CommonMark: a code span closes at the next backtick run of the same length, and paragraphs end at a blank line,
 * so a lone opener never swallows the rest of the note. Searching forward from every opener is quadratic when
 * openers never close (runs of 1, 2, 3… backticks): the text's backtick runs (by length) and blank lines are listed
 * once instead, and each opener's closer is a binary search — O(n log n) for the whole text.
 */
export class CodeSpanFinder {
  /** Run length → start offsets of the maximal backtick runs of that length, increasing. */
  private readonly runsByLength = new Map<number, number[]>();
  /** Offsets of every `\n` that starts a blank line (`\n[ \t]*\r?\n`), increasing. */
  private readonly blankLines: number[] = [];

  constructor(private readonly text: string) {
    for (let at = text.indexOf('`'); at !== -1; at = text.indexOf('`', at)) {
      const start = at;
      while (text.charCodeAt(at) === 96 /* ` */) at++;
      const runs = this.runsByLength.get(at - start);
      if (runs) runs.push(start);
      else this.runsByLength.set(at - start, [start]);
    }
    for (let newline = text.indexOf('\n'); newline !== -1; ) {
      let at = newline + 1;
      while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
      if (text.charCodeAt(at) === 13 /* \r */) at++;
      if (text.charCodeAt(at) === 10) this.blankLines.push(newline);
      newline = text.indexOf('\n', newline + 1);
    }
  }

  /**
   * Where scanning resumes after the backtick run at `openerAt` (`runLength` long): after its closer, or right
   * after the opener when it closes nowhere before the paragraph's end (or `limit`, a row's end).
   */
  skip(openerAt: number, runLength: number, limit = this.text.length): number {
    const contentStart = openerAt + runLength;
    if (openerAt > 0 && this.text.charCodeAt(openerAt - 1) === 92 /* \ */) {
      return openerAt + 1; // an escaped backtick opens nothing; the rest of the run may still
    }
    const blankLine = this.blankLines[firstAtOrAfter(this.blankLines, contentStart)];
    const end = Math.min(limit, blankLine ?? this.text.length);
    const runs = this.runsByLength.get(runLength);
    const closer = runs?.[firstAtOrAfter(runs, contentStart)];
    return closer !== undefined && closer < end ? closer + runLength : contentStart;
  }
}

/** Index of the first value ≥ `target` in an increasing array (its length when there is none). */
function firstAtOrAfter(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
