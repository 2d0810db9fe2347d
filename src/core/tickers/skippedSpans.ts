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
  // Four lists, each found in document order, merged rather than sorted: linear in the note.
  const codeSpans = new SpanList();
  const finder = new CodeSpanFinder(text);
  codeSpanOpener.lastIndex = 0;
  for (let match = codeSpanOpener.exec(text); match !== null; match = codeSpanOpener.exec(text)) {
    const resume = finder.skip(match.index, match[0].length);
    if (resume > match.index + match[0].length) codeSpans.add(match.index, resume);
    codeSpanOpener.lastIndex = resume;
  }
  const comments = new SpanList();
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', open + 4)) {
    const close = text.indexOf('-->', open + 4);
    comments.add(open, close === -1 ? text.length : close + 3);
    if (close === -1) break;
  }
  const [targets, urls] = [linkTarget, url].map((pattern) => {
    const found = new SpanList();
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) found.add(match.index, match.index + match[0].length);
    return found;
  });
  const all = codeSpans.merge(comments).merge(targets.merge(urls));
  return new Spans(all.starts, all.ends);
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
  /** Offsets of every `\n` that starts a blank line (`\n[ \t]*\r?\n`), increasing. */
  private readonly blankLines = new SortedOffsets();

  constructor(private readonly text: string) {
    for (let at = text.indexOf('`'); at !== -1; at = text.indexOf('`', at)) {
      const start = at;
      while (text.charCodeAt(at) === 96 /* ` */) at++;
      let runs = this.runsByLength.get(at - start);
      if (!runs) this.runsByLength.set(at - start, (runs = new SortedOffsets()));
      runs.values.push(start);
    }
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) {
      let at = newline + 1;
      while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
      if (text.charCodeAt(at) === 13 /* \r */) at++;
      if (text.charCodeAt(at) === 10) this.blankLines.values.push(newline);
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
    const end = Math.min(limit, this.blankLines.firstAtOrAfter(contentStart) ?? this.text.length);
    const closer = this.runsByLength.get(runLength)?.firstAtOrAfter(contentStart);
    return closer !== undefined && closer < end ? closer + runLength : contentStart;
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
