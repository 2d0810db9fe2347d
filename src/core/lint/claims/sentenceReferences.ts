// "The Nasdaq rose 1% on Wednesday. It is up 20% this year." / "The S&P 500 closed at a record. The index has
// gained 15% this year." / "Orcadia (ORCD) beat estimates. The shares are up 38% this year.": a sentence that opens
// with "It", "They", "the index" or "the shares" (after a period it opens with or not: "On the week, the index …")
// is about the one subject the sentence before it named. Outlets write a fact's subject once and refer back to it; without this the second sentence claims nothing.
// Only within a paragraph, only when the sentence before names exactly one subject (two make the reference
// ambiguous, so no claim), "the index" never stands for a stock and "the shares" ("the stock", "its shares", and
// their possessives, "The stock's year-to-date return is 61.2%") only for one. "It" and "They" must stand for the subject the sentence before opens with ("Nvidia beat …. It …"), not one it
// mentions on the way ("… after the Fed cut. It …").
// A name there that stands for another subject ("the Russell 2000 Value index", "the other 493 stocks in the S&P
// 500", "S&P 500 futures") leaves "It" standing for that, which the table does not know: no claim, not the parent's.
// "The index" is described in lower case ("the tech-heavy index", "the 30-stock index"); a capitalised name before
// the noun ("The MSCI World index", "The Stoxx Europe 600 benchmark") names another index, not the one before, and so
// does a style, weighting or sector word ("the equal-weight index", "the value index", "the sector gauge").
// The sentence before is read only when a sentence opens with a reference: a paragraph costs one extra look-up at most
// per reference, so reading stays linear.

import { namesAnother } from './subIndexes';
import { namesAssetBusiness } from './assetBusinesses';
import { placeAgrees, placeWordPattern, withPlacesResolved } from './placeIndexes';
import { unnamedSubject, type Subject, type SubjectMention, type SubjectTable } from './subjects';

/**
 * A period or time the sentence opens with before its reference: "On the week, the index has gained 0.9%", "So far
 * this year, it is up 12%", "Since the April low, they have gained 30%" (lower case after a conjunction: "But for
 * the week, …"). Lower-case words, numbers, months and days only — a name there ("For the S&P 500, it …") is a subject of the sentence's own.
 */
const leadIn = String.raw`(?:(?:[Oo]n|[Ff]or|[Ii]n|[Oo]ver|[Dd]uring|[Ss]ince|[Ss]o far|[Yy]ear to date|[Yy]ear-to-date|YTD|[Tt]his|[Ll]ast|[Tt]hrough|[Aa]fter|[Bb]y|[Aa]t|[Aa]s (?:of|at))(?:\s+(?:[a-z0-9][\w'’-]*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri)[a-z]*\.?)){0,6},\s+)`;
/** A conjunction a wire may open the sentence with: "But for the week, the index gained 1.8%", "And it is up 20% this year". */
const conjunction = String.raw`(?:But|And|Yet|Still),?\s+`;
/**
 * A to-date period or "Today" before the reference with no comma, as a newswire's data list writes each line:
 * "--Today it is up 0.39%", "--Month-to-date it is up 2.41%".
 */
const bareLead = String.raw`(?:[Tt]oday|[Yy]ear-to-date|[Mm]onth-to-date|[Qq]uarter-to-date|[Ww]eek-to-date|YTD|MTD|QTD|WTD)\s+`;
const openingReference = new RegExp(
  String.raw`^[\s*_>"“•▪·-]*(?:${conjunction})?(?<lead>${leadIn}|${bareLead}(?=it\b))?(?:(?<it>It|They|(?<=,\s+|\b(?:But|And|Yet|Still)\s+|\b${bareLead})(?:it|they))(?=\s|['’]s\b)|(?<its>Its|Their)(?=\s+(?:[a-z][\w-]*\s+){0,2}?[+\-−]?\d)|(?<stock>(?:The|Its|Their)\s+(?:shares|stock))(?=\s+(?!of\b)|(?<=stock)['’]s\s|(?<=shares)['’]\s)|(?<index>(?:[Tt]he\s+(?:(?<place>${placeWordPattern})(?:['’]s)?\s+)?|(?<owner>${placeWordPattern})['’]s\s+)(?!(?:[\w-]+\s+){0,2}?(?:equal[- ]?weight(?:ed)?|equally[- ]weighted|value|growth|momentum|quality|dividend|low[- ]vol\w*|volatility|sector|industry|style|factor|bond|futures|total[- ]return)\s)(?:[a-z0-9][\w-]*\s+){0,2}?(?:index|benchmark|gauge|barometer))(?!\s+(?:funds?|providers?|members|constituents|committee|rebalanc\w*|inclusion)\b)(?=[\s,'’]))`,
);
/**
 * How far into the sentence before its subject may start for "It" to stand for it: the opening words, after a lead-in
 * ("As of Sept. 30, the fund was up 9%. It is now up 12%.").
 */
const openingWords = new RegExp(String.raw`^[\s*_>"“]*(?:${leadIn})?(?:\S+\s+){0,4}\(?$`);
/**
 * For "They", only an article, "shares of" or the company's name before it: "Small caps rallied. They …", "Shares of
 * Orcadia (ORCD) rose. They …" — in "Strategists see the S&P 500 at 7,500. They …" the strategists are what "They"
 * stands for.
 */
const pluralOpening = /^[\s*_>"“]*(?:(?:[Tt]he|[Ss]hares|[Ss]tocks?|of|in)\s+){0,3}(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){0,4}\(?$/u;

export class SentenceReferences {
  private previous: { sentence: string; base: number; tickers: readonly SubjectMention[]; reference: SubjectMention | undefined } | undefined;

  constructor(
    private readonly table: SubjectTable,
    /** The note's dateline place, which says which market a name in doubt is (placeIndexes.ts). */
    private readonly datelinePlace?: string,
  ) {}

  /** A new paragraph: nothing before to refer to. */
  startParagraph(): void {
    this.previous = undefined;
  }

  /**
   * The subject the sentence's opening reference stands for, as a mention at the reference; then remembers the
   * sentence (with `tickers`, its ticker mentions) for the next one.
   */
  read(sentence: string, base: number, tickers: readonly SubjectMention[]): SubjectMention | undefined {
    const reference = openingReference.exec(sentence);
    let found: SubjectMention | undefined;
    if (reference && this.previous) {
      // "Its 3% weekly gain …": the possessive stands for what "It" would.
      const it = reference.groups!.it ?? (reference.groups!.its && (reference.groups!.its === 'Their' ? 'They' : 'It'));
      const referent = this.referentOfPrevious(it?.toLowerCase() === 'they' ? pluralOpening : it !== undefined ? openingWords : undefined);
      const place = reference.groups!.place ?? reference.groups!.owner;
      // "The Japanese benchmark" after the FTSE 100 is another market's index (placeIndexes.ts).
      const agrees = referent !== undefined && (place === undefined || placeAgrees(place, referent.key));
      // "It" and "They" stand for any subject, "the index" never for a stock, "the shares" only for one.
      const fits = it !== undefined || (reference.groups!.stock !== undefined) === referent?.key.startsWith('ticker:');
      if (referent && agrees && fits) {
        const word = reference.groups!.it ?? reference.groups!.its ?? reference.groups!.stock ?? reference.groups!.index!;
        found = { subject: referent, offset: base + reference.index + reference[0].length - word.length, length: word.length };
      }
    }
    this.previous = { sentence, base, tickers, reference: found };
    return found;
  }

  /**
   * The one subject the sentence before names (or, naming none, the one its own reference stood for); with `opening`,
   * only when what comes before it there is such an opening.
   */
  private referentOfPrevious(opening: RegExp | undefined): Subject | undefined {
    const previous = this.previous!;
    // "The blue-chip index …" resolved by its own reference: a name the table leaves in doubt is that referent.
    const reference = previous.reference;
    const named = withPlacesResolved(previous.sentence, previous.base, this.table.find(previous.sentence, previous.base), this.table, this.datelinePlace).filter((mention) => !(reference && mention.subject === unnamedSubject && mention.offset < reference.offset + reference.length && reference.offset < mention.offset + mention.length));
    const mentions = [...named, ...previous.tickers];
    if (mentions.length === 0) return reference?.subject;
    const keys = new Set(mentions.map((mention) => mention.subject.key));
    if (keys.size !== 1) return undefined;
    const standsForAnother = (mention: SubjectMention) => {
      const end = mention.offset - previous.base + mention.length;
      return namesAnother(previous.sentence, mention.offset - previous.base, mention.length) || namesAssetBusiness(mention.subject, previous.sentence.slice(end, end + 48));
    };
    if (mentions.some(standsForAnother)) return undefined;
    const first = mentions.reduce((a, b) => (b.offset < a.offset ? b : a));
    if (opening && !opening.test(previous.sentence.slice(0, first.offset - previous.base))) return undefined;
    return first.subject;
  }
}
