// Reading prose for claims: sentence bounds, number words, and the words that sign a value. A small scanner, not
// an NLP library: Intl.Segmenter took 12.6 s for 224 KB of wire copy here (lint runs on every pause in typing), and
// compromise / wink-nlp would add megabytes of model to the extension for what a table of a few dozen words does.
// Everything is offsets into the note's own text, so positions stay exact.

const cardinals: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  a: 1, an: 1, single: 1, half: 0.5, 'a half': 0.5, dozen: 12,
};
const ordinals: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const tens: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };

/** "fourteen" 14, "twenty-one" 21, "tenth" 10, "12th" 12, "3" 3, "1,234.5" 1234.5; undefined for anything else. */
export function numberValue(written: string): number | undefined {
  const word = written.toLowerCase().replace(/[’']/g, '').trim();
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(word)) return Number(word.replace(/,/g, ''));
  const ordinalDigits = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  if (ordinalDigits) return Number(ordinalDigits[1]);
  if (word in cardinals) return cardinals[word];
  if (word in ordinals) return ordinals[word];
  const compound = /^(twenty|thirty|forty|fifty)[- ](one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/.exec(word);
  if (compound) return tens[compound[1]] + (cardinals[compound[2]] ?? ordinals[compound[2]]);
  return undefined;
}

/** A number as writers put it: digits, or a number word (cardinal or ordinal). For building patterns. */
export const numberPattern =
  String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:st|nd|rd|th)?|(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)`;

// Words before a full stop that do not end a sentence.
const abbreviations = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'vs', 'no', 'st', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'approx', 'est', 'etc', 'e.g', 'i.e', 'a.m', 'p.m',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'u.s', 'u.k', 'fig', 'ft', 'bn', 'mln', 'bln',
]);

/** A time zone right after "a.m." or "p.m.": "ET", "EDT", "GMT", "UTC" (then a comma, a full stop or a space). */
const timeZoneAfter = /^\s*(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|BST|UTC|CET|CEST|JST|HKT|SGT|AEST|AEDT)\b/;

/** A bullet Markdown does not know at a line's start: a newswire's "--" right before its word, "•", "▪", "·". */
const textBullet = /^[ \t]*(?:--(?=[^\s-])|[•▪·][ \t])/;

/**
 * A run this long without a sentence end is read in pieces of about this size, cut at a space: no sentence a writer
 * means is longer, and reading a sentence costs more than linear time in its length (claims compare its parts).
 */
export const longestSentence = 600;

/** Sentence bounds within text[start, end): [start, end) pairs, in order. Linear in the span's length. */
export function sentenceBounds(text: string, start: number, end: number): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let sentenceStart = start;
  for (let at = start; at < end; at++) {
    const char = text.charCodeAt(at);
    if (at - sentenceStart >= longestSentence && (char === 32 || char === 10 || at - sentenceStart >= 2 * longestSentence)) {
      bounds.push([sentenceStart, at]);
      sentenceStart = at;
    }
    // "…to 46,905.12⏎--Today it is up 0.39%⏎--Month-to-date it is up 2.41%": a line a bullet opens that Markdown does
    // not know (a newswire's "--", a pasted "•") is an item of its own, with no full stop before it.
    if (char === 10 && at + 1 > sentenceStart && textBullet.test(text.slice(at + 1, Math.min(end, at + 8)))) {
      if (text.slice(sentenceStart, at).trim() !== '') bounds.push([sentenceStart, at + 1]);
      sentenceStart = at + 1;
      continue;
    }
    if (char !== 46 && char !== 33 && char !== 63) continue; // . ! ?
    let next = at + 1;
    while (next < end && /["'”’)\]*_]/.test(text[next])) next++;
    if (next < end && !/\s/.test(text[next])) continue; // "2.5", "U.S.", "a.m."
    if (char === 46 && !endsSentence(text, sentenceStart, at, next, end)) continue;
    bounds.push([sentenceStart, next]);
    sentenceStart = next;
  }
  if (sentenceStart < end) bounds.push([sentenceStart, end]);
  return bounds;
}

function endsSentence(text: string, sentenceStart: number, dot: number, after: number, end: number): boolean {
  let wordStart = dot;
  while (wordStart > sentenceStart && /[A-Za-z.]/.test(text[wordStart - 1]) && dot - wordStart < 12) wordStart--;
  const word = text.slice(wordStart, dot).toLowerCase();
  if (abbreviations.has(word) || /^[a-z]$/.test(word) || /^(?:[a-z]\.)+[a-z]$/.test(word)) {
    // "At 10 a.m. ET, shares were down": a time zone after the time goes on with the sentence.
    if ((word === 'a.m' || word === 'p.m') && timeZoneAfter.test(text.slice(after, Math.min(end, after + 8)))) return false;
    // "Apple Inc. Shares rose" is rare next to "Inc. said": only a following lower-case word or digit keeps the sentence.
    let next = after;
    while (next < end && /\s/.test(text[next])) next++;
    return next < end && /[A-Z]/.test(text[next]) && !/^(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|u\.s|vs)$/.test(word) && !/^[a-z]$/.test(word);
  }
  return true;
}

/** A dash used as punctuation: spaced ("a - b", "a – b", "a — b"), or an unspaced em dash ("a—b"); not "3.5%–3.75%". */
const asideDash = /\s[-–—]\s|—/g;

/** The spans between pairs of dashes (first and second, third and fourth, …) that hold no percentage. */
export function dashAsides(sentence: string, base: number): Array<{ offset: number; end: number }> {
  const dashes = [...sentence.matchAll(asideDash)].map((match) => ({ offset: match.index, end: match.index + match[0].length }));
  const asides: Array<{ offset: number; end: number }> = [];
  for (let at = 0; at + 1 < dashes.length; at += 2) {
    const inside = sentence.slice(dashes[at].end, dashes[at + 1].offset);
    if (!/\d\s*(?:%|percent|per cent)/i.test(inside)) asides.push({ offset: base + dashes[at].end, end: base + dashes[at + 1].offset });
  }
  return asides;
}

/**
 * Phrasal verbs whose particle is a sign word that misleads: "gave up 0.5%" and "coughed up 1%" are losses (read whole
 * below), "held up" names resilience, not a gain, and "took off 5%" is a surge or a removal. After these verbs the
 * particle is no sign of its own.
 */
const upNotASign = String.raw`(?<!\b(?:gave|give|gives|giving|given|cough(?:ed|s|ing)?|h[oe]ld|holds|holding)\s+)`;
const offNotASign = String.raw`(?<!\b(?:took|take|takes|taking|taken)\s+)`;
/** "put on 1%" is a gain, but "bought a put on the Nasdaq" is an option. */
const putNotAnOption = String.raw`(?<!\b(?:a|the|one|buy|buys|bought|buying|sell|sells|sold|selling|wrote|writing)\s+)`;

/** Sign words for a move: what makes "5%" a loss or a gain (the nearest one before the value, or a noun right after it). */
export const negativeMove = new RegExp(
  String.raw`\b(?:${offNotASign}off(?=\s+(?:(?:about|around|roughly|nearly|almost|some|more than|less than|just over|just under|just|only)\s+)?[+\-−]?\d)|down|fell|fall(?:s|en|ing)?|slid|slides?|sliding|slipp(?:ed|ing)|slips?|shed(?:s|ding)?|lost|los(?:es|ing)|loss(?:es)?|declin(?:e|ed|es|ing)|drop(?:ped|s|ping)?|sank|sink(?:s|ing)?|tumbl(?:e|ed|es|ing)|retreat(?:ed|s|ing)?|slump(?:ed|s|ing)?|lower|plung(?:e|ed|es|ing)|plummet(?:ed|s|ing)?|tank(?:ed|ing)|div(?:ed|ing)|dove|nose-?div(?:e|ed|es|ing)|weaken(?:ed|s|ing)?|surrender(?:ed|s|ing)?|sagg(?:ed|ing)|eas(?:ed|ing)|dipp(?:ed|ing)|dips?|contract(?:ed|s|ion)?|shr[ai]nk(?:s|ing)?|negative|skid(?:s|ded|ding)?|crater(?:ed|s|ing)?|pulled back|pulls back|(?:gave|give|gives|giving|given) (?:up|back)|hand(?:ed|s|ing)? back|coughed up|sell-?off|erased?|decreas(?:e|ed|es))\b`,
  'gi',
);
/** "bounced back 1.1%", "clawed back 2%", "recouped 1.5%": a move back up, although "back" alone is no sign. */
export const positiveMove = new RegExp(
  String.raw`\b(?:${upNotASign}up|rose|risen|rises?|rising|gain(?:ed|s|ing)?|climb(?:ed|s|ing)?|surg(?:e|ed|es|ing)|jump(?:ed|s|ing)?|rall(?:y|ied|ies|ying)|advanc(?:e|ed|es|ing)|add(?:ed|s|ing)|(?:tack(?:ed|s|ing)?|${putNotAnOption}put(?:ting)?) on|higher|increas(?:e|ed|es)|gr[eo]w(?:s|n|th|ing)?|returned|returns?|rebound(?:ed|s|ing)?|soar(?:ed|s|ing)?|spik(?:e|ed|es)|popped|lea(?:pt|ped|ping)|(?:sky)?rocket(?:ed|s|ing)|zoom(?:ed|s|ing)|vaulted|firm(?:ed|ing)|strengthen(?:ed|s|ing)?|bounc(?:ed|es|ing)|recover(?:ed|s|ing)|expand(?:ed|s)?|expansion|positive|(?:bounc(?:ed|es|ing)|snapp(?:ed|ing)|claw(?:ed|s|ing)|roar(?:ed|s|ing)) back|recoup(?:ed|s)?|regain(?:ed|s)?)\b`,
  'gi',
);
/** Sign words for a streak measured against something: beating it (+) or lagging it (-). */
export const aheadOf = new RegExp(
  String.raw`\b(?:beat(?:en|ing|s)?|outperform(?:ed|s|ing|ance)?|outpac(?:e|ed|es|ing)|outstrip(?:ped|s)?|topp(?:ed|ing)|over|ahead of|winning|wins?|gains?|${upNotASign}up|rose|higher|advanc(?:e|ed|es))\b`,
  'gi',
);
export const behind = /\b(?:lag(?:ged|s|ging)?|trail(?:ed|s|ing)?|underperform(?:ed|s|ing|ance)?|behind|losing|loss(?:es)?|declines?|fell|down|lower)\b/gi;

/**
 * Whether offset `at` of `sentence` lies inside a quotation: a strategist's "we think the S&P 500 ends the year up
 * 18%", a quoted headline. Those are someone else's figures, on their own basis and date, not the writer's claim.
 * Curly quotes pair by kind; straight ones by count. A quotation opened in an earlier sentence shows as a closing
 * curly quote after `at` with none opened before it. Scare quotes round a word ("the "risk-on" rally") close before
 * the figure and leave it the writer's.
 */
export function insideQuotation(sentence: string, at: number): boolean {
  let curly = 0;
  let straight = 0;
  for (let i = 0; i < at; i++) {
    const char = sentence[i];
    if (char === '“') curly++;
    else if (char === '”') curly = Math.max(0, curly - 1);
    else if (char === '"') straight++;
  }
  if (curly > 0 || straight % 2 === 1) return true;
  const next = sentence.slice(at).search(/[“”]/);
  return next >= 0 && sentence[at + next] === '”' && !sentence.slice(0, at).includes('“');
}
