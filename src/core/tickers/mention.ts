import type { ExchangeId } from './exchanges';

/** How the writer wrote the ticker. */
export type MentionForm = 'exchange' | 'cashtag' | 'table';

export interface TickerMention {
  readonly symbol: string;
  readonly exchange?: ExchangeId;
  readonly form: MentionForm;
  /** 1-based line of the mention's first character. */
  readonly line: number;
  /** 1-based column (UTF-16 code units, as editors count) of the mention's first character. */
  readonly column: number;
  /** UTF-16 length of the whole mention as written: `(NASDAQ: AAPL)`, `$TSLA`, or the table cell's symbol. */
  readonly length: number;
  /** 0-based offset of the mention's first character in the scanned text. */
  readonly offset: number;
  /** Where the symbol itself starts (offset) and its length: for `(NASDAQ: AAPL)`, just `AAPL`. */
  readonly symbolOffset: number;
  readonly symbolLength: number;
}
