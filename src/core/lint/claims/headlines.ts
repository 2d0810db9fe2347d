// A heading either labels its section ("## This week", "## Year-to-date check", "# Weekly market wrap") or tells a
// story, as an outlet's headline does ("U.S. stocks end the week on a high note", "Stocks slip but post weekly
// gain"). A label's period is the period of the figures under it; a headline's is what its own sentence says, and the
// body goes on to tell the day's moves of a week it sums up. So only a label hands its period down (leadPeriods.ts).
// A headline is told by a finite verb with a subject before it; a label has none ("Friday close", "Week ended Nov.
// 13", "Stocks to watch this week").

/** A market verb's third-person or past form: "ends", "posted", "rose". */
const finiteVerb =
  /^(?:rises|rose|falls|fell|gains|gained|climbs|climbed|jumps|jumped|slips|slipped|slides|slid|sinks|sank|drops|dropped|dips|dipped|edges|edged|adds|added|sheds|loses|lost|surges|surged|soars|soared|rallies|rallied|tumbles|tumbled|plunges|plunged|slumps|slumped|rebounds|rebounded|bounces|bounced|extends|extended|snaps|snapped|notches|notched|posts|posted|logs|logged|books|booked|marks|marked|ends|ended|closes|closed|finishes|finished|caps|capped|hits|tops|topped|leads|led|lags|lagged|trails|trailed|outperforms|outperformed|underperforms|underperformed|retreats|retreated|advances|advanced|declines|declined|wraps|wrapped|stays|stayed|remains|remained|holds|held|heads|headed|turns|turned|pares|pared|erases|erased|trims|trimmed|stumbles|stumbled|stalls|stalled|skids|skidded|sags|sagged|ticks|ticked|inches|inched|recovers|recovered|is|are|was|were|has|have|had)$/i;
/** The same verbs' plain form, a verb only after a plural subject or a conjunction: "Stocks end", "but post". */
const plainVerb =
  /^(?:rise|fall|gain|climb|jump|slip|slide|sink|drop|dip|edge|add|shed|lose|surge|soar|rally|tumble|plunge|slump|rebound|bounce|extend|snap|notch|post|log|book|mark|end|close|finish|cap|hit|top|lead|lag|trail|outperform|underperform|retreat|advance|decline|wrap|stay|remain|hold|head|turn|pare|erase|trim|stumble|stall|skid|sag|tick|inch|recover)$/i;
/**
 * A word before which a verb's form is a noun or a participle: a determiner or preposition ("the close", "its
 * gains"), a period ("week ended", "Friday close"), an adjective of size, rank or time ("weekly gains", "best
 * advances", "third straight gains").
 */
const nounBefore =
  /^(?:the|a|an|its|their|his|her|our|this|that|these|those|of|in|on|for|at|to|by|with|from|into|over|per|week|weeks|day|days|session|sessions|month|months|quarter|quarters|year|years|period|half|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|weekly|daily|monthly|quarterly|annual|yearly|ytd|year-to-date|month-to-date|week-to-date|intraday|biggest|best|worst|largest|record|big|strong|weak|early|late|broad|modest|steep|sharp|straight|consecutive|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))$/i;
/** Words of a plural subject, or a conjunction that joins a second verb to the subject's first. */
// (Not a possessive, "U.S.", or a word that only ends in s: "the Nasdaq's close", "U.S. close", "analysis".)
const pluralOrJoin = /^(?:(?!(?:its|has|was|does|goes|weeks|days|months|years|sessions|hours)$)[\p{L}&-]{2,}(?<![siu])s|and|but|yet|then|or)$/iu;

/** Whether a heading's text (without its marks) is a headline: a sentence with a finite verb, not a label. */
export function isHeadline(heading: string): boolean {
  const words = heading.split(/[\s—–:;,()]+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).map((word) => word.replace(/^[*_"“‘']+|[*_"”’'.!?]+$/g, ''));
  for (let at = 1; at < words.length; at++) {
    const [word, before] = [words[at], words[at - 1]];
    if (nounBefore.test(before)) continue;
    if (finiteVerb.test(word) || (plainVerb.test(word) && pluralOrJoin.test(before))) return true;
  }
  return false;
}
