// A wire story opens on a dateline and the wire's tag: "NEW YORK (AP) —", "LONDON (AFP) -", "LINCOLN, Neb. (AP) --".
// The tag looks like `Company (TICK)`, and AP, AFP, CNN are the letters of listed shares or close to them, so the
// tag is told from where it stands, not from its letters: right after a place written in capitals that opens the
// line or the sentence, with a dash after it. "NVIDIA (NVDA) rose" has no dash after it and stays a ticker.
// India's agencies write the place in a sentence's case, the day after it and often no dash: "Mumbai, Nov 20 (PTI)
// The Sensex …", "New Delhi, 20 November 2026 (IANS) Markets …". A company's name never ends on a day, so a place and
// a day opening the line make the tag, dash or not.

import { skipBlanks } from './charCodes';

/** How far back a dateline's place may start: "RANCHO SANTA MARGARITA, Calif." fits. */
const longestPlace = 48;

/**
 * Whether the one-item parenthesis `(` at `open` … `)` at `close` is a wire's tag after a dateline. `floor` is where
 * the run of lines starts: nothing before it is read.
 */
export function isDatelineTag(segment: string, open: number, close: number, floor: number): boolean {
  const dashed = isDashAt(segment, skipBlanks(segment, close + 1));
  if (!dashed && !endsOnDay(segment, open)) return false;
  let start = open;
  const limit = Math.max(floor, open - longestPlace - 1);
  while (start > limit && segment.charCodeAt(start - 1) !== 10) start--;
  const before = segment.slice(start, open);
  // The sentence before it on the same line ("… the jobs report. LONDON (AFP) —") is not part of the place.
  const sentenceEnd = lastSentenceEnd(before);
  if (sentenceEnd === 0 && start !== floor && segment.charCodeAt(start - 1) !== 10) return false; // the place's start is out of reach
  const place = before.slice(sentenceEnd);
  return datedPlace.test(place) || (dashed && datelinePlace.test(place));
}

/** Whether a day of the month's digits end right before the parenthesis at `open` (a cheap look before the pattern). */
function endsOnDay(segment: string, open: number): boolean {
  let at = open;
  while (at > 0 && segment.charCodeAt(at - 1) === 32) at--;
  const code = segment.charCodeAt(at - 1);
  return code >= 48 && code <= 57;
}

// A place in a sentence's case or in capitals (up to four words: "Mumbai", "New Delhi", "NEW YORK"), then the day,
// month first or day first, with its year or not: "Mumbai, Nov 20", "New Delhi, 20 November 2026".
const month = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?`;
const datedPlace = new RegExp(
  String.raw`^[\s>#*_-]*[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]*){0,3}, ?(?:${month} \d{1,2}(?:st|nd|rd|th)?|\d{1,2} ${month})(?:,? \d{4})?[*_]*\s*$`,
);

// Markdown's markers, then the place in capitals ("NEW YORK", "ST. LOUIS", "BROOKLYN, N.Y."), then at most a
// state's or country's abbreviation written as AP writes it (", Neb.", ", Calif."), then the story's date if the
// wire gives one there ("NEW YORK, Nov. 27, 2026 (AP) --", "LONDON, 27 November 2026 (AFP) -").
const datelinePlace =
  /^[\s>#*_-]*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*)*(?:, ?[A-Z][A-Za-z.]{1,6}(?: [A-Z][A-Za-z.]{1,6})?)?(?:, ?(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2} [A-Z][a-z]{2,8}),? \d{4})?[*_]*\s*$/;

/**
 * Where the text after the last sentence end in `text` starts, or 0: a stop after a word or a figure, not after an
 * initial ("N.Y. ") or a month's abbreviation ("Nov. 27, 2026"), and with more after it ("LINCOLN, Neb. " is the
 * place).
 */
function lastSentenceEnd(text: string): number {
  let end = 0;
  for (const match of text.matchAll(/[A-Za-z0-9%)]{2}(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))[.!?]["”’]?\s+(?=\S)/g)) {
    end = match.index + match[0].length;
  }
  return end;
}

function isDashAt(segment: string, at: number): boolean {
  const code = segment.charCodeAt(at);
  if (code === 0x2014 || code === 0x2013) return true; // — –
  return code === 45 /* - */ && (segment.charCodeAt(at + 1) === 45 || segment.charCodeAt(at + 1) === 32);
}
