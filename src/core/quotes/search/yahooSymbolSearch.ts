// Yahoo: `GET /v1/finance/search?q=coca&quotesCount=10&newsCount=0` →
// `{"quotes":[{"symbol":"KO","shortname":"Coca-Cola Company (The)","longname":"The Coca-Cola Company","exchange":"NYQ",
// "exchDisp":"NYSE","quoteType":"EQUITY","typeDisp":"Equity"}]}`. Keyless, like the chart endpoint.

import { badResponseError, serverDetail } from '../providers/providerErrors';
import { isRecord, readString } from '../providers/wireValues';
import { exchangeFromYahooCode, splitVenueSuffix } from './providerExchanges';
import type { SymbolSearchWire } from './searchWire';
import type { SymbolMatch } from './symbolMatch';

// Futures, currencies, crypto and funds' share classes have no place in a note's ticker forms.
const listedTypes = new Set(['EQUITY', 'ETF', 'INDEX', 'MUTUALFUND']);

export const yahooSymbolSearch: SymbolSearchWire = {
  path: '/v1/finance/search',
  query: (text) => ({ q: text, quotesCount: '10', newsCount: '0', listsCount: '0' }),
  read(answer, context) {
    const body = answer.body;
    if (answer.status >= 400 || !isRecord(body)) {
      const finance = isRecord(body) && isRecord(body.finance) ? body.finance.error : undefined;
      throw badResponseError(context, 'an error', { status: answer.status, detail: serverDetail(finance ?? body, context) });
    }
    if (!Array.isArray(body.quotes)) throw badResponseError(context, 'a search answer without "quotes"', { status: answer.status });
    return body.quotes.flatMap((entry): SymbolMatch[] => {
      const providerSymbol = isRecord(entry) ? readString(entry.symbol) : undefined;
      const quoteType = isRecord(entry) ? readString(entry.quoteType)?.toUpperCase() : undefined;
      if (!isRecord(entry) || providerSymbol === undefined || (quoteType !== undefined && !listedTypes.has(quoteType))) return [];
      const name = readString(entry.longname) ?? readString(entry.shortname);
      const type = readString(entry.typeDisp) ?? readString(entry.quoteType);
      const exchangeLabel = readString(entry.exchDisp) ?? readString(entry.exchange);
      if (quoteType === 'INDEX' || providerSymbol.startsWith('^')) {
        return [{ symbol: providerSymbol.replace(/^\^/, ''), exchange: 'INDEX', source: 'yahoo', ...optional({ name, type, exchangeLabel }) }];
      }
      const listing = splitVenueSuffix(providerSymbol);
      if (!listing) return [];
      const exchange = exchangeFromYahooCode(readString(entry.exchange)) ?? listing.exchange;
      // A suffix-less symbol on a venue we have no id for (e.g. a Frankfurt listing Yahoo spells bare) is not offered.
      if (exchange === undefined && readString(entry.exchange) !== undefined) return [];
      return [{ symbol: listing.symbol, source: 'yahoo', ...optional({ exchange, name, type, exchangeLabel }) }];
    });
  },
};

/** The defined fields only, so matches compare (and print) without `undefined` keys. */
export function optional<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
