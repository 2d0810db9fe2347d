import type { ExchangeId } from './exchanges';
import type { LineIndex } from './lineIndex';
import { canonicalShareClass } from './shareClassSymbols';

/**
 * How the writer wrote the ticker:
 * - `exchange` `(NASDAQ: AAPL)`, `NYSEARCA:IWM`, `(NYSE: $KO)`, `NASDAQ ORCH opened`; `cashtag` `$TSLA`; `table` a Symbol column's cell;
 * - `company` `Ford Motor (F)`: the least certain, a symbol the provider does not know is dropped, not reported;
 * - `chip` `(XLF 0.42%)`, `(KO, +1.1%)`: the change is the source's, not a figure of the note;
 * - `ric` `(KO.N)`, `(META.O)`, `(VOD.L)`: Reuters codes, the suffix names the exchange; the Globe and Mail's `(L-T)`;
 * - `index` `^DJI`, `(.SPX)`, `Nasdaq 100 (NDX)`;
 * - `bloomberg` `(AES US)`, `(VOD LN)`, `(7203 JP)`, `AAPL US Equity`: the code names the venue (`US`: unsaid);
 * - `label` `(Symbol: ADSK)`, `(Nasdaq ticker: ABC)`, `under the ticker symbol "XYZ"`: the venue only when named;
 * - `bare` `Nvidia Corp NVDA shares` after a legal name, and `NVDA shares`, `shares of KO`, `shares in GLM` once the
 *   note has named the symbol in a marked form (bareSymbols.ts), `ORCD rose`, `came from ORCD.` once it has listed
 *   it (listedEchoes.ts): as tentative as `company`.
 */
export type MentionForm = 'exchange' | 'cashtag' | 'table' | 'company' | 'chip' | 'ric' | 'index' | 'bloomberg' | 'label' | 'bare';

export const mentionForms: readonly MentionForm[] = ['exchange', 'cashtag', 'table', 'company', 'chip', 'ric', 'index', 'bloomberg', 'label', 'bare'];

export interface TickerMention {
  readonly symbol: string;
  readonly exchange?: ExchangeId;
  readonly form: MentionForm;
  /** 1-based line of the mention's first character. */
  readonly line: number;
  /** 1-based column (UTF-16 code units, as editors count) of the mention's first character. */
  readonly column: number;
  /** UTF-16 length of the whole mention as written: `NASDAQ: AAPL`, `$TSLA`, `XLF 0.42%`, `KO.N`, `VOD LN`, or the table cell's symbol. */
  readonly length: number;
  /** 0-based offset of the mention's first character in the scanned text. */
  readonly offset: number;
  /** Where the symbol itself starts (offset) and its length: for `(NASDAQ: AAPL)`, just `AAPL`. */
  readonly symbolOffset: number;
  readonly symbolLength: number;
}

/** What the writer may turn off or add to (settings, `.market-notes.json`). */
export interface TickerScanOptions {
  /** Read `Company Name (TICK)` as a mention (default true). */
  readonly companyParentheses?: boolean;
  /** Abbreviations never read as tickers in parentheses, beyond the built-in ones (`NIM`, `ARR`…). */
  readonly ignoreAbbreviations?: readonly string[];
}

/**
 * A mention the writer did not mark as a ticker beyond a parenthesis: when the provider says it does not know the
 * symbol, it is most likely not a ticker at all, so no card and no unknown-symbol finding.
 */
export function isTentativeMention(mention: Pick<TickerMention, 'form'>): boolean {
  return mention.form === 'company' || mention.form === 'bare';
}

/**
 * A mention as the scan makes it: offsets only; line and column are worked out when first read. A note has
 * thousands of mentions and most callers (hover, lint) never ask where one is in line terms.
 */
export class ScannedMention implements TickerMention {
  readonly #lines: LineIndex;
  /** The symbol as the product names it: a class share dotted whatever the note wrote (`BF-B` → `BF.B`). */
  readonly symbol: string;

  constructor(
    symbol: string,
    readonly exchange: ExchangeId | undefined,
    readonly form: MentionForm,
    readonly offset: number,
    readonly length: number,
    readonly symbolOffset: number,
    readonly symbolLength: number,
    lines: LineIndex,
  ) {
    this.symbol = canonicalShareClass(symbol);
    this.#lines = lines;
  }

  get line(): number {
    return this.#lines.lineAt(this.offset) + 1;
  }

  get column(): number {
    const lines = this.#lines;
    return this.offset - lines.lineStarts[lines.lineAt(this.offset)] + 1;
  }
}
