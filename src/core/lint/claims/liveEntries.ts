// A live blog's entries: "**1:30 p.m. ET** — The Nasdaq was up 1.1%…", "10:15 AM: Stocks opened higher.", as outlets
// run a trading day's coverage under one title ("Stock market today: …"). Each entry opens with the time it was
// written, and an entry from inside the session tells of moves that the close will have changed: a move in it with
// no period of its own is no close, whatever the title's "today" or the paragraph before ("Stocks closed higher")
// would hand down. An entry from the close on ("**4:05 p.m. ET** — Stocks closed higher.") reads as any paragraph.

/** A time of day opening a paragraph, before a dash or a colon: "**1:30 p.m. ET** —", "9:45 a.m.:", "14:05 GMT -". */
const entryTime =
  /^[\s>*_#-]*(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?\s*(?<half>[ap])?(?:\.?m\.?)?(?:\s+[A-Z]{2,4})?[*_]*\s*(?:[—–-]|:(?!\d))/i;

/** US and European cash sessions close at 4 p.m. or later (London 4:30, the euro zone's 5:30): earlier is inside one. */
const sessionClose = 16 * 60;

/** Whether the paragraph is a live entry written before the close (see above). */
export function isIntradayEntry(paragraph: string): boolean {
  const time = entryTime.exec(paragraph);
  if (!time?.groups) return false;
  const { hour: hourText, minute, half } = time.groups;
  // A bare number before a dash ("5 — …", a list's count) is no time: it needs its minutes or "a.m."/"p.m.".
  if (minute === undefined && half === undefined) return false;
  let hour = Number(hourText);
  if (hour > 23 || (half !== undefined && (hour < 1 || hour > 12))) return false;
  if (half?.toLowerCase() === 'p' && hour < 12) hour += 12;
  if (half?.toLowerCase() === 'a' && hour === 12) hour = 0;
  return hour * 60 + Number(minute ?? 0) < sessionClose;
}
