// Twelve Data: `GET /symbol_search?symbol=coca&outputsize=10&apikey=…` → `{"data":[{"symbol":"KO","instrument_name":
// "Coca-Cola Co","exchange":"NYSE","mic_code":"XNYS","exchange_timezone":"America/New_York","instrument_type":
// "Common Stock","country":"United States","currency":"USD"}],"status":"ok"}`; errors as on every other endpoint.

import { badResponseError } from '../providers/providerErrors';
import { throwIfError } from '../providers/twelveDataProvider';
import { isRecord, readString } from '../providers/wireValues';
import { exchangeFromMic, exchangeFromName } from './providerExchanges';
import type { SymbolSearchWire } from './searchWire';
import type { SymbolMatch } from './symbolMatch';
import { optional } from './yahooSymbolSearch';

export const twelveDataSymbolSearch: SymbolSearchWire = {
  path: '/symbol_search',
  query: (text) => ({ symbol: text, outputsize: '10' }),
  read(answer, context) {
    throwIfError(answer.body, answer.status, context);
    const data = isRecord(answer.body) ? answer.body.data : undefined;
    if (!Array.isArray(data)) throw badResponseError(context, 'a search answer without "data"', { status: answer.status });
    return data.flatMap((entry): SymbolMatch[] => {
      const symbol = isRecord(entry) ? readString(entry.symbol) : undefined;
      if (!isRecord(entry) || symbol === undefined) return [];
      const exchangeLabel = readString(entry.exchange);
      // The MIC tells NYSE Arca from NYSE, where the exchange name may say "NYSE" for both.
      const exchange = exchangeFromMic(readString(entry.mic_code)) ?? exchangeFromName(exchangeLabel);
      if (exchange === undefined) return [];
      const name = readString(entry.instrument_name);
      const type = readString(entry.instrument_type);
      return [{ symbol: symbol.toUpperCase(), exchange, source: 'twelvedata', ...optional({ name, type, exchangeLabel }) }];
    });
  },
};
