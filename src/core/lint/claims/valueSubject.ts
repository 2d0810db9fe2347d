// Which subject a value of a sentence belongs to (sentenceReading.ts asks it for each value). The subjects a sentence
// names are found once, with the ones that did not move set aside (compared with, ranked in, an appositive, a dash
// aside) and the ones that stand for a subject the table does not know made unnamed (a futures contract, a
// sub-index); then a value's subject is a possessive right before it, the name its place in a list of values pairs it
// with, a list of names that shares it, the nearest name before it in its clause, one right after it, or an earlier
// clause's subject carried on. Each look-up is a binary search over the mentions (sentenceSpans.ts).

import { flatSubjectGap } from './flatMoves';
import { afterListing, beforeListing, betweenListings } from './listingGaps';
import { alternativeGap, closingListGap, eachAfter, jointAfter, jointBefore, listIsSubject, markedShare, plainShare, subjectListGap } from './sharedValues';
import { namesAnother, namesDerivative, namesSubIndex } from './subIndexes';
import { ownsAnotherMeasure } from './otherMeasures';
import { reportsAnotherMeasure } from './companyMeasures';
import { withMeasuringIndexes } from './measuringIndex';
import { namesAssetBusiness } from './assetBusinesses';
import { indexKeys, type Subject, type SubjectMention, type SubjectTable } from './subjects';
import { placeAgrees, usIndexes, withPlacesResolved } from './placeIndexes';
import { lastBefore, type Span } from './sentenceSpans';
import { dashAsides } from './text';
import type { StatedValue } from './values';
import {
  comparator,
  comparisonVerb,
  membershipBefore,
  namedSubjectBefore,
  otherPossessorBefore,
  ownSubjectBefore,
  clauseWithOwnSubject,
  conjunctionBefore,
  relativeClauseBefore,
  withOwnSubject,
} from './moveContext';
import { bracketedValueGap, comparisonBefore, exclusionBefore, followingGap, indexPossessiveBefore, indexReference, nameTail, possessiveGap, prepositionBefore, unnamedSubject, valueListGap } from './claimWords';

/** The subjects one sentence names, and the look-up of the subject each of its values belongs to. */
export class SentenceSubjects {
  /** The mentions in order; one that stands for a subject the table does not know is the unnamed subject. */
  readonly mentions: SubjectMention[];
  /** Mentions that are not the subject that moved: compared with, ranked in, in an appositive or a dash aside. */
  readonly benchmark: boolean[];
  /** Mentions a figure is compared with ("beaten the S&P 500"): what a streak may be measured against. */
  private readonly compared: boolean[];
  /** Mentions that hold the subject as its members do ("the other 493 stocks in the S&P 500", "the biggest names in the Nasdaq"). */
  private readonly holdsSubject: boolean[];

  constructor(
    private readonly sentence: string,
    private readonly base: number,
    table: SubjectTable,
    tickers: readonly SubjectMention[],
    datelinePlace?: string,
  ) {
    const overlap = (a: SubjectMention, b: SubjectMention) => a.offset < b.offset + b.length && b.offset < a.offset + a.length;
    // A name the table leaves in doubt ("the blue-chip index": London's in one market's copy, New York's in another's)
    // is the index a place before it picks (placeIndexes.ts), else yields to the subject a reference back resolved it
    // to (sentenceReferences.ts).
    const named = withPlacesResolved(sentence, base, table.find(sentence, base), table, datelinePlace).filter((name) => name.subject !== unnamedSubject || !tickers.some((ticker) => overlap(ticker, name)));
    this.mentions = [...named, ...tickers.filter((ticker) => !named.some((name) => overlap(ticker, name)))].sort((a, b) => a.offset - b.offset);
    // "the S&P 500 ex-Mag 7", "the S&P 500 excluding the Magnificent Seven": neither name is the subject; the
    // first stands for a subject the table does not know (no claim), the second is what is left out.
    // So does "the Russell 2000 Value index" or "the other 493 stocks in the S&P 500" (subIndexes.ts).
    // "S&P 500 futures" is a contract on the index, and so is each name of "S&P 500 and Nasdaq 100 futures".
    let futuresList = false;
    for (let at = this.mentions.length - 1; at >= 0; at--) {
      const mention = this.mentions[at];
      const after = sentence.slice(mention.offset + mention.length - base, mention.offset + mention.length - base + 48);
      const next = this.mentions[at + 1];
      futuresList = namesDerivative(after) || (futuresList && next !== undefined && subjectListGap.test(sentence.slice(mention.offset + mention.length - base, next.offset - base)));
      // "Bitcoin miners", "spot bitcoin ETFs", "gold producers": shares built on the asset, not its price.
      const another = namesAnother(sentence, mention.offset - base, mention.length) || namesAssetBusiness(mention.subject, after) || sectorOfForeignIndex(sentence, base, this.mentions[at - 1], mention);
      if (futuresList || another) this.mentions[at] = { ...mention, subject: unnamedSubject };
    }
    // "Small caps, as measured by the S&P 600, …": the S&P 600's figure, not small caps' default index's.
    this.mentions = withMeasuringIndexes(sentence, base, this.mentions);
    const asides = dashAsides(sentence, base);
    const wordsBefore = this.mentions.map((mention) => sentence.slice(Math.max(0, mention.offset - base - 48), mention.offset - base));
    this.compared = wordsBefore.map((before) => comparisonBefore.test(before));
    this.holdsSubject = wordsBefore.map((before) => membershipBefore.test(before));
    this.benchmark = wordsBefore.map(
      (before, at) => this.compared[at] || this.holdsSubject[at] || exclusionBefore.test(before) || this.inAppositive(at) || this.inDashAside(at, asides),
    );
  }

  /**
   * "The Nasdaq index, the bellwether for the tech sector, fell 2.7%": a name inside commas right after another
   * subject describes that subject; it is not the one that moved.
   */
  private inAppositive(at: number): boolean {
    if (at === 0) return false;
    const mention = this.mentions[at];
    const opening = this.sentence.lastIndexOf(',', mention.offset - this.base);
    const closing = this.sentence.indexOf(',', mention.offset + mention.length - this.base);
    if (opening < 0 || closing < 0 || /\d\s*(?:%|percent|per cent)/i.test(this.sentence.slice(opening, closing))) return false;
    // "the S&P 500, the Dow, and the Nasdaq": the middle name of a serial list, not an aside.
    if (/^,\s+and\b/i.test(this.sentence.slice(closing, closing + 6))) return false;
    const owner = this.mentions[at - 1];
    return owner.offset + owner.length <= this.base + opening && nameTail.test(this.slice(owner.offset + owner.length, this.base + opening));
  }

  /**
   * "The Roundhill Magnificent Seven ETF - a fund that holds Apple (AAPL) … and Meta (META) - has surged 37%": a name
   * inside a pair of dashes that states no figure is an aside about the subject, not the subject that moved.
   */
  private inDashAside(at: number, asides: ReadonlyArray<Span>): boolean {
    const mention = this.mentions[at];
    return asides.some((aside) => aside.offset <= mention.offset && mention.offset + mention.length <= aside.end);
  }

  /**
   * "The S&P 500, the Dow and the Nasdaq are all up more than 20% for the year", "posted gains of about 3.8% each",
   * "The S&P 500 and the Nasdaq rose 1.2%": one value that a list of subjects shares — each subject's claim (see
   * claims/sharedValues.ts). undefined when the value is not shared; empty when the list leaves its owner in doubt
   * ("the difference between the Dow and the Nasdaq", "the Dow or the Nasdaq").
   */
  sharedBy(value: StatedValue, clause: Span, all: readonly StatedValue[]): Subject[] | undefined {
    if (this.pairedSubject(value, clause, all) !== undefined) return undefined;
    const named: SubjectMention[] = [];
    for (let at = lastBefore(this.mentions, value.offset); at >= 0 && this.mentions[at].offset >= clause.offset; at--) {
      if (this.benchmark[at]) return undefined;
      const mention = this.mentions[at];
      const gap = named.length > 0 ? this.listGap(mention, named[0]) : '';
      if (named.length > 0 && alternativeGap.test(gap)) return [];
      if (named.length > 0 && !subjectListGap.test(gap)) break;
      named.unshift(mention);
    }
    if (named.length < 2) return undefined;
    const [first, last] = [named[0], named[named.length - 1]];
    const between = afterListing(this.slice(last.offset + last.length, value.offset));
    const after = this.slice(value.offset + value.length, clause.end);
    if (jointBefore.test(between) || jointAfter.test(after)) return [];
    const marked = markedShare.test(between) || eachAfter.test(after);
    // "Led by the Nasdaq and the Dow, the S&P 500 rose 1.2%": a list ends at its "and"; the name after the comma is alone.
    if (!marked && !closingListGap.test(this.listGap(named[named.length - 2], last))) return undefined;
    if (!listIsSubject(beforeListing(this.slice(Math.max(clause.offset, first.offset - 64), first.offset)))) return [];
    return marked || plainShare(between) ? named.map((mention) => mention.subject) : undefined;
  }

  /**
   * "The Dow and the Nasdaq fell 1% and 2%(, respectively)": a list of values pairs with the list of subjects before
   * it, in order. undefined when the value is in no such list; a null subject when the lists do not pair up (no claim).
   */
  pairedSubject(value: StatedValue, clause: Span, all: readonly StatedValue[]): { subject: Subject | null; list: readonly StatedValue[] } | undefined {
    const inClause = all.filter((other) => other.kind === value.kind && other.offset >= clause.offset && other.offset < clause.end);
    const at = inClause.indexOf(value);
    if (at < 0) return undefined;
    let first = at;
    while (first > 0 && valueListGap.test(this.slice(inClause[first - 1].offset + inClause[first - 1].length, inClause[first].offset))) first--;
    let last = at;
    while (last + 1 < inClause.length && valueListGap.test(this.slice(inClause[last].offset + inClause[last].length, inClause[last + 1].offset))) last++;
    if (first === last) return undefined;
    const list = inClause.slice(first, last + 1);
    let named = this.mentions.filter((mention, index) => !this.benchmark[index] && mention.offset >= clause.offset && mention.offset < inClause[first].offset);
    // "gains of 12%, 9% and 15% for the S&P 500, the Dow and the Nasdaq, respectively": the names may follow the values.
    if (named.length !== list.length && /\brespectively\b/i.test(this.slice(clause.offset, clause.end))) {
      const listEnd = list[list.length - 1].offset + list[list.length - 1].length;
      // (A list of names after the values reads like an appositive to the first; only a compared name is left out.)
      named = this.mentions.filter((mention, index) => !this.compared[index] && mention.offset >= listEnd && mention.offset < clause.end);
    }
    if (named.length !== list.length) return { subject: null, list };
    for (let i = 1; i < named.length; i++) {
      if (!subjectListGap.test(this.listGap(named[i - 1], named[i]))) return { subject: null, list };
    }
    return { subject: named[at - first].subject, list };
  }

  subjectOf(value: StatedValue, clause: Span, segment: Span): Subject | undefined {
    const before = lastBefore(this.mentions, value.offset);
    // "the S&P 500's modest 1.5% gain": a possessive right before the value owns it, whatever its role.
    if (before >= 0) {
      const mention = this.mentions[before];
      if (possessiveGap.test(this.slice(mention.offset + mention.length, value.offset))) return mention.subject;
      // "Large caps (+11.8%) have trailed the Nasdaq (+15.4%)": a figure in brackets right after a name labels that
      // name, even one compared with, as a possessive does — never the sentence's subject before it.
      if (bracketedValueGap.test(this.slice(mention.offset + mention.length, value.offset))) return mention.subject;
    }
    // "the company's 12% rise", "Apple's 3% drop": owned by something this table does not name, so no claim — an
    // earlier subject of the sentence would be the wrong owner.
    // "Germany's DAX closed 0.4% higher", "Japan's Nikkei rose": a possessive before a name of the table is where the
    // index is, and the name stays the subject.
    const ownerFrom = Math.max(clause.offset, value.offset - 48);
    const possessor = otherPossessorBefore.exec(this.slice(ownerFrom, value.offset));
    // "The S&P 500 fell 1% on Friday, and the index's 3% drop this week …": the index the sentence named before.
    const indexOwner = indexPossessiveBefore.exec(this.slice(ownerFrom, value.offset));
    if (indexOwner && possessor && ownerFrom + indexOwner.index <= ownerFrom + possessor.index && (before < 0 || this.mentions[before].offset < ownerFrom + indexOwner.index)) {
      return this.soleIndexBefore(value, indexOwner);
    }
    if (possessor && !(before >= 0 && this.mentions[before].offset > ownerFrom + possessor.index)) return undefined;
    if (withOwnSubject.test(this.slice(segment.offset, value.offset)) && (before < 0 || this.mentions[before].offset < segment.offset)) return undefined;
    // "Tesla, which has fallen 34% this month, …": the clause is about the noun before its comma — a subject of the
    // table right there, or something it does not name (no claim); never a subject named later in the sentence.
    const relative = relativeClauseBefore.exec(this.slice(this.base, value.offset));
    const comma = relative ? this.base + relative.index : -1;
    if (relative && (before < 0 || this.mentions[before].offset < comma)) {
      const owner = this.mentions[lastBefore(this.mentions, comma)];
      // (A listing's bracket may close between: "Nvidia (NASDAQ: NVDA) shares, which are up 38% this year, …".)
      return owner && nameTail.test(this.slice(owner.offset + owner.length, comma).replace(/^\s*\)/, '')) ? owner.subject : undefined;
    }
    // "the 2% gain in the Nasdaq", "a 1.3% gain seen in large caps": the subject right after the value.
    const next = this.mentions[before + 1];
    if (next && next.offset < segment.end && followingGap.test(this.slice(value.offset + value.length, next.offset))) return next.subject;
    // "The Nasdaq rose 1.2%, while natural gas gained 1.4%": the value's own clause has a subject the table does not
    // name — the earlier subject is not its owner ("the index" there still refers back to an index).
    // (The conjunction may stand before the segment, where the clause breaks: ", while".)
    const joined = conjunctionBefore.exec(this.slice(Math.max(this.base, segment.offset - 16), segment.offset))?.[0] ?? '';
    const ownClause = clauseWithOwnSubject.exec(joined + this.slice(segment.offset, value.offset));
    if (ownClause && (before < 0 || this.mentions[before].offset < segment.offset)) {
      const owner = this.mentions[before]?.subject;
      return owner && !owner.key.startsWith('ticker:') && refersTo(indexReference.exec(ownClause[0]), owner) ? owner : undefined;
    }
    // "…, while the other 493 stocks in the S&P 500 are up 7%": the value's own segment names its subject, members of
    // an index the table has no name for; a subject named before the segment ("the Magnificent Seven have returned
    // 24%") is not its owner. One named before the members in the segment is ("Mega caps make up a third of S&P 500
    // value and trade at 30 times").
    let membersInSegment = false;
    for (let at = before; at >= 0 && this.mentions[at].offset >= clause.offset; at--) {
      if (!this.benchmark[at]) return membersInSegment && this.mentions[at].offset < segment.offset ? undefined : this.mentions[at].subject;
      membersInSegment ||= this.holdsSubject[at] && this.mentions[at].offset >= segment.offset;
    }
    if (membersInSegment) return undefined;
    // A subject named later in the clause, unless a comparison stands between ("13% in 2025, compared with … the S&P
    // 500": the S&P 500 is what the figure is compared with).
    // Nor when the value's clause has an unnamed subject of its own ("while the three main indices all rose 3%, …").
    const ownSubject = ownSubjectBefore.test(this.slice(segment.offset, value.offset));
    const namedOwner = ownSubject || namedSubjectBefore.test(this.slice(segment.offset, value.offset));
    for (let at = before + 1; !namedOwner && at < this.mentions.length && this.mentions[at].offset < clause.end; at++) {
      const between = this.slice(value.offset + value.length, this.mentions[at].offset);
      if (comparator.test(between) || comparisonVerb.test(between)) break;
      // "…gain to 10%, fueled by a rally in tech stocks": a name in a prepositional phrase is not a clause's subject.
      if (!this.benchmark[at] && !prepositionBefore.test(between)) return this.mentions[at].subject;
    }
    // "The Nasdaq fell 1.4% on Thursday, and is down 3% this year": an earlier clause's subject carries on — unless
    // the value's clause names another ("…, while the forward EPS estimate increased by 2.3%"); "the index" and
    // "the benchmark" still refer back to an index.
    for (let at = before; at >= 0; at--) {
      if (this.benchmark[at]) continue;
      const subject = this.mentions[at].subject;
      if (ownSubject && (subject.key.startsWith('ticker:') || !refersTo(indexReference.exec(this.slice(segment.offset, value.offset)), subject))) return undefined;
      return subject;
    }
    return undefined;
  }

  /**
   * The index "the index's" stands for: the one subject the sentence names before the value, an index (never a stock,
   * nor a name standing for a subject the table does not know), agreeing with a place word ("the Japanese
   * benchmark's"). Two subjects named there leave it in doubt: undefined.
   */
  private soleIndexBefore(value: StatedValue, reference: RegExpExecArray): Subject | undefined {
    const named = this.mentions.filter((mention) => mention.offset + mention.length <= value.offset);
    const keys = new Set(named.map((mention) => mention.subject.key));
    if (keys.size !== 1) return undefined;
    const subject = named[0].subject;
    if (subject === unnamedSubject || subject.key.startsWith('ticker:')) return undefined;
    return refersTo(reference, subject) ? subject : undefined;
  }

  /**
   * "Assets in IWM have grown 18%", "QQQ's trading volume rose 35%", "Tesla (TSLA) deliveries fell 13%": the subject's
   * name owns another measure, a fund's (otherMeasures.ts) or a company's results (companyMeasures.ts).
   */
  measureOwnedBy(subject: Subject, value: StatedValue, clause: Span): boolean {
    for (let at = lastBefore(this.mentions, value.offset); at >= 0 && this.mentions[at].offset >= clause.offset; at--) {
      const mention = this.mentions[at];
      if (mention.subject.key !== subject.key) continue;
      const [before, after] = [this.slice(clause.offset, mention.offset), this.slice(mention.offset + mention.length, value.offset)];
      return ownsAnotherMeasure(before, after) || reportsAnotherMeasure(before, after);
    }
    return false;
  }

  /** The subject a streak is measured against: one compared with in the clause, never the streak's own subject. */
  benchmarkIn(clause: Span, value: StatedValue, own: Subject): Subject | undefined {
    let found: SubjectMention | undefined;
    this.mentions.forEach((mention, at) => {
      if (this.compared[at] && mention.subject.key !== own.key && mention.offset >= clause.offset && mention.offset < clause.end && (!found || Math.abs(mention.offset - value.offset) < Math.abs(found.offset - value.offset))) found = mention;
    });
    return found?.subject;
  }

  /**
   * The values without a flat move whose verb has no subject named right before it ("The S&P 500 index closed flat"
   * keeps its "flat"; "rates were unchanged" loses it): such a word is no value, not even as a neighbour of others.
   */
  withoutStrayFlats(values: StatedValue[]): StatedValue[] {
    return values.filter((value) => {
      if (!value.flat) return true;
      const verb = value.verbOffset ?? value.offset;
      const mention = this.mentions[lastBefore(this.mentions, verb)];
      return mention !== undefined && flatSubjectGap.test(this.slice(mention.offset + mention.length, verb));
    });
  }

  /** The words joining two names of a list, a listed stock's brackets and name left out (listingGaps.ts). */
  private listGap(first: SubjectMention, second: SubjectMention): string {
    return betweenListings(this.slice(first.offset + first.length, second.offset));
  }

  /** The sentence's text (comments blanked) between two note offsets. */
  private slice(from: number, to: number): string {
    return this.sentence.slice(Math.max(0, from - this.base), Math.max(0, to - this.base));
  }
}

/** "the index", "the Japanese benchmark": a reference that can stand for `subject` (a place word must agree with it). */
function refersTo(reference: RegExpExecArray | null, subject: Subject): boolean {
  const place = reference?.groups?.place;
  return reference !== null && (place === undefined || placeAgrees(place, subject.key));
}

/**
 * "the Stoxx 600 banks index", "the FTSE 100 energy sector": a sector named right after an index of a market outside
 * the U.S. is that market's sector, not the U.S. one ("banks", "XLE") the name alone stands for.
 */
function sectorOfForeignIndex(sentence: string, base: number, parent: SubjectMention | undefined, mention: SubjectMention): boolean {
  if (!parent || indexKeys.has(mention.subject.key) || !indexKeys.has(parent.subject.key) || usIndexes.includes(parent.subject.key)) return false;
  const parentEnd = parent.offset + parent.length - base;
  return /^[ \t]+$/.test(sentence.slice(parentEnd, mention.offset - base)) && namesSubIndex(sentence.slice(parentEnd, parentEnd + 48));
}
