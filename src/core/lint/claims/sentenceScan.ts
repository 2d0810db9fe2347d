// Which sentences of a paragraph may state a figure (figures.ts reads only those): the paragraph's sentence bounds,
// and for each sentence whether it names a session, may state an index's closing level, or may state another
// figure. All of it depends on the paragraph's text alone, and lint runs on every pause in typing, when most
// paragraphs are as they were: so each paragraph's text is scanned once.

import { sentenceBounds } from './text';

const candidateParagraph =
  /%|percent|per cent|\d\s?pct\b|\dpc\b|\d\s*(?:basis points?|bps?)\b|p\/e|price[- ](?:to[- ])?earnings|doubled|tripled|trebled|quadrupled|halved|half|third|quarter|fifth|tenth|straight|consecutive|successive|streak|in a row|(?:each|every(?: one)?) of (?:the|its|their) (?:last|past|previous|prior) |\d\s*(?:x|×|times)\b|\bflat\b|\bunchanged\b|\bdigits?\b|\bteens\b|\b[2-9]0['’]?s\b/i;
/**
 * A number written as an index level ("6,602.99", "46,000", "2072.83") after a close or a move, or a percent after a
 * yield ("the 10-year yield rose to 4.12%"): a closing level or yield may be stated.
 */
const levelParagraph = /\b(?:clos|end|finish|settl|rose|gain|add|climb|advanc|jump|rall|surg|soar|rebound|fell|drop|declin|sli[dp]|lost|shed|sank|tumbl|dip|retreat|slump|edg|tick|inch|crept|moved)\w*\b(?:[^.;]|\.\d){0,120}?(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{3,6}|\d{2}\.\d)|\d{3,6}\.\d|\(\s*\d[\d,]*(?:\.\d+)?\s*[,;]\s*[+\-−]?\d+(?:\.\d+)?\s*%|\byields?\b(?:[^.;]|\.\d){0,120}?\d(?:\.\d{1,3})?\s?(?:%|percent|per cent)/i;
/** Words that name a session: a sentence with one may set the day its paragraph's closes are of. */
export const sessionWord = /\b(?:monday|tuesday|wednesday|thursday|friday|today|yesterday)\b/i;

export interface SentenceScan {
  /** The sentence's bounds, from the paragraph's start. */
  readonly start: number;
  readonly end: number;
  /** It names a session (sessionWord): it may set the day the paragraph's closes are of. */
  readonly namesSession: boolean;
  /** It may state a closing level (levelParagraph, in a paragraph that may). */
  readonly mayStateLevel: boolean;
  /** It may state a figure of any kind: a closing level, or a candidate of candidateParagraph. */
  readonly mayStateFigure: boolean;
}

const scanned = new Map<string, readonly SentenceScan[] | null>();

/** The paragraph's sentences (see above), or null when the paragraph can state no figure. */
export function scanParagraph(paragraph: string): readonly SentenceScan[] | null {
  // Keyed by a new string, not the slice of the note it was given: a kept slice would keep the whole note alive.
  const key = `\u0000${paragraph}`;
  let scan = scanned.get(key);
  if (scan !== undefined) return scan;
  const levels = levelParagraph.test(paragraph);
  scan = levels || candidateParagraph.test(paragraph) ? sentencesOf(paragraph, levels) : null;
  if (scanned.size >= 5000) scanned.clear();
  scanned.set(key, scan);
  return scan;
}

function sentencesOf(paragraph: string, levels: boolean): SentenceScan[] {
  // Bounds read from the paragraph alone are the note's: sentenceBounds looks no further than the span it is given.
  return sentenceBounds(paragraph, 0, paragraph.length).map(([start, end]) => {
    const sentence = withoutComments(paragraph.slice(start, end));
    const mayStateLevel = levels && levelParagraph.test(sentence);
    return { start, end, namesSession: sessionWord.test(sentence), mayStateLevel, mayStateFigure: mayStateLevel || candidateParagraph.test(sentence) };
  });
}

/** HTML comments blanked out (same length, so offsets hold): a note's comments are not its claims. */
export function withoutComments(sentence: string): string {
  let open = sentence.indexOf('<!--');
  if (open < 0) return sentence;
  let result = '';
  let from = 0;
  while (open >= 0) {
    const close = sentence.indexOf('-->', open + 4);
    const end = close < 0 ? sentence.length : close + 3;
    result += sentence.slice(from, open) + ' '.repeat(end - open);
    from = end;
    open = close < 0 ? -1 : sentence.indexOf('<!--', end);
  }
  return result + sentence.slice(from);
}
