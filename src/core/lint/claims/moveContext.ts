// What the words around a value say about the kind of move it is, beyond its subject and period: a figure that is
// not a closing return (an intraday extreme, a pre-market or after-hours move), a streak that has ended, a move
// over a run of days, and who owns a value inside a relative clause or after a possessive. Each test is one
// anchored pattern on a short window: a value in doubt makes no claim (see figures.ts).

/**
 * Moves that are not a close: "rose as much as 8%", "fell 2.7% by mid-morning", "up 4% in after-hours trading",
 * "premarket", "intraday", "at one point". Comparing one with a close would be a false alarm.
 */
export const notAClose =
  /\b(?:intraday|intra-day|pre-?market|after[- ]hours|extended(?:[- ]hours)? trading|late trading|overnight trading|early trad(?:e|ing)|by (?:mid|late)[- ]?(?:morning|day|afternoon|session)|by midday|by noon|at (?:one point|the open|its (?:high|low|peak))|session (?:high|low)s?|as (?:much|high|low|little) as)\b/i;

/** A streak that has ended: "snapped a seven-day losing streak", "ended its five-session run", "broke a 3-day skid". */
export const endedStreakBefore =
  /\b(?:snap(?:s|ped|ping)?|end(?:s|ed|ing)?|broke|break(?:s|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|interrupt(?:s|ed|ing)?|cut short)\s+(?:a|an|the|its|their|his|her)?\s*(?:[\w-]+\s+){0,3}$/i;

/** "a 3-day decline of more than 10%", "a two-week rally of 6%": a move over a run of days, not one day's or the year's. */
export const multiDayMoveBefore =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:day|session|week|month)s?[- ](?:\w+[- ])?(?:decline|drop|fall|loss|slide|selloff|sell-off|rout|rally|gain|advance|rise|run|surge|rebound|climb|streak)\s+(?:of\s+)?(?:\w+\s+){0,2}$/i;

/** A value inside a relative clause: ", which has fallen 34% …" — the clause is about the noun before its comma. */
export const relativeClauseBefore = /,\s*(?:which|who|that)\b[^,;]*$/i;

/**
 * A possessive right before a value ("the Dow's 2%", "investors' 5%"), not a contraction of "is" ("it's up 2%",
 * "that's 2%").
 */
export const otherPossessorBefore =
  /(?:\p{L}(?<!\b(?:it|that|what|there|here|who|he|she|this|where|which|one|let))['’]s|s['’])\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A sentence that opens on a time inside the session ("Earlier in the session, …"): none of its moves is a close. */
export const intradayOpening =
  /^[\s*_]*(?:(?:earlier|later) (?:in the (?:session|day)|on (?:monday|tuesday|wednesday|thursday|friday))|in (?:early|late|afternoon|morning|midday) trad(?:e|ing)|at (?:one point|the (?:lows|highs|open)|session (?:lows|highs))|intraday|pre-?market|after[- ]hours)\b/i;

/** "0.4% higher than last Friday": measured against another day, not the period's own move. */
export const comparedAfter = /^\s*(?:(?:higher|lower|above|below|more|less)\s+)?than\b/i;

/** "the biggest loser in the S&P 500", "the largest stock in the index": the index is where the stock is, not what moved. */
export const membershipBefore =
  /\b(?:biggest|largest|best|worst|top|weakest|strongest|percent|leading|loser|gainer|laggard|leader|performer|member|component|constituent|stock)\s+(?:[\p{L}-]+\s+){0,2}(?:in|of|among|on)\s+(?:the\s+)?$/iu;

/** Words that compare one figure with another: a figure before one never takes a subject named after it. */
export const comparator = /\b(?:compared (?:with|to)|versus|vs\.?|than|relative to)\s/i;
