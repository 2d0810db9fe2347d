// Alpha Vantage: `GET /query?function=SYMBOL_SEARCH&keywords=coca&apikey=…` → `{"bestMatches":[{"1. symbol":"KO",
// "2. name":"Coca-Cola Company","3. type":"Equity","4. region":"United States","8. currency":"USD","9. matchScore":
// "0.7273"}]}`. Quota and key notices arrive as HTTP 200, read as for every other function.

import { readData } from '../providers/alphaVantageProvider';
import { badResponseError } from '../providers/providerErrors';
import { isRecord, readString } from '../providers/wireValues';
import { alphaVantageListing } from './providerExchanges';
import type { SymbolSearchWire } from './searchWire';
import type { SymbolMatch } from './symbolMatch';
import { optional } from './yahooSymbolSearch';

export const alphaVantageSymbolSearch: SymbolSearchWire = {
  path: '/query',
  query: (text) => ({ function: 'SYMBOL_SEARCH', keywords: text }),
  read(answer, context) {
    const matches = readData(answer, context).bestMatches;
    if (!Array.isArray(matches)) throw badResponseError(context, 'a search answer without "bestMatches"', { status: answer.status });
    return matches.flatMap((entry): SymbolMatch[] => {
      const providerSymbol = isRecord(entry) ? readString(entry['1. symbol']) : undefined;
      const region = isRecord(entry) ? readString(entry['4. region']) : undefined;
      const listing = providerSymbol === undefined ? undefined : alphaVantageListing(providerSymbol, region);
      if (!isRecord(entry) || !listing) return [];
      const name = readString(entry['2. name']);
      const type = readString(entry['3. type']);
      return [{ symbol: listing.symbol, source: 'alphavantage', ...optional({ exchange: listing.exchange, name, type, exchangeLabel: region }) }];
    });
  },
};
