// Listings the fake servers' symbol searches know, in our spelling; each server renders them in its own wire format
// and its own venue codes. Written for these tests, not copied from any provider.

export type ListingVenue = 'NASDAQ' | 'NYSE' | 'NYSEARCA' | 'TSX' | 'LSE' | 'XETRA' | 'MIL' | 'VIE' | 'TPEX';

export interface ListingFixture {
  readonly symbol: string;
  readonly name: string;
  readonly venue: ListingVenue;
  readonly type: 'Equity' | 'ETF';
}

export const sampleListings: readonly ListingFixture[] = [
  { symbol: 'KO', name: 'The Coca-Cola Company', venue: 'NYSE', type: 'Equity' },
  { symbol: 'COKE', name: 'Coca-Cola Consolidated, Inc.', venue: 'NASDAQ', type: 'Equity' },
  { symbol: 'META', name: 'Meta Platforms, Inc.', venue: 'NASDAQ', type: 'Equity' },
  { symbol: 'MET', name: 'MetLife, Inc.', venue: 'NYSE', type: 'Equity' },
  { symbol: 'IWM', name: 'iShares Russell 2000 ETF', venue: 'NYSEARCA', type: 'ETF' },
  { symbol: 'BRK.B', name: 'Berkshire Hathaway Inc. Class B', venue: 'NYSE', type: 'Equity' },
  { symbol: 'SHOP', name: 'Shopify Inc.', venue: 'TSX', type: 'Equity' },
  { symbol: 'VOD', name: 'Vodafone Group plc', venue: 'LSE', type: 'Equity' },
  { symbol: 'SAP', name: 'SAP SE', venue: 'XETRA', type: 'Equity' },
  { symbol: 'ENI', name: 'Eni S.p.A.', venue: 'MIL', type: 'Equity' },
  { symbol: 'OMV', name: 'OMV Aktiengesellschaft', venue: 'VIE', type: 'Equity' },
  { symbol: '6488', name: 'Pinewafer Materials Corp.', venue: 'TPEX', type: 'Equity' },
];

/** What a provider's search plausibly finds: symbols starting with the query, then names containing it. */
export function searchListings(listings: readonly ListingFixture[], query: string): ListingFixture[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const bySymbol = listings.filter((listing) => listing.symbol.toLowerCase().startsWith(q));
  const byName = listings.filter((listing) => !bySymbol.includes(listing) && listing.name.toLowerCase().includes(q));
  return [...bySymbol, ...byName];
}

/** Options of a server's symbol search. */
export interface SearchServerOptions {
  readonly listings?: readonly ListingFixture[];
}
