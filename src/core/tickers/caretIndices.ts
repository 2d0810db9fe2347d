// Yahoo's index codes in prose, a caret before capitals: `^DJI`, `^GSPC`, `^N225`. Found from each caret, which
// prose rarely holds; a caret glued to a word (`x^2`, `[^1]` footnotes) is something else.

import { isLower, isUpper, isUpperOrDigit } from './charCodes';
import type { Occurrences } from './occurrences';
import type { EmitMention } from './parenthesisedMentions';
import type { SpanCursor } from './skippedSpans';

/** `^DJI` in prose: a caret before capitals marks an index the way Yahoo writes it. */
export function scanCaretIndices(segment: string, start: number, end: number, carets: Occurrences, skipped: SpanCursor, emit: EmitMention): void {
  for (let caret = carets.within(start, end); caret !== -1; caret = carets.within(caret + 1, end)) {
    const before = caret > start ? segment.charCodeAt(caret - 1) : 32;
    if (isUpperOrDigit(before) || isLower(before) || before === 91 /* [ */ || before === 94) continue;
    let end = caret + 1;
    if (!isUpper(segment.charCodeAt(end))) continue;
    while (end - caret <= 7 && isUpperOrDigit(segment.charCodeAt(end))) end++;
    const after = segment.charCodeAt(end);
    if (end - caret > 7 || isLower(after) || after === 95 || (after === 46 && isUpper(segment.charCodeAt(end + 1)))) continue;
    if (skipped.covers(caret)) continue;
    emit(segment.slice(caret + 1, end), 'INDEX', 'index', caret, end - caret, caret + 1, end - caret - 1);
  }
}
