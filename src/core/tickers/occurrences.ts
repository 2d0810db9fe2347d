// The scan reads a note run by run (prose between code blocks), in document order, and looks for rare characters
// (`$`, `(`, a backtick…) in each run. `indexOf` cannot stop at a run's end: in a run without the character it
// searches on to the next one, perhaps many runs later, and doing that from every run costs quadratic time. One
// finder per character remembers the last answer instead, so the whole note is searched once per character.

import { venueWordStarts } from './venueWordMentions';

/** Occurrences of one string in a text, asked for in non-decreasing order of `from`. */
export class Occurrences {
  /** The first occurrence at or after the last `from` asked (-1: none); -2 before the first search. */
  private next = -2;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** The first occurrence at or after `from`, or -1. `from` must not be less than in the previous call. */
  at(from: number): number {
    if (this.next !== -1 && this.next < from) this.next = this.text.indexOf(this.needle, from);
    return this.next;
  }

  /** The first occurrence in [from, end), or -1. */
  within(from: number, end: number): number {
    const found = this.at(from);
    return found < end ? found : -1;
  }
}

/**
 * The first occurrence of any of several strings, asked for as `Occurrences` is. One search of their alternation, not
 * one `indexOf` per string: for strings of capitals (venue names), each of which is rare, a regex that skips to the
 * next capital that can start one reads the note once where nine `indexOf`s would read it nine times.
 */
export class FirstOccurrences {
  /** As in Occurrences: the first occurrence at or after the last `from` asked (-1: none); -2 before the first search. */
  private next = -2;
  private readonly pattern: RegExp;

  constructor(
    private readonly text: string,
    needles: readonly string[],
  ) {
    this.pattern = new RegExp(needles.map((needle) => needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  }

  /** The first occurrence of any of the strings in [from, end), or -1. `from` must not be less than in the previous call. */
  within(from: number, end: number): number {
    if (this.next !== -1 && this.next < from) {
      this.pattern.lastIndex = from;
      this.next = this.pattern.exec(this.text)?.index ?? -1;
    }
    return this.next < end ? this.next : -1;
  }
}

/** One finder per string the scan looks for, shared by the runs of one note. */
export class NoteSearch {
  readonly dollars: Occurrences;
  readonly colons: Occurrences;
  /** Slashes, for a listing parenthesis that writes one for its colon (`(Nasdaq/AMZN)`): venuePrefixes.ts. */
  readonly slashes: Occurrences;
  readonly parentheses: Occurrences;
  /** `(` again, for listing parentheses (`(NYSE: KO; TSX: K)`): each finder is asked in order once per run. */
  readonly listingParentheses: Occurrences;
  /** `[`, for listings some outlets bracket: `Nvidia [NASDAQ: NVDA]`. */
  readonly listingBrackets: Occurrences;
  /** `[` again, for a company's symbol some outlets bracket: `Orcadia Systems [ORCD]`. */
  readonly companyBrackets: Occurrences;
  readonly carets: Occurrences;
  readonly backticks: Occurrences;
  readonly commentOpeners: Occurrences;
  readonly linkTargets: Occurrences;
  readonly schemes: Occurrences;
  readonly wwws: Occurrences;
  /** `Equity`, Bloomberg's market key after a listing (`AAPL US Equity`). Not ` Equity`: indexOf runs from the
   * needle's first character, and a space is the commonest one in prose. */
  readonly equities: Occurrences;
  /** Dots, for Reuters codes in running text (`XOM.N`, `.SPX`). */
  readonly dots: Occurrences;
  /** Percent signs, for quote chips after a name in running text (`Apple Inc. AAPL, +1.23%`): namedQuoteChips.ts. */
  readonly percents: Occurrences;
  /** The label words `symbol` and `ticker` (`Symbol:`, `under the ticker symbol`), from their rarest letter on
   * (`bol`, `ker`): one search finds both cases, and V8 skips ahead on a rare first character fastest. */
  readonly symbolWords: Occurrences;
  readonly tickerWords: Occurrences;
  /** Venue names written in capitals (`NASDAQ ORCH opened`, `TSE: SBK shares`): venueWordMentions.ts. */
  readonly venueWords: FirstOccurrences;

  constructor(readonly text: string) {
    this.dollars = new Occurrences(text, '$');
    this.colons = new Occurrences(text, ':');
    this.slashes = new Occurrences(text, '/');
    this.parentheses = new Occurrences(text, '(');
    this.listingParentheses = new Occurrences(text, '(');
    this.listingBrackets = new Occurrences(text, '[');
    this.companyBrackets = new Occurrences(text, '[');
    this.carets = new Occurrences(text, '^');
    this.backticks = new Occurrences(text, '`');
    this.commentOpeners = new Occurrences(text, '<!--');
    this.linkTargets = new Occurrences(text, '](');
    this.schemes = new Occurrences(text, '//');
    this.wwws = new Occurrences(text, 'www.');
    this.equities = new Occurrences(text, 'Equity');
    this.dots = new Occurrences(text, '.');
    this.percents = new Occurrences(text, '%');
    this.symbolWords = new Occurrences(text, 'bol');
    this.tickerWords = new Occurrences(text, 'ker');
    this.venueWords = new FirstOccurrences(text, venueWordStarts);
  }
}
