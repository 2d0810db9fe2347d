// The calendar years a text names, outside the names of the subjects it mentions: "the Russell 2000" names no year
// 2000. Captions and sentences are checked for a year other than the note's ("How our picks did in 2025:", "Stocks
// ended lower in 2022"), and a benchmark's name read as a year made a wrap's caption "another year's" — its table,
// and a close told without a figure, were then left unread.

import type { SubjectTable } from './subjects';

const yearPattern = /\b(?:19|20)\d\d\b/g;

/** The years written in `text` (four digits, 1900–2099), leaving out those inside a subject's name. */
export function writtenYears(text: string, subjects: SubjectTable): number[] {
  const candidates = [...text.matchAll(yearPattern)];
  if (candidates.length === 0) return [];
  const names = subjects.find(text);
  return candidates
    .filter((match) => !names.some((name) => name.offset <= match.index && match.index < name.offset + name.length))
    .map((match) => Number(match[0]));
}
