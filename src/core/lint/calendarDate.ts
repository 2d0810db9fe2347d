// Dates as the writer means them: calendar days, not instants. "As of January 26, 2026" is the same day in every
// time zone, so stamps and the reference date are compared as day numbers (days since 1970-01-01) and never
// pass through the machine's zone.

export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

const msPerDay = 86_400_000;

export function dayNumber(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / msPerDay);
}

export function dateOfDayNumber(days: number): CalendarDate {
  const date = new Date(days * msPerDay);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-11-21` → a date, or undefined when it is not a real calendar day. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = isoDate.exec(text.trim());
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(date) ? date : undefined;
}

export function isValidDate({ year, month, day }: CalendarDate): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const shortMonthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How a date was written, so a re-stamp reads like the writer's own. */
export type DateStyle =
  | 'long' // January 26, 2026
  | 'short' // Jan 26, 2026
  | 'short-dot' // Jan. 26, 2026
  | 'day-first' // 26 January 2026
  | 'day-dash' // 26-Jan-2026 (data providers' exports)
  | 'iso' // 2026-01-26 (2026/01/26 and 2026.01.26 too, their separator kept as a habit)
  | 'numeric' // 1/26/2026 (1-26-2026 too, its dashes kept as a habit)
  | 'numeric-day-first' // 26/1/2026, 26-1-2026 (see slashDates.ts for when an ambiguous one is read so)
  | 'dotted' // 26.01.2026 (always day-first: see plainDates.ts)
  | 'dotted-unpadded' // 26.1.2026, 3.4.2026
  | 'month-long' // January 2026
  | 'month-short'; // Jan 2026

/**
 * What a writer's date shows beyond its style, kept when a fix writes a new date in its place: "10/01/26" pads its
 * numbers and writes two digits of the year, "November 3rd 2025" an ordinal day and no comma. A date that shows
 * nothing of a habit ("11/12/2026" pads or not alike) is written without it.
 */
export interface DateHabits {
  readonly padded?: boolean;
  readonly shortYear?: boolean;
  readonly ordinal?: boolean;
  readonly noComma?: boolean;
  /** A day-first date's month abbreviated ("3 Nov 2026"), with its full stop or not. */
  readonly shortMonth?: 'plain' | 'dotted';
  /** A day-first date written "3rd of November 2026". */
  readonly ofMonth?: boolean;
  /** The separator of a numeric date where it is not its style's usual one: "11-20-2026", "2026/11/20", "2026.11.20". */
  readonly separator?: '-' | '/' | '.';
  /** The apostrophe a two-digit year is written after ("Nov. 13, '26", "13 Nov ’26"), as written. */
  readonly yearMark?: string;
}

export function formatDate(date: CalendarDate, style: DateStyle, habits: DateHabits = {}): string {
  const long = monthNames[date.month - 1];
  const short = shortMonthNames[date.month - 1];
  const day = habits.ordinal ? ordinalDay(date.day) : String(date.day);
  const year = habits.shortYear ? (habits.yearMark ?? '') + String(date.year % 100).padStart(2, '0') : String(date.year);
  const yearAfterDay = `${habits.noComma ? '' : ','} ${year}`;
  const number = (value: number) => (habits.padded ? String(value).padStart(2, '0') : String(value));
  switch (style) {
    case 'long':
      return `${long} ${day}${yearAfterDay}`;
    case 'short':
      return `${short} ${day}${yearAfterDay}`;
    case 'short-dot':
      return `${dottedMonthNames[date.month - 1]} ${day}${yearAfterDay}`;
    case 'day-first':
      return `${day} ${habits.ofMonth ? 'of ' : ''}${habits.shortMonth === 'plain' ? short : habits.shortMonth === 'dotted' ? dottedMonthNames[date.month - 1] : long} ${year}`;
    case 'day-dash':
      return `${String(date.day).padStart(2, '0')}-${short}-${year}`;
    case 'iso':
      return habits.separator ? formatIsoDate(date).replaceAll('-', habits.separator) : formatIsoDate(date);
    case 'numeric':
      return [number(date.month), number(date.day), year].join(habits.separator ?? '/');
    case 'numeric-day-first':
      return [number(date.day), number(date.month), year].join(habits.separator ?? '/');
    case 'dotted':
      return `${String(date.day).padStart(2, '0')}.${String(date.month).padStart(2, '0')}.${date.year}`;
    case 'dotted-unpadded':
      return `${date.day}.${date.month}.${date.year}`;
    case 'month-long':
      return `${long} ${date.year}`;
    case 'month-short':
      return `${short} ${date.year}`;
  }
}

/**
 * Month names as writers who dot their abbreviations write them (the AP's and most newsrooms' rule): the short
 * months spelled out, September as "Sept.".
 */
export const dottedMonthNames = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "1st", "12th", "23rd". */
export function ordinalDay(day: number): string {
  const suffix = day >= 11 && day <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th');
  return `${day}${suffix}`;
}

/** The habits a date text shows (see DateHabits), for a fix to write its new date alike. */
export function dateHabitsOf(text: string): DateHabits {
  const marked = /(['’‘])\d{2}$/.exec(text);
  return marked ? { ...writtenHabitsOf(text), shortYear: true, yearMark: marked[1] } : writtenHabitsOf(text);
}

function writtenHabitsOf(text: string): DateHabits {
  const numeric = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})(?!\d)/.exec(text);
  if (numeric) {
    const habits = { padded: numeric[1].startsWith('0') || numeric[3].startsWith('0'), shortYear: numeric[4].length === 2 };
    return numeric[2] === '-' ? { ...habits, separator: '-' } : habits;
  }
  const yearFirst = /^\d{4}([/.])\d{1,2}\1\d{1,2}(?!\d)/.exec(text);
  if (yearFirst) return { separator: yearFirst[1] as '/' | '.' };
  if (/^\d{1,2}-[A-Za-z]+-\d{2}(?!\d)/.test(text)) return { shortYear: true };
  const dayFirst = /^\d{1,2}(st|nd|rd|th)?\s+(of\s+)?([A-Za-z]+)(\.?)(?:\s+(\d+))?/i.exec(text);
  if (dayFirst) {
    const isLong = monthNames.some((name) => name.toLowerCase() === dayFirst[3].toLowerCase());
    return {
      ordinal: dayFirst[1] !== undefined,
      ofMonth: dayFirst[2] !== undefined,
      ...(isLong ? {} : { shortMonth: dayFirst[4] ? 'dotted' : 'plain' }),
      ...(dayFirst[5]?.length === 2 ? { shortYear: true } : {}),
    };
  }
  const monthFirst = /^[A-Za-z]+\.?\s+\d{1,2}(st|nd|rd|th)?(?:(,?)\s+(?:\d{4}|['’‘]\d{2}))?/i.exec(text);
  if (!monthFirst) return {};
  return { ordinal: monthFirst[1] !== undefined, noComma: monthFirst[2] === '' };
}

/** The writer's style of a date text ("Jan. 26, 2026" → 'short-dot'). */
export function dateStyleOf(text: string): DateStyle {
  if (/^\d{4}-\d{2}-\d{2}/.test(text) || /^\d{4}([/.])\d{1,2}\1\d{1,2}(?!\d)/.test(text)) return 'iso';
  const slash = /^(\d{1,2})([/-])(\d{1,2})\2\d{2,4}(?!\d)/.exec(text);
  // Only a day can be past 12: "16/10/2026" was written day-first, and a re-stamp must write it so.
  if (slash) return Number(slash[1]) > 12 && Number(slash[3]) <= 12 ? 'numeric-day-first' : 'numeric';
  // A writer who pads "03.04.2026" pads every date; one who writes "3.4.2026" or "20.1.2026" pads none.
  const dotted = /^(\d{1,2})\.(\d{1,2})\.\d{4}/.exec(text);
  if (dotted) return dotted[1].length === 1 || dotted[2].length === 1 ? 'dotted-unpadded' : 'dotted';
  if (/^\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]/.test(text)) return 'day-first';
  if (/^\d{1,2}-[A-Za-z]/.test(text)) return 'day-dash';
  const named = /^([A-Za-z]+)(\.?)\s+(\d{1,2}(?!\d))?/.exec(text);
  if (!named) return 'long';
  const isLong = monthNames.some((name) => name.toLowerCase() === named[1].toLowerCase());
  if (named[3] === undefined) return isLong ? 'month-long' : 'month-short';
  if (isLong) return 'long';
  return named[2] === '.' ? 'short-dot' : 'short';
}

/**
 * The calendar date of an instant in a time zone (the exchange's, else UTC). Remembered: price-drift asks it of the
 * same quote for every price a note states, and Intl's formatToParts was most of that rule's time.
 */
export function calendarDateAt(epochMs: number, timeZone = 'UTC'): CalendarDate {
  const key = `${timeZone}\u0000${epochMs}`;
  let date = datesAt.get(key);
  if (!date) {
    const parts = dayFormat(timeZone).formatToParts(epochMs);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    date = { year: part('year'), month: part('month'), day: part('day') };
    if (datesAt.size >= 4096) datesAt.clear();
    datesAt.set(key, date);
  }
  return date;
}

const datesAt = new Map<string, CalendarDate>();

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch {
      format = dayFormat('UTC'); // a zone this runtime does not know
    }
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** Today in the machine's own zone: the reference date when none is pinned. */
export function localToday(clock: () => number): CalendarDate {
  const now = new Date(clock());
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** "1 day", "299 days" */
export function pluralDays(days: number): string {
  return `${days} day${days === 1 ? '' : 's'}`;
}
