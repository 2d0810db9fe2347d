// A Treasury yield's close as a claim: "The yield on the 10-year Treasury note rose to 4.12% on Friday", "the 2-year
// yield fell 6 basis points to 3.51%", "the 10-year yield ended at 4.09%" → us-10y | yield | day:2026-11-20 |
// 4.115…4.125. Market notes quote the day's yields beside the indexes, and two notes that disagree about where the
// 10-year closed on one day disagree as surely as about the S&P 500's close.
//
// Only the level a verb of the yield reaches ("to", "at") or one it "was" on a session the words name or the
// paragraph is about (closingLevels.ts's sessionOf); a move in basis points, the level it came "from", an intraday
// mark, a forecast and a level of another day are none.

import { forecast } from './claimWords';
import { earlierMoment, notAClose, sessionTimeIn } from './moveContext';
import { sessionOf, type LevelReadingParts } from './closingLevels';
import { insideQuotation } from './text';
import type { SentenceClaim } from './sentenceReading';
import { spanAt } from './sentenceSpans';

/** The yields this reader knows: their subjects' keys (subjects.ts). */
export const yieldKeys: ReadonlySet<string> = new Set(['us-2y', 'us-10y', 'us-30y']);

/**
 * From the yield's name: a verb of the yield, any words but another figure's percent, then "to"/"at" (or the verb "was"
 * itself) and the level. "…fell 6 basis points to 3.51%", "…was at 4.1%", "…, which ended at 4.09%".
 */
const levelAfterName =
  /^(?<between>[^;%]{0,60}?)\b(?<verb>rose|climbed|jumped|increased|gained|added|advanced|surged|edged|ticked|inched|moved|fell|dropped|declined|slipped|eased|sank|tumbled|retreated|slid|ended|closed|finished|settled|was|stood|held|hovered|sat)\b(?<gap>[^;%]{0,40}?)(?:\s(?<prep>to|at|near|around|of)\s+|(?<=\bwas)\s+)(?:(?<qual>about|around|roughly|near|nearly|almost)\s+)?(?<num>\d{1,2}(?:\.\d{1,3})?)\s?(?:%|percent|per cent)/i;
/** Between the verb and the level: the move's size and the day ("6 basis points", "sharply on Friday"), never a "from" level. */
const gapWords = /^(?:\s|[,]|up|down|higher|lower|by|about|around|roughly|nearly|some|more than|less than|just|sharply|slightly|modestly|on|the|day|session|(?:mon|tues|wednes|thurs|fri)day|today|[+\-−]?\d+(?:\.\d+)?\s*(?:basis points?|bps?|bp|percentage points?))*$/i;

export function yieldLevels(parts: LevelReadingParts): SentenceClaim[] {
  const { sentence, base } = parts;
  const claims: SentenceClaim[] = [];
  for (const [index, mention] of parts.mentions.entries()) {
    if (!yieldKeys.has(mention.subject.key) || parts.benchmark[index]) continue;
    const nameEnd = mention.offset - base + mention.length;
    const clause = spanAt(parts.clauses, mention.offset);
    const next = parts.mentions[index + 1];
    const reach = Math.min(clause.end - base, next ? next.offset - base : sentence.length);
    const found = levelAfterName.exec(sentence.slice(nameEnd, reach));
    if (!found) continue;
    const groups = found.groups!;
    if (!gapWords.test(groups.gap) || /\b(?:from|than|versus|vs)\b/i.test(groups.between)) continue;
    // The level is the match's last number: only its unit, which has no digits, follows it.
    const at = nameEnd + found[0].lastIndexOf(groups.num);
    if (insideQuotation(sentence, at)) continue;
    const offset = base + at;
    const segment = spanAt(parts.segments, offset);
    const words = sentence.slice(clause.offset - base, segment.end - base);
    if (forecast.test(words) || notAClose.test(words) || sessionTimeIn.test(words) || earlierMoment.test(words)) continue;
    // "fell to 4.07% from 4.12% late Thursday": the day named is the earlier level's, and the new one is of the hour
    // the story was written, which the words do not give.
    if (/^\s*from\s+\d/i.test(sentence.slice(nameEnd + found[0].length, reach))) continue;
    const closing = /^(?:ended|closed|finished|settled)$/i.test(groups.verb);
    const period = sessionOf(parts, closing ? 'close' : 'move', offset, mention.offset, segment);
    if (!period) continue;
    const value = Number(groups.num);
    const decimals = groups.num.split('.')[1]?.length ?? 0;
    // As precise as written ("4.12%" ±0.005), "about" a rounding unit either way, "nearly" up to one below.
    const unit = 10 ** -decimals;
    const qualifier = groups.qual?.toLowerCase();
    const [low, high] = qualifier === 'nearly' || qualifier === 'almost' ? [value - unit, value] : qualifier ? [value - unit, value + unit] : [value - unit / 2, value + unit / 2];
    const textStart = qualifier ? nameEnd + found[0].toLowerCase().lastIndexOf(qualifier) : at;
    const textEnd = nameEnd + found[0].length;
    claims.push({
      key: `${mention.subject.key}|yield|${period.key}`,
      subject: mention.subject.label,
      metric: 'yield',
      metricLabel: 'close',
      period: period.label,
      open: false,
      low: Number(low.toFixed(6)),
      high: Number(high.toFixed(6)),
      unit: '% yield',
      text: sentence.slice(textStart, textEnd),
      offset: base + textStart,
      length: textEnd - textStart,
    });
  }
  return claims;
}
