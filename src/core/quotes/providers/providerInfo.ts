// What the editor and the CLI need to know to offer a provider, and what the provider classes are built from:
// one table, so a name or a limit is written once.

import { defaultBaseUrls, type HttpProviderId } from './baseUrls';

export interface HttpProviderInfo {
  readonly id: HttpProviderId;
  readonly displayName: string;
  readonly needsKey: boolean;
  /** The query parameter that carries the user's key; absent for keyless providers. */
  readonly keyParameter?: 'apikey' | 'token';
  /** Answers with CORS headers, so it works from a browser (vscode.dev) host. */
  readonly worksInBrowser: boolean;
  /** Serves daily history (for charts) on its free tier. */
  readonly hasHistory: boolean;
  /** Requests in flight at once unless the caller says otherwise. */
  readonly defaultConcurrency: number;
  readonly defaultBaseUrl: string;
  /** Where a user gets a key (sign-up or the account's key page); absent for keyless providers. */
  readonly keyPage?: string;
}

export const httpProviderInfo: Readonly<Record<HttpProviderId, HttpProviderInfo>> = {
  yahoo: {
    id: 'yahoo',
    displayName: 'Yahoo',
    needsKey: false,
    worksInBrowser: false,
    hasHistory: true,
    defaultConcurrency: 4,
    defaultBaseUrl: defaultBaseUrls.yahoo,
  },
  // The free tier allows 8 requests a minute: more than two at once only buys 429s.
  twelvedata: {
    id: 'twelvedata',
    displayName: 'Twelve Data',
    needsKey: true,
    keyParameter: 'apikey',
    worksInBrowser: true,
    hasHistory: true,
    defaultConcurrency: 2,
    defaultBaseUrl: defaultBaseUrls.twelvedata,
    keyPage: 'https://twelvedata.com/account/api-keys',
  },
  // The key goes in `?token=`: as a header it would break CORS preflight.
  finnhub: {
    id: 'finnhub',
    displayName: 'Finnhub',
    needsKey: true,
    keyParameter: 'token',
    worksInBrowser: true,
    hasHistory: false,
    defaultConcurrency: 4,
    defaultBaseUrl: defaultBaseUrls.finnhub,
    keyPage: 'https://finnhub.io/register',
  },
  // 25 requests a day on the free tier: one at a time is plenty.
  alphavantage: {
    id: 'alphavantage',
    displayName: 'Alpha Vantage',
    needsKey: true,
    keyParameter: 'apikey',
    worksInBrowser: true,
    hasHistory: true,
    defaultConcurrency: 1,
    defaultBaseUrl: defaultBaseUrls.alphavantage,
    keyPage: 'https://www.alphavantage.co/support/#api-key',
  },
};
