// A company's fiscal year is not the calendar's: Microsoft's fiscal 2027 runs from July 2026, Apple's fiscal first
// quarter ends in December, Nvidia's fiscal 2027 mostly falls in calendar 2026. Earnings copy writes both kinds
// side by side ("revenue grew 18% in its fiscal first quarter", "Q1 FY27", "fiscal 2026 sales"), so a fiscal period
// gets keys of its own (periods.ts): it is never the calendar quarter or year of the same number, and two fiscal
// claims of one company still meet. A fiscal quarter with no year named reads "?" for it: the conflict reader only
// sets claims of close as-of dates side by side, when "its fiscal first quarter" is the same one.

/**
 * "fiscal" or "FY" right before a period phrase: "its fiscal first quarter", "fiscal Q1", "fiscal year-to-date" — and
 * "financial", as Australian, British and Indian copy name the year that starts in July or April: "in the financial
 * year to date" is no calendar year to date.
 */
export const fiscalBefore = /\b(?:fiscal(?:[ -]year)?|financial(?:[ -]year)?|fy)[ -]?$/i;

/** "FY", "fiscal" inside a quarter's phrase: "Q3 fiscal 2026", "Q2 FY 2026". */
const fiscalWithin = /\b(?:fiscal|fy)\b/i;

/** A fiscal year named right before a part of it: "FY27 ", "fiscal 2027's ", "FY2027 " (not "in fiscal 2027, …"). */
const fiscalYearBefore = /\b(?:fiscal(?:\s+year)?\s+'?(20\d\d|\d\d)|fy\s?'?(20\d\d|\d\d))(?:['’]s)?[\s-]+$/i;

/**
 * A part of the fiscal year named right after it: "FY27 H1", "fiscal 2027's first half", "FY27 first-half revenue",
 * "FY2027 interim", "FY27 year-to-date", "FY27 9M", "FY27 Q2".
 */
const fiscalPartAfter =
  /^(?:['’]s)?[\s-]+(?:(?<half>h(?<hDigit>[12])|(?<hLead>[12])h|(?<hWord>first|second|1st|2nd)[- ]half(?:[- ]year)?|interim|half[- ]year(?:ly)?)|(?<ytd>year[- ]to[- ]date|ytd)|(?<months>9m|nine[- ]months?|9[- ]months?)|(?<quarter>q[1-4]|[1-4]q|(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter))\b/i;

/**
 * A fiscal year (`fiscal`, as fiscalYear read it) whose part the words `after` it name: that part, never the whole
 * year — "FY27 H1 revenue rose 20%" is no growth of fiscal 2027. A quarter is read next, as that year's
 * (fiscalQuarter), so it hands back no period of its own; `extra` is how much of `after` the part took.
 */
export function fiscalPart(fiscal: FiscalPeriod, after: string): { period?: FiscalPeriod; extra: number } | undefined {
  const part = fiscalPartAfter.exec(after);
  if (!part) return undefined;
  const g = part.groups!;
  if (g.quarter !== undefined) return { extra: 0 };
  const year = fiscal.key.slice(fiscal.key.indexOf(':') + 1);
  if (g.ytd !== undefined) return { period: { key: `fiscal-ytd:${year}`, open: true, label: `fiscal ${year} to date` }, extra: part[0].length };
  if (g.months !== undefined) return { period: { key: `fiscal-months:${year}:9`, open: false, label: `the first nine months of fiscal ${year}` }, extra: part[0].length };
  // "interim" and "half-year" name the first half, the one a half-year report gives.
  const second = g.hDigit === '2' || g.hLead === '2' || /^(?:second|2nd)/i.test(g.hWord ?? '');
  const half = second ? 2 : 1;
  return { period: { key: `fiscal-half:${year}-H${half}`, open: false, label: `fiscal H${half} ${year}` }, extra: part[0].length };
}

/** The fiscal year named right after a quarter's phrase: " of fiscal 2027", " FY27", ", fiscal year 2026". */
const fiscalYearAfter = /^[ ,]+(?:of\s+)?(?:(?:the\s+|its\s+)?fiscal(?:\s+year)?\s+'?(20\d\d|\d\d)\b|fy\s?'?(20\d\d|\d\d)\b)/i;

/** A period's key, whether it is still running, and how a message names it (as periods.ts's PeriodPhrase has them). */
interface FiscalPeriod {
  readonly key: string;
  readonly open: boolean;
  readonly label: string;
  readonly growthOnly?: boolean;
}

/**
 * The quarter's phrase (`written`, with its year's digits `digits` if it named one) as a fiscal quarter, when
 * "fiscal" or "FY" stands before it (`before`), in it, glued to it (`gluedFiscal`: "Q2FY27"), or after it with the
 * year (`after`); `extra` is how much of `after` the year took.
 */
export function fiscalQuarter(quarter: number, digits: string | undefined, written: string, before: string, after: string, gluedFiscal = false): { period: FiscalPeriod; extra: number } | undefined {
  const yearAfter = digits === undefined ? fiscalYearAfter.exec(after) : null;
  // "FY27 Q2", "fiscal 2027 second-quarter revenue": the fiscal year named right before its quarter.
  const yearBefore = digits === undefined && !yearAfter ? fiscalYearBefore.exec(before) : null;
  if (!gluedFiscal && !yearAfter && !yearBefore && !fiscalBefore.test(before) && !fiscalWithin.test(written)) return undefined;
  const yearDigits = yearAfter ? (yearAfter[1] ?? yearAfter[2]) : yearBefore ? (yearBefore[1] ?? yearBefore[2]) : digits;
  const named = yearDigits === undefined ? undefined : fiscalYearOf(yearDigits);
  const period = { key: `fiscal-quarter:${named ?? '?'}-Q${quarter}`, open: false, label: `fiscal Q${quarter}${named === undefined ? '' : ` ${named}`}` };
  return { period, extra: yearAfter ? yearAfter[0].length : 0 };
}

/**
 * A year's phrase as a fiscal year: "FY26" (`short`), "fiscal 2026", "FY2026", "fiscal year 2026" (`word` before
 * `digits`). One after the as-of year (`asOfYear`) is a forecast's, as a calendar year to come is.
 */
export function fiscalYear(short: string | undefined, word: string | undefined, digits: string | undefined, before: string, asOfYear: number | undefined): FiscalPeriod | undefined {
  if (short === undefined && !/^(?:fiscal|fy)/i.test(word ?? '') && !(digits !== undefined && fiscalBefore.test(before))) return undefined;
  const named = fiscalYearOf((short ?? digits)!);
  const growthOnly = asOfYear !== undefined && named > asOfYear;
  return { key: `fiscal-year:${named}`, open: false, label: `fiscal ${named}`, ...(growthOnly ? { growthOnly } : {}) };
}

/** A two-digit or four-digit year as written after "FY" or "fiscal". */
function fiscalYearOf(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}
