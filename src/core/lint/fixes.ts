// Building and applying fixes: re-stamping an as-of date, merging a rule's fixes into one fix-all, and the
// "disable this rule for this line" comment. All plain text edits on the note's text.

import type { AsOfStamp } from './asOfStamps';
import { dateHabitsOf, formatDate, type CalendarDate, type DateStyle } from './calendarDate';
import type { Finding, Fix, TextEdit } from './finding';
import type { NoteSource } from './noteSource';
import { dateWeekday } from './claims/periodDates';
import { yearlessRestampText } from './stampYears';
import { overlaps, sameEdit, TakenEdits } from './takenEdits';

/**
 * Replaces a stamp's date with `date`, written in the stamp's own style and habits ("10/01/26" → "11/03/26"; a month
 * stamp becomes a day). A stamp written without a year stays so where the new date reads back as itself, else gets
 * its year (stampYears.ts).
 */
export function restampEdit(stamp: AsOfStamp, date: CalendarDate): TextEdit {
  const style = dayStyleOf(stamp);
  const habits = dateHabitsOf(stamp.dateText);
  const { readUpTo } = stamp;
  const newText = readUpTo === undefined ? formatDate(date, style, habits) : yearlessRestampText({ ...stamp, readUpTo }, date, (day) => formatDate(day, style, habits));
  const weekday = stamp.weekday === undefined ? '' : weekdayLike(stamp.weekday, date);
  return { offset: stamp.restampOffset, length: stamp.restampLength, newText: weekday + newText };
}

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * `date`'s day name written as `written` was ("Thursday, " → "Friday, ", "Thu. " → "Fri. ", "THU " → "FRI "): the full
 * name or three letters, the writer's case, full stop and separator.
 */
function weekdayLike(written: string, date: CalendarDate): string {
  const [, name, rest] = /^([A-Za-z]+)(.*)$/s.exec(written)!;
  const full = weekdayNames[dateWeekday(date)];
  const chosen = /day$/i.test(name) ? full : full.slice(0, 3);
  const cased = name === name.toUpperCase() ? chosen.toUpperCase() : name === name.toLowerCase() ? chosen.toLowerCase() : chosen;
  return cased + rest;
}

/** A stamp's style for a day: a month stamp's ("January 2026", "Oct. 2026") written with its day ("January 20, 2026", "Nov. 20, 2026"). */
function dayStyleOf(stamp: AsOfStamp): DateStyle {
  if (stamp.style === 'month-short') return /^[A-Za-z]+\./.test(stamp.dateText) ? 'short-dot' : 'short';
  return stamp.style === 'month-long' ? 'long' : stamp.style;
}

/**
 * `date` as the note writes its dates, for a stamp a fix adds after a figure ("$272.41 (as of Nov. 20, 2026)"): in
 * the style and habits of `near`, the stamp that dated the figure, with its year ("11/20/26", "20 Nov 2026"); else of
 * the note's first stamp in its prose. A note that writes "Nov. 20" or "11/20/2026" gets no "November 20, 2026" in
 * its text. Front matter (`asOf: 2026-11-20`) shows no prose style; a note with none in its prose gets the long one.
 */
export function formatDateAsNoteDoes(date: CalendarDate, near: AsOfStamp | undefined, stamps: readonly AsOfStamp[]): string {
  const model = near?.source === 'prose' ? near : stamps.find((stamp) => stamp.source === 'prose');
  return model ? formatDate(date, dayStyleOf(model), dateHabitsOf(model.dateText)) : formatDate(date, 'long');
}

/** The text with the edits applied (edits must not overlap; order does not matter). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // The text between edits and the new texts, joined once: slicing the whole text again for each edit made a note
  // with thousands of fixes take minutes. At one offset an insertion goes before a replacement.
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    pieces.push(text.slice(at, edit.offset), edit.newText);
    at = edit.offset + edit.length;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/**
 * One edit list for "fix all" (of one rule, or of every rule): each finding's first fix, identical edits once,
 * and a fix that would overlap one already taken left out for a second pass.
 */
export function fixAll(findings: readonly Finding[], ruleId?: string): TextEdit[] {
  const taken = new TakenEdits();
  for (const finding of findings) {
    if (ruleId !== undefined && finding.ruleId !== ruleId && finding.ruleCode !== ruleId) continue;
    const fix = finding.fixes?.[0];
    if (!fix) continue;
    const fresh = fix.edits.filter((edit) => !taken.near(edit).some((other) => sameEdit(edit, other)));
    if (fresh.some((edit) => taken.near(edit).some((other) => overlaps(edit, other)))) continue;
    for (const edit of fresh) taken.add(edit);
  }
  return taken.all();
}

const lineDisableComment = /<!--\s*market-notes-disable-line((?:\s+[\w-]+)*)\s*-->/;

/**
 * "Disable <rule> for this line": a `<!-- market-notes-disable-line rule -->` comment at the end of the finding's
 * line (or the rule added to one already there). An HTML comment at the end of a line changes nothing a reader
 * sees and does not split the paragraph or table it is in. None in front matter, where a comment is not YAML.
 */
export function disableLineFix(note: NoteSource, finding: Pick<Finding, 'ruleId' | 'line'>): Fix | undefined {
  const line = finding.line - 1;
  if (line < note.frontMatterLines) return undefined;
  const title = `Disable ${finding.ruleId} for this line`;
  const lineStart = note.lines.lineStarts[line];
  const lineText = note.lines.lineText(line);
  const existing = lineDisableComment.exec(lineText);
  if (existing) {
    const ids = existing[1].trim().split(/\s+/).filter(Boolean);
    if (ids.length === 0 || ids.includes(finding.ruleId)) return undefined;
    const insertAt = lineStart + existing.index + existing[0].lastIndexOf('-->');
    const before = note.text[insertAt - 1] === ' ' ? '' : ' ';
    return { title, edits: [{ offset: insertAt, length: 0, newText: `${before}${finding.ruleId} ` }] };
  }
  const end = lineStart + lineText.length;
  return { title, edits: [{ offset: end, length: 0, newText: ` <!-- market-notes-disable-line ${finding.ruleId} -->` }] };
}
