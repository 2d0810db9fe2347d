// "Small caps, as measured by the S&P 600, are up 6.2%": the index after "as measured by" is what the figure is of;
// the group named before it is only what that index stands for here. Read alone, the group's name would take its
// default index (small caps: the Russell 2000), a subject the writer did not measure. So the group's mention takes
// the measuring index's subject, whether the phrase follows it as an aside or at the end of the clause ("… up 6.2%
// this year, as measured by the S&P 600") or leads the clause ("Measured by the S&P 600, small caps are …").

import { clauseBreaks } from './claimWords';
import type { SubjectMention } from './subjects';

/** Words that make the name after them the measure of a group: "as measured by the", "as tracked by", "judged by". */
const measureBefore =
  /\b(?:(?:as\s+)?(?:measured|tracked|represented|gauged|proxied|captured)\s+by|by\s+the\s+measure\s+of|judg(?:ed|ing)\s+by)\s+(?:the\s+)?$/i;
/** "By the S&P 600's measure, …", "on the S&P 600's reckoning". */
const possessiveMeasureBefore = /\b(?:by|on)\s+(?:the\s+)?$/i;
const possessiveMeasureAfter = /^['’]s\s+(?:measure|gauge|reckoning|yardstick)\b/i;
const clauseBreak = new RegExp(clauseBreaks.source, 'i');

/** The mentions with each measured group's mention given its measuring index's subject. */
export function withMeasuringIndexes(sentence: string, base: number, mentions: readonly SubjectMention[]): SubjectMention[] {
  const result = [...mentions];
  const text = (from: number, to: number) => sentence.slice(Math.max(0, from - base), Math.max(0, to - base));
  mentions.forEach((measure, at) => {
    const before = text(measure.offset - 40, measure.offset);
    const after = text(measure.offset + measure.length, measure.offset + measure.length + 16);
    if (!measureBefore.test(before) && !(possessiveMeasureBefore.test(before) && possessiveMeasureAfter.test(after))) return;
    // The group is the name before the phrase in its clause, or else the one after it (a leading phrase).
    const previous = mentions[at - 1];
    const next = mentions[at + 1];
    const group =
      previous && !clauseBreak.test(text(previous.offset + previous.length, measure.offset))
        ? at - 1
        : next && !clauseBreak.test(text(measure.offset + measure.length, next.offset))
          ? at + 1
          : -1;
    if (group >= 0 && mentions[group].subject.key !== measure.subject.key) result[group] = { ...mentions[group], subject: measure.subject };
  });
  return result;
}
