// An "as of" inside an earnings story often dates what a company reported at its period's end, not when the note's
// figures were true: "ended the quarter with $132 billion in cash as of September 27, 2026", "As of September 30,
// 2026, the company had remaining performance obligations of $392 billion", "14.8 billion shares outstanding as of
// October 17, 2026". Results come out weeks after the period closes, so such a date is always older than the
// note, and nothing can bring it up to date before the next report. asOfStamps.ts marks the stamp; stale-as-of
// leaves it alone when a later stamp dates the note.

/** Where a sentence ends: a full stop, "!", "?" or ";" before a space, or a blank line. */
const sentenceEnd = /[.!?;](?=\s)|\n[ \t]*\n/g;
const sentenceReach = 200;

/** The words of the stamp's sentence before the stamp (`start`) and after its date (`end`). */
export function stampSentence(text: string, start: number, end: number): { before: string; after: string } {
  const before = text.slice(Math.max(0, start - sentenceReach), start);
  let from = 0;
  // matchAll starts where the shared pattern's lastIndex stands, and exec leaves it past a match: reset it before
  // each, or a stamp's sentence would run back over a full stop that an earlier stamp's search had passed.
  sentenceEnd.lastIndex = 0;
  for (const match of before.matchAll(sentenceEnd)) from = match.index + match[0].length;
  sentenceEnd.lastIndex = 0;
  const after = text.slice(end, end + sentenceReach);
  const close = sentenceEnd.exec(after);
  sentenceEnd.lastIndex = 0;
  return { before: before.slice(from), after: close ? after.slice(0, close.index) : after };
}

/**
 * What a company holds or counts at a period's end, as its report states it: cash, debt, backlog, shares
 * outstanding, customers, a buyback authorization, the report itself ("the 10-Q", "the quarter ended").
 */
const reportedBalance =
  /\b(?:cash(?:\s+and\s+(?:cash\s+)?equivalents)?|marketable\s+securities|(?:total\s+)?debt|borrowings|backlog|(?:remaining\s+)?performance\s+obligations|rpo|shares\s+outstanding|outstanding\s+shares|share\s+count|customers|subscribers|employees|headcount|(?:buyback|repurchase)\s+(?:authorization|program)|inventor(?:y|ies)|deposits|book\s+value|balance\s+sheet|10-[qk]|(?:the\s+)?(?:quarter|period|fiscal\s+year)\s+ended|ended\s+the\s+(?:quarter|period|fiscal\s+year))\b/i;

/**
 * What makes the sentence a market's or a portfolio's figures after all: a return or a price of that day ("had
 * returned 3% year-to-date", "closed at"), or a fund's holdings ("the fund held 40% cash"), which change every day.
 */
const marketFigures =
  /\b(?:returned|returns?|year[- ]to[- ]date|ytd|so far this year|this year|closed at|trad(?:ed|es|ing) at|funds?|portfolios?|etfs?|allocation|we held|we hold)\b/i;

/** Whether the stamp's sentence (from `start` to the date's `end`) reports a company's balance at a period's end. */
export function datesReportedBalance(text: string, start: number, end: number): boolean {
  const { before, after } = stampSentence(text, start, end);
  const sentence = `${before} ${after}`;
  return reportedBalance.test(sentence) && !marketFigures.test(sentence);
}
