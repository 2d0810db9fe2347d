// Finnhub: `GET /api/v1/search?q=coca&token=…` → `{"count":2,"result":[{"description":"COCA-COLA CO","displaySymbol":
// "KO","symbol":"KO","type":"Common Stock"}]}`. It names no venue: a bare symbol is a US listing whose venue stays
// unsaid, `SHOP.TO` is Toronto. Errors are `{"error":…}` (401 for the key, 429 or a "limit" message for quota).

import { badResponseError, rateLimitedError, rejectedKeyError, serverDetail } from '../providers/providerErrors';
import { isRecord, readString } from '../providers/wireValues';
import { splitVenueSuffix } from './providerExchanges';
import type { SymbolSearchWire } from './searchWire';
import type { SymbolMatch } from './symbolMatch';
import { optional } from './yahooSymbolSearch';

export const finnhubSymbolSearch: SymbolSearchWire = {
  path: '/api/v1/search',
  query: (text) => ({ q: text }),
  read(answer, context) {
    const body = answer.body;
    const detail = serverDetail(body, context);
    if (answer.status === 401) throw rejectedKeyError(context, `HTTP 401${detail ? `: ${detail}` : ''}`);
    if (answer.status >= 400 || (isRecord(body) && typeof body.error === 'string')) {
      if (detail && /limit/i.test(detail)) throw rateLimitedError(context, detail);
      throw badResponseError(context, 'an error', { status: answer.status, detail });
    }
    const result = isRecord(body) ? body.result : undefined;
    if (!Array.isArray(result)) throw badResponseError(context, 'a search answer without "result"', { status: answer.status });
    return result.flatMap((entry): SymbolMatch[] => {
      const providerSymbol = isRecord(entry) ? (readString(entry.symbol) ?? readString(entry.displaySymbol)) : undefined;
      const listing = providerSymbol === undefined ? undefined : splitVenueSuffix(providerSymbol);
      if (!isRecord(entry) || !listing) return [];
      const name = readString(entry.description);
      const type = readString(entry.type);
      return [{ symbol: listing.symbol, source: 'finnhub', ...optional({ exchange: listing.exchange, name, type }) }];
    });
  },
};
