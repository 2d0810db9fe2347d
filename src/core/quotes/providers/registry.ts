// The HTTP providers by id. Base URLs and keys are the caller's to decide: see baseUrls.ts.

import type { HttpProviderId } from './baseUrls';
import { AlphaVantageProvider } from './alphaVantageProvider';
import { FinnhubProvider } from './finnhubProvider';
import type { HttpProviderOptions, HttpQuoteProvider } from './httpProvider';
import { TwelveDataProvider } from './twelveDataProvider';
import { YahooProvider } from './yahooProvider';

const constructors: Readonly<Record<HttpProviderId, new (options: HttpProviderOptions) => HttpQuoteProvider>> = {
  yahoo: YahooProvider,
  twelvedata: TwelveDataProvider,
  finnhub: FinnhubProvider,
  alphavantage: AlphaVantageProvider,
};

export function createProvider(id: HttpProviderId, options: HttpProviderOptions = {}): HttpQuoteProvider {
  return new constructors[id](options);
}
