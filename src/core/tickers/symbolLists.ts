// Market wraps list movers bare, each symbol with its price or its move and nothing to mark it a ticker:
// "AAPL $272.41, MSFT $498.12 and NVDA $181.30", "ORCD +4.1%, BRNW +3.2%", "**HLVN** $48.10 (-1.5%); KLMR up 2%".
// Capitals beside figures are as often periods, measures, places, currencies or a chart's fields ("FY26 $2.10",
// "EPS $1.20", "GDP +2.1%", "US +0.4%", "NOK +0.3%", "HOD $275.10"), so the reading asks for a list and holds it to
// be a list of one kind:
// - two items or more, joined by ", ", "; ", " and ", " & ", " / ", " | ", " · " or " vs. ", each a symbol and its
//   figure alone (a table's cells too: "| ORCD +4.1% | BRNW -1.2% |"), or set one a line with nothing else on it,
//   as watchlists and quote tapes are ("- ORCD — $12.30 (+1.0%)\n- BRNW: $48.10", "ORCD 12.30 (-2.55%)");
// - each symbol two to five capital letters (a class, `BRK.B`, allowed; digits make a period or a tenor, "Q3", "10Y");
// - each figure a price in dollars with no unit after it ("$1.2 billion", "$5bn", "$3/share" are amounts), a price
//   with its move after it (without its sign only with its cents: "12.30 (-2.55%)"), a move signed, worded or with
//   a tape's arrow ("+4.1%", "(-1.5%)", "up 2%", "▼2.9%"), or a move to its price ("+3.1% to $12.30"): an unsigned
//   percent is a level, a weight or a rate as often ("CPI 3.0%", "AAA 40%");
// - no item a usual abbreviation, a venue, a currency's or a crypto asset's code, a month or a chart's field, and not
//   all of them futures' or places' codes: one such item makes the whole list something else, never "half tickers";
// - nothing list-like on either side: a figure just before the first item or a capitalised word with a figure just
//   after the last one ("Tech +1.2%, XLU +0.3%") makes a mixed list, of sectors or measures as often as of shares.
// The symbols are `bare`, tentative as a company parenthesis is: a symbol the provider does not know is dropped, not
// reported. An index's code among them (`SPX -0.3%`) is the index, as its cashtag is.

import { isCommonAbbreviation } from './abbreviations';
import { isCurrencyCode, isFuturesCode } from './commodityAndCurrencyCodes';
import { cashtagIndexCodes, namesVenueOnly, type ExchangeId } from './exchanges';
import type { LineIndex } from './lineIndex';
import { LineKind } from './markdownBlocks';
import { isBlank, isDash, isDigit, isEmphasis, isUpper } from './charCodes';
import { isPlaceCode } from './placeCodes';

// A move's sign may be a ticker tape's arrow: "▲1.2%", "▼ 2.9%".
const move = String.raw`(?:[+−–-]|[▲▼△▽][ \t]?|(?:up|down)[ \t]+)\d{1,3}(?:\.\d{1,2})?%`;
const price = String.raw`\$(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?:\.\d{1,4})?`;
/** A price without its currency sign, as quote lines print it: only with its cents, and only before its move. */
const barePrice = String.raw`(?:\d{1,3}(?:,\d{3})+|\d{1,6})\.\d{2,4}`;
/**
 * One item: the symbol (emphasis around it allowed, a colon after it), a blank, then a price with an optional move
 * after it, or a move alone; a move may be parenthesised. Nothing glued to the symbol before it (`$ORCD`, `x/ORCD`,
 * `U.S.ORCD`), nothing glued to the figure after it (`$5bn`, `4.1%-5%`).
 */
const itemPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}$^.:/@#&_'’-])([*_]{0,2})([A-Z]{2,5}(?:\.[A-C])?)\1(?::|[ \t]+[—–-])?[ \t]+` +
    String.raw`(${price}(?:[ \t]+(?:\(${move}\)|${move}))?|${barePrice}[ \t]+(?:\(${move}\)|${move})|\(${move}\)|${move}(?:[ \t]+to[ \t]+${price})?)(?![\p{L}\p{N}%$/]|[.,]\d)`,
  'uy',
);
/**
 * What joins two items: nothing but punctuation and a conjunction — or a line break, each item a line of its own (a
 * watchlist's items, with their list markers or a tape's lines without): "- AAPL — $255.10 (+1.0%)\n- NVDA: $201.30".
 * Premarket gap lists, as Briefing.com sets them, end each item as a sentence or add a remark in brackets after its
 * move: "ORCD +40%. BRNW +28%.", "ORCD +18% (also upgraded at JMP), BRNW +9%".
 */
const separator = /^(?:[ \t]+\([^()\n]{1,60}\))?(?:[ \t]*[,;][ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&|\/|\||·|vs\.?)[ \t]+|\.[ \t]+|[ \t]*\r?\n[ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?)$/;
/** An amount, not a price: a unit after the figure ("$1.2 billion", "$5 bn", "$3 per share", "$4 a share"). */
const unitAfter = /^[ \t]*(?:[kmbt]n?|bln|mln|mil|mn|million|billion|trillion|thousand|per|a[ \t]+share)\b/i;
/** A word in capitals right before the first symbol: the symbol ends a longer name ("MSCI EM +0.5%, EAFE +0.2%"). */
const capitalsWordBefore = /(?<![\p{L}\p{N}])[\p{Lu}&]{2,}[ \t]+$/u;
/**
 * Words before the list on its line that make its figures another kind than a price or a move: brokers' targets by
 * their initials ("Street targets: GS $310, MS $300"), estimates, ratings' changes. The capitals are then a broker's or
 * a figure's, not the share the price would be compared with.
 */
const otherFiguresBefore = /\b(?:targets?|PTs?|TPs?|estimates?|ests?|forecasts?|consensus|guidance|ratings?|upgrades?|downgrades?|brokers?|analysts?|dividends?|payouts?)\b/i;
/** The separators as they may stand around a list-like neighbour. */
const separatorWords = String.raw`(?:[ \t]*[,;][ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&|\/|\||·|vs\.?)[ \t]+)`;
/** An item of capitalised words (or capitals and digits) with a figure of any kind: "Energy -0.8%", "FY26 $2.10". */
const wordItem = String.raw`[*_]{0,2}[\p{Lu}\d][\p{L}\p{N}&.'’-]*(?:[ \t]+[\p{Lu}\d][\p{L}\p{N}&.'’-]*){0,3}[*_]{0,2}:?[ \t]+`;
/** A price, a percent or a decimal, signed or worded, maybe parenthesised: not a day's date ("On Nov. 20, AAPL $272.41 …"). */
const anyFigure = String.raw`\(?(?:up[ \t]+|down[ \t]+)?(?:[$€£]\d[\d.,]*(?:[kmbtKMBT]n?)?|[+−–-]?\d[\d.,]*%|[+−–-]?\d+\.\d+)\)?[*_]*`;
/** Such an item and a separator right before the first item: "Tech +1.2%, XLU +0.3%" lists sectors. */
const wordItemBefore = new RegExp(String.raw`(?:^|[\s:;,(])${wordItem}${anyFigure}${separatorWords}$`, 'u');
/** A separator and such an item right after the last item: "XLU +0.3%, Energy -0.8%". */
const wordItemAfter = new RegExp(String.raw`^${separatorWords}${wordItem}${anyFigure}(?![\d.,]*\d)`, 'u');

/**
 * Capitals written with a figure that name no share: months and weekdays (a seasonal table's "JAN +2.1%"), a chart's
 * and an order's fields ("HOD $275.10", "VWAP $270.12", "PT $300", "BID $10.20"), a scenario's targets ("BULL $350"),
 * crypto assets beyond the usual abbreviations, and the Dow as wraps write it in capitals ("DOW +0.2%, NDX +0.9%").
 * Some are listed shares too (OPEN, LOW, NET, BULL, DOW): in such a list they are read in their marked forms only.
 */
const fieldWords: ReadonlySet<string> = new Set(
  ('JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC MON TUE TUES WED THU THUR THURS FRI SAT SUN WTD ' +
    'OPEN HIGH LOW CLOSE LAST PREV PRIOR CHG NET VOL AVG MIN MAX MED MEAN BID ASK MID SPOT STRIKE ENTRY EXIT STOP ' +
    'HOD LOD PDH PDL ATL ATR RSI SMA EMA DMA MA VWAP TWAP POC OI PT TP TGT SL BE ' +
    'BULL BEAR BASE OLD NEW CURR EST ACT CONS GUIDE BUY SELL HOLD EM DM FM DOW ' +
    'ADA AVAX LINK DOT MATIC POL LTC BCH XLM ATOM TRX SHIB UNI NEAR APT ARB OP SUI PEPE TON HBAR ICP FIL ETC XMR ALGO AAVE BNB').split(' '),
);

/** Reports one symbol of a list at its offset; `exchange` is `INDEX` for an index's code. */
export type EmitListedSymbol = (symbol: string, exchange: ExchangeId | undefined, at: number) => void;

/**
 * Emits the symbols of the note's lists, in document order. Found from the note's `$` and `%`: from each, the scan
 * walks back over the figure to a run of capitals, and only there tries the item's pattern, so prose costs two
 * searches and a few character tests a sign. `readable(at)` says whether an offset is outside code spans, comments,
 * link targets and URLs (asked in increasing order).
 */
export function scanSymbolLists(
  lines: LineIndex,
  kinds: Uint8Array,
  ignore: ReadonlySet<string> | undefined,
  readable: (at: number) => boolean,
  emit: EmitListedSymbol,
): void {
  const text = lines.text;
  let current: ListItem[] = [];
  const close = () => {
    if (current.length >= 2) emitList(text, lines, kinds, current, ignore, readable, emit);
    current = [];
  };
  let dollar = text.indexOf('$');
  let percent = text.indexOf('%');
  let reach = 0;
  while (dollar !== -1 || percent !== -1) {
    const sign = percent === -1 || (dollar !== -1 && dollar < percent) ? dollar : percent;
    if (sign === dollar) dollar = text.indexOf('$', dollar + 1);
    else percent = text.indexOf('%', percent + 1);
    if (sign < reach) continue; // a move after a price: the price's item holds it
    const item = itemAround(text, sign);
    if (item === undefined) continue;
    reach = item.end;
    // "$1.2 billion" is an amount: it breaks the list as any other figure that is no price would.
    const joined = current.length > 0 && !item.amount && separator.test(text.slice(current[current.length - 1].end, item.start));
    if (!joined) close();
    if (!item.amount) current.push(item);
  }
  close();
}

interface ListItem {
  readonly symbol: string;
  /** Offsets in the text: the item's start (its emphasis), its symbol's, and its end (after the figure). */
  readonly start: number;
  readonly symbolAt: number;
  readonly end: number;
  /** A price with a unit after it ("$1.2 billion"): no item of a list. */
  readonly amount: boolean;
}

/** The item whose figure holds the `$` or `%` at `sign`, read back from it to its symbol, or undefined. */
function itemAround(text: string, sign: number): ListItem | undefined {
  let at = sign;
  if (text.charCodeAt(sign) === 37 /* % */) {
    while (at > 0 && (isDigit(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 46)) at--;
    if (at === sign) return undefined;
    const before = text.charCodeAt(at - 1);
    if (before === 43 || before === 45 || before === 0x2212 || before === 0x2013 || isArrow(before)) at--;
    else if (isBlank(before) && isArrow(text.charCodeAt(at - 2))) at -= 2;
    else if (text.startsWith('up', at - 3) && isBlank(before)) at -= 3;
    else if (text.startsWith('down', at - 5) && isBlank(before)) at -= 5;
    else return undefined; // an unsigned percent is a level or a weight as often as a move
    if (text.charCodeAt(at - 1) === 40 /* ( */) at--;
    // A quote line's price without its sign before the move ("AAPL 107.91 (-3.49%)"): stepped over to the symbol.
    // Only a number with its cents counts (itemPattern holds it to that too); else the move stands alone.
    let back = at;
    while (back > 0 && at - back < 4 && isBlank(text.charCodeAt(back - 1))) back--;
    const priceEnd = back;
    while (back > 0 && priceEnd - back <= 12 && (isDigit(text.charCodeAt(back - 1)) || text.charCodeAt(back - 1) === 46 || text.charCodeAt(back - 1) === 44)) back--;
    if (priceEnd < at && bareCents.test(text.slice(back, priceEnd))) at = back;
  } else if (!isDigit(text.charCodeAt(sign + 1))) {
    return undefined;
  }
  const figureAt = at;
  while (at > 0 && isBlank(text.charCodeAt(at - 1))) at--;
  if (at === figureAt || figureAt - at > 4) return undefined;
  // A dash between the symbol and its figure, as watchlists set an item: "AAPL — $255.10".
  if (isDash(text.charCodeAt(at - 1)) && isBlank(text.charCodeAt(at - 2))) {
    at -= 2;
    while (at > 0 && figureAt - at <= 8 && isBlank(text.charCodeAt(at - 1))) at--;
  }
  if (text.charCodeAt(at - 1) === 58 /* : */) at--;
  while (at > 0 && figureAt - at < 8 && isEmphasis(text.charCodeAt(at - 1))) at--;
  const symbolEnd = at;
  while (at > 0 && symbolEnd - at <= 7 && (isUpper(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 46)) at--;
  if (at === symbolEnd) return undefined;
  while (at > 0 && symbolEnd - at <= 10 && isEmphasis(text.charCodeAt(at - 1))) at--;
  itemPattern.lastIndex = at;
  const match = itemPattern.exec(text);
  if (match === null || match.index + match[0].length <= sign) return undefined;
  const end = match.index + match[0].length;
  const figure = match[3];
  const amount = figure.charCodeAt(0) === 36 && !figure.includes('%') && unitAfter.test(text.slice(end, end + 12));
  return { symbol: match[2], start: at, symbolAt: at + match[1].length, end, amount };
}

/** The whole of a bare price, as itemPattern reads one: itemAround steps back over no other number. */
const bareCents = new RegExp(String.raw`^${barePrice}$`);

/** A ticker tape's arrow for a move's sign: ▲ ▼ △ ▽. */
function isArrow(code: number): boolean {
  return code === 0x25b2 || code === 0x25bc || code === 0x25b3 || code === 0x25bd;
}

/** Emits a list's symbols when it is a list of shares, with nothing list-like on either side. */
function emitList(
  text: string,
  lines: LineIndex,
  kinds: Uint8Array,
  list: readonly ListItem[],
  ignore: ReadonlySet<string> | undefined,
  readable: (at: number) => boolean,
  emit: EmitListedSymbol,
): void {
  if (!isListOfShares(list, ignore)) return;
  const first = list[0];
  const line = lines.lineAt(first.start);
  if (kinds[line] === LineKind.Excluded) return;
  const lineStart = lines.lineStarts[line];
  if (capitalsWordBefore.test(text.slice(Math.max(lineStart, first.start - 12), first.start))) return;
  if (otherFiguresBefore.test(text.slice(Math.max(lineStart, first.start - 80), first.start))) return;
  if (wordItemBefore.test(text.slice(Math.max(lineStart, first.start - 80), first.start))) return;
  const last = list[list.length - 1];
  const after = text.slice(last.end, last.end + 80);
  const lineBreak = after.indexOf('\n');
  if (wordItemAfter.test(lineBreak === -1 ? after : after.slice(0, lineBreak))) return;
  for (const item of list) {
    if (readable(item.symbolAt)) emit(item.symbol, cashtagIndexCodes.has(item.symbol) ? 'INDEX' : undefined, item.symbolAt);
  }
}

/** Whether every item's symbol may be a share's, and the items together are not all futures' or places' codes. */
function isListOfShares(list: readonly ListItem[], ignore: ReadonlySet<string> | undefined): boolean {
  let futures = 0;
  let places = 0;
  for (const { symbol } of list) {
    const root = symbol.split('.')[0];
    if (isCommonAbbreviation(root, ignore) || ignore?.has(symbol) || namesVenueOnly(root) || isCurrencyCode(root) || fieldWords.has(root)) return false;
    if (isFuturesCode(root)) futures++;
    if (isPlaceCode(root)) places++;
  }
  return futures < list.length && places < list.length;
}
