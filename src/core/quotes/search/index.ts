// Symbol search: each provider's wire format, the venue mapping, and the cache completion asks through.
export type { SymbolMatch } from './symbolMatch';
export { searchProviderSymbols } from './providerSymbolSearch';
export { minimumSearchLength, SymbolSearchCache, type SymbolSearchAnswer, type SymbolSearchFunction } from './symbolSearchCache';
