// Symbols written bare, with only their place in the sentence to say so, as retail sites print them once a page's
// link is stripped: Benzinga sets the symbol after the company's legal name with no parenthesis ("Nvidia Corp NVDA
// shares rose", "Darden Restaurants, Inc. DRI reported", "Biosystems, Inc. TTOO, up 16%"), and newsletters, once they
// have named a ticker, go on with it bare before the word for its shares ("NVDA shares were up 3.2%", "KO stock
// traded down", "TSLA's stock", "shares of KO", "shares in GLM").
// Capitals in prose are mostly not tickers ("AI stocks", "the EV shares", "Acme Inc. CEO Jane Roe", "A shares"), so
// each reading asks for two signs:
// - after a legal form, a symbol-shaped word of two to five capitals that is no usual abbreviation or venue, and then
//   a word in lower case (a capitalised word after it is more name: "Acme Corp. ABC Division"; a bare change after it
//   is a measure's as often, "Acme Corp. NPS, +5%", and a chip's with two decimals is namedQuoteChips.ts's);
// - before "shares" or "stock" (never "stocks", a group's word: "FAANG stocks"), or after "shares of"/"in", only a
//   symbol the note already names as a ticker in a marked form, read with that mention's venue.
// Both are found after the other forms, so they never claim characters another form read; both are `bare`, and
// tentative as a `company` mention is: a symbol the provider does not know is dropped, not reported.

import { isCommonAbbreviation } from './abbreviations';
import { listedSymbols, scanListedEchoes } from './listedEchoes';
import { isWordChar } from './charCodes';
import { normalizeExchange } from './exchanges';
import type { LineIndex } from './lineIndex';
import { LineKind } from './markdownBlocks';
import { ScannedMention, type TickerMention } from './mention';
import { NoteSearch } from './occurrences';
import { scanSymbolLists } from './symbolLists';
import { scanSymbolDashNames } from './symbolBeforeName';
import { scanBareBloombergCodes } from './bareBloombergCodes';
import { scanWatchlistFieldLines } from './watchlistFieldLines';
import { collectSkippedSpans, type SpanCursor, type Spans } from './skippedSpans';

const symbolShape = String.raw`[A-Z][A-Z0-9]{1,4}(?:\.[A-Z]{1,2})?`;
/** Case as written: "Inc", "Corp.", "Company", "Ltd", "Plc", "PLC", "Co.", "N.V.", "LLC", "Trust" (a fund's: "ETF Trust SPY"). */
const legalForm = String.raw`(?:Inc|Corp|Corporation|Incorporated|Company|Ltd|Limited|Plc|PLC|plc|Co|N\.V|NV|S\.A|SA|AG|L\.P|LP|LLC|Trust)`;
// Found symbol first, then the legal form looked for behind it: a pattern that opens with the legal forms'
// alternation is tried at every "Co", "In", "S", "A" of a note (a third of the whole scan's time), where a run of
// capitals before a word in lower case is rare. The blank before the symbol is matched, not looked behind for: the
// pattern then starts on a blank followed by a capital, which rejects most positions on their first two characters.
// The look-behind for the legal form runs only where all the rest has matched, and asks what legalFormBefore asks
// (within legalFormReach, longer than any form with its dot, comma and line break), so it drops only symbols the
// loop would drop; the loop still reads the form's length from legalFormBefore.
/**
 * The day's change Benzinga prints after the symbol, unsigned, before the sentence goes on: "Kelmoor Bank Corp KLMR
 * 1.67% reported", "Harlan Company HRLN 5.18% up 4 percent". As a quote page prints it, with two decimals: "Acme Ltd
 * ABC 3.4% higher" may be a measure's change.
 */
const printedChange = String.raw`(?:[ \t]+[+-]?\d{1,3}\.\d{2}%)?`;
const symbolBeforeWord = new RegExp(String.raw`[ \t\n](${symbolShape})(?![A-Za-z0-9$%])(?=${printedChange},?[ \t]+[a-z])(?<=${legalForm}\.?,?(?:[ \t]|\r?\n)\1)`, 'g');
const legalFormBefore = new RegExp(String.raw`${legalForm}\.?,?(?:[ \t]|\r?\n)$`);
/** How far back a legal form and its blanks may start: "Incorporated., " and a line break. */
const legalFormReach = 18;
/**
 * The word after a symbol written after a legal name, when it makes the symbol the sentence's subject: a verb ("MRDF
 * reported", "AAPL slipped", "NVDA rose", "KO is"), "shares"/"stock", or a change after a comma ("LMNA, up 14%"),
 * the day's change Benzinga prints maybe standing between ("KLMR 1.67% reported"). A
 * noun there makes the capitals a modifier, an acronym of what the company does: "Shell plc LNG volumes", "Siemens AG
 * DAX weight", "Globex Corp. ESG scores".
 */
const subjectWordAfter = new RegExp(
  String.raw`^${printedChange},?[ \t]+(?:shares|stock|up|down|higher|lower|flat|unchanged|[a-z]+ed|rose|fell|sank|slid|shed|lost|won|said|hit|led|beat|cut|set|is|was|were|are|has|had|have|will|would|could|may|says|rises|falls|gains|jumps|slips|drops|climbs|surges|soars|sinks|tumbles|slides|rallies|dips|edges|trades|reports|posts|announces|beats|misses|raises|plans|agrees|expects|sees|shows|reaffirms|guides)\b`,
);
/** The capitalised word before the legal form, a comma between allowed: "Nvidia Corp", "Restaurants, Inc.". */
const nameBefore = /\p{Lu}[\p{L}\p{N}&'’.-]*,?[ \t]+$/u;
/** The words for a company's shares, found first: the symbol is then looked for before or after them. */
const sharesWord = /[Ss]hares|stock/g;
/** "NVDA" or "TSLA's" ending right before the blanks in front of "shares"/"stock". */
const symbolBefore = new RegExp(String.raw`(?<![\p{L}\p{N}$^.:/@#&_-])(${symbolShape})(?:['’]s)?[ \t]+$`, 'u');
/** " of KO" or " in GLM" after "shares": UK copy buys "shares in" a company. */
const ofSymbol = new RegExp(String.raw`[ \t]+(?:of|in)[ \t]+(${symbolShape})(?![\p{L}\p{N}$:/-]|\.[\p{L}\p{N}])`, 'uy');
const lookBehind = 16;

/**
 * The bare mentions of the text, given the mentions the other forms found there (in document order): merged with
 * them, in document order. `kinds` says which lines are never read (code, front matter).
 */
export function withBareSymbols(
  lines: LineIndex,
  kinds: Uint8Array,
  mentions: TickerMention[],
  ignore: ReadonlySet<string> | undefined,
): TickerMention[] {
  const text = lines.text;
  const found: TickerMention[] = [];
  const runs = new RunSpans(lines, kinds);
  // Each pass asks in document order, so each run's cursor moves forward only: linear however many candidates.
  let skipped = runs.pass();
  const readable = (at: number, symbol: string) =>
    !isCommonAbbreviation(symbol.split('.')[0], ignore) && !ignore?.has(symbol) && normalizeExchange(symbol) === undefined && skipped.readable(at);
  for (const match of text.matchAll(symbolBeforeWord)) {
    const symbolAt = match.index + 1;
    const form = legalFormBefore.exec(text.slice(Math.max(0, symbolAt - legalFormReach), symbolAt));
    if (!form) continue;
    const formAt = symbolAt - form[0].length;
    if (formAt > 0 && isWordChar(text.charCodeAt(formAt - 1))) continue;
    const symbol = match[1];
    if (!subjectWordAfter.test(text.slice(symbolAt + symbol.length, symbolAt + symbol.length + 24))) continue;
    if (!nameBefore.test(text.slice(Math.max(0, formAt - 60), formAt)) || !readable(symbolAt, symbol)) continue;
    found.push(new ScannedMention(symbol, undefined, 'bare', symbolAt, symbol.length, symbolAt, symbol.length, lines));
  }
  // The symbols named so far are gathered only for a note that has an echo's candidate: most have none.
  const candidates = echoCandidates(text);
  const named = new Map<string, TickerMention>();
  if (candidates.length > 0) {
    for (const mention of [...mentions, ...found]) {
      if (mention.exchange !== 'INDEX' && !named.has(mention.symbol)) named.set(mention.symbol, mention);
    }
  }
  if (named.size > 0) {
    skipped = runs.pass();
    for (const [symbol, symbolAt] of candidates) {
      const marked = named.get(symbol);
      if (marked === undefined || !readable(symbolAt, symbol)) continue;
      found.push(new ScannedMention(symbol, marked.exchange, 'bare', symbolAt, symbol.length, symbolAt, symbol.length, lines));
    }
  }
  // "ORCD rose 4%", "the biggest gain came from ORCD.": symbols introduced with a listing, echoed where a name stands (listedEchoes.ts).
  const listed = listedSymbols(mentions);
  if (listed.size > 0) {
    skipped = runs.pass();
    scanListedEchoes(lines, kinds, mentions, listed, (at, symbol) => readable(at, symbol), (symbol, introducedBy, at) =>
      found.push(new ScannedMention(symbol, introducedBy.exchange, 'bare', at, symbol.length, at, symbol.length, lines)),
    );
  }
  // "AAPL $272.41, MSFT $498.12 and NVDA $181.30": a list of symbols, each with its price or move (symbolLists.ts),
  // on the venue the note listed it on, if it did.
  skipped = runs.pass();
  scanSymbolLists(lines, kinds, ignore, (at) => skipped.readable(at), (symbol, exchange, at) =>
    found.push(new ScannedMention(symbol, exchange ?? listed.get(symbol)?.exchange, 'bare', at, symbol.length, at, symbol.length, lines)),
  );
  // "- **ORCD** — Orcadia Holdings — $12.30": a line opening on a symbol and its company's name (symbolBeforeName.ts).
  skipped = runs.pass();
  scanSymbolDashNames(text, lines.lineStarts, ignore, (symbol, at) => {
    if (skipped.readable(at)) found.push(new ScannedMention(symbol, listed.get(symbol)?.exchange, 'company', at, symbol.length, at, symbol.length, lines));
  });
  // "- **ORCD** — Position: 8% | Avg cost: $112.00 | Last: $200.00": a watchlist's line of fields (watchlistFieldLines.ts).
  skipped = runs.pass();
  scanWatchlistFieldLines(text, ignore, (symbol, at) => {
    if (skipped.readable(at)) found.push(new ScannedMention(symbol, listed.get(symbol)?.exchange, 'bare', at, symbol.length, at, symbol.length, lines));
  });
  // "ORCD US rose 4%", "ORCD US, BRNW US and HLVN US": Bloomberg codes without their parenthesis or market key (bareBloombergCodes.ts).
  skipped = runs.pass();
  scanBareBloombergCodes(text, ignore, (at) => skipped.readable(at), (code) =>
    found.push(new ScannedMention(code.symbol, code.exchange, 'bloomberg', code.start, code.end - code.start, code.start, code.symbolEnd - code.start, lines)),
  );
  if (found.length === 0) return mentions;
  return mergeOutside(mentions, found.sort((a, b) => a.offset - b.offset));
}

/** Symbol-shaped words before "shares"/"stock" or after "shares of"/"shares in", with their offsets, in document order. */
function echoCandidates(text: string): Array<[string, number]> {
  const candidates: Array<[string, number]> = [];
  for (const match of text.matchAll(sharesWord)) {
    const at = match.index;
    const end = at + match[0].length;
    if ((at > 0 && isWordChar(text.charCodeAt(at - 1))) || isWordChar(text.charCodeAt(end))) continue;
    if (match[0] !== 'Shares') {
      const before = symbolBefore.exec(text.slice(Math.max(0, at - lookBehind), at));
      if (before) candidates.push([before[1], at - before[0].length]);
    }
    if (match[0] !== 'stock') {
      ofSymbol.lastIndex = end;
      const after = ofSymbol.exec(text);
      if (after) candidates.push([after[1], end + after[0].length - after[1].length]);
    }
  }
  return candidates.sort((a, b) => a[1] - b[1]);
}

/** `mentions` and the bare ones that overlap none of them (nor each other), in document order. */
function mergeOutside(mentions: readonly TickerMention[], bare: readonly TickerMention[]): TickerMention[] {
  const merged: TickerMention[] = [];
  let next = 0;
  let reach = -1;
  for (const mention of bare) {
    while (next < mentions.length && mentions[next].offset < mention.offset) {
      reach = Math.max(reach, mentions[next].offset + mentions[next].length);
      merged.push(mentions[next++]);
    }
    const clashes = mention.offset < reach || (next < mentions.length && mentions[next].offset < mention.offset + mention.length);
    if (clashes) continue;
    merged.push(mention);
    reach = mention.offset + mention.length;
  }
  while (next < mentions.length) merged.push(mentions[next++]);
  return merged;
}

/**
 * Whether an offset is on a line the scan reads and outside the code spans, comments, link targets and URLs of its
 * run of lines; each run's spans are collected once, and read by one cursor a pass.
 *
 * The spans are collected with a search of their own, run by run in document order, every run up to the one asked
 * for: the finders of a NoteSearch must be asked in increasing order (occurrences.ts). The mention scan's search has
 * already been asked up to the note's end, and a pass may ask for an earlier run after a later one; either way a
 * finder answered past the run or not at all, and a URL, a code span or a link target there went unseen ("the
 * IWM/QQQ" in `https://…/IWM/QQQ` was read).
 */
class RunSpans {
  readonly #spans = new Map<number, Spans>();
  #runStarts: Uint32Array | undefined;
  #search: NoteSearch | undefined;
  /** The first line whose run's spans are not collected yet. */
  #nextLine = 0;

  constructor(
    private readonly lines: LineIndex,
    private readonly kinds: Uint8Array,
  ) {}

  /** A reader for offsets asked in increasing order. */
  pass(): { readable(at: number): boolean } {
    const cursors = new Map<number, SpanCursor>();
    return {
      readable: (at: number): boolean => {
        const line = this.lines.lineAt(at);
        if (this.kinds[line] === LineKind.Excluded) return false;
        const first = this.runStartOf(line);
        let cursor = cursors.get(first);
        if (cursor === undefined) {
          cursor = this.spansOf(first).cursor();
          cursors.set(first, cursor);
        }
        return !cursor.covers(at);
      },
    };
  }

  private spansOf(first: number): Spans {
    const { lines, kinds } = this;
    const search = (this.#search ??= new NoteSearch(lines.text));
    while (this.#nextLine <= first) {
      let start = this.#nextLine;
      while (start < kinds.length && kinds[start] === LineKind.Excluded) start++;
      let last = start;
      while (last + 1 < kinds.length && kinds[last + 1] !== LineKind.Excluded) last++;
      this.#nextLine = last + 1;
      if (start >= kinds.length) break;
      const end = last + 1 < lines.lineStarts.length ? lines.lineStarts[last + 1] : lines.text.length;
      this.#spans.set(start, collectSkippedSpans(lines.text, lines.lineStarts[start], end, search));
    }
    return this.#spans.get(first)!;
  }

  /** The first line of the run of read lines holding `line`: worked out for every line at once, when first asked. */
  private runStartOf(line: number): number {
    if (this.#runStarts === undefined) {
      const starts = new Uint32Array(this.kinds.length);
      for (let i = 1; i < starts.length; i++) starts[i] = this.kinds[i - 1] === LineKind.Excluded ? i : starts[i - 1];
      this.#runStarts = starts;
    }
    return this.#runStarts[line];
  }
}
