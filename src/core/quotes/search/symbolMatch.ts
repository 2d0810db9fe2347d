// One shape for "a listing that answers to what the writer typed", whichever provider (or the workspace) found it.

import type { ExchangeId } from '../../tickers/exchanges';

export interface SymbolMatch {
  /** The symbol as writers write it (`BRK.B`, `SHOP`), never a provider's spelling (`BRK-B`, `SHOP.TO`). */
  readonly symbol: string;
  readonly name?: string;
  /**
   * Our venue id when the source said where the listing trades; undefined when it did not (a US listing whose venue
   * Finnhub or Alpha Vantage leave unsaid), so completion keeps the writer's own prefix rather than guess one.
   */
  readonly exchange?: ExchangeId;
  /** The venue as the source shows it (`NYSE`, `NasdaqGS`), for the item's description. */
  readonly exchangeLabel?: string;
  /** `Equity`, `ETF`, `Common Stock`, `Index`… as the source says it. */
  readonly type?: string;
  /** Where it was found: `workspace`, `snapshot`, or a provider id. */
  readonly source: string;
}
