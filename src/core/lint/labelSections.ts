// A relative phrase that stands as a label over the lines below it: wire services' index tables in prose ("For the
// week:" then "The S&P 500 closed up 75.71 points, or 2.2%."), a recap's "For the year so far:", "On Friday:". The
// label's own line holds no figure; the figures it dates are the ones under it, up to the next label or heading. Read
// as a clause, the label dated nothing, and a note whose year-to-date figures stood under "For the year:" was never
// asked for its as-of date. A heading that is only a phrase ("## This week") is a section's name in a note's template
// more than a period its figures share, and stays narrative; the colon is what says the lines below complete it.

import type { NoteSource } from './noteSource';

/** Words a label may hold besides its phrase: "For the year so far:", "For the week, so far:". */
const fillerWords = /^(?:(?:so|far|to|date|and|all|the|only)\b\s*)*$/i;
/** Markdown around a label: a list marker, emphasis. */
const leadingMarkup = /^\s{0,3}(?:[-*+•]\s+)?[*_]*\s*/;
const trailingMarkup = /[*_\s]*$/;
/** A line that opens another section: a heading, a rule, or a label of its own (short, ending at a colon: "In 2025:"). */
const sectionOpener = /^\s{0,3}(?:#{1,6}\s|(?:[-*_]\s*){3,}$)|^[^|]{1,60}:[*_\s]*$/;

/** How many lines under a label it dates, at most: a wire's table of indexes runs to a handful. */
const reachLines = 16;

/**
 * The span of text a label dates, when the phrase at [offset, offset + length) is one: the lines under its line, up
 * to the next heading or label, as [start, end). Undefined for a phrase in a sentence.
 */
export function labelSection(note: NoteSource, offset: number, length: number): [number, number] | undefined {
  const { lines } = note;
  const line = lines.lineAt(offset);
  const lineStart = lines.lineStarts[line];
  const lineText = lines.lineText(line);
  const before = lineText.slice(0, offset - lineStart).replace(leadingMarkup, '');
  const after = lineText.slice(offset - lineStart + length).replace(trailingMarkup, '');
  if (!after.endsWith(':') || !fillerWords.test(`${before} ${after.slice(0, -1)}`.replace(/[*_,]/g, ' ').trim())) return undefined;
  let last = line;
  for (let next = line + 1; next < lines.lineCount && next - line <= reachLines; next++) {
    const text = lines.lineText(next);
    if (text.trim() === '') continue;
    if (sectionOpener.test(text)) break;
    last = next;
  }
  return last > line ? [lines.lineStarts[line + 1], lines.lineEnd(last)] : undefined;
}
