// The providers' public face, for the editor glue, the CLI and the cache.
export { apiKeyEnvVar, baseUrlEnvVar, defaultBaseUrls, httpProviderIds, isHttpProviderId, resolveApiKeyFromEnv, resolveBaseUrl } from './baseUrls';
export type { Environment, HttpProviderId } from './baseUrls';
export { AlphaVantageProvider } from './alphaVantageProvider';
export { FinnhubProvider } from './finnhubProvider';
export { defaultTimeoutMs, HttpQuoteProvider } from './httpProvider';
export type { HttpProviderOptions } from './httpProvider';
export type { FetchFunction } from './httpJson';
export { parseRetryAfter } from './httpJson';
export { isBatchProvider, isSelfTimed } from './providerCapabilities';
export type { BatchQuoteProvider, SelfTimedQuoteProvider } from './providerCapabilities';
export { describeTicker, indexCode, indexProxyEtfs, listingKey, twelveDataSymbol, usListingSymbol, yahooSymbol } from './providerSymbols';
export { redactSecrets, redactUrl } from './redact';
export { httpProviderInfo } from './providerInfo';
export type { HttpProviderInfo } from './providerInfo';
export { createProvider } from './registry';
export { TwelveDataProvider } from './twelveDataProvider';
export { defaultYahooUserAgent, YahooProvider } from './yahooProvider';
