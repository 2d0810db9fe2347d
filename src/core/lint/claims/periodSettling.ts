// How the period phrases of one sentence settle each other once all are read (periods.ts reads them one by one):
// "for the year" beside a past year it names is that year, not the year to date; "a weekly gain" beside "last week"
// is last week's. Both look only within the text periods.ts was given.

import type { PeriodPhrase } from './periods';

/**
 * "for the year", "on the year" — the year to date unless the sentence names the past year it means
 * (withNamedYears); "for the year so far" always runs to date.
 */
export function meansTheYearNamed(words: string, rest: string): boolean {
  return theYearWords.test(words) && !runningOn.test(rest);
}

/**
 * "In 2021, the S&P 500 rose 27% for the year", "gained 21% on the year in 2025": "the year" is the past year the
 * sentence names, not this one's year to date (two such sentences made the year to date 27% and 16% at once).
 * Only within the sentence: relative-time reads a whole paragraph at once. `theYears` are the phrases
 * meansTheYearNamed marked; `found` is changed in place and returned.
 */
export function withNamedYears(found: PeriodPhrase[], theYears: ReadonlySet<PeriodPhrase>, sentence: string, base: number): PeriodPhrase[] {
  if (theYears.size === 0) return found;
  const pastYears = found.filter((period) => period.key.startsWith('year:') && !period.open && !period.growthOnly);
  const sameSentence = (a: PeriodPhrase, b: PeriodPhrase) => !sentenceBreak.test(sentence.slice(Math.min(a.offset, b.offset) - base, Math.max(a.offset, b.offset) - base));
  for (const [at, period] of found.entries()) {
    const pastYear = theYears.has(period) ? pastYears.find((other) => sameSentence(other, period)) : undefined;
    if (pastYear) found[at] = { offset: period.offset, length: period.length, key: pastYear.key, open: false, label: pastYear.label };
  }
  return found;
}

/**
 * "Last week the Dow booked a 1.5% weekly gain": the week named outright is which week the adjective means, so the
 * adjective's own period yields — unless another figure than the adjective's own stands between them ("a 1.5% weekly
 * gain after falling 0.2% last week"). `adjectives` are the periods read from "weekly" or "monthly".
 */
export function withoutYieldedAdjectives(found: PeriodPhrase[], adjectives: ReadonlySet<PeriodPhrase>, sentence: string, base: number): PeriodPhrase[] {
  if (adjectives.size === 0) return found;
  const unitOf = (period: PeriodPhrase) => period.key.slice(0, period.key.indexOf(':'));
  const otherFigureBetween = (adjective: PeriodPhrase, other: PeriodPhrase) => {
    const text = sentence.slice(Math.min(adjective.offset, other.offset) - base, Math.max(adjective.offset, other.offset) - base);
    return adjectiveFigure.test(adjective.offset < other.offset ? text.replace(adjectiveOwnFigure, '') : text.replace(figureBeforeAdjective, ''));
  };
  return found.filter((period) => !adjectives.has(period) || !found.some((other) => !adjectives.has(other) && unitOf(other) === unitOf(period) && !otherFigureBetween(period, other)));
}

/**
 * "In October, the S&P 500 ended the month up 2%", "Last week, the Nasdaq closed the week 0.8% higher": the month or
 * week a close "ended" is the one its sentence named before it, not the one the as-of date would make it (periods.ts
 * reads "ended the month" alone from the calendar) — when one of its unit stands before it, with no other figure
 * between. A sentence that opens on a period it only refers to ("The week before, …", "That month, …") leaves the
 * close in doubt: no claim. `endings` are the phrases read from a close's verb, with their units; `found` is changed
 * in place and returned.
 */
export function withNamedEnds(found: PeriodPhrase[], endings: ReadonlyMap<PeriodPhrase, string>, sentence: string, base: number): PeriodPhrase[] {
  if (endings.size === 0) return found;
  const opening = openingReference.exec(sentence);
  for (const [at, period] of found.entries()) {
    const unit = endings.get(period);
    if (unit === undefined) continue;
    if (opening && (opening.groups!.unit ?? opening.groups!.thatUnit ?? opening.groups!.prevUnit).toLowerCase() === unit) {
      found[at] = { offset: period.offset, length: period.length, key: `${unit}:ended:?`, open: false, label: period.label, refersBack: true };
      continue;
    }
    const named = found.filter(
      (other) =>
        other.offset < period.offset &&
        !endings.has(other) &&
        !other.cutoff &&
        !other.growthOnly &&
        unitPrefixes[unit]?.some((prefix) => other.key.startsWith(prefix)) &&
        !sentenceBreak.test(sentence.slice(other.offset - base, period.offset - base)) &&
        !adjectiveFigure.test(sentence.slice(other.offset + other.length - base, period.offset - base)),
    );
    if (named.length === 0 || named.some((other) => other.key !== named[0].key)) continue;
    const { key, open, label } = named[0];
    found[at] = { offset: period.offset, length: period.length, key, open, label, ...(period.relative ? { relative: true } : {}) };
  }
  return found;
}

/** The keys of the periods a close's unit may be named by. */
const unitPrefixes: Readonly<Record<string, readonly string[]>> = { week: ['week:'], month: ['month:'], quarter: ['quarter:'], year: ['year:', 'ytd:'] };

/** "The week before, …", "That month, …", "In the previous quarter, …": a sentence opening on a period it refers to. */
const openingReference =
  /^[\s*_>"“]*(?:(?:in|during|over|for)\s+)?(?:the\s+(?<unit>week|month|quarter|year)\s+(?:before|prior|earlier)|that\s+(?<thatUnit>week|month|quarter|year)|the\s+(?:previous|prior|preceding)\s+(?<prevUnit>week|month|quarter|year))\b/i;

const theYearWords = /^(?:for|on) the year$/i;
const sentenceBreak = /[.!?]\s+\S/;
/** "for the year so far", "for the year to date": the running year, whatever other year the sentence names. */
const runningOn = /^[\s,]*(?:so far|to date|-to-date|thus far)\b/i;
const adjectiveFigure = /\d\s*(?:%|percent|per cent)/i;
/** "weekly gain of 1.5%": the adjective's own figure after it. */
const adjectiveOwnFigure = /^(?:week|month)ly\s+[a-z]+(?:\s+of)?\s+(?:[a-z]+\s+)?[+\-−]?\d[\d.,]*\s*(?:%|percent|per cent)/i;
/** "a 1.5% weekly": the adjective's own figure before it (the text runs from the period named outright up to it). */
const figureBeforeAdjective = /[+\-−]?\d[\d.,]*\s*(?:%|percent|per cent)\s*$/i;
