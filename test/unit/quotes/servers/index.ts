// Fake provider servers on 127.0.0.1, for unit tests, integration tests and benchmarks alike.
export { startAlphaVantageServer } from './alphaVantageServer';
export { retryAfterSeconds, type Fault } from './faults';
export { fixtureTime, sampleQuotes, type KeyedServerOptions, type QuoteFixture, type QuoteTable } from './fixtures';
export { startFinnhubServer } from './finnhubServer';
export { sendJson, sendText, startLocalServer, type LocalServer, type RecordedRequest } from './localServer';
export { startTwelveDataServer } from './twelveDataServer';
export { startYahooServer, type YahooServerOptions } from './yahooServer';
export { sampleListings, searchListings, type ListingFixture, type SearchServerOptions } from './searchFixtures';
