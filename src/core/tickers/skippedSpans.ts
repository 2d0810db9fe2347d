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
  codeSpanOpener.lastIndex = 0;
  for (let match = codeSpanOpener.exec(text); match !== null; match = codeSpanOpener.exec(text)) {
    const resume = skipCodeSpan(text, match.index, match[0].length);
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
 * CommonMark: a code span closes at the next backtick run of the same length. Paragraphs end at a blank line,
 * so a lone opener never swallows the rest of the note. Returns where scanning resumes.
 */
export function skipCodeSpan(text: string, openerAt: number, runLength: number): number {
  const contentStart = openerAt + runLength;
  if (openerAt > 0 && text.charCodeAt(openerAt - 1) === 92 /* \ */) {
    return openerAt + 1; // an escaped backtick opens nothing; the rest of the run may still
  }
  const paragraphEnd = paragraphEndAfter(text, contentStart);
  let at = text.indexOf('`', contentStart);
  while (at !== -1 && at < paragraphEnd) {
    let runEnd = at;
    while (text.charCodeAt(runEnd) === 96 /* ` */) runEnd++;
    if (runEnd - at === runLength) return runEnd;
    at = text.indexOf('`', runEnd);
  }
  return contentStart; // unmatched: the backticks are literal text
}

const blankLine = /\n[ \t]*\r?\n/g;
// The last blank line found, reused while scanning up to it: without this a long paragraph full of code spans
// would be searched to its end once per span (quadratic on a 5 MB note with no blank lines).
let lastBlankLine = { text: '', from: 0, at: 0 };

function paragraphEndAfter(text: string, from: number): number {
  const cached = lastBlankLine;
  if (cached.text === text && cached.from <= from && from <= cached.at) return cached.at;
  blankLine.lastIndex = from;
  const at = blankLine.exec(text)?.index ?? text.length;
  lastBlankLine = { text, from, at };
  return at;
}
