// MN001 stale-as-of: an as-of date older than the window. A month ("As of late January 2026") or a quarter ("Data as
// of Q3 2026") is stale once its last day is older than the window. The fix never dates a figure nobody checked: a stamp that dates no
// figure can be marked as reviewed today; one that dates only stated prices, all of them quoted, is brought up to
// date with the prices — stamped with the quotes' day, as price-drift's fix is; one that dates anything else
// (claims lint cannot check) gets no fix: update the figures, then the date. Nor does a period's end ("Week ended
// Nov. 20, 2026"): re-dated, it would name another week; the recap is rewritten, or a new one written. A company's
// period-end balance ("cash as of September 27, 2026") is dated by its report: under a later stamp it is not stale.
// Nor is the earlier day of a comparison in one sentence ("As of Oct. 1, …, but as of Nov. 20, 2026 …"), nor a
// look-back under the note's later stamp ("As of Sept. 30, the index was up 6%", lookBackStamps.ts): told in the past
// of its own day, it is true for good, and the note's own stamp is the one to keep fresh — unless it dates a ticker's
// stated price ("as of January 26, 2026, Apple closed at $256.44"), which a quote can bring up to date (the fix below)
// and which a writer who keeps it beside the note's newer figures is shown the age of. Nor is an aside's history
// ("shares, which as of June 2019 traded near $40, now …").

import type { AsOfStamp } from '../asOfStamps';
import { dayNumber, formatDate, pluralDays } from '../calendarDate';
import type { Fix } from '../finding';
import { restampEdit } from '../fixes';
import { refreshPrices } from '../priceRefresh';
import { dayNamedBesidesStamp } from '../priceTime';
import { moveStatedWithPrice } from '../priceMoves';
import type { LintRule, RuleContext } from '../rule';
import { looksBack } from '../lookBackStamps';
import { comparedWithLaterDay, otherStampEndBefore, type StampScope } from '../stampScope';
import { ruleMeta } from '../ruleCatalog';
import { stampDateLabel } from '../stampYears';

export const staleAsOf: LintRule = {
  meta: ruleMeta('MN001'),
  async run(context) {
    const window = context.config.staleAfterDays;
    const latestDay = Math.max(...context.stamps.map((stamp) => (stamp.reportedBalance ? -Infinity : stamp.lastDay)));
    for (const [index, stamp] of context.stamps.entries()) {
      const age = context.todayDay - stamp.lastDay;
      if (age <= window) continue;
      // "$132 billion in cash as of September 27, 2026": a report's date, under a later stamp that dates the note.
      if (stamp.reportedBalance && latestDay > stamp.lastDay) continue;
      // "As of Oct. 1, 2026, … was at $240.00, but as of Nov. 20, 2026 …", "… as of Nov. 13, 2026, down from $452.00 as
      // of Oct. 1, 2026": the earlier day of a comparison.
      if (comparedWithLaterDay(context.note.text, context.stamps, stamp)) continue;
      const scope = context.stampScopes.get(stamp.offset) ?? { prices: [], claims: [] };
      // "As of Nov. 25, 2026. … As of Sept. 30, the index was up 6% year to date.": a past day looked back at.
      if (scope.prices.length === 0 && looksBack(context.note.text, context.stamps, index)) continue;
      // "Orcadia shares, which as of June 2019 traded near $40, now …": history in an aside, not the note's date.
      if (stamp.aside?.past) continue;
      const what = stamp.precision === 'day' ? `As-of date ${stampDateLabel(stamp)} is ${pluralDays(age)} old` : `As-of ${periodLabel(stamp)} ended ${pluralDays(age)} ago`;
      const dated = scope.prices.length + scope.claims.length;
      const fix = stamp.periodEnd ? undefined : dated === 0 ? reviewedToday(context, stamp) : await refreshedWithQuotes(context, scope, stamp);
      context.report({
        offset: stamp.restampOffset,
        length: stamp.restampLength,
        message: `${what} (stale after ${pluralDays(window)}); ${dated === 0 ? 'the text it dates may have changed' : `the ${dated} figure${dated === 1 ? '' : 's'} it dates may have changed`}`,
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  },
};

/**
 * A month or a quarter stamp as a message names it: "month September 2026", "quarter 3Q26", "third quarter of 2026",
 * with the year read when none was written ("quarter Q3 (read as Q3 2026)").
 */
function periodLabel(stamp: AsOfStamp): string {
  return /quarter/i.test(stamp.dateText) ? stampDateLabel(stamp) : `${stamp.precision} ${stampDateLabel(stamp)}`;
}

function reviewedToday(context: RuleContext, stamp: Parameters<typeof restampEdit>[0]): Fix {
  return { title: `Mark as reviewed today (${formatDate(context.today, 'long')})`, edits: [restampEdit(stamp, context.today)] };
}

/**
 * Every dated price updated to its quote and the stamp moved to the quotes' latest day, when each has a quote — and
 * no price's sentence names its day besides the stamp ("closed at $65.20 on Friday, Sept. 4") or states its move
 * ("rose 2% to $65.20"): refreshed, it would state the new price on the old day, or with the old day's move.
 */
async function refreshedWithQuotes(context: RuleContext, scope: StampScope, stamp: AsOfStamp): Promise<Fix | undefined> {
  if (!context.hasQuotes || scope.claims.length > 0) return undefined;
  // A quote table's rows are refreshed with the table (stale-quote-table's fix, tableRefresh.ts), which writes its
  // change columns with its prices: refreshed here, "| AAPL | 272.41 | +1.0% |" would give the old day's change to
  // the new price.
  if (scope.prices.some((price) => price.source === 'table')) return undefined;
  const text = context.note.text;
  if (scope.prices.some((price) => dayNamedBesidesStamp(text, price, stamp, otherStampEndBefore(context.stamps, stamp, price.mention.offset)))) return undefined;
  // "rose 2% to $250.00": refreshed, the price would carry the old day's move (priceMoves.ts).
  if (scope.prices.some((price) => price.source === 'prose' && moveStatedWithPrice(text, price, stamp))) return undefined;
  const { edits, missed, latest } = await refreshPrices(context, scope.prices);
  if (missed.length > 0 || !latest || dayNumber(latest) <= stamp.lastDay) return undefined;
  edits.push(restampEdit(stamp, latest));
  const count = scope.prices.length;
  // A heading's price titles its section (see price-drift): the refresh is the writer's to choose there.
  const inHeading = scope.prices.some((price) => context.note.isHeadingLine(price.line - 1));
  return { title: `Update ${count === 1 ? 'the price' : `the ${count} prices`} to the quotes and re-stamp to ${formatDate(latest, 'long')}`, edits, ...(inHeading ? {} : { safe: true as const }) };
}
